-- Sufficient sums for item statistics: how many counted attempts of a quiz had each total, each
-- (question version, credit, total) and each picked choice, for the attempt sets 'all' and 'first' over
-- every learner. StatisticsSums keeps them in step in the transaction that submits or regrades an
-- attempt, so the report reads these few rows (statistics/quiz-statistics-sums.sql) instead of every
-- response. A quiz's sums exist once quiz_statistics_sums holds its row: StatisticsSums builds them
-- from the attempts the first time the report is read (statistics/sums-add.sql over all of them).
-- Rows whose count fell to 0 stay and are ignored. (A count has no check for >= 0: PostgreSQL checks the
-- row an upsert proposes, -1 when taking an attempt away, before it finds the row to update.)
create table quiz_statistics_sums (
    quiz_id  bigint primary key references quiz (id) on delete cascade,
    built_at timestamptz not null
);

create table quiz_statistics_total (
    quiz_id            bigint  not null references quiz (id) on delete cascade,
    attempt_set        text    not null check (attempt_set in ('all', 'first')),
    points_numerator   bigint  not null,
    points_denominator bigint  not null,
    max_points         integer not null,
    n                  bigint  not null,
    primary key (quiz_id, attempt_set, points_numerator, points_denominator, max_points)
);

create table quiz_statistics_cell (
    quiz_id             bigint not null references quiz (id) on delete cascade,
    attempt_set         text   not null check (attempt_set in ('all', 'first')),
    question_version_id bigint not null references question_version (id) on delete cascade,
    credit_numerator    bigint not null,
    credit_denominator  bigint not null,
    points_numerator    bigint not null,
    points_denominator  bigint not null,
    n                   bigint not null,
    primary key (quiz_id, attempt_set, question_version_id, credit_numerator, credit_denominator,
                 points_numerator, points_denominator)
);

create table quiz_statistics_choice (
    quiz_id             bigint not null references quiz (id) on delete cascade,
    attempt_set         text   not null check (attempt_set in ('all', 'first')),
    question_version_id bigint not null references question_version (id) on delete cascade,
    choice              text   not null,
    n                   bigint not null,
    primary key (quiz_id, attempt_set, question_version_id, choice)
);
