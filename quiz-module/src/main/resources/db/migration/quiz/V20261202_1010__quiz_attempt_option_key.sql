-- The secret from which an attempt makes the ids its learner sees for choices, items and targets
-- (OptionIds): the stored ids, which authors and GIFT import choose, never reach the learner, so they
-- cannot give the key away. Attempts made before this get a random key too (gen_random_uuid() draws
-- from a cryptographically strong source); their stored answers keep their ids and keep working.
alter table attempt add column option_key bytea not null
    default decode(replace(gen_random_uuid()::text, '-', ''), 'hex')
    check (octet_length(option_key) = 16);
