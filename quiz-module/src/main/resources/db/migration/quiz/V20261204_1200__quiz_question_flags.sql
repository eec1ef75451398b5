-- "Flag for review", as Moodle's: a learner marks questions of an attempt to come back to.
alter table attempt_question add column flagged boolean not null default false;
