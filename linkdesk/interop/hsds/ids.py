"""Deterministic ids for publishers whose ids are not unique beyond their set (Ohana's integers)."""

from __future__ import annotations

import uuid

# Fixed for ever: changing it would duplicate every row of every earlier Ohana import on the next re-import.
DERIVED_ID_NAMESPACE = uuid.UUID("68ec15bc-60fb-414e-973f-478aa56c9194")


def derived_id(source: str, table: str, raw_id: str) -> str:
    """uuid5 of namespace + source + table + the publisher's id: the same input always gives the same id."""
    return str(uuid.uuid5(DERIVED_ID_NAMESPACE, f"{source}\x1f{table}\x1f{raw_id.strip()}"))
