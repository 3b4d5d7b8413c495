"""Desktop tables of the community resource directory (HSDS 3.0 subset), all prefixed `directory_`."""

from __future__ import annotations

from sqlalchemy import Index
from sqlmodel import Field

from linkdesk.records.directory import (
    ID_LENGTH,
    AddressBase,
    LanguageBase,
    LocationBase,
    OrganizationBase,
    PhoneBase,
    ScheduleBase,
    ServiceAtLocationBase,
    ServiceBase,
    ServiceTaxonomyBase,
    TaxonomyTermBase,
)
from linkdesk.store.base import StoreModel

# Single-owner children go with their owner (CASCADE); rows that can hang off several owners (phones,
# schedules, languages) and soft links (organization, parent) only lose the link (SET NULL).


class Organization(StoreModel, OrganizationBase, table=True):
    __tablename__ = "directory_organization"
    parent_organization_id: str | None = Field(
        default=None, max_length=ID_LENGTH, foreign_key="directory_organization.id", ondelete="SET NULL"
    )


class Service(StoreModel, ServiceBase, table=True):
    __tablename__ = "directory_service"
    __table_args__ = (
        Index("ix_directory_service_name", "name"),
        Index("ix_directory_service_status", "status"),
    )
    organization_id: str | None = Field(
        default=None,
        max_length=ID_LENGTH,
        foreign_key="directory_organization.id",
        ondelete="SET NULL",
        index=True,
    )


class Location(StoreModel, LocationBase, table=True):
    __tablename__ = "directory_location"
    organization_id: str | None = Field(
        default=None,
        max_length=ID_LENGTH,
        foreign_key="directory_organization.id",
        ondelete="SET NULL",
        index=True,
    )


class ServiceAtLocation(StoreModel, ServiceAtLocationBase, table=True):
    __tablename__ = "directory_service_at_location"
    service_id: str = Field(
        max_length=ID_LENGTH, foreign_key="directory_service.id", ondelete="CASCADE", index=True
    )
    location_id: str = Field(
        max_length=ID_LENGTH, foreign_key="directory_location.id", ondelete="CASCADE", index=True
    )


class Address(StoreModel, AddressBase, table=True):
    __tablename__ = "directory_address"
    __table_args__ = (Index("ix_directory_address_city", "city"),)
    location_id: str = Field(
        max_length=ID_LENGTH, foreign_key="directory_location.id", ondelete="CASCADE", index=True
    )


class Phone(StoreModel, PhoneBase, table=True):
    __tablename__ = "directory_phone"
    service_id: str | None = Field(
        default=None,
        max_length=ID_LENGTH,
        foreign_key="directory_service.id",
        ondelete="SET NULL",
        index=True,
    )
    location_id: str | None = Field(
        default=None,
        max_length=ID_LENGTH,
        foreign_key="directory_location.id",
        ondelete="SET NULL",
        index=True,
    )
    organization_id: str | None = Field(
        default=None,
        max_length=ID_LENGTH,
        foreign_key="directory_organization.id",
        ondelete="SET NULL",
        index=True,
    )
    service_at_location_id: str | None = Field(
        default=None,
        max_length=ID_LENGTH,
        foreign_key="directory_service_at_location.id",
        ondelete="SET NULL",
        index=True,
    )


class Schedule(StoreModel, ScheduleBase, table=True):
    __tablename__ = "directory_schedule"
    service_id: str | None = Field(
        default=None,
        max_length=ID_LENGTH,
        foreign_key="directory_service.id",
        ondelete="SET NULL",
        index=True,
    )
    location_id: str | None = Field(
        default=None,
        max_length=ID_LENGTH,
        foreign_key="directory_location.id",
        ondelete="SET NULL",
        index=True,
    )
    service_at_location_id: str | None = Field(
        default=None,
        max_length=ID_LENGTH,
        foreign_key="directory_service_at_location.id",
        ondelete="SET NULL",
        index=True,
    )


class TaxonomyTerm(StoreModel, TaxonomyTermBase, table=True):
    __tablename__ = "directory_taxonomy_term"
    parent_id: str | None = Field(
        default=None,
        max_length=ID_LENGTH,
        foreign_key="directory_taxonomy_term.id",
        ondelete="SET NULL",
        index=True,
    )


class ServiceTaxonomy(StoreModel, ServiceTaxonomyBase, table=True):
    __tablename__ = "directory_service_taxonomy"
    service_id: str = Field(
        max_length=ID_LENGTH, foreign_key="directory_service.id", ondelete="CASCADE", index=True
    )
    taxonomy_term_id: str = Field(
        max_length=ID_LENGTH, foreign_key="directory_taxonomy_term.id", ondelete="CASCADE", index=True
    )


class Language(StoreModel, LanguageBase, table=True):
    __tablename__ = "directory_language"
    service_id: str | None = Field(
        default=None,
        max_length=ID_LENGTH,
        foreign_key="directory_service.id",
        ondelete="SET NULL",
        index=True,
    )
    location_id: str | None = Field(
        default=None,
        max_length=ID_LENGTH,
        foreign_key="directory_location.id",
        ondelete="SET NULL",
        index=True,
    )
    phone_id: str | None = Field(
        default=None, max_length=ID_LENGTH, foreign_key="directory_phone.id", ondelete="SET NULL", index=True
    )


DIRECTORY_TABLES: tuple[type[StoreModel], ...] = (
    Organization,
    Service,
    Location,
    ServiceAtLocation,
    Address,
    Phone,
    Schedule,
    TaxonomyTerm,
    ServiceTaxonomy,
    Language,
)
