-- Authoring in the browser. A question imported without an evidence anchor is a draft: it has no
-- article and its versions no anchor until an admin sets one. A retired question stays (attempts
-- point at its versions) but is offered to no new quiz. Each version records how it was made and by whom.
alter table question alter column article_slug drop not null;
alter table question add column retired_at timestamptz;

alter table question_version alter column evidence_anchor drop not null;
alter table question_version add column note text not null default 'loaded from the seed bank';
alter table question_version alter column note drop default;
alter table question_version add column author text;

create index attempt_question_question_version on attempt_question (question_version_id);

-- A question an admin deleted (never shown in an attempt) stays deleted: the seed bank loaded at
-- start does not bring it back. Creating a question with the same id again clears its stone.
create table question_tombstone (
    slug       text        primary key,
    deleted_at timestamptz not null
);
