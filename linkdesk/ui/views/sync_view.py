"""The Sync page: the connection and its last sync, "Sync now", starting a new laptop from a caseload file
(USB key), the conflicts inbox, the "not accepted" list, the clock warning and signing out of the server."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from linkdesk.services.conflicts import (
    ConflictItem,
    NotAcceptedItem,
    dismiss_not_accepted,
    list_conflicts,
    list_not_accepted,
    resolve_conflict,
    server_device_id,
)
from linkdesk.services.context import ServiceContext
from linkdesk.services.sync_service import sign_out
from linkdesk.ui.background import NETWORK_LANE, run_in_background
from linkdesk.ui.session import Session
from linkdesk.ui.sync_controller import SyncController
from linkdesk.ui.texts import error_text
from linkdesk.ui.views.sync.inbox import ConflictCard, NotAcceptedCard
from linkdesk.ui.views.sync.snapshot_card import SnapshotCard
from linkdesk.ui.views.sync.texts import clock_time, connect_error_text, connection_text, fill, problem_text
from linkdesk.ui.widgets.common import (
    EmptyState,
    button,
    card,
    clear_layout,
    primary_button,
    scrolling_page,
    subtitle,
    text_label,
    title,
)
from linkdesk.ui.widgets.forms import Field, line_edit


@dataclass(frozen=True)
class Inbox:
    conflicts: list[ConflictItem]
    not_accepted: list[NotAcceptedItem]
    me: str
    my_device: str  # this laptop's device id on the server


def load_inbox(ctx: ServiceContext) -> Inbox:
    return Inbox(list_conflicts(ctx), list_not_accepted(ctx), ctx.actor.user_id, server_device_id(ctx))


class SyncView(QWidget):
    open_person = Signal(str)
    open_settings = Signal()

    def __init__(self, session: Session, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.controller = controller
        layout = scrolling_page(self, bottom=16, spacing=12)
        layout.addWidget(title(self.tr("Sync")))

        self.clock_banner = text_label(
            self.tr(
                "This laptop's clock is more than 5 minutes away from the server's. Set the date and time "
                "correctly (or turn on automatic time) so changes are ordered correctly."
            ),
            "banner",
        )
        self.clock_banner.hide()
        layout.addWidget(self.clock_banner)

        layout.addWidget(self._server_card())
        self.snapshot_card = SnapshotCard(controller)
        layout.addWidget(self.snapshot_card)

        layout.addWidget(subtitle(self.tr("Conflicts to settle")))
        layout.addWidget(
            text_label(
                self.tr(
                    "The same detail was changed in two places. LinkDesk kept one value for now; choose the "
                    "right one, or type a new one. Your choice syncs like any other change."
                ),
                "muted",
            )
        )
        self.conflicts = QVBoxLayout()
        layout.addLayout(self.conflicts)
        layout.addWidget(subtitle(self.tr("Not accepted by the server")))
        self.rejected = QVBoxLayout()
        layout.addLayout(self.rejected)
        layout.addStretch(1)
        self.inbox: Inbox | None = None
        controller.state_changed.connect(self._show_state)
        controller.sync_finished.connect(self.refresh)
        controller.sign_in_finished.connect(self._signed_in)
        self._show_state()

    def _server_card(self) -> QWidget:
        frame, box = card()
        box.addWidget(subtitle(self.tr("Regional server")))
        self.connection = text_label("")
        self.server = text_label("", "muted")
        self.facts = text_label("")
        self.problem = text_label("", "muted")
        for w in (self.connection, self.server, self.facts, self.problem):
            box.addWidget(w)
        self.sign_in_box = QWidget()
        sign_in = QHBoxLayout(self.sign_in_box)
        sign_in.setContentsMargins(0, 0, 0, 0)
        self.password = line_edit(max_length=1024)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field = Field(self.tr("Your &password, to sign in again"), self.password)
        sign_in.addWidget(self.password_field, 1)
        self.sign_in_button = button(self.tr("Sign in again"), "online")
        self.sign_in_button.clicked.connect(self._sign_in)
        self.password.returnPressed.connect(self._sign_in)
        sign_in.addWidget(self.sign_in_button)
        self.sign_in_box.hide()
        box.addWidget(self.sign_in_box)
        row = QHBoxLayout()
        self.connect_button = button(self.tr("Connect in Settings…"), "settings")
        self.connect_button.clicked.connect(self.open_settings.emit)
        self.sign_out_button = button(self.tr("Sign out of this server…"), "lock", "danger")
        self.sign_out_button.clicked.connect(self._sign_out)
        row.addWidget(self.connect_button)
        row.addWidget(self.sign_out_button)
        row.addStretch(1)
        self.sync_button = primary_button(self.tr("Sync now"), "sync")
        self.sync_button.clicked.connect(self.controller.sync_now)
        row.addWidget(self.sync_button)
        box.addLayout(row)
        return frame

    # ----- state

    def _show_state(self) -> None:
        state = self.controller.state
        status = state.status
        _icon, _colour, text = connection_text(state)
        self.connection.setText(text)
        connected = state.connected
        self.connect_button.setVisible(status is not None and not connected)
        self.sign_out_button.setVisible(connected)
        self.sync_button.setVisible(connected)
        self.sync_button.setEnabled(state.phase != "syncing")
        self.clock_banner.setVisible(connected and state.clock_off)
        self.sign_in_box.setVisible(connected and state.needs_sign_in)
        if status is None or not connected:
            self.server.setText(
                self.tr(
                    "Connect this laptop to your organisation's regional server in Settings to sync your "
                    "caseload and share it with your team."
                )
            )
            self.facts.setText("")
            self.problem.setText("")
            return
        who = status.username or self.tr("unknown user")
        self.server.setText(fill(self.tr("%1, signed in as %2"), status.server_url, who))
        last = clock_time(status.last_success_ms) if status.last_success_ms else self.tr("not yet")
        facts = [
            self.tr("Last successful sync: %1").replace("%1", last),
            self.tr("%n change(s) waiting to be sent", "", status.pending),
        ]
        self.facts.setText("\n".join(facts))
        problem = ""
        if state.phase == "problem" and state.error:
            problem = problem_text(state.error)
        self.problem.setText(problem)

    def _sign_in(self) -> None:
        self.password_field.clear_error()
        if not self.password.text():
            self.password_field.show_error(self.tr("Type your password."))
            return
        self.sign_in_button.setEnabled(False)
        self.controller.sign_in_again(self.password.text())

    def _signed_in(self, result: object) -> None:
        self.sign_in_button.setEnabled(True)
        self.password.clear()
        if isinstance(result, BaseException):
            self.password_field.show_error(connect_error_text(result))

    # ----- the inbox

    def refresh(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        ctx = workspace.ctx
        run_in_background(lambda: load_inbox(ctx), self._show_inbox, lambda _e: None)

    def _show_inbox(self, inbox: Inbox) -> None:
        self.inbox = inbox
        clear_layout(self.conflicts)
        clear_layout(self.rejected)
        if not inbox.conflicts:
            self.conflicts.addWidget(EmptyState("check", self.tr("No conflicts. Nothing to settle.")))
        for item in inbox.conflicts:
            c = ConflictCard(item, (inbox.me, inbox.my_device), self._resolve)
            c.open_person.connect(self.open_person.emit)
            self.conflicts.addWidget(c)
        if not inbox.not_accepted:
            self.rejected.addWidget(
                EmptyState("check", self.tr("The server accepted every change sent from this laptop."))
            )
        for na in inbox.not_accepted:
            r = NotAcceptedCard(na)
            r.dismiss.connect(self._dismiss)
            r.open_person.connect(self.open_person.emit)
            self.rejected.addWidget(r)

    def _resolve(self, conflict_id: str, value: object, keep: bool) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        ctx = workspace.ctx
        run_in_background(
            lambda: resolve_conflict(ctx, conflict_id, value, keep=keep), self._settled, self._failed
        )

    def _dismiss(self, device_seq: int) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        ctx = workspace.ctx
        run_in_background(lambda: dismiss_not_accepted(ctx, device_seq), self._settled, self._failed)

    def _settled(self, wrote: object) -> None:
        if wrote:
            self.controller.local_commit()
        else:
            self.controller.refresh_status()
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.problem.setText(error_text(exc))
        self.refresh()

    # ----- signing out

    def _sign_out(self) -> None:
        state = self.controller.state
        pending = state.pending
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Sign out of this server"))
        text = self.tr(
            "Signing out removes this laptop's copy of the records and its keys. Everything already synced "
            "stays on the server and comes back when you sign in again."
        )
        if pending:
            text = (
                self.tr(
                    "%n change(s) made on this laptop have not reached the server yet. If you sign out now "
                    "they will be lost.",
                    "",
                    pending,
                )
                + "\n\n"
                + text
            )
            self.sync_first: QPushButton | None = box.addButton(
                self.tr("Sync first"), QMessageBox.ButtonRole.AcceptRole
            )
        else:
            self.sync_first = None
        box.setText(text)
        confirm = box.addButton(
            self.tr("Sign out and lose %n change(s)", "", pending) if pending else self.tr("Sign out"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        self.sign_out_box = box
        box.exec()
        clicked = box.clickedButton()
        if clicked is confirm:
            self._do_sign_out()
        elif self.sync_first is not None and clicked is self.sync_first:
            self.controller.sync_now()

    def _do_sign_out(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        self.sign_out_button.setEnabled(False)
        # After any sync under way (same lane), so nothing writes into files being removed.
        run_in_background(
            lambda: sign_out(workspace),
            lambda _r: self.controller.finish_sign_out(),
            self._failed,
            lane=NETWORK_LANE,
        )
