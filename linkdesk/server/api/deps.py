"""What route handlers need, held on app.state by create_app (no module-level engine or singletons)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from fastapi import HTTPException, Request
from pydantic import BaseModel, ValidationError
from sqlalchemy import Engine

from linkdesk.server.auth import Auth
from linkdesk.server.config import ServerSettings


@dataclass
class Services:
    settings: ServerSettings
    engine: Engine
    auth: Auth
    now_ms: Callable[[], int]


def services(request: Request) -> Services:
    found: Services = request.app.state.services
    return found


M = TypeVar("M", bound=BaseModel)


def parse(model: type[M], data: Any) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = [{"loc": list(e["loc"])[:6], "type": e["type"]} for e in exc.errors()[:20]]
        raise HTTPException(422, errors) from exc
