"""Team dialogs: hand a person over to another worker (online), resolve a flag."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QVBoxLayout, QWidget

from linkdesk.services.context import ServiceContext
from linkdesk.services.flags import resolve_flag
from linkdesk.services.supervision.handover import Colleague, HandoverDone, hand_over
from linkdesk.services.supervision.team import team_transport
from linkdesk.sync.engine import SyncEngine
from linkdesk.ui.background import NETWORK_LANE, run_in_background
from linkdesk.ui.session import Session
from linkdesk.ui.views.team.texts import online_error_text
from linkdesk.ui.widgets.common import button, primary_button, text_label, title
from linkdesk.ui.widgets.form_dialog import FormDialog
from linkdesk.ui.widgets.forms import Field, text_area

EngineMaker = Callable[[], SyncEngine]


class HandoverDialog(QDialog):
    """Choose the new worker; the server moves the person, then this laptop syncs."""

    def __init__(
        self,
        session: Session,
        make_engine: EngineMaker,
        client_id: str,
        *,
        person: str,
        colleagues: list[Colleague],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.make_engine = make_engine
        self.client_id = client_id
        self.done_value: HandoverDone | None = None
        heading = self.tr("Hand over %1").replace("%1", person)
        self.setWindowTitle(heading)
        self.setModal(True)
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        outer.addWidget(title(heading))
        outer.addWidget(
            text_label(
                self.tr(
                    "The person and all their records move to the worker you choose. Anything the current "
                    "worker's laptop has not sent yet is kept and reaches the new worker; then the person "
                    "leaves that laptop. This needs a connection to the server."
                ),
                "muted",
            )
        )
        self.worker = QComboBox()
        for colleague in colleagues:
            self.worker.addItem(colleague.name, colleague.user_id)
        self.worker_field = Field(self.tr("&New worker"), self.worker)
        outer.addWidget(self.worker_field)
        self.message = text_label("", "error")
        self.message.hide()
        outer.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.cancel_button)
        self.confirm_button = primary_button(self.tr("Hand over"), "person")
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self._confirm)
        self.confirm_button.setEnabled(self.worker.count() > 0)
        row.addWidget(self.confirm_button)
        outer.addLayout(row)
        self.worker.setFocus()

    def _confirm(self) -> None:
        workspace = self.session.workspace
        to_user = self.worker.currentData()
        if workspace is None or not to_user:
            return
        ctx, client_id, make = workspace.ctx, self.client_id, self.make_engine

        def task() -> HandoverDone:
            engine = make()
            return hand_over(
                ctx,
                client_id=client_id,
                to_user_id=str(to_user),
                engine=engine,
                transport=team_transport(engine),
            )

        self.message.hide()
        self.confirm_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        run_in_background(task, self._done, self._failed, lane=NETWORK_LANE)

    def _done(self, value: HandoverDone) -> None:
        self.done_value = value
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.confirm_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.message.setText(online_error_text(exc))
        self.message.show()


class ResolveFlagDialog(FormDialog):
    def __init__(self, session: Session, flag_id: str, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            self.tr("Resolve flag"),
            self.tr("Resolve"),
            parent,
            intro=self.tr("Say what was done. The worker sees the resolution on the person's record."),
        )
        self.note = text_area(lines=4)
        self.add("resolution_note", Field(self.tr("What was &done"), self.note))
        self.finish_form()

        def make() -> Callable[[ServiceContext], object] | None:
            text = self.note.toPlainText()
            if not text.strip():
                self.fields.show_required("resolution_note", self.tr("Say what was done."))
                return None
            return lambda ctx: resolve_flag(ctx, flag_id=flag_id, resolution_note=text)

        self.make_task = make
