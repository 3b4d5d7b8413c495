"""Walks one HSDS 3.0 API object and everything nested in it (service_full, organization_full, ...)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from linkdesk.interop.hsds.batch import ParseContext
from linkdesk.interop.hsds.fields import KNOWN_FIELDS
from linkdesk.interop.hsds.report import Severity
from linkdesk.interop.hsds.rows import Origin

# Nested collections of HSDS objects the directory does not keep (reported once per import).
_NOT_KEPT = (
    "contacts",
    "funding",
    "cost_options",
    "service_areas",
    "required_documents",
    "program",
    "programs",
    "organization_identifiers",
    "accessibility",
    "metadata",
)


# (kind, keys that give it away), tried in order: the first kind whose keys an object has wins.
_TELLTALE_KEYS: tuple[tuple[str, frozenset[str]], ...] = (
    ("taxonomy_term", frozenset({"taxonomy_detail", "term_uri", "code", "parent_id", "taxonomy_id",
                                 "taxonomy"})),
    ("taxonomy", frozenset({"taxonomy_terms", "version"})),
    ("location", frozenset({"latitude", "longitude", "location_type", "addresses", "transportation"})),
    ("organization", frozenset({"services", "locations", "website", "legal_status", "tax_status",
                                "year_incorporated", "parent_organization_id", "organization_identifiers",
                                "programs"})),
    ("service", frozenset({"name", "status", "organization", "organization_id", "service_at_locations"})),
)


def guess_kind(obj: Mapping[str, Any]) -> str | None:
    """Which HSDS object this is, from its keys (files and list items rarely say)."""
    keys = set(obj)
    if "id" not in keys:
        return "metadata" if keys & {"openapi_url", "version", "profile"} else None
    nested = isinstance(obj.get("service"), dict) or isinstance(obj.get("location"), dict)
    if nested or {"service_id", "location_id"} <= keys:
        return "service_at_location"
    for kind, telltale in _TELLTALE_KEYS:
        # A service carries its organization nested; an organization never has a status.
        if keys & telltale and not (kind == "organization" and keys & {"status", "organization"}):
            return kind
    return None


class ObjectWalker:
    """Reads objects of one file into the batch; returns each record's id so children can point to it."""

    def __init__(self, ctx: ParseContext, file: str) -> None:
        self.ctx, self.file = ctx, file
        self.origin = Origin(file, None, doc=file)

    def walk(self, kind: str, obj: Any) -> bool:
        walkers = {
            "organization": self.organization,
            "service": self.service,
            "location": self.location,
            "service_at_location": self.service_at_location,
            "taxonomy_term": self.taxonomy_term,
            "taxonomy": self.taxonomy,
        }
        return walkers[kind](obj, primary=True) is not None

    def organization(self, obj: Any, *, primary: bool = False) -> str | None:
        oid = self._record("organization", obj, {}, primary)
        if oid is not None:
            for item in self._each(obj, "locations", "organization"):
                self.location(item, organization_id=oid)
            for item in self._each(obj, "services", "organization"):
                self.service(item, organization_id=oid)
            self._children(obj, "organization", {"organization_id": oid}, "phones")
        return oid

    def service(self, obj: Any, *, organization_id: str | None = None, primary: bool = False) -> str | None:
        if isinstance(obj, dict) and isinstance(obj.get("organization"), dict):
            organization_id = self.organization(obj["organization"]) or organization_id
        sid = self._record("service", obj, {"organization_id": organization_id}, primary)
        if sid is not None:
            for item in self._each(obj, "service_at_locations", "service"):
                self.service_at_location(item, service_id=sid)
            for item in self._each(obj, "attributes", "service"):
                self._attribute(item, sid)
            self._children(obj, "service", {"service_id": sid}, "phones", "schedules", "languages")
        return sid

    def location(self, obj: Any, *, organization_id: str | None = None, primary: bool = False) -> str | None:
        lid = self._record("location", obj, {"organization_id": organization_id}, primary)
        if lid is not None:
            for item in self._each(obj, "addresses", "location"):
                self._record("address", item, {"location_id": lid}, False)
            self._children(obj, "location", {"location_id": lid}, "phones", "schedules", "languages")
        return lid

    def service_at_location(
        self, obj: Any, *, service_id: str | None = None, primary: bool = False
    ) -> str | None:
        location_id = None
        if isinstance(obj, dict):
            if isinstance(obj.get("service"), dict):
                service_id = self.service(obj["service"]) or service_id
            if isinstance(obj.get("location"), dict):
                location_id = self.location(obj["location"])
        sal_id = self._record(
            "service_at_location", obj, {"service_id": service_id, "location_id": location_id}, primary
        )
        if sal_id is not None:
            self._children(
                obj, "service_at_location", {"service_at_location_id": sal_id}, "phones", "schedules"
            )
        return sal_id

    def taxonomy_term(self, obj: Any, *, taxonomy: str | None = None, primary: bool = False) -> str | None:
        if taxonomy is None and isinstance(obj, dict) and isinstance(obj.get("taxonomy_detail"), dict):
            name = obj["taxonomy_detail"].get("name")
            taxonomy = name if isinstance(name, str) and not obj.get("taxonomy") else None
        return self._record("taxonomy_term", obj, {"taxonomy": taxonomy}, primary)

    def taxonomy(self, obj: Any, *, primary: bool = False) -> str | None:
        """A taxonomy itself is not kept; the terms the HSDS-UK taxonomy endpoint nests in it are."""
        if not isinstance(obj, dict):
            return None
        self._unknown_keys("taxonomy", obj)
        name = obj.get("name") if isinstance(obj.get("name"), str) else None
        for item in self._each(obj, "taxonomy_terms", "taxonomy"):
            self.taxonomy_term(item, taxonomy=name)
        self.ctx.note_once(
            "table_not_imported", "taxonomy", "taxonomies are kept only as their terms' names", self.file
        )
        return obj.get("id") if isinstance(obj.get("id"), str) else None

    def _attribute(self, obj: Any, service_id: str) -> None:
        if not isinstance(obj, dict):
            self._bad_type("service_taxonomy")
            return
        self._unknown_keys("attribute", obj)
        term = obj.get("taxonomy_term")
        term_id = self.taxonomy_term(term) if isinstance(term, dict) else obj.get("taxonomy_term_id")
        link = {"id": obj.get("id"), "taxonomy_term_id": term_id}
        row = self.ctx.builder.build("service_taxonomy", link, self.origin, {"service_id": service_id})
        if row is not None:
            self.ctx.batch.put("service_taxonomy", row, self.origin)

    def _children(self, obj: Any, table: str, owner: dict[str, str], *keys: str) -> None:
        for key in keys:
            child_table = {"phones": "phone", "schedules": "schedule", "languages": "language"}[key]
            for item in self._each(obj, key, table):
                child_id = self._record(child_table, item, owner, False)
                if child_id is not None and child_table == "phone":
                    self._children(item, "phone", {"phone_id": child_id}, "languages")

    def _record(self, table: str, obj: Any, extra: dict[str, Any], primary: bool) -> str | None:
        if not isinstance(obj, dict):
            self._bad_type(table)
            return None
        self._unknown_keys(table, obj)
        raw_id = obj.get("id")
        is_id = isinstance(raw_id, str) and bool(raw_id.strip())
        if primary and is_id and not self.ctx.batch.claim(table, str(raw_id).strip(), self.origin):
            return None
        row = self.ctx.builder.build(table, obj, self.origin, extra)
        if row is None:
            return None
        self.ctx.batch.put(table, row, self.origin)
        return str(row["id"])

    def _each(self, obj: Any, key: str, table: str) -> Iterator[Any]:
        value = obj.get(key) if isinstance(obj, dict) else None
        if value is None:
            return iter(())
        if not isinstance(value, list):
            self.ctx.builder.warn(
                Severity.WARNING, "bad_type", table, f"`{key}` is not a list; ignored", self.origin, field=key
            )
            return iter(())
        return iter(value)

    def _unknown_keys(self, table: str, obj: Mapping[str, Any]) -> None:
        known = KNOWN_FIELDS[table]
        for key in obj:
            if key not in known:
                self.ctx.note_once("unknown_field", table, "not an HSDS 3.0 field; ignored", self.file, key)
        for key in _NOT_KEPT:
            if obj.get(key):
                self.ctx.note_once(
                    "table_not_imported", key, "LinkDesk's directory does not keep these", self.file
                )
        if table not in {"service", "attribute"} and obj.get("attributes"):
            detail = f"classifications of {table} rows are not kept"
            self.ctx.note_once("table_not_imported", "attribute", detail, self.file, f"link_entity={table}")

    def _bad_type(self, table: str) -> None:
        self.ctx.builder.warn(Severity.WARNING, "bad_type", table, "expected an object; ignored", self.origin)
