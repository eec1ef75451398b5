-- The order of one page's saves of an answer (issue 14): the quiz page numbers its saves, and a save
-- older than the one stored from the same page is refused, so a save delayed in the network or in a
-- database stall can never overwrite a newer answer. Saves without an order (the HTML form, API
-- clients that do not send one) replace the answer as before.
alter table response add column save_page varchar(64), add column save_sequence bigint;
