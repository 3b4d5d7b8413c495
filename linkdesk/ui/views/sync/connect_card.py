"""Settings: connect this laptop's existing records to the organisation's regional server."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from linkdesk.services.connect import Connected
from linkdesk.sync.errors import AuthRejectedError
from linkdesk.ui.sync_controller import SyncController
from linkdesk.ui.views.sync.login_fields import LoginFields
from linkdesk.ui.views.sync.texts import connect_error_text, fill
from linkdesk.ui.widgets.common import card, primary_button, subtitle, text_label


class ConnectCard(QFrame):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        frame, box = card()
        frame.setMaximumWidth(640)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        box.addWidget(subtitle(self.tr("Regional server")))
        self.connected_note = text_label("", "muted")
        box.addWidget(self.connected_note)
        self.form = QWidget()
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(
            text_label(
                self.tr(
                    "Connect to your organisation's server to sync your caseload. The records already on "
                    "this laptop are sent to the server as yours."
                ),
                "muted",
            )
        )
        login = LoginFields(form)
        self.url, self.username, self.password = login.url, login.username, login.password
        self.url_field, self.username_field, self.password_field = login.fields
        self.status = text_label("", "muted")
        form.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        self.connect_button = primary_button(self.tr("Connect"), "online")
        self.connect_button.clicked.connect(self.submit)
        self.password.returnPressed.connect(self.submit)
        row.addWidget(self.connect_button)
        form.addLayout(row)
        box.addWidget(self.form)
        controller.state_changed.connect(self._show_state)
        controller.connect_finished.connect(self._finished)
        self._show_state()

    def _show_state(self) -> None:
        state = self.controller.state
        if state.connected and state.status is not None:
            self.connected_note.setText(
                fill(
                    self.tr("This laptop is connected to %1 as %2. See the Sync page for details."),
                    state.status.server_url,
                    state.status.username,
                )
            )
            self.connected_note.show()
            self.form.hide()
        else:
            self.connected_note.hide()
            self.form.show()

    def submit(self) -> None:
        if not self.connect_button.isEnabled():
            return
        for f in (self.url_field, self.username_field, self.password_field):
            f.clear_error()
        url, user, password = self.url.text().strip(), self.username.text().strip(), self.password.text()
        missing = self.tr("This is required.")
        for value, f in ((url, self.url_field), (user, self.username_field), (password, self.password_field)):
            if not value:
                f.show_error(missing)
                f.editor.setFocus()
                return
        self.connect_button.setEnabled(False)
        self.status.setText(self.tr("Connecting…"))
        self.controller.connect_to_server(url, user, password)

    def _finished(self, result: object) -> None:
        self.connect_button.setEnabled(True)
        self.password.clear()
        if isinstance(result, Connected):
            self.status.setText(
                self.tr("Connected as %1. Syncing now; this laptop's records are on their way.").replace(
                    "%1", result.username
                )
            )
            return
        self.status.setText("")
        message = connect_error_text(result) if isinstance(result, BaseException) else ""
        target = self.password_field if isinstance(result, AuthRejectedError) else self.url_field
        target.show_error(message)
        target.editor.setFocus()
