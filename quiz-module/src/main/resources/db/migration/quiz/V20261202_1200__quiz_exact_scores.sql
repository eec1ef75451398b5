-- Scores become exact fractions from the answer key to the attempt's grade: a response keeps its credit
-- (1/3 stays 1/3), an attempt its points (19/3), a regrade change both points it moved between, as a
-- numerator over a positive denominator in lowest terms. Rounding is for display only.
--
-- Earlier rows held credit at 7 decimals and points at 4. Each credit reads back as the fraction with the
-- smallest denominator up to 1000 within 5e-8 of it (such fractions lie about 1e-6 apart, so that one is
-- unique), else as the decimal it is; an attempt's points are then the exact sum of its responses' credit
-- times the points of the question version each answers. A regrade change's points (sums of 4-decimal
-- values, so off by up to 0.001 with many questions) read back as the fraction with the smallest
-- denominator up to 12 within 0.001 (such fractions lie more than 0.007 apart), else as the decimal.

-- the fraction n/d with the smallest d up to largest within tolerance of value, else value as the decimal it is
create function pg_temp.fraction_of(value numeric, tolerance numeric, largest bigint, out numerator bigint,
                                    out denominator bigint) as $$
    select n / gcd(n, d), d / gcd(n, d)
    from (select round(value * d)::bigint, d, false
          from generate_series(1::bigint, largest) d
          where abs(value * d - round(value * d)) <= d * tolerance
          union all
          select (value * power(10::numeric, scale(value)))::bigint, power(10::numeric, scale(value))::bigint, true
          order by 3, 2
          limit 1) nearest (n, d, fallback)
$$ language sql immutable
set search_path = pg_catalog;

-- (a/b) + (c/d) in lowest terms
create function pg_temp.fraction_plus(a bigint, b bigint, c bigint, d bigint, out numerator bigint,
                                      out denominator bigint) as $$
    select (a * (lcm(b, d) / b) + c * (lcm(b, d) / d)) / gcd(a * (lcm(b, d) / b) + c * (lcm(b, d) / d), lcm(b, d)),
           lcm(b, d) / gcd(a * (lcm(b, d) / b) + c * (lcm(b, d) / d), lcm(b, d))
$$ language sql immutable
set search_path = pg_catalog;

alter table response
    add column credit_numerator   bigint,
    add column credit_denominator bigint;
update response r
set credit_numerator = f.numerator, credit_denominator = f.denominator
from response o cross join lateral pg_temp.fraction_of(o.credit, 0.00000005, 1000) f
where o.attempt_id = r.attempt_id and o.question_version_id = r.question_version_id and o.credit is not null;
alter table response
    drop column credit,
    drop column points,
    add constraint response_credit_exact check ((credit_numerator is null) = (credit_denominator is null)
                                                and credit_denominator > 0);

alter table attempt
    add column points_numerator   bigint,
    add column points_denominator bigint;
update attempt set points_numerator = 0, points_denominator = 1 where points is not null;
do $$
declare
    part record;
    scored bigint;
    total_n bigint;
    total_d bigint;
begin
    for part in select r.attempt_id, r.credit_numerator * v.points as n, r.credit_denominator as d
                from response r
                join attempt a on a.id = r.attempt_id
                join attempt_question aq on aq.attempt_id = r.attempt_id and aq.question_version_id = r.question_version_id
                join question_version v on v.id = r.question_version_id
                where a.points is not null and r.credit_numerator is not null
                order by r.attempt_id loop
        if scored is distinct from part.attempt_id then
            if scored is not null then
                update attempt set points_numerator = total_n, points_denominator = total_d where id = scored;
            end if;
            scored := part.attempt_id;
            total_n := 0;
            total_d := 1;
        end if;
        select f.numerator, f.denominator into total_n, total_d
        from pg_temp.fraction_plus(total_n, total_d, part.n, part.d) f;
    end loop;
    if scored is not null then
        update attempt set points_numerator = total_n, points_denominator = total_d where id = scored;
    end if;
end
$$;
alter table attempt
    drop column points,
    alter column max_points type integer using max_points::integer,
    add constraint attempt_points_exact check ((points_numerator is null) = (points_denominator is null)
                                               and points_denominator > 0);

alter table regrade_change
    add column old_points_numerator   bigint,
    add column old_points_denominator bigint,
    add column new_points_numerator   bigint,
    add column new_points_denominator bigint;
update regrade_change c
set old_points_numerator = o.numerator, old_points_denominator = o.denominator,
    new_points_numerator = n.numerator, new_points_denominator = n.denominator
from regrade_change k
cross join lateral pg_temp.fraction_of(k.old_points, 0.001, 12) o
cross join lateral pg_temp.fraction_of(k.new_points, 0.001, 12) n
where k.regrade_id = c.regrade_id and k.attempt_id = c.attempt_id;
alter table regrade_change
    drop column old_points,
    drop column new_points,
    alter column old_points_numerator set not null,
    alter column old_points_denominator set not null,
    alter column new_points_numerator set not null,
    alter column new_points_denominator set not null,
    alter column old_max_points type integer using old_max_points::integer,
    alter column new_max_points type integer using new_max_points::integer,
    add constraint regrade_change_points_exact check (old_points_denominator > 0 and new_points_denominator > 0);
