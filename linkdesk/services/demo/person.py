"""One synthetic person: names from the right pool, language, age, contact details, community."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from random import Random

from linkdesk.domain.enums import AgeBand, Language
from linkdesk.domain.validation import age_band, age_on
from linkdesk.services.demo import names as n
from linkdesk.services.demo.phrases import ACCESSIBILITY, COMMUNICATION, RELATIONS, SAFE_CONTACT, pick

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


def make_person(rng: Random, today: date) -> Person:
    community = rng.choices(n.COMMUNITIES, weights=n.COMMUNITY_WEIGHTS)[0]
    gender = rng.choices((n.Gender.WOMAN, n.Gender.MAN, n.Gender.NONBINARY), weights=(56, 41, 3))[0]
    roll = rng.random()
    newcomer: n.NewcomerPool | None = None
    if roll < 0.07:
        origin = n.Origin.NEWCOMER
        newcomer = rng.choice(n.NEWCOMERS)
        given = rng.choice(newcomer.given[gender])
        family = rng.choice(newcomer.family)
        if newcomer.speaks_french:
            language = Language.FR
        else:
            language = Language.OTHER if rng.random() < 0.55 else Language.EN
    elif roll < 0.07 + 0.93 * community.share_fr:
        origin, language = n.Origin.FRANCOPHONE, Language.FR
        given = rng.choice(n.GIVEN_FR[gender])
        family = rng.choice(n.FAMILY_SHARED if rng.random() < 0.12 else n.FAMILY_FR)
    else:
        origin, language = n.Origin.ANGLOPHONE, Language.EN
        given = rng.choice(n.GIVEN_EN[gender])
        family = rng.choice(n.FAMILY_SHARED if rng.random() < 0.25 else n.FAMILY_EN)
    text_language = "fr" if language is Language.FR else "en"
    low, high, _ = rng.choices(_AGES, weights=[a[2] for a in _AGES])[0]
    if origin is n.Origin.NEWCOMER:
        low, high = 22, 58
    age = rng.randint(low, high)
    dob: date | None = today - timedelta(days=365 * age + rng.randint(1, 364))
    band: AgeBand | None = age_band(age_on(dob, today)) if dob else None
    if rng.random() < 0.1:
        dob = None  # age band only: the person preferred not to give a birth date
    interpreter = language is Language.OTHER and rng.random() < 0.7
    newcomer_language = newcomer.language_name if newcomer else None
    communication = None
    if newcomer and language is not Language.FR:
        communication = (f"Speaks {newcomer.language_name}; "
                         + ("interpreter by phone for appointments." if interpreter else "some English."))
    elif rng.random() < 0.12 + (0.1 if age >= 75 else 0):
        communication = pick(rng, COMMUNICATION, text_language)
    area = community.area_code
    sep = ", " if text_language == "fr" else " "
    address: str | None
    if rng.random() < 0.18:
        address = f"RR {rng.randint(1, 4)}, Site {rng.randint(1, 30)}, Box {rng.randint(1, 60)}" \
            if text_language == "en" else f"C.P. {rng.randint(10, 480)}, {rng.choice(n.STREETS_FR)}"
    elif rng.random() < 0.9:
        street = rng.choice(n.STREETS_FR if text_language == "fr" else n.STREETS_EN)
        address = f"{rng.randint(1, 2400)}{sep}{street}"
    else:
        address = None
    has_emergency = rng.random() < 0.6
    relation = pick(rng, RELATIONS, text_language)
    emergency_given = rng.choice((n.GIVEN_FR if text_language == "fr" else n.GIVEN_EN)[rng.choice(
        (n.Gender.WOMAN, n.Gender.MAN))])
    email = None
    if rng.random() < (0.55 if age < 65 else 0.2):
        email = f"{_ascii(given)}.{_ascii(family)}{rng.randint(1, 99)}@example.com"
    return Person(
        given_name=given, family_name=family,
        preferred_name=_NICKNAMES.get(given) if rng.random() < 0.5 else None,
        pronouns=(n.PRONOUNS_FR if text_language == "fr" else n.PRONOUNS_EN)[gender]
        if rng.random() < 0.7 or gender is n.Gender.NONBINARY else None,
        gender=gender, origin=origin, language=language.value, text_language=text_language,
        interpreter_needed=interpreter, age=age, date_of_birth=dob, age_band=band, community=community,
        phone=_phone(rng, area) if rng.random() < 0.93 else None, email=email, address_line=address,
        safe_contact_notes=pick(rng, SAFE_CONTACT, text_language) if rng.random() < 0.1 else None,
        communication_needs=communication,
        accessibility_needs=pick(rng, ACCESSIBILITY, text_language)
        if rng.random() < (0.3 if age >= 75 else 0.07) else None,
        emergency_contact_name=f"{emergency_given} {family} ({relation})" if has_emergency else None,
        emergency_contact_phone=_phone(rng, area) if has_emergency else None,
        newcomer_language=newcomer_language,
    )
