"""The encrypted snapshot file: round trip with both codecs, and every kind of damage is refused."""

from __future__ import annotations

import io
import os

import pytest

from linkdesk.protocol.snapshot_file import (
    CHUNK,
    SnapshotFileError,
    SnapshotWriter,
    decode_key,
    encode_key,
    iter_items,
    read_header,
)
from linkdesk.protocol.sync import FieldState, PageItem

KEY = os.urandom(32)


def _items(n: int) -> list[PageItem]:
    # Random notes: incompressible enough to need several chunks.
    return [
        PageItem(
            seq=i + 1,
            kind="record",
            table="client",
            record_id=f"c-{i}",
            client_id=f"c-{i}",
            fields={
                "given_name": FieldState(value=f"Zebediah{i}", version=1, hlc="001772550000000-00001-d"),
                "safe_contact_notes": FieldState(value=os.urandom(300).hex(), version=2, hlc="x"),
            },
        )
        for i in range(n)
    ]


def _file(items: list[PageItem], codec: str = "xz") -> bytes:
    out = io.BytesIO()
    writer = SnapshotWriter(
        out, KEY, snapshot_id="a" * 32, seq=99, items=len(items), protocol=1, schema=1, codec=codec
    )
    for item in items:
        writer.add(item)
    writer.close()
    return out.getvalue()


@pytest.mark.parametrize("codec", ["xz", "gzip"])
def test_round_trip(codec: str) -> None:
    items = _items(800)
    data = _file(items, codec)
    assert len(data) > 2 * CHUNK  # several sealed frames
    header = read_header(io.BytesIO(data))
    assert (header.id, header.seq, header.items, header.codec) == ("a" * 32, 99, 800, codec)
    assert list(iter_items(io.BytesIO(data), KEY)) == items
    assert b"Zebediah" not in data
    assert decode_key(encode_key(KEY)) == KEY


def test_an_empty_snapshot_is_one_final_frame() -> None:
    assert list(iter_items(io.BytesIO(_file([])), KEY)) == []


def _frames(data: bytes) -> tuple[bytes, list[bytes]]:
    header_len = 8 + 4 + int.from_bytes(data[8:12], "big")
    head, rest, frames = data[:header_len], data[header_len:], []
    while rest:
        n = 5 + int.from_bytes(rest[:4], "big")
        frames.append(rest[:n])
        rest = rest[n:]
    return head, frames


def test_damage_of_any_kind_is_refused() -> None:
    data = _file(_items(800))
    head, frames = _frames(data)
    assert len(frames) >= 3
    damaged = {
        "wrong key": (data, os.urandom(32)),
        "flipped byte": (data[:-40] + bytes([data[-40] ^ 1]) + data[-39:], KEY),
        "truncated": (head + b"".join(frames[:-1]), KEY),
        "cut mid-frame": (data[: len(data) - 10], KEY),
        "reordered": (head + frames[1] + frames[0] + b"".join(frames[2:]), KEY),
        "dropped frame": (head + frames[0] + b"".join(frames[2:]), KEY),
        "header altered": (head.replace(b'"seq":99', b'"seq":98') + b"".join(frames), KEY),
        "trailing bytes": (data + b"x", KEY),
        "not a snapshot": (b"PK\x03\x04" + data, KEY),
    }
    for why, (blob, key) in damaged.items():
        with pytest.raises(SnapshotFileError):
            list(iter_items(io.BytesIO(blob), key))
            pytest.fail(why)
