-- A person's mark on one answer, as Moodle's "Make comment or override mark": the credit they set (then
-- credit_numerator/denominator hold it and a regrade keeps it), a comment for the learner, who and when.
alter table response
    add column marked_by     bigint,
    add column marked_at     timestamptz,
    add column manual_credit boolean not null default false,
    add column comment       text check (length(comment) <= 4000),
    add constraint response_marked_together check ((marked_by is null) = (marked_at is null));
