-- Item analysis of one quiz in one statement, run by StatisticsService and, with its parameters
-- written in, by bench/statistics.sh. Parameters: :quiz (id), :which ('first', 'all', 'highest' or
-- 'last': which submitted attempts of each learner count), :learners (a text array literal of
-- learner ids such as '{1,2}', or null for every learner).
-- An unanswered question counts 0. Each output row is one aggregate:
--   test:   n attempts; v1 mean total; v2 median total; v3, v4, v5 sums of the 2nd, 3rd, 4th powers of
--           the deviations from the mean; v6 the maximum total
--   item:   per question: n; v1 mean mark; v2 variance of the mark; v3 variance of the rest of the
--           test; v4 covariance of mark and rest of the test; v6 maximum mark
--   mark:   per question and mark: n attempts with v1 as the mark
--   rest:   per question and rest-of-test total: n attempts with v1 as that total
--   choice: per question and choice id (label): n attempts that picked it
--   tag:    per concept tag (label): v1 points earned, v2 points possible
--   bucket: per tenth of the score (v1 from 0 to 9; 100 % falls in 9): n attempts
with ranked as (
    select a.id, a.max_points,
           row_number() over (partition by a.learner_id order by
               case when :which = 'highest' then a.points end desc nulls last,
               case when :which = 'last' then a.id end desc nulls last,
               a.id) as nth
    from attempt a
    where a.quiz_id = :quiz and a.submitted_at is not null and not a.practice
      and (cast(:learners as text) is null or a.learner_id = any(cast(:learners as bigint[])))
),
chosen as materialized (
    select id, max_points from ranked where :which = 'all' or nth = 1
),
marks as materialized (
    select aq.attempt_id, v.id as version_id, v.question_id, cast(v.points as double precision) as max_mark,
           cast(coalesce(r.points, 0) as double precision) as x, r.answer
    from chosen c
    join attempt_question aq on aq.attempt_id = c.id
    join question_version v on v.id = aq.question_version_id
    left join response r on r.attempt_id = aq.attempt_id and r.question_version_id = aq.question_version_id
),
totals as materialized (
    select m.attempt_id, sum(m.x) as t, cast(max(c.max_points) as double precision) as max_t
    from marks m join chosen c on c.id = m.attempt_id
    group by m.attempt_id
),
items as materialized (
    select m.question_id, m.x, m.max_mark, t.t - m.x as rest
    from marks m join totals t using (attempt_id)
),
mean as (
    select avg(t) as mean from totals
)
select 'test' as kind, cast(null as bigint) as question_id, cast(null as text) as label, count(*) as n,
       avg(t.t) as v1, percentile_cont(0.5) within group (order by t.t) as v2,
       sum(power(t.t - m.mean, 2)) as v3, sum(power(t.t - m.mean, 3)) as v4, sum(power(t.t - m.mean, 4)) as v5,
       max(t.max_t) as v6
from totals t cross join mean m
union all
select 'item', question_id, null, count(*), avg(x), coalesce(var_samp(x), 0), coalesce(var_samp(rest), 0),
       coalesce(covar_samp(x, rest), 0), null, max(max_mark)
from items group by question_id
union all
select 'mark', question_id, null, count(*), x, null, null, null, null, null
from items group by question_id, x
union all
select 'rest', question_id, null, count(*), rest, null, null, null, null, null
from items group by question_id, rest
union all
select 'choice', m.question_id, picked.choice, count(*), null, null, null, null, null, null
from marks m
cross join lateral (
    select m.answer ->> 'choiceId'
    union all select jsonb_array_elements_text(m.answer -> 'choiceIds')
    union all select m.answer ->> 'value'
) as picked (choice)
where m.answer is not null and picked.choice is not null
group by m.question_id, picked.choice
union all
select 'tag', null, tag.tag, count(*), sum(m.x), sum(m.max_mark), null, null, null, null
from marks m join question_version_tag tag on tag.question_version_id = m.version_id
group by tag.tag
union all
select 'bucket', null, null, count(*), least(floor(10 * t / nullif(max_t, 0)), 9), null, null, null, null, null
from totals group by least(floor(10 * t / nullif(max_t, 0)), 9)
