"""`make screenshots`: PNGs of the main screens on the demo caseload, written to docs/screenshots/.

Run offscreen: QT_QPA_PLATFORM=offscreen python -m linkdesk.ui.screenshots [--lang fr_CA] [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt

from linkdesk.paths import RESOURCES_DIR, AppPaths

DEMO_PASSPHRASE = "demo caseload only"  # noqa: S105 - invented demo data
PERSON_TABS = (
    (0, "06_person_overview"),
    (2, "07_person_goals"),
    (3, "08_person_prescriptions"),
    (4, "09_person_follow_ups"),
    (5, "10_person_outcomes"),
    (6, "11_person_plan"),
)


def settle(done: Callable[[], bool] | None = None, timeout_s: float = 20.0) -> None:
    """Let the background lane finish and the GUI repaint (a script, not a widget: it may wait)."""
    from linkdesk.ui.background import current  # noqa: PLC0415

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if current().is_idle() and (done is None or done()):
            break
    for _ in range(5):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


class Shooter:
    def __init__(self, gui: Any, out: Path, suffix: str) -> None:
        self.gui, self.out, self.suffix = gui, out, suffix

    def shot(self, name: str) -> None:
        settle()
        target = self.out / f"{name}{self.suffix}.png"
        self.gui.window.grab().save(str(target))
        print(f"wrote {target}")

    def showcase_person(self, rows: list[Any]) -> str:
        """Someone with a baseline and a later measure, so the outcomes chart has something to show."""
        from linkdesk.domain.enums import Timepoint  # noqa: PLC0415
        from linkdesk.services.ui_person import load_person  # noqa: PLC0415

        ctx = self.gui.session.workspace.ctx
        for row in rows[:60]:
            record = load_person(ctx, client_id=row.client_id, with_timeline=False)
            points = {m.timepoint for m in record.measures}
            if Timepoint.BASELINE in points and len(points) > 1 and record.goals and record.prescriptions:
                return str(row.client_id)
        return str(rows[0].client_id)

    def run(self) -> None:
        gui, window = self.gui, self.gui.window
        self.shot("01_unlock")
        gui.session.unlock(DEMO_PASSPHRASE)
        settle(lambda: window.workspace_view is not None)
        view = window.workspace_view
        self.shot("02_today")
        view.show_section("caseload")
        self.shot("03_caseload")
        rows = view.caseload.model.rows
        view.new_referral()
        self.shot("04_new_referral")
        view.show_section("directory")
        view.directory.search.setText("food")
        view.directory.refresh()
        settle()
        if view.directory.results.count():
            view.directory.show_service(view.directory.results.item(0).data(Qt.ItemDataRole.UserRole))
        self.shot("05_directory")
        if rows:
            view.open_person(self.showcase_person(rows))
            settle(lambda: view.person is not None and view.person.record is not None)
            for index, name in PERSON_TABS:
                view.person.tabs.setCurrentIndex(index)
                self.shot(name)
        view.show_section("reports")
        settle()
        self.shot("13_reports")
        if "sync" in view.pages:
            view.show_section("sync")
            settle()
            self.shot("14_sync")
        view.show_section("settings")
        self.shot("12_settings")
        gui.session.lock()
        settle()


def shoot_team(gui: Any, out: Path, suffix: str) -> None:
    """The supervisor's laptop: the Team dashboard, this month's review queue and a case review."""
    shooter, window = Shooter(gui, out, suffix), gui.window
    gui.session.unlock(DEMO_PASSPHRASE)
    settle(lambda: window.workspace_view is not None)
    view = window.workspace_view
    settle(view.rail.buttons["team"].isVisible)
    view.show_section("team")
    team = view.team
    settle(lambda: getattr(team, "page", None) is not None)
    shooter.shot("15_team")
    team.tabs.setCurrentIndex(1)
    shooter.shot("16_review_queue")
    queue = [item for item in team.page.queue if not item.done] or team.page.queue
    if queue:
        item = queue[0]
        team.open_review(item.client_id, item.reason, item.flag_ids[0] if item.flag_ids else None)
        settle(lambda: team.review.subject is not None)
        shooter.shot("17_case_review")
    gui.session.lock()
    settle()


def _supervisor_laptop(tmp: Path, url: str, ids: dict[str, str]) -> AppPaths | None:
    from linkdesk.demo_server import DEMO_PASSWORD, server_staff  # noqa: PLC0415
    from linkdesk.services.demo.connected import seed_connected_demo  # noqa: PLC0415
    from linkdesk.services.demo.supervisor import seed_supervisor_reviews  # noqa: PLC0415

    other = seed_connected_demo(  # the second worker's caseload, so the dashboard compares two people
        AppPaths(tmp / "praman"), url, username="praman", password=DEMO_PASSWORD, passphrase=DEMO_PASSPHRASE,
        staff=server_staff(ids), clients=50, seed=8, device_name="second demo laptop",
    )
    other.workspace.lock()
    paths = AppPaths(tmp / "supervisor")
    seed_supervisor_reviews(paths, url, username="cfitzgerald", password=DEMO_PASSWORD,
                            passphrase=DEMO_PASSPHRASE, staff=server_staff(ids), reviews=2)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(RESOURCES_DIR.parent / "docs" / "screenshots"))
    parser.add_argument("--lang", default="en", choices=["en", "fr_CA"])
    parser.add_argument("--clients", type=int, default=150)
    parser.add_argument("--size", default="1366x800")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    width, height = (int(x) for x in args.size.split("x"))
    with tempfile.TemporaryDirectory(prefix="linkdesk-shots-") as tmp:
        from linkdesk.demo_server import DEMO_PASSWORD, DemoServer, DemoServerError, server_staff  # noqa: PLC0415
        from linkdesk.errors import LinkDeskError  # noqa: PLC0415
        from linkdesk.services.demo.connected import seed_connected_demo  # noqa: PLC0415
        from linkdesk.services.demo.workspace import seed_demo_workspace  # noqa: PLC0415
        from linkdesk.ui.qt_app import build_gui  # noqa: PLC0415

        paths = AppPaths(Path(tmp) / "data")
        server = DemoServer(Path(tmp) / "server", port=0)
        supervisor: AppPaths | None = None
        try:
            ids = server.prepare()
            url = server.start()
            demo = seed_connected_demo(
                paths, url, username="jmckay", password=DEMO_PASSWORD, passphrase=DEMO_PASSPHRASE,
                staff=server_staff(ids), clients=args.clients, seed=7,
            )
            demo.workspace.lock()
            supervisor = _supervisor_laptop(Path(tmp), url, ids)
        except (DemoServerError, LinkDeskError) as exc:  # no local server: an unconnected laptop
            print(f"screenshots without a server: {exc}")
            server.stop()
            workspace, _summary = seed_demo_workspace(paths, DEMO_PASSPHRASE, clients=args.clients, seed=7)
            workspace.lock()
        with server:
            gui = build_gui(paths, language=args.lang, demo_passphrase=DEMO_PASSPHRASE)
            gui.window.resize(width, height)
            gui.window.show()
            suffix = "" if args.lang == "en" else f"_{args.lang}"
            Shooter(gui, out, suffix).run()
            gui.window.close()
            gui.background.wait_for_done()
            if supervisor is not None:
                gui = build_gui(supervisor, language=args.lang, demo_passphrase=DEMO_PASSPHRASE)
                gui.window.resize(width, height)
                gui.window.show()
                shoot_team(gui, out, suffix)
                gui.window.close()
                gui.background.wait_for_done()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
