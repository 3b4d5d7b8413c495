"""Initial-sync snapshots: what the server says about one (metadata and its key) and the HTTP names used.

A snapshot is the state of a device's scope as of one committed sequence number, as an encrypted file
(format in snapshot_file.py). `POST /snapshots` offers one, `GET /snapshots/{id}` describes an existing one
(for a file carried on a USB key), `GET /snapshots/{id}/data` serves its bytes with HTTP Range.
"""

from __future__ import annotations

from pydantic import Field

from linkdesk.protocol.sync import MAX_SEQ, Wire

MEDIA_TYPE = "application/vnd.linkdesk.snapshot"
ID_PATTERN = r"^[0-9a-f]{32}$"
KEY_PATTERN = r"^[A-Za-z0-9_-]{43}$"  # 32 bytes, base64url without padding


class SnapshotInfo(Wire):
    """Returned only to an authenticated device of the snapshot's scope: it carries the file's key."""

    id: str = Field(pattern=ID_PATTERN)
    seq: int = Field(ge=0, le=MAX_SEQ)  # incremental sync continues after this sequence number
    size: int = Field(ge=0)  # bytes of the encrypted file
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")  # of the encrypted file
    items: int = Field(ge=0)
    key: str = Field(pattern=KEY_PATTERN)
    incarnation: str = Field(max_length=64)
    protocol_version: int
    schema_version: int
    expires_ms: int  # the server stops serving the bytes then (its key stays available a while longer)


def etag(sha256: str) -> str:
    """The strong validator of a snapshot's bytes (what If-Range must repeat)."""
    return f'"{sha256}"'
