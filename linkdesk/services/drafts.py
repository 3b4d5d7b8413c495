"""Part-done intake drafts, kept in the encrypted store so an interrupted home visit can be resumed.

Drafts are local working state, not records: they live in the device settings table (never synced) as
one JSON document, keyed by a draft id. A draft holds what was typed, as plain JSON values.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from linkdesk.errors import NotFoundError
from linkdesk.services.context import ServiceContext

DRAFTS_SETTING = "intake_drafts"


@dataclass(frozen=True)
class DraftSummary:
    draft_id: str
    label: str
    step: int
    saved_at: datetime


def _all(ctx: ServiceContext) -> dict[str, dict[str, Any]]:
    raw = ctx.store.get_setting(DRAFTS_SETTING)
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _save_all(ctx: ServiceContext, drafts: dict[str, dict[str, Any]]) -> None:
    ctx.store.set_setting(DRAFTS_SETTING, json.dumps(drafts, ensure_ascii=False))


def save_intake_draft(
    ctx: ServiceContext, *, draft_id: str | None, label: str, step: int, data: dict[str, Any]
) -> str:
    """Creates or replaces a draft; returns its id."""
    drafts = _all(ctx)
    draft_id = draft_id or str(uuid.uuid4())
    drafts[draft_id] = {
        "label": label.strip()[:200],
        "step": int(step),
        "saved_at": ctx.now().isoformat(),
        "data": data,
    }
    _save_all(ctx, drafts)
    return draft_id


def list_intake_drafts(ctx: ServiceContext) -> list[DraftSummary]:
    found = [
        DraftSummary(
            key, str(d.get("label", "")), int(d.get("step", 0)), datetime.fromisoformat(d["saved_at"])
        )
        for key, d in _all(ctx).items()
        if isinstance(d, dict) and "saved_at" in d
    ]
    return sorted(found, key=lambda d: d.saved_at, reverse=True)


def load_intake_draft(ctx: ServiceContext, *, draft_id: str) -> tuple[int, dict[str, Any]]:
    """(step, data) of a saved draft."""
    draft = _all(ctx).get(draft_id)
    if draft is None:
        raise NotFoundError(record_type="intake_draft", record_id=draft_id)
    return int(draft.get("step", 0)), dict(draft.get("data", {}))


def discard_intake_draft(ctx: ServiceContext, *, draft_id: str) -> None:
    drafts = _all(ctx)
    if drafts.pop(draft_id, None) is not None:
        _save_all(ctx, drafts)
