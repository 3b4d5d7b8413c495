"""Reading instrument definitions: the shipped free ones and an organisation's licensed ones."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pydantic

from linkdesk.domain.instrument_licence import LicenceRecord, check_can_administer
from linkdesk.domain.instruments import Instrument, LicenceKind
from linkdesk.errors import ValidationError

BUILTIN_INSTRUMENT_IDS = ("ons4", "ucla3", "belonging")


def instruments_dir(resources_dir: Path) -> Path:
    """Where the shipped definitions live inside the resources directory it is given."""
    return resources_dir / "instruments"


def builtin_instrument_path(resources_dir: Path, instrument_id: str) -> Path:
    return instruments_dir(resources_dir) / f"{instrument_id}.json"


def parse_instrument(text: str | bytes) -> Instrument:
    """Validate a JSON definition. Raises ValidationError(reason="invalid_instrument_definition",
    problems=[{loc, type[, code]}]) with pydantic's locations and error types, never its English text.
    """
    try:
        return Instrument.model_validate_json(text)
    except pydantic.ValidationError as exc:
        problems = []
        for error in exc.errors(include_url=False, include_input=False):
            problem = {"loc": ".".join(str(part) for part in error["loc"]), "type": error["type"]}
            if error["type"] == "value_error":
                problem["code"] = str(error.get("ctx", {}).get("error", ""))
            problems.append(problem)
        raise ValidationError(
            field="definition", reason="invalid_instrument_definition", problems=problems
        ) from None


def load_instrument(path: Path) -> Instrument:
    """Read and validate the definition at `path`; OSError (e.g. missing file) propagates unchanged."""
    return parse_instrument(path.read_bytes())


def load_builtin_instruments(resources_dir: Path) -> dict[str, Instrument]:
    """The shipped free instruments by id, from `<resources_dir>/instruments/<id>.json`."""
    instruments: dict[str, Instrument] = {}
    for instrument_id in BUILTIN_INSTRUMENT_IDS:
        instrument = load_instrument(builtin_instrument_path(resources_dir, instrument_id))
        if instrument.id != instrument_id:
            raise ValidationError(field="id", reason="id_mismatch", instrument_id=instrument_id)
        if instrument.licence.kind is not LicenceKind.FREE:
            raise ValidationError(field="licence", reason="builtin_must_be_free", instrument_id=instrument_id)
        instruments[instrument_id] = instrument
    return instruments


def load_licensed_instrument(
    definition_path: Path, licence: LicenceRecord | None, *, today: date
) -> Instrument:
    """Load an organisation's own definition file; a licensed one needs an unexpired licence record.

    Raises LicenceRequiredError (see check_can_administer) before the instrument can be used.
    """
    instrument = load_instrument(definition_path)
    check_can_administer(instrument, licence, today)
    return instrument
