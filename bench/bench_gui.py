"""The GUI event loop at 20,000 people: the longest stall while a link worker searches, scrolls, sorts,
filters and opens people (goal: never more than 100 ms). Runs the real app offscreen.

A 10 ms heartbeat timer runs on the GUI thread; the longest gap between two beats during an action is
that action's worst stall. "done in" is the wall time until the background lane has delivered the answer.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from bench.gui_people import bulk_people
from bench.tables import markdown_table, update_doc

TODAY = date(2026, 3, 3)
GOAL_MS = 100


class StallMeter:
    def __init__(self, app: Any) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: PLC0415

        self.clock = QElapsedTimer()
        self.gaps: list[int] = []
        self.timer = QTimer(app)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._beat)
        self.clock.start()
        self.timer.start()

    def _beat(self) -> None:
        self.gaps.append(self.clock.restart())

    def reset(self) -> None:
        self.gaps.clear()
        self.clock.restart()


class Driver:
    """Runs the event loop until a condition holds (like pytest-qt's waitUntil), timing each action."""

    def __init__(self, gui: Any) -> None:
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        self.app = QApplication.instance()
        self.gui = gui
        self.meter = StallMeter(self.app)
        self.rows: list[tuple[str, int, int, float]] = []

    def wait(self, condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
        deadline = time.monotonic() + timeout_s
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the GUI did not get there in time")
            self.app.processEvents()
            time.sleep(0.002)

    def idle(self) -> bool:
        return bool(self.gui.background.is_idle())

    def measure(self, name: str, action: Callable[[], None], done: Callable[[], bool]) -> None:
        self.wait(self.idle)
        self.meter.reset()
        started = time.perf_counter()
        action()
        self.wait(lambda: done() and self.idle())
        elapsed = (time.perf_counter() - started) * 1000
        self.app.processEvents()
        gaps = self.meter.gaps or [0]
        self.rows.append((name, max(gaps), len(gaps), elapsed))


def run(people: int) -> list[tuple[str, int, int, float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from linkdesk.paths import AppPaths  # noqa: PLC0415
    from linkdesk.services.workspace import create_workspace  # noqa: PLC0415
    from linkdesk.ui.qt_app import build_gui  # noqa: PLC0415
    from linkdesk.vault import KDF_FLOOR  # noqa: PLC0415

    with tempfile.TemporaryDirectory(prefix="linkdesk-bench-gui-") as tmp:
        paths = AppPaths(Path(tmp))
        ws = create_workspace(paths, "bench passphrase only", keyring=None, passphrase_only=True,
                              kdf=KDF_FLOOR, user_id="worker-1")
        ws.ctx = replace(ws.ctx, now=lambda: datetime(2026, 3, 3, 15, tzinfo=UTC), today=lambda: TODAY)
        bulk_people(ws.store, TODAY, people)
        gui = build_gui(paths, language="en", workspace=ws)
        gui.window.show()
        d = Driver(gui)
        try:
            d.wait(lambda: gui.window.workspace_view is not None)
            view = gui.window.workspace_view
            d.wait(d.idle)
            d.measure("Today (overdue, due, flags)", lambda: view.show_section("today"), lambda: True)
            caseload = view.caseload
            d.measure("open the caseload (A-Z, first page)", lambda: view.show_section("caseload"),
                      lambda: caseload.model.total >= people)

            def type_search() -> None:
                for ch in "Trem":
                    caseload.search.setText(caseload.search.text() + ch)
                    d.app.processEvents()

            d.measure("search as you type \"Trem\"", type_search, lambda: 0 < caseload.model.total < people)
            d.measure("clear the search", caseload.search.clear, lambda: caseload.model.total >= people)
            for n in range(1, 6):
                before = len(caseload.model.rows)
                d.measure(f"scroll to the end ({n} of 5: next page)", caseload.table.scrollToBottom,
                          lambda before=before: len(caseload.model.rows) > before)
            d.measure("sort by status", lambda: caseload.model.sort(2), lambda: True)
            d.measure("sort by next follow-up", lambda: caseload.model.sort(3), lambda: True)
            d.measure("filter: flagged", lambda: caseload.flagged.setChecked(True),
                      lambda: caseload.model.total < people)
            caseload.flagged.setChecked(False)
            d.wait(lambda: d.idle() and caseload.model.total >= people)
            d.measure("filter: overdue", lambda: caseload.overdue.setChecked(True),
                      lambda: caseload.model.total < people)
            client_id = caseload.model.rows[0].client_id
            d.measure("open a person", lambda: view.open_person(client_id),
                      lambda: view.person is not None and view.person.record is not None)
        finally:
            d.meter.timer.stop()
            gui.session.shutdown()
            gui.background.wait_for_done()
    return d.rows


def table(rows: list[tuple[str, int, int, float]]) -> str:
    body = [(name, f"{worst} ms", "yes" if worst <= GOAL_MS else "**no**", f"{elapsed:.0f} ms")
            for name, worst, _beats, elapsed in rows]
    return markdown_table(("action", "longest GUI stall", f"<= {GOAL_MS} ms", "done in"), body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--write-docs", action="store_true")
    args = parser.parse_args()
    rows = run(args.people)
    text = table(rows)
    worst = max(r[1] for r in rows)
    median = statistics.median(r[1] for r in rows)
    summary = (f"{args.people:,} people, PySide6 offscreen, {os.cpu_count()} cores: worst stall {worst} ms "
               f"(median over actions {median:.0f} ms).")
    print(text)
    print(summary)
    if args.write_docs:
        update_doc("gui", f"{summary}\n\n{text}")


if __name__ == "__main__":
    main()
