"""The Team section (supervisors): dashboard, case review queue, escalated flags and review history; a
person opens read only with the review form and the handover button."""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from linkdesk.domain.enums import FlagStatus
from linkdesk.domain.review import MAX_SAMPLE_SIZE, ReviewReason, period_of
from linkdesk.services.context import ServiceContext
from linkdesk.services.supervision.dashboard import Measure, TeamDashboard, people_behind, team_dashboard
from linkdesk.services.supervision.review import (
    QueueItem,
    ReviewEntry,
    review_history,
    review_queue,
    sample_size,
    set_sample_size,
)
from linkdesk.services.supervision.team import refresh_team, team_transport
from linkdesk.services.worklists import OpenFlag, open_flags
from linkdesk.sync.engine import SyncEngine
from linkdesk.ui.background import NETWORK_LANE, run_in_background
from linkdesk.ui.formatting import short_date
from linkdesk.ui.session import Session
from linkdesk.ui.sync_controller import SyncController
from linkdesk.ui.texts import label
from linkdesk.ui.views.sync.texts import clock_time
from linkdesk.ui.views.team.dashboard_panel import DashboardPanel
from linkdesk.ui.views.team.dialogs import HandoverDialog, ResolveFlagDialog
from linkdesk.ui.views.team.review_page import ReviewPage
from linkdesk.ui.views.team.texts import OUTCOMES, REASONS, online_error_text, tr
from linkdesk.ui.widgets.common import EmptyState, button, scrolling_page, text_label, title
from linkdesk.ui.widgets.forms import Field, spin
from linkdesk.ui.widgets.row_list import RowList


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True)
class TeamPage:
    board: TeamDashboard
    queue: list[QueueItem]
    flags: list[OpenFlag]
    history: list[ReviewEntry]
    sample_size: int
    period: str
    now_ms: int


def load_team_page(ctx: ServiceContext, now_ms: int) -> TeamPage:
    flags = sorted(
        open_flags(ctx), key=lambda f: (f.status != FlagStatus.ESCALATED, -f.raised_at.timestamp())
    )
    return TeamPage(
        team_dashboard(ctx, now_ms=now_ms),
        review_queue(ctx),
        flags,
        review_history(ctx),
        sample_size(ctx),
        period_of(ctx.today()),
        now_ms,
    )


def _queue_icon(item: QueueItem) -> tuple[str, str]:
    if item.done:
        return "check", "ok_text"
    if item.escalated:
        return "warning", "error"
    return ("flag", "primary") if item.reason is ReviewReason.FLAG else ("person", "primary")


class TeamView(QWidget):
    saved = Signal()  # a review or a resolution was written on this laptop

    def __init__(
        self, session: Session, sync: SyncController | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.sync = sync
        self.page: TeamPage | None = None
        self.dialog: HandoverDialog | ResolveFlagDialog | None = None
        self._asked_server = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.overview = QWidget()
        self.stack.addWidget(self.overview)
        self.review = ReviewPage(session)
        self.stack.addWidget(self.review)
        self.review.back.connect(self._back)
        self.review.signed.connect(self._written)
        self.review.hand_over.connect(self._hand_over)
        self.review.resolve_flag.connect(self._resolve)
        self._build_overview()

    # ----- layout

    def _build_overview(self) -> None:
        layout = scrolling_page(self.overview, spacing=10)
        layout.addWidget(title(self.tr("Team")))
        head = QHBoxLayout()
        self.team_line = text_label("", "muted")
        head.addWidget(self.team_line, 1)
        self.server_button = button(self.tr("Refresh from server"), "sync")
        self.server_button.clicked.connect(self.refresh_from_server)
        head.addWidget(self.server_button)
        layout.addLayout(head)
        self.server_message = text_label("", "muted")
        self.server_message.hide()
        layout.addWidget(self.server_message)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        layout.addStretch(1)

        self.dashboard = DashboardPanel()
        self.dashboard.drill.connect(self._drill)
        self.dashboard.open_person.connect(lambda cid: self.open_review(cid, ReviewReason.OTHER))
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))

        self.tabs.addTab(self._queue_tab(), self.tr("Case review"))

        flags_tab = QWidget()
        f = QVBoxLayout(flags_tab)
        f.setContentsMargins(0, 8, 0, 0)
        f.addWidget(text_label(self.tr("Escalated flags first. Open a person to resolve a flag."), "muted"))
        self.flags = RowList(self.tr("Open and escalated flags"))
        self.flags.activated_key.connect(self._open_flag)
        f.addWidget(self.flags)
        self.flags_empty = EmptyState("check", self.tr("No open risk or safeguarding flags in the team."))
        f.addWidget(self.flags_empty)
        f.addStretch(1)
        self.tabs.addTab(flags_tab, self.tr("Flags"))

        history_tab = QWidget()
        h = QVBoxLayout(history_tab)
        h.setContentsMargins(0, 8, 0, 0)
        self.history = RowList(self.tr("Review history"))
        self.history.activated_key.connect(lambda cid: self.open_review(cid, ReviewReason.OTHER))
        h.addWidget(self.history)
        self.history_empty = EmptyState(
            "check", self.tr("No reviews signed yet. Start from the review queue.")
        )
        h.addWidget(self.history_empty)
        h.addStretch(1)
        self.tabs.addTab(history_tab, self.tr("Review history"))

    def _queue_tab(self) -> QWidget:
        queue_tab = QWidget()
        q = QVBoxLayout(queue_tab)
        q.setContentsMargins(0, 8, 0, 0)
        self.period_line = text_label("", "muted")
        q.addWidget(self.period_line)
        self.sample = spin(0, MAX_SAMPLE_SIZE, 2)
        self.sample.setMaximumWidth(140)
        self.sample_field = Field(
            self.tr("People &sampled per worker each month"),
            self.sample,
            hint=self.tr("Every flagged case is in the queue too. The sample stays the same all month."),
        )
        self.sample.editingFinished.connect(self._sample_changed)
        q.addWidget(self.sample_field)
        self.queue = RowList(self.tr("Review queue"))
        self.queue.activated_key.connect(self._open_queue_item)
        q.addWidget(self.queue)
        self.queue_empty = EmptyState("check", self.tr("Nothing to review this month."))
        q.addWidget(self.queue_empty)
        q.addStretch(1)
        return queue_tab

    # ----- loading

    def refresh(self) -> None:
        """Show what this laptop holds; the first time, also ask the server for the team (if online)."""
        workspace = self.session.workspace
        if workspace is None:
            return
        ctx = workspace.ctx
        now = _now_ms()
        run_in_background(lambda: load_team_page(ctx, now), self._show, self._load_failed)
        if self.stack.currentWidget() is self.review:
            self.review.reload()
        if not self._asked_server and self._connected():
            self._asked_server = True
            self.refresh_from_server()

    def _connected(self) -> bool:
        return self.sync is not None and self.sync.state.connected

    def _load_failed(self, exc: BaseException) -> None:
        self.server_message.setText(online_error_text(exc))
        self.server_message.show()

    def _show(self, page: TeamPage) -> None:
        self.page = page
        board = page.board
        if board.fetched_ms:
            line = self.tr("%1 · team list from the server, %2").replace("%1", board.team_name)
            line = line.replace("%2", clock_time(board.fetched_ms))
        else:
            line = self.tr("The team list has not been fetched from the server yet.")
        self.team_line.setText(line)
        self.server_button.setVisible(self.sync is not None)
        self.dashboard.show_board(board, page.now_ms)
        year, month = (int(part) for part in page.period.split("-"))
        month_name = QLocale().toString(QDate(year, month, 1), "MMMM yyyy")
        self.period_line.setText(self.tr("Review queue for %1").replace("%1", month_name))
        self.sample.blockSignals(True)
        self.sample.setValue(page.sample_size)
        self.sample.blockSignals(False)
        self._fill_queue(page.queue)
        self._fill_flags(page.flags)
        self._fill_history(page.history)

    def _fill_queue(self, queue: list[QueueItem]) -> None:
        self.queue.clear()
        for item in queue:
            reason = tr(REASONS[str(item.reason)])
            if item.escalated:
                reason = self.tr("Escalated flag")
            state = (
                self.tr("reviewed: %1").replace("%1", tr(OUTCOMES[str(item.outcome)]))
                if item.done
                else self.tr("to review")
            )
            text = f"{item.name} — {item.worker_name or self.tr('unknown worker')} — {reason} — {state}"
            icon_name, colour = _queue_icon(item)
            self.queue.add_row(
                text, f"{item.client_id}|{item.reason}|{','.join(item.flag_ids)}", icon_name, colour
            )
        self.queue.fit()
        self.queue_empty.setVisible(not queue)

    def _fill_flags(self, flags: list[OpenFlag]) -> None:
        self.flags.clear()
        for fl in flags:
            escalated = fl.status == FlagStatus.ESCALATED
            text = " · ".join(
                [
                    label(fl.status),
                    label(fl.kind),
                    label(fl.severity),
                    fl.client_name,
                    short_date(fl.raised_at),
                ]
            )
            self.flags.add_row(
                text,
                f"{fl.client_id}|{fl.flag_id}",
                "warning" if escalated else "flag",
                "error" if escalated else "attention_text",
                tinted=escalated,
            )
        self.flags.fit()
        self.flags_empty.setVisible(not flags)

    def _fill_history(self, history: list[ReviewEntry]) -> None:
        self.history.clear()
        for h in history:
            text = " · ".join(
                [
                    short_date(h.reviewed_at),
                    h.person or self.tr("(no longer on this laptop)"),
                    h.worker_name or self.tr("unknown worker"),
                    tr(OUTCOMES[str(h.outcome)]),
                ]
            )
            self.history.add_row(text, h.client_id, "check" if h.outcome == "signed_off" else "clock")
        self.history.fit()
        self.history_empty.setVisible(not history)

    # ----- the server

    def _engine_maker(self) -> SyncEngine:
        workspace = self.session.workspace
        if workspace is None or self.sync is None:
            raise LookupError("not connected")
        return self.sync.engine_factory(workspace)

    def refresh_from_server(self) -> None:
        workspace = self.session.workspace
        if workspace is None or self.sync is None:
            return
        if not self._connected():
            self.server_message.setText(
                self.tr("This laptop is not connected to a regional server. Connect it in Settings.")
            )
            self.server_message.show()
            return
        make = self._engine_maker

        def task() -> object:
            engine = make()
            return refresh_team(workspace, engine, team_transport(engine), now_ms=_now_ms)

        self.server_button.setEnabled(False)
        run_in_background(task, self._from_server, self._server_failed, lane=NETWORK_LANE)

    def _from_server(self, _overview: object) -> None:
        self.server_button.setEnabled(True)
        self.server_message.hide()
        self.refresh_local()

    def _server_failed(self, exc: BaseException) -> None:
        self.server_button.setEnabled(True)
        self.server_message.setText(
            online_error_text(exc) + " " + self.tr("Showing what this laptop last heard.")
        )
        self.server_message.show()

    def refresh_local(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        ctx, now = workspace.ctx, _now_ms()
        run_in_background(lambda: load_team_page(ctx, now), self._show, self._load_failed)

    # ----- actions

    def _sample_changed(self) -> None:
        workspace = self.session.workspace
        if workspace is None or self.page is None or self.sample.value() == self.page.sample_size:
            return
        ctx, size = workspace.ctx, self.sample.value()
        run_in_background(
            lambda: set_sample_size(ctx, size), lambda _s: self.refresh_local(), self._load_failed
        )

    def _drill(self, worker_id: str, measure_code: str) -> None:
        workspace = self.session.workspace
        if workspace is None or self.page is None:
            return
        measure = Measure(measure_code)
        row = next((r for r in self.page.board.rows if r.worker_id == worker_id), None)
        name = (row.name if row else "") or self.tr("Unknown worker")
        ctx = workspace.ctx
        run_in_background(
            lambda: people_behind(ctx, worker_id=worker_id, measure=measure),
            lambda people: self.dashboard.show_people(name, measure, people),
            self._load_failed,
        )

    def _open_queue_item(self, key: str) -> None:
        client_id, reason, flags = key.split("|", 2)
        self.open_review(client_id, ReviewReason(reason), flags.split(",")[0] if flags else None)

    def _open_flag(self, key: str) -> None:
        client_id, flag_id = key.split("|", 1)
        self.open_review(client_id, ReviewReason.FLAG, flag_id)

    def open_review(self, client_id: str, reason: ReviewReason, flag_id: str | None = None) -> None:
        self.review.show_person(client_id, reason, flag_id)
        self.stack.setCurrentWidget(self.review)
        self.review.back_button.setFocus()

    def _back(self) -> None:
        self.stack.setCurrentWidget(self.overview)
        self.refresh_local()

    def _written(self) -> None:
        self.saved.emit()
        self.refresh_local()

    def _hand_over(self, client_id: str) -> None:
        subject = self.review.subject
        if subject is None or self.sync is None:
            return
        dialog = HandoverDialog(
            self.session,
            self._engine_maker,
            client_id,
            person=subject.record.display_name,
            colleagues=subject.colleagues,
            parent=self,
        )
        dialog.accepted.connect(self._handed_over)
        self.dialog = dialog
        dialog.open()

    def _handed_over(self) -> None:
        self.review.done_label.setText(
            self.tr("Handed over. The new worker gets the person at their next sync.")
        )
        if self.sync is not None:
            self.sync.refresh_status()
        self.review.reload()
        self.refresh_local()

    def _resolve(self, flag_id: str, _client_id: str) -> None:
        dialog = ResolveFlagDialog(self.session, flag_id, self)
        dialog.accepted.connect(self._resolved)
        self.dialog = dialog
        dialog.open()

    def _resolved(self) -> None:
        self.saved.emit()
        self.review.reload()
        self.refresh_local()
