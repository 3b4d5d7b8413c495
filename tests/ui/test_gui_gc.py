"""Reference cycles are collected on the GUI thread, never on a worker thread (ui/gui_gc.py)."""

from __future__ import annotations

import gc
import threading

from linkdesk.ui import gui_gc


class _Cycle:
    """Half of a reference cycle that notes which thread destroyed it."""

    def __init__(self, seen: list[str]) -> None:
        self.seen = seen
        self.other = self

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


def _garbage_cycle(seen: list[str]) -> None:
    _Cycle(seen)  # unreachable at once; only the cycle collector can free it


def _allocate_on_a_worker(count: int) -> list[list[int]]:
    """Container allocations on a worker thread, kept alive so the collector's counter stays up."""
    kept: list[list[int]] = []

    def work() -> None:
        kept.extend([] for _ in range(count))

    worker = threading.Thread(target=work, name="lane-worker")
    worker.start()
    worker.join()
    return kept


def test_with_automatic_collection_a_worker_thread_frees_the_gui_threads_cycles(qapp) -> None:
    # The hazard itself: this is what destroyed Qt objects off the GUI thread.
    collector = getattr(qapp, "_linkdesk_gc", None)
    if collector is not None:
        collector.uninstall()
    gc.enable()
    gc.collect()
    seen: list[str] = []
    _garbage_cycle(seen)
    _allocate_on_a_worker(gc.get_threshold()[0] * 4)
    assert seen == ["lane-worker"]


def test_the_collector_frees_cycles_on_the_gui_thread_only(qapp, qtbot) -> None:
    gc.enable()
    gc.collect()
    collector = gui_gc.install(qapp)
    try:
        assert not gc.isenabled()
        seen: list[str] = []
        _garbage_cycle(seen)
        kept = _allocate_on_a_worker(gc.get_threshold()[0] * 4)
        assert seen == []  # the worker crossed the threshold but did not collect
        qtbot.waitUntil(lambda: seen != [], timeout=3000)
        assert seen == [threading.main_thread().name]
        assert len(kept) == gc.get_threshold()[0] * 4
    finally:
        collector.uninstall()
        collector.deleteLater()
    assert gc.isenabled()


def test_an_idle_collector_collects_nothing(qapp) -> None:
    gc.collect()
    collector = gui_gc.install(qapp)
    try:
        gc.collect()
        assert collector.collect_due() == 0
    finally:
        collector.uninstall()
        collector.deleteLater()


def test_the_app_turns_automatic_collection_off(qapp) -> None:
    from linkdesk.ui.qt_app import application

    assert application() is qapp
    assert isinstance(qapp._linkdesk_gc, gui_gc.GuiThreadCollector)
    assert not gc.isenabled()
