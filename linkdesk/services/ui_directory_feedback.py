"""Corrections to the community directory suggested by a link worker, kept for the directory steward.

They are kept on this laptop (device settings, never personal information) until the steward's export
or the directory sync collects them.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from linkdesk.domain.validation import clean_text
from linkdesk.services.context import ServiceContext

SUGGESTIONS_SETTING = "directory_suggestions"


@dataclass(frozen=True)
class CorrectionSuggestion:
    service_id: str
    service_name: str
    field: str
    suggestion: str
    suggested_by: str
    suggested_at: str


def suggest_correction(
    ctx: ServiceContext, *, service_id: str, service_name: str, field: str, suggestion: str
) -> CorrectionSuggestion:
    text = clean_text(suggestion, field="suggestion", max_length=2000)
    item = CorrectionSuggestion(
        service_id, service_name, field, text, ctx.actor.user_id, ctx.now().isoformat(timespec="seconds")
    )
    raw = ctx.store.get_setting(SUGGESTIONS_SETTING)
    existing = json.loads(raw) if raw else []
    existing.append(asdict(item))
    ctx.store.set_setting(SUGGESTIONS_SETTING, json.dumps(existing, ensure_ascii=False))
    return item


def pending_suggestions(ctx: ServiceContext) -> list[CorrectionSuggestion]:
    raw = ctx.store.get_setting(SUGGESTIONS_SETTING)
    return [CorrectionSuggestion(**item) for item in (json.loads(raw) if raw else [])]
