"""UI fixtures: an encrypted workspace with a fast KDF, a few people, and the whole GUI built on it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from linkdesk.domain.enums import (
    ConsentMethod,
    ConsentPurpose,
    ContactMode,
    FlagKind,
    NeedDomain,
    NeedLevel,
    PrescriptionKind,
    ReferralSource,
)
from linkdesk.paths import AppPaths
from linkdesk.services.assessment import NeedInput, record_assessment
from linkdesk.services.context import ServiceContext
from linkdesk.services.flags import raise_flag
from linkdesk.services.followups import new_follow_up
from linkdesk.services.goals import add_goal
from linkdesk.services.intake import ConsentGiven, PersonDetails, ReferralDetails, register_referral
from linkdesk.services.prescriptions import prescribe
from linkdesk.services.workspace import Workspace, create_workspace
from linkdesk.vault import KDF_FLOOR

PEOPLE = [
    ("Marguerite", "Tremblay", "fr", "Saint-Quentin", date(1948, 5, 2)),
    ("Joseph", "Whitehorse", "en", "Pinehouse", date(1961, 11, 19)),
    ("Aiyana", "Bear", "en", "La Ronge", date(1990, 2, 7)),
    ("Lucien", "Arsenault", "fr", "Caraquet", date(1939, 8, 30)),
    ("Priya", "Natarajan", "en", "Kenora", date(1979, 4, 12)),
]


def seed_people(ctx: ServiceContext) -> list[str]:
    ids = []
    today = ctx.today()
    for n, (given, family, language, community, dob) in enumerate(PEOPLE):
        result = register_referral(
            ctx,
            person=PersonDetails(given, family, language=language, community=community, date_of_birth=dob),
            referral=ReferralDetails(ReferralSource.PHYSICIAN, today - timedelta(days=30), "Isolation"),
            consents=[ConsentGiven(ConsentPurpose.STORE_AND_SYNC, ConsentMethod.VERBAL)],
        )
        cid = result.client_id
        ids.append(cid)
        record_assessment(
            ctx,
            client_id=cid,
            what_matters="Seeing my grandchildren and getting out of the house.",
            strengths="Good humour; knits.",
            needs=[
                NeedInput(NeedDomain.SOCIAL_ISOLATION, NeedLevel.HIGH),
                NeedInput(NeedDomain.TRANSPORTATION, NeedLevel.MEDIUM),
            ],
        )
        goal = add_goal(
            ctx, client_id=cid, description="Go to the Tuesday lunch club", domain=NeedDomain.SOCIAL_ISOLATION
        )
        prescribe(
            ctx,
            client_id=cid,
            kind=PrescriptionKind.SIGNPOST,
            service_name="Lunch club",
            goal_id=goal.goal_id,
        )
        with ctx.write() as uow:
            new_follow_up(
                uow,
                client_id=cid,
                due_on=today - timedelta(days=n - 2),
                mode=ContactMode.PHONE,
                purpose="Check in",
            )
        if n == 1:
            raise_flag(ctx, client_id=cid, kind=FlagKind.RISK, description="Fell last week")
    return ids


PASSPHRASE = "correct horse battery staple"
TODAY = date(2026, 3, 3)


@pytest.fixture
def ui_paths(data_dir: Path) -> AppPaths:
    return AppPaths(data_dir)


@pytest.fixture
def ui_workspace(ui_paths: AppPaths) -> Iterator[Workspace]:
    ws = create_workspace(
        ui_paths, PASSPHRASE, keyring=None, passphrase_only=True, kdf=KDF_FLOOR, user_id="worker-1"
    )
    ws.ctx = replace(ws.ctx, now=lambda: datetime(2026, 3, 3, 15, 0, tzinfo=UTC), today=lambda: TODAY)
    seed_people(ws.ctx)
    yield ws
    ws.lock()


@pytest.fixture
def gui(qtbot, ui_paths: AppPaths, ui_workspace: Workspace):  # -> linkdesk.ui.qt_app.Gui
    from linkdesk.ui.qt_app import build_gui

    built = build_gui(ui_paths, language="en", workspace=ui_workspace)
    qtbot.addWidget(built.window)
    built.window.show()
    qtbot.waitUntil(lambda: built.window.workspace_view is not None)
    yield built
    built.session.shutdown()
    built.background.wait_for_done()
    built.languages.install("en")


@pytest.fixture
def wait_idle(qtbot, gui):
    """Wait until the background lane has delivered everything queued."""
    return lambda: qtbot.waitUntil(gui.background.is_idle, timeout=10000)


@pytest.fixture(autouse=True)
def _none_refcount_guard():
    """PySide6 6.12 on CPython 3.11 drops a reference to None per void call (see ui/refcount_guard.py)."""
    from linkdesk.ui import refcount_guard

    refcount_guard.top_up()
    yield
    refcount_guard.top_up()


@pytest.fixture(autouse=True)
def _collect_qt_garbage_here(qapp):
    """As in the app, cycles are collected only on the GUI thread (ui/gui_gc.py) while a UI test runs; a
    collection on a DB-lane thread could destroy Qt objects there. Each test's windows and sessions become
    garbage when it ends: collected at once, then automatic collection is back for the tests after."""
    from linkdesk.ui.qt_app import application

    application()
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    collector = getattr(qapp, "_linkdesk_gc", None)
    if collector is not None:
        collector.uninstall()
        collector.deleteLater()
        qapp._linkdesk_gc = None
