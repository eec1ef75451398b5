-- The checksum of the shipped seed file last imported into an article, so that a start imports the
-- seed only when the file itself changed and never undoes a version an admin uploaded since.
-- Null for articles that never came from a seed file, and for seed articles imported before this
-- column existed: the next start compares the seed with the stored text once and records it.
alter table article add column seed_checksum text check (length(seed_checksum) = 64);
