"""HTTP Range (RFC 9110 section 14) for one resource of known size: one byte range, or the whole."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPEC = re.compile(r"^bytes=(\d{0,19})-(\d{0,19})$")


class RangeNotSatisfiableError(Exception):
    """416: a byte range outside the resource, malformed, or more than one range."""


@dataclass(frozen=True)
class ByteRange:
    start: int
    end: int  # inclusive

    @property
    def length(self) -> int:
        return self.end - self.start + 1

    def content_range(self, size: int) -> str:
        return f"bytes {self.start}-{self.end}/{size}"


def wanted_range(header: str | None, if_range: str | None, etag: str, size: int) -> ByteRange | None:
    """The range to send, or None for the whole resource (no Range header, or an If-Range that does not
    name the current bytes: a client holding part of other bytes must start again from zero)."""
    if header is None:
        return None
    if if_range is not None and if_range.strip() != etag:
        return None
    match = _SPEC.match(header.strip().replace(" ", ""))
    if match is None:
        raise RangeNotSatisfiableError(header[:40])
    first, last = match.groups()
    if first == "" and last == "":
        raise RangeNotSatisfiableError(header[:40])
    if first == "":  # a suffix: the last N bytes
        count = int(last)
        if count == 0 or size == 0:
            raise RangeNotSatisfiableError(header[:40])
        return ByteRange(max(0, size - count), size - 1)
    start = int(first)
    end = size - 1 if last == "" else min(int(last), size - 1)
    if start >= size or (last != "" and int(last) < start):
        raise RangeNotSatisfiableError(header[:40])
    return ByteRange(start, end)
