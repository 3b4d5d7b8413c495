"""One card per open conflict and per change the server did not accept, with the actions that settle it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QInputDialog, QLineEdit, QWidget

from linkdesk.services.conflicts import ConflictItem, NotAcceptedItem
from linkdesk.ui.views.sync.texts import clock_time, field_label, fill, reason_text, table_label, value_text
from linkdesk.ui.widgets.common import Chip, button, card, subtitle, text_label


class ConflictCard(QFrame):
    """Both values, who wrote each and when; keep one, use the other, or type a new value."""

    open_person = Signal(str)

    def __init__(
        self,
        item: ConflictItem,
        me: tuple[str, str],  # this user's id and this laptop's device id on the server
        on_resolve: Callable[[str, object, bool], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        # A callback, not a signal: a Python bool emitted through a PySide6 signal loses a reference.
        self.on_resolve = on_resolve
        frame, box = card()
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        field = fill(self.tr("%1: %2"), table_label(item.table), field_label(item.field))
        what = fill(self.tr("%1 — %2"), item.person or table_label(item.table), field)
        box.addWidget(subtitle(what))
        box.addWidget(Chip(self.tr("Changed in two places"), "attention"))
        kept = self.tr("Kept for now: %1 — by %2, %3")
        box.addWidget(
            text_label(
                self._line(
                    kept,
                    item.winner_value,
                    (item.winner_user, item.winner_name, item.winner_at_ms, item.winner_device),
                    me,
                )
            )
        )
        other = self.tr("Other value: %1 — by %2, %3")
        box.addWidget(
            text_label(
                self._line(
                    other,
                    item.loser_value,
                    (item.loser_user, item.loser_name, item.loser_at_ms, item.loser_device),
                    me,
                )
            )
        )
        row = QHBoxLayout()
        if item.client_id:
            show = button(self.tr("Open person"), "person")
            show.clicked.connect(lambda: self.open_person.emit(item.client_id))
            row.addWidget(show)
        row.addStretch(1)
        if item.can_choose:
            self.keep_button = button(
                self.tr("Keep %1").replace("%1", value_text(item.current_value)), "check"
            )
            self.keep_button.clicked.connect(lambda: self.on_resolve(item.id, None, True))
            alternative = item.loser_value if item.current_value == item.winner_value else item.winner_value
            self.use_button = button(self.tr("Use %1").replace("%1", value_text(alternative)), "sync")
            self.use_button.clicked.connect(lambda: self.on_resolve(item.id, alternative, False))
            self.edit_button = button(self.tr("Edit…"), "note")
            self.edit_button.clicked.connect(self._edit)
            for b in (self.keep_button, self.use_button, self.edit_button):
                row.addWidget(b)
        else:
            note = self.tr("The record was deleted, so this change could not be applied.")
            box.addWidget(text_label(note, "muted"))
            self.keep_button = button(self.tr("OK"), "check")
            self.keep_button.clicked.connect(lambda: self.on_resolve(item.id, None, True))
            row.addWidget(self.keep_button)
        box.addLayout(row)

    def _line(self, template: str, value: object, who: tuple[str, str, int, str], me: tuple[str, str]) -> str:
        user, name, at_ms, device = who
        if user and user == me[0]:
            author = self.tr("you on this laptop") if device == me[1] else self.tr("you on another device")
        else:
            author = name or self.tr("another user")
        when = clock_time(at_ms) if at_ms else self.tr("unknown time")
        return fill(template, value_text(value), author, when)

    def _edit(self) -> None:
        current = self.item.current_value
        text, ok = QInputDialog.getText(
            self,
            self.tr("Edit the value"),
            field_label(self.item.field).capitalize(),
            QLineEdit.EchoMode.Normal,
            "" if current is None else str(current),
        )
        if ok:
            self.on_resolve(self.item.id, text, False)


class NotAcceptedCard(QFrame):
    """A change the server refused: what it was, the values sent, the reason in plain words."""

    dismiss = Signal(int)
    open_person = Signal(str)

    def __init__(self, item: NotAcceptedItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame, box = card()
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        title = table_label(item.table) if not item.person else f"{item.person} — {table_label(item.table)}"
        box.addWidget(subtitle(title))
        box.addWidget(Chip(self.tr("Not accepted by the server"), "risk"))
        box.addWidget(text_label(reason_text(item.reason)))
        sent = [
            fill(self.tr("%1: %2"), field_label(k), value_text(v))
            for k, v in sorted(item.fields.items())
            if k not in ("id", "created_at", "updated_at", "client_id")
        ]
        if sent:
            box.addWidget(
                text_label(self.tr("What was sent: %1").replace("%1", "; ".join(sent[:8])), "muted")
            )
        box.addWidget(
            text_label(
                self.tr("This laptop now shows what the server has. To change it again, open the person."),
                "muted",
            )
        )
        row = QHBoxLayout()
        if item.client_id:
            show = button(self.tr("Open person"), "person")
            show.clicked.connect(lambda: self.open_person.emit(item.client_id))
            row.addWidget(show)
        row.addStretch(1)
        self.dismiss_button = button(self.tr("Dismiss"), "check")
        self.dismiss_button.clicked.connect(lambda: self.dismiss.emit(item.device_seq))
        row.addWidget(self.dismiss_button)
        box.addLayout(row)
