"""The OpenAPI description of routes that read their own bodies (bounded reads, see body.py).

FastAPI only documents bodies it parses itself, so the request models, the answers and the bearer scheme
are declared here; the description is what schema-wide fuzzing (scenario C9) works from.
"""

from __future__ import annotations

from typing import Any

from fastapi.security import HTTPBearer
from pydantic import BaseModel, ConfigDict

# Documents the scheme only (auto_error=False): routes check the header themselves and answer 401.
BEARER = HTTPBearer(auto_error=False, description="The access token from /auth/login or /auth/refresh")

_WHY = {
    401: "Missing, expired or revoked credentials",
    403: "Not allowed for the caller's role",
    404: "Not found, or not in the caller's scope",
    409: "Already so",
    413: "Body too large",
    415: "Unsupported content encoding",
    422: "Invalid request",
    426: "Client and server protocol or schema versions differ",
    429: "Too many attempts; see Retry-After",
}


class ErrorAnswer(BaseModel):
    """Every refusal: a stable code, or for a malformed body the locations and kinds of the errors."""

    model_config = ConfigDict(title="Error")
    detail: str | list[dict[str, Any]]


def inline_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON schema with its definitions inlined (the request models are not recursive)."""
    schema = model.model_json_schema()
    defs: dict[str, Any] = schema.pop("$defs", {})

    def resolve(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            rest = {k: resolve(v) for k, v in node.items() if k != "$ref"}
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                return resolve(defs[ref.removeprefix("#/$defs/")]) | rest
            return rest
        if isinstance(node, list):
            return [resolve(v) for v in node]
        return node

    resolved: dict[str, Any] = resolve(schema)
    return resolved


def json_body(model: type[BaseModel]) -> dict[str, Any]:
    """`openapi_extra` for a route that parses `model` from a JSON body (gzip accepted)."""
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": inline_schema(model)}},
        }
    }


def answers(ok: type[BaseModel] | None, *refusals: int) -> dict[int | str, dict[str, Any]]:
    """`responses` for a route: its success model and the refusals it may give."""
    documented: dict[int | str, dict[str, Any]] = {
        code: {"model": ErrorAnswer, "description": _WHY[code]} for code in refusals
    }
    if ok is not None:
        documented[200] = {"model": ok, "description": "Success"}
    return documented
