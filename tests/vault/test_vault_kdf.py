"""KDF parameters: the floor, the ceiling, calibration and the KEK's dependence on every input."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from linkdesk.errors import VaultTamperedError
from linkdesk.vault import KDF_FLOOR, KdfParams, calibrate_kdf
from linkdesk.vault.kdf import KDF_CEILING, check_kdf_bounds, normalise_passphrase


def test_floor_is_the_design_minimum() -> None:
    assert KdfParams(memory_kib=65536, iterations=3, lanes=4) == KDF_FLOOR
    check_kdf_bounds(KDF_FLOOR)
    check_kdf_bounds(KDF_CEILING)


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(65535, 3, 4),
        KdfParams(65536, 2, 4),
        KdfParams(65536, 3, 3),
        KdfParams(KDF_CEILING.memory_kib + 1, 3, 4),
        KdfParams(65536, KDF_CEILING.iterations + 1, 4),
    ],
)
def test_out_of_bounds_params_are_refused(params: KdfParams) -> None:
    with pytest.raises(VaultTamperedError):
        check_kdf_bounds(params)


def _cost_model(seconds_at_floor: float) -> Callable[[KdfParams], float]:
    def measure(params: KdfParams) -> float:
        scale = (params.memory_kib / KDF_FLOOR.memory_kib) * (params.iterations / KDF_FLOOR.iterations)
        return seconds_at_floor * scale

    return measure


def test_calibration_raises_memory_first() -> None:
    params = calibrate_kdf(0.5, measure=_cost_model(0.1))
    assert params == KdfParams(memory_kib=8 * 65536, iterations=3, lanes=4)


def test_calibration_raises_passes_once_memory_is_capped() -> None:
    params = calibrate_kdf(0.5, max_memory_kib=2 * 65536, measure=_cost_model(0.1))
    assert params == KdfParams(memory_kib=2 * 65536, iterations=8, lanes=4)


def test_calibration_stops_at_the_caps_on_a_slow_machine_it_keeps_the_floor() -> None:
    assert calibrate_kdf(0.5, measure=_cost_model(2.0)) == KDF_FLOOR
    capped = calibrate_kdf(0.5, max_memory_kib=65536, max_iterations=5, measure=_cost_model(0.001))
    assert capped == KdfParams(memory_kib=65536, iterations=5, lanes=4)


def test_calibration_default_memory_cap_is_one_gib() -> None:
    params = calibrate_kdf(0.5, measure=_cost_model(0.0001))
    assert params.memory_kib <= 1024 * 1024
    check_kdf_bounds(params)


def test_calibration_with_the_real_kdf() -> None:
    assert calibrate_kdf(0.001) == KDF_FLOOR  # one real derivation, already slower than the target


def test_calibration_rejects_a_nonsense_target() -> None:
    with pytest.raises(ValueError, match="target_seconds"):
        calibrate_kdf(0)


def test_passphrase_is_nfc_normalised() -> None:
    assert normalise_passphrase("cafe\u0301 au lait!") == normalise_passphrase("caf\u00e9 au lait!")
