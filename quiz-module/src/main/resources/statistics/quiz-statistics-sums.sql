-- The rows of quiz-statistics.sql, read from the quiz's statistics sums instead of its responses: the same
-- report for every learner and :which = 'all' or 'first', in time that does not grow with the attempts
-- (it grows with the distinct totals and marks). Run by StatisticsService and bench/statistics.sh.
with totals as materialized (
    select cast(points_numerator as double precision) / points_denominator as t,
           cast(max_points as double precision) as max_t, n
    from quiz_statistics_total
    where quiz_id = :quiz and attempt_set = :which and n > 0
),
test as (
    select cast(coalesce(sum(n), 0) as bigint) as n, sum(t * n) / nullif(sum(n), 0) as mean, max(max_t) as max_t from totals
),
ranked as (
    select t, sum(n) over (order by t rows unbounded preceding) as upto from totals
),
cells as materialized (
    select c.question_version_id as version_id,
           cast(c.credit_numerator as double precision) / c.credit_denominator * v.points as x,
           cast(c.points_numerator as double precision) / c.points_denominator as t, c.n
    from quiz_statistics_cell c join question_version v on v.id = c.question_version_id
    where c.quiz_id = :quiz and c.attempt_set = :which and c.n > 0
)
select 'test' as kind, cast(null as bigint) as question_id, cast(null as text) as label, s.n,
       s.mean as v1,
       ((select min(t) from ranked where upto >= (s.n + 1) / 2) + (select min(t) from ranked where upto >= s.n / 2 + 1)) / 2 as v2,
       (select sum(n * power(t - s.mean, 2)) from totals) as v3,
       (select sum(n * power(t - s.mean, 3)) from totals) as v4,
       (select sum(n * power(t - s.mean, 4)) from totals) as v5,
       s.max_t as v6
from test s
union all
select 'cell', v.question_id, null, sum(c.n), c.x, c.t, v.points, null, null, null
from cells c join question_version v on v.id = c.version_id
group by v.question_id, c.x, c.t, v.points
union all
select 'choice', v.question_id, c.choice, sum(c.n), null, null, null, null, null, null
from quiz_statistics_choice c join question_version v on v.id = c.question_version_id
where c.quiz_id = :quiz and c.attempt_set = :which and c.n > 0
group by v.question_id, c.choice
union all
select 'tag', null, tag.tag, sum(c.n), cast(sum(c.x * c.n) as double precision), sum(v.points * c.n), null, null, null, null
from cells c
join question_version v on v.id = c.version_id
join question_version_tag tag on tag.question_version_id = c.version_id
group by tag.tag
union all
select 'bucket', null, null, sum(n), least(floor(10 * t / nullif(max_t, 0)), 9), null, null, null, null, null
from totals group by least(floor(10 * t / nullif(max_t, 0)), 9)
