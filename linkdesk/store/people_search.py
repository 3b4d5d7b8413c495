"""Full-text search over people's names inside the encrypted database (FTS5, kept by triggers)."""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlmodel import Session

from linkdesk.store.fts_query import match_query

# The FTS table holds copies of names, so it lives in the same encrypted file as everything else.
PEOPLE_FTS_DDL: tuple[str, ...] = (
    """CREATE VIRTUAL TABLE IF NOT EXISTS client_fts USING fts5(
        client_id UNINDEXED, given_name, family_name, preferred_name, community,
        tokenize = "unicode61 remove_diacritics 2", prefix = '2 3')""",
    """CREATE TRIGGER IF NOT EXISTS client_fts_insert AFTER INSERT ON client BEGIN
        INSERT INTO client_fts (client_id, given_name, family_name, preferred_name, community)
        VALUES (new.id, new.given_name, new.family_name, coalesce(new.preferred_name, ''),
                coalesce(new.community, ''));
    END""",
    """CREATE TRIGGER IF NOT EXISTS client_fts_update
        AFTER UPDATE OF given_name, family_name, preferred_name, community ON client BEGIN
        DELETE FROM client_fts WHERE client_id = old.id;
        INSERT INTO client_fts (client_id, given_name, family_name, preferred_name, community)
        VALUES (new.id, new.given_name, new.family_name, coalesce(new.preferred_name, ''),
                coalesce(new.community, ''));
    END""",
    """CREATE TRIGGER IF NOT EXISTS client_fts_delete AFTER DELETE ON client BEGIN
        DELETE FROM client_fts WHERE client_id = old.id;
    END""",
)
PEOPLE_FTS_DROP: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS client_fts_delete",
    "DROP TRIGGER IF EXISTS client_fts_update",
    "DROP TRIGGER IF EXISTS client_fts_insert",
    "DROP TABLE IF EXISTS client_fts",
)

def create_people_fts(connection: Connection) -> None:
    for statement in PEOPLE_FTS_DDL:
        connection.execute(text(statement))


def search_client_ids(session: Session, user_text: str, *, limit: int = 50) -> list[str]:
    query = match_query(user_text)
    if query is None:
        return []
    rows = session.connection().execute(
        text("SELECT client_id FROM client_fts WHERE client_fts MATCH :q ORDER BY bm25(client_fts) LIMIT :n"),
        {"q": query, "n": limit},
    )
    return [str(row[0]) for row in rows]
