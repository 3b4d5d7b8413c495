"""Teams and staff members (link workers, supervisors, administrators) as the device knows them."""

from __future__ import annotations

from sqlmodel import Field, SQLModel

from linkdesk.domain.enums import Role
from linkdesk.records.types import enum_type, new_id


class TeamBase(SQLModel):
    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    name: str = Field(max_length=200)
    region: str = Field(default="", max_length=200)


class StaffMemberBase(SQLModel):
    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    username: str = Field(max_length=120, index=True)
    display_name: str = Field(max_length=200)
    role: Role = Field(sa_type=enum_type(Role))
    team_id: str | None = Field(default=None, max_length=36, index=True)
    language: str = Field(default="en", max_length=16)
