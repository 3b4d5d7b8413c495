"""The Ohana API CSV layout (Code for America, close to HSDS 1.0): integer ids, services under locations."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from linkdesk.interop.hsds.batch import ParseContext
from linkdesk.interop.hsds.ids import derived_id
from linkdesk.interop.hsds.report import Severity
from linkdesk.interop.hsds.rows import Origin
from linkdesk.interop.hsds.tabular import read_csv

# Files that mark a folder as Ohana rather than HSDS tabular.
MARKER_FILES = ("regular_schedules.csv", "holiday_schedules.csv", "mail_addresses.csv", "taxonomy.csv")
NOT_KEPT_FILES = ("contacts.csv", "programs.csv")
OPEN_ELIGIBILITY = "Open Eligibility"
_WEEKDAYS = {name: name[:2].upper() for name in
             ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")}
_DATE_FORMATS = ("%Y-%m-%d", "%B %d, %Y", "%b %d, %Y", "%m/%d/%Y", "%m/%d/%y")

Raw = dict[str, Any]


def _copy(r: Raw, columns: str, **renamed: str) -> Raw:
    """The named columns as they are, plus HSDS name = Ohana column for the renamed ones."""
    copied = {column: r.get(column) for column in columns.split()}
    return copied | {hsds: r.get(ohana) for hsds, ohana in renamed.items()}


class OhanaReader:
    """Reads an Ohana CSV folder into the batch. Ids become uuid5 of source + table + Ohana id (ids.py)."""

    def __init__(self, folder: Path, ctx: ParseContext) -> None:
        self.folder, self.ctx = folder, ctx
        self.location_organization: dict[str, str | None] = {}

    def read(self) -> None:
        for name in NOT_KEPT_FILES:
            if (self.folder / name).is_file():
                self.ctx.note_once("table_not_imported", name.removesuffix(".csv"),
                                   "LinkDesk's directory does not keep this table", name)
        self._each("organizations.csv", "organization", self._organization)
        self._each("locations.csv", "location", self._location)
        self._each("services.csv", "service", self._service)
        self._each("addresses.csv", "address", lambda r, o: self._address(r, o, "address", "physical"))
        self._each("mail_addresses.csv", "address",
                   lambda r, o: self._address(r, o, "mail_address", "postal"))
        self._each("phones.csv", "phone", self._phone)
        self._each("regular_schedules.csv", "schedule", self._regular_schedule)
        self._each("holiday_schedules.csv", "schedule", self._holiday_schedule)
        self._each("taxonomy.csv", "taxonomy_term", self._term)

    def _id(self, table: str, value: Any) -> str | None:
        text = str(value).strip() if value is not None else ""
        return derived_id(self.ctx.source, table, text) if text else None

    def _each(self, name: str, table: str, handle: Callable[[Raw, Origin], None]) -> None:
        path = self.folder / name
        parsed = read_csv(path, self.ctx, table, name) if path.is_file() else None
        for number, raw in parsed[1] if parsed else []:
            handle(raw, Origin(name, number, doc=name))

    def _put(self, table: str, raw: Raw, origin: Origin, *, claim: bool = True) -> str | None:
        if claim and raw.get("id") and not self.ctx.batch.claim(table, raw["id"], origin):
            return None
        row = self.ctx.builder.build(table, raw, origin, hsds=False)
        if row is None:
            return None
        self.ctx.batch.put(table, row, origin)
        return str(row["id"])

    def _organization(self, r: Raw, origin: Origin) -> None:
        self._put("organization", {**_copy(r, "name alternate_name description email website"),
                                   "id": self._id("organization", r.get("id"))}, origin)

    def _location(self, r: Raw, origin: Origin) -> None:
        organization_id = self._id("organization", r.get("organization_id"))
        virtual = str(r.get("virtual") or "").strip().lower() == "true"
        lid = self._put("location", {
            **_copy(r, "name alternate_name transportation latitude longitude", url="website"),
            "id": self._id("location", r.get("id")), "organization_id": organization_id,
            "description": r.get("description") or r.get("short_desc"),
            "location_type": "virtual" if virtual else "physical",
        }, origin)
        if lid is not None:
            self.location_organization[lid] = organization_id
            self._languages(r.get("languages"), {"location_id": lid}, origin)

    def _service(self, r: Raw, origin: Origin) -> None:
        location_id = self._id("location", r.get("location_id"))
        sid = self._put("service", {
            **_copy(r, "name alternate_name description email status application_process "
                    "interpretation_services",
                    url="website", fees_description="fees", eligibility_description="eligibility"),
            "id": self._id("service", r.get("id")),
            "organization_id": self.location_organization.get(location_id or ""),
        }, origin)
        if sid is None:
            return
        if location_id is not None:
            place = {"id": self._id("service_at_location", r.get("id")), "service_id": sid,
                     "location_id": location_id}
            self._put("service_at_location", place, origin, claim=False)
        self._languages(r.get("languages"), {"service_id": sid}, origin)
        for code in _split(r.get("taxonomy_ids")):
            link = {"id": self._id("service_taxonomy", f"{r.get('id')}:{code}"), "service_id": sid,
                    "taxonomy_term_id": self._id("taxonomy_term", code)}
            self._put("service_taxonomy", link, origin, claim=False)

    def _languages(self, value: Any, owner: dict[str, str], origin: Origin) -> None:
        """Ohana lists languages as text ("Spanish, Tagalog"); each becomes a language row of its owner."""
        for name in _split(value):
            key = f"{next(iter(owner.values()))}:{name.lower()}"
            language = {"id": self._id("language", key), "name": name, **owner}
            self._put("language", language, origin, claim=False)

    def _address(self, r: Raw, origin: Origin, table: str, address_type: str) -> None:
        self._put("address", {
            **_copy(r, "attention address_1 address_2 city state_province postal_code country"),
            "id": self._id(table, r.get("id")), "location_id": self._id("location", r.get("location_id")),
            "address_type": address_type,
        }, origin)

    def _phone(self, r: Raw, origin: Origin) -> None:
        prefix, number = str(r.get("country_prefix") or "").strip(), str(r.get("number") or "").strip()
        self._put("phone", {
            **_copy(r, "extension contact_id", type="number_type", description="department"),
            "id": self._id("phone", r.get("id")),
            "number": f"{prefix} {number}" if prefix and number else number,
            "service_id": self._id("service", r.get("service_id")),
            "location_id": self._id("location", r.get("location_id")),
            "organization_id": self._id("organization", r.get("organization_id")),
        }, origin)

    def _owners(self, r: Raw) -> Raw:
        return {"service_id": self._id("service", r.get("service_id")),
                "location_id": self._id("location", r.get("location_id"))}

    def _regular_schedule(self, r: Raw, origin: Origin) -> None:
        weekday = str(r.get("weekday") or "").strip()
        byday = _WEEKDAYS.get(weekday.lower())
        if weekday and byday is None:
            self.ctx.builder.warn(Severity.WARNING, "bad_value", "schedule",
                                  f"not a weekday: {weekday[:20]!r}", origin, field="weekday")
        self._put("schedule", {**_copy(r, "opens_at closes_at"), **self._owners(r), "freq": "WEEKLY",
                               "id": self._id("regular_schedule", r.get("id")), "byday": byday}, origin)

    def _holiday_schedule(self, r: Raw, origin: Origin) -> None:
        # Ohana writes "January 01, 0001" for a date that recurs every year; the year 1 is kept as published.
        valid_from, valid_to = (self._date(r.get(key), key, origin) for key in ("start_date", "end_date"))
        self._put("schedule", {**_copy(r, "closed opens_at closes_at"), **self._owners(r),
                               "id": self._id("holiday_schedule", r.get("id")), "valid_from": valid_from,
                               "valid_to": valid_to}, origin)

    def _date(self, value: Any, field: str, origin: Origin) -> str | None:
        text = str(value or "").strip()
        parsed = _parse_date(text) if text else None
        if text and parsed is None:
            self.ctx.builder.warn(Severity.WARNING, "bad_date", "schedule", f"not a date: {text[:40]!r}",
                                  origin, field=field)
        return parsed.isoformat() if parsed else None

    def _term(self, r: Raw, origin: Origin) -> None:
        code = str(r.get("taxonomy_id") or "").strip()
        self._put("taxonomy_term", {"id": self._id("taxonomy_term", code), "code": code or None,
                                    "name": r.get("name"), "taxonomy": OPEN_ELIGIBILITY,
                                    "parent_id": self._id("taxonomy_term", r.get("parent_id"))}, origin)


def _split(value: Any) -> list[str]:
    return [part.strip() for part in str(value or "").split(",") if part.strip()]


def _parse_date(text: str) -> date | None:
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None
