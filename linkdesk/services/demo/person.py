"""One synthetic person: names from the right pool, language, age, contact details, community."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from random import Random

from linkdesk.domain.enums import AgeBand, Language
from linkdesk.domain.validation import age_band, age_on
from linkdesk.services.demo import names as n
from linkdesk.services.demo.phrases import (
    ACCESSIBILITY,
    COMMUNICATION,
    FRIENDS,
    RELATIVES,
    SAFE_CONTACT,
    pick,
)

_NICKNAMES = {
    "Margaret": "Peggy", "Robert": "Bob", "William": "Bill", "Kenneth": "Ken", "Patricia": "Pat",
    "James": "Jim", "Gérard": "Gerry", "Jean-Guy": "Ti-Guy", "Marie-Ève": "Marie", "Oleksandr": "Sasha",
    "Raymond": "Ray", "Deborah": "Deb", "Rosaire": "Ti-Rose", "Douglas": "Doug",
}
# (age band, weight, youngest, oldest): social prescribing caseloads lean older.
_AGES = ((18, 29, 7), (30, 44, 13), (45, 64, 30), (65, 79, 33), (80, 96, 17))


@dataclass(frozen=True)
class Person:
    given_name: str
    family_name: str
    preferred_name: str | None
    pronouns: str | None
    gender: n.Gender
    origin: n.Origin
    language: str  # a Language value
    text_language: str  # "fr" or "en": the language notes and goals are written in
    interpreter_needed: bool
    age: int
    date_of_birth: date | None
    age_band: AgeBand | None
    community: n.Community
    phone: str | None
    email: str | None
    address_line: str | None
    safe_contact_notes: str | None
    communication_needs: str | None
    accessibility_needs: str | None
    emergency_contact_name: str | None
    emergency_contact_phone: str | None
    newcomer_language: str | None


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum())


def _phone(rng: Random, area: str) -> str:
    # 555-0100 to 555-0199 are the North American numbers set aside for fiction.
    return f"{area}-555-01{rng.randint(0, 99):02d}"


def _names(rng: Random, community: n.Community,
           gender: n.Gender) -> tuple[n.Origin, Language, str, str, n.NewcomerPool | None]:
    """Origin, spoken language and names; newcomers are a few percent everywhere."""
    roll = rng.random()
    if roll < 0.07:
        pool = rng.choice(n.NEWCOMERS)
        if pool.speaks_french:
            language = Language.FR
        else:
            language = Language.OTHER if rng.random() < 0.55 else Language.EN
        return n.Origin.NEWCOMER, language, rng.choice(pool.given[gender]), rng.choice(pool.family), pool
    if roll < 0.07 + 0.93 * community.share_fr:
        family = rng.choice(n.FAMILY_SHARED if rng.random() < 0.12 else n.FAMILY_FR)
        return n.Origin.FRANCOPHONE, Language.FR, rng.choice(n.GIVEN_FR[gender]), family, None
    family = rng.choice(n.FAMILY_SHARED if rng.random() < 0.25 else n.FAMILY_EN)
    return n.Origin.ANGLOPHONE, Language.EN, rng.choice(n.GIVEN_EN[gender]), family, None


def _address(rng: Random, text_language: str) -> str | None:
    if rng.random() < 0.18:  # rural route and post office box addresses
        if text_language == "fr":
            return f"C.P. {rng.randint(10, 480)}, {rng.choice(n.STREETS_FR)}"
        return f"RR {rng.randint(1, 4)}, Site {rng.randint(1, 30)}, Box {rng.randint(1, 60)}"
    if rng.random() < 0.1:
        return None
    if text_language == "fr":
        return f"{rng.randint(1, 2400)}, {rng.choice(n.STREETS_FR)}"
    return f"{rng.randint(1, 2400)} {rng.choice(n.STREETS_EN)}"


def _emergency_contact(rng: Random, family: str, text_language: str,
                       area: str) -> tuple[str | None, str | None]:
    """A relative (same family name) or a friend or neighbour, named in the person's language."""
    if rng.random() >= 0.6:
        return None, None
    gender = rng.choice((n.Gender.WOMAN, n.Gender.MAN))
    french = text_language == "fr"
    given = rng.choice((n.GIVEN_FR if french else n.GIVEN_EN)[gender])
    if rng.random() < 0.7:
        relation, surname = pick(rng, RELATIVES[gender], text_language), family
    else:
        relation = pick(rng, FRIENDS[gender], text_language)
        surname = rng.choice(n.FAMILY_FR if french else n.FAMILY_EN)
    return f"{given} {surname} ({relation})", _phone(rng, area)


def make_person(rng: Random, today: date) -> Person:
    community = rng.choices(n.COMMUNITIES, weights=n.COMMUNITY_WEIGHTS)[0]
    gender = rng.choices((n.Gender.WOMAN, n.Gender.MAN, n.Gender.NONBINARY), weights=(56, 41, 3))[0]
    origin, language, given, family, newcomer = _names(rng, community, gender)
    text_language = "fr" if language is Language.FR else "en"
    low, high, _ = rng.choices(_AGES, weights=[a[2] for a in _AGES])[0]
    if origin is n.Origin.NEWCOMER:
        low, high = 22, 58
    age = rng.randint(low, high)
    dob: date | None = today - timedelta(days=365 * age + rng.randint(1, 364))
    band = age_band(age_on(dob, today)) if dob else None
    if rng.random() < 0.1:
        dob = None  # age band only: the person preferred not to give a birth date
    interpreter = language is Language.OTHER and rng.random() < 0.7
    communication = None
    if newcomer and language is not Language.FR:
        communication = (f"Speaks {newcomer.language_name}; "
                         + ("interpreter by phone for appointments." if interpreter else "some English."))
    elif rng.random() < 0.12 + (0.1 if age >= 75 else 0):
        communication = pick(rng, COMMUNICATION, text_language, gender)
    area = community.area_code
    address = _address(rng, text_language)
    emergency_name, emergency_phone = _emergency_contact(rng, family, text_language, area)
    email = None
    if rng.random() < (0.55 if age < 65 else 0.2):
        email = f"{_ascii(given)}.{_ascii(family)}{rng.randint(1, 99)}@example.com"
    pronouns = None
    if rng.random() < 0.7 or gender is n.Gender.NONBINARY:
        pronouns = (n.PRONOUNS_FR if text_language == "fr" else n.PRONOUNS_EN)[gender]
    return Person(
        given_name=given, family_name=family,
        preferred_name=_NICKNAMES.get(given) if rng.random() < 0.5 else None, pronouns=pronouns,
        gender=gender, origin=origin, language=language.value, text_language=text_language,
        interpreter_needed=interpreter, age=age, date_of_birth=dob, age_band=band, community=community,
        phone=_phone(rng, area) if rng.random() < 0.93 else None, email=email, address_line=address,
        safe_contact_notes=pick(rng, SAFE_CONTACT, text_language, gender) if rng.random() < 0.1 else None,
        communication_needs=communication,
        accessibility_needs=pick(rng, ACCESSIBILITY, text_language, gender)
        if rng.random() < (0.3 if age >= 75 else 0.07) else None,
        emergency_contact_name=emergency_name, emergency_contact_phone=emergency_phone,
        newcomer_language=newcomer.language_name if newcomer else None,
    )
