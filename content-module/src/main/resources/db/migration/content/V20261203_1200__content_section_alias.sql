-- The anchors a section had before an upload renamed it (issue 15): an earlier anchor answers with a
-- permanent redirect to the section's anchor today, in pages and the API, for ever, and results that
-- cite it name the section's current title. A chain of renames points every earlier anchor at today's;
-- an anchor a live section holds again is no longer an alias.
create table section_alias (
    article_id     bigint not null references article (id) on delete cascade,
    anchor         text   not null,
    current_anchor text   not null check (current_anchor <> anchor),
    primary key (article_id, anchor)
);
