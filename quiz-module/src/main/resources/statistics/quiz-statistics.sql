-- Item analysis of one quiz in one statement, run by StatisticsService and, unchanged, by
-- (scores are exact fractions in the tables, read here as doubles) bench/statistics.sh in psql. Parameters: :quiz (id); :which ('first', 'all', 'highest' or
-- 'last': which submitted attempts of each learner count); :learners (a text array literal of
-- learner ids such as '{1,2}', or null for every learner).
-- The responses (a submitted attempt has one for every question it showed, blank when unanswered)
-- are read once and reduced to counts per question version, mark, attempt total and answer
-- ("cells"): every item statistic follows from those (ItemAnalysis). Output rows:
--   test:   n attempts; v1 mean total; v2 median total; v3, v4, v5 sums of the 2nd, 3rd and 4th
--           powers of the deviations from the mean; v6 the maximum total
--   cell:   n attempts whose mark on the question was v1 and whose total was v2; v3 its maximum mark
--           (an unanswered question has a blank response worth 0)
--   choice: n attempts that picked the choice id (label) on the question
--   tag:    per concept tag (label): v1 points earned, v2 points possible
--   bucket: n attempts whose score fell in the tenth v1 (0 to 9; 100 % falls in 9)
with counted as materialized (
    select a.id, a.learner_id, cast(a.points_numerator as double precision) / a.points_denominator as points,
           a.max_points
    from attempt a
    where a.quiz_id = :quiz and a.submitted_at is not null and not a.practice
      and (cast(:learners as text) is null or a.learner_id = any(cast(:learners as bigint[])))
),
chosen as materialized (
    select id, points as t, cast(max_points as double precision) as max_t
    from counted
    where :which = 'all'
       or (:which = 'first' and id in (select min(id) from counted group by learner_id))
       or (:which = 'last' and id in (select max(id) from counted group by learner_id))
       or (:which = 'highest' and id in (select distinct on (learner_id) id from counted
                                         order by learner_id, points desc, id))
),
cells as materialized (
    select r.question_version_id as version_id,
           cast(r.credit_numerator as double precision) / r.credit_denominator * v.points as x, c.t, r.answer,
           count(*) as n
    from chosen c join attempt a on a.id = c.id join response r on r.attempt_id = a.id
    join question_version v on v.id = r.question_version_id
    where a.quiz_id = :quiz
    group by 1, 2, 3, 4
),
mean as (
    select avg(t) as mean from chosen
)
select 'test' as kind, cast(null as bigint) as question_id, cast(null as text) as label, count(*) as n,
       avg(c.t) as v1, percentile_cont(0.5) within group (order by c.t) as v2,
       sum(power(c.t - m.mean, 2)) as v3, sum(power(c.t - m.mean, 3)) as v4, sum(power(c.t - m.mean, 4)) as v5,
       max(c.max_t) as v6
from chosen c cross join mean m
union all
select 'cell', v.question_id, null, sum(c.n), c.x, c.t, v.points, null, null, null
from cells c join question_version v on v.id = c.version_id
group by v.question_id, c.x, c.t, v.points
union all
select 'choice', v.question_id, picked.choice, sum(a.n), null, null, null, null, null, null
from (select version_id, coalesce(answer -> 'choiceId', answer -> 'value', answer -> 'choiceIds') as picked, n
      from cells) a
join question_version v on v.id = a.version_id
cross join lateral (
    select jsonb_array_elements_text(a.picked) where jsonb_typeof(a.picked) = 'array'
    union all
    select jsonb_build_array(a.picked) ->> 0 where jsonb_typeof(a.picked) <> 'array'
) as picked (choice)
where a.picked is not null
group by v.question_id, picked.choice
union all
select 'tag', null, tag.tag, sum(c.n), cast(sum(c.x * c.n) as double precision), sum(v.points * c.n), null, null, null, null
from cells c
join question_version v on v.id = c.version_id
join question_version_tag tag on tag.question_version_id = c.version_id
group by tag.tag
union all
select 'bucket', null, null, count(*), least(floor(10 * t / nullif(max_t, 0)), 9), null, null, null, null, null
from chosen group by least(floor(10 * t / nullif(max_t, 0)), 9)
