"""Sync wire messages shared by client and server; bump the versions on any incompatible change."""

from __future__ import annotations

PROTOCOL_VERSION = 1
SCHEMA_VERSION = 1
PROTOCOL_HEADER = "LinkDesk-Protocol"
SCHEMA_HEADER = "LinkDesk-Schema"

__all__ = ["PROTOCOL_HEADER", "PROTOCOL_VERSION", "SCHEMA_HEADER", "SCHEMA_VERSION"]
