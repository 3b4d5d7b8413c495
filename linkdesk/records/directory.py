"""Field families of the community resource directory: an Open Referral HSDS 3.0 subset (no tables here)."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlmodel import Field, SQLModel

from linkdesk.records.types import UtcDateTime

# HSDS ids are publisher-made strings (usually UUIDs); Ohana's integer ids become uuid5 (interop/hsds/ids.py).
ID_LENGTH = 64


class DirectoryRecordBase(SQLModel):
    """What every directory row carries: the publisher's id, the import set it came from, and when."""

    id: str = Field(primary_key=True, max_length=ID_LENGTH)
    source: str = Field(max_length=200, index=True)
    imported_at: datetime = Field(sa_type=UtcDateTime)


class OrganizationBase(DirectoryRecordBase):
    name: str = Field(max_length=500)
    alternate_name: str | None = Field(default=None, max_length=500)
    description: str | None = None
    email: str | None = Field(default=None, max_length=320)
    website: str | None = Field(default=None, max_length=2000)
    parent_organization_id: str | None = Field(default=None, max_length=ID_LENGTH)


class ServiceBase(DirectoryRecordBase):
    organization_id: str | None = Field(default=None, max_length=ID_LENGTH)
    name: str = Field(max_length=500)
    alternate_name: str | None = Field(default=None, max_length=500)
    description: str | None = None
    url: str | None = Field(default=None, max_length=2000)
    email: str | None = Field(default=None, max_length=320)
    # HSDS 3.0: active, inactive, defunct, temporarily closed; kept as published.
    status: str | None = Field(default=None, max_length=50)
    fees_description: str | None = None
    eligibility_description: str | None = None
    application_process: str | None = None
    interpretation_services: str | None = None
    accreditations: str | None = None
    assured_date: date | None = None
    last_modified: datetime | None = Field(default=None, sa_type=UtcDateTime)
    # The assured date when published, else the day of last_modified: what the UI shows as "last verified".
    last_verified: date | None = None


class LocationBase(DirectoryRecordBase):
    organization_id: str | None = Field(default=None, max_length=ID_LENGTH)
    name: str | None = Field(default=None, max_length=500)
    alternate_name: str | None = Field(default=None, max_length=500)
    description: str | None = None
    location_type: str | None = Field(default=None, max_length=20)
    transportation: str | None = None
    url: str | None = Field(default=None, max_length=2000)
    latitude: float | None = None
    longitude: float | None = None


class ServiceAtLocationBase(DirectoryRecordBase):
    service_id: str = Field(max_length=ID_LENGTH)
    location_id: str = Field(max_length=ID_LENGTH)
    description: str | None = None


class AddressBase(DirectoryRecordBase):
    location_id: str = Field(max_length=ID_LENGTH)
    attention: str | None = Field(default=None, max_length=500)
    address_1: str | None = Field(default=None, max_length=500)
    address_2: str | None = Field(default=None, max_length=500)
    city: str | None = Field(default=None, max_length=200)
    region: str | None = Field(default=None, max_length=200)
    state_province: str | None = Field(default=None, max_length=200)
    postal_code: str | None = Field(default=None, max_length=50)
    country: str | None = Field(default=None, max_length=50)
    address_type: str | None = Field(default=None, max_length=20)


class PhoneBase(DirectoryRecordBase):
    service_id: str | None = Field(default=None, max_length=ID_LENGTH)
    location_id: str | None = Field(default=None, max_length=ID_LENGTH)
    organization_id: str | None = Field(default=None, max_length=ID_LENGTH)
    service_at_location_id: str | None = Field(default=None, max_length=ID_LENGTH)
    number: str = Field(max_length=100)
    extension: str | None = Field(default=None, max_length=50)
    type: str | None = Field(default=None, max_length=50)
    description: str | None = None


class ScheduleBase(DirectoryRecordBase):
    service_id: str | None = Field(default=None, max_length=ID_LENGTH)
    location_id: str | None = Field(default=None, max_length=ID_LENGTH)
    service_at_location_id: str | None = Field(default=None, max_length=ID_LENGTH)
    description: str | None = None
    freq: str | None = Field(default=None, max_length=20)
    # iCal BYDAY codes, comma separated: "MO,TU".
    byday: str | None = Field(default=None, max_length=100)
    opens_at: time | None = None
    closes_at: time | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    notes: str | None = None
    # Ohana holiday closures; HSDS 3.0 only has free text for these.
    closed: bool = False


class TaxonomyTermBase(DirectoryRecordBase):
    name: str = Field(max_length=500)
    code: str | None = Field(default=None, max_length=200)
    description: str | None = None
    parent_id: str | None = Field(default=None, max_length=ID_LENGTH)
    taxonomy: str | None = Field(default=None, max_length=200)
    language: str | None = Field(default=None, max_length=20)
    term_uri: str | None = Field(default=None, max_length=2000)


class ServiceTaxonomyBase(DirectoryRecordBase):
    """A service classified under a taxonomy term (an HSDS 3.0 `attribute` row that links to a service)."""

    service_id: str = Field(max_length=ID_LENGTH)
    taxonomy_term_id: str = Field(max_length=ID_LENGTH)


class LanguageBase(DirectoryRecordBase):
    """A language a service (or its location or phone line) is offered in."""

    service_id: str | None = Field(default=None, max_length=ID_LENGTH)
    location_id: str | None = Field(default=None, max_length=ID_LENGTH)
    phone_id: str | None = Field(default=None, max_length=ID_LENGTH)
    name: str | None = Field(default=None, max_length=200)
    code: str | None = Field(default=None, max_length=20)
    note: str | None = None
