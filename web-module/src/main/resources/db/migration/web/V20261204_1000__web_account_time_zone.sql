-- The time zone an account reads times in (an IANA name, checked by the app); UTC until its owner chooses.
ALTER TABLE account ADD COLUMN time_zone text NOT NULL DEFAULT 'UTC' CHECK (length(time_zone) BETWEEN 1 AND 64);
