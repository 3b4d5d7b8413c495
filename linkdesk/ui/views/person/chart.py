"""A small bar chart of baseline against follow-up, per item (patterns and labels, not colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from linkdesk.ui.formatting import number
from linkdesk.ui.theme import colours


class ChangeChart(QWidget):
    """rows: (label, baseline, follow-up) with values on a 0..maximum scale."""

    def __init__(
        self,
        rows: list[tuple[str, float | None, float | None]],
        maximum: float,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.rows, self.maximum = rows, max(maximum, 1.0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())
        parts = [
            f"{name}: "
            + self.tr("baseline %1, follow-up %2")
            .replace("%1", "-" if b is None else number(b))
            .replace("%2", "-" if f is None else number(f))
            for name, b, f in rows
        ]
        self.setAccessibleName(self.tr("Chart of baseline and follow-up answers"))
        self.setAccessibleDescription("; ".join(parts))
        self.setToolTip("\n".join(parts))

    LABEL_WIDTH = 260

    def _row_height(self, name: str) -> int:
        fm = self.fontMetrics()
        text = fm.boundingRect(QRect(0, 0, self.LABEL_WIDTH, 10_000), Qt.TextFlag.TextWordWrap, name).height()
        return max(text, 2 * fm.height() + 2) + 12

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        line = self.fontMetrics().height()
        return QSize(560, line + 24 + sum(self._row_height(name) for name, _b, _f in self.rows))

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        c = colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        line = fm.height()
        label_w = self.LABEL_WIDTH
        bar_x = label_w + 12
        bar_w = max(self.width() - bar_x - 60, 40)
        text_pen = QPen(QColor(c["text"]))
        y = 8
        legend = [
            (self.tr("Baseline"), Qt.BrushStyle.BDiagPattern),
            (self.tr("Follow-up"), Qt.BrushStyle.SolidPattern),
        ]
        x = bar_x
        for caption, style in legend:
            painter.setPen(QPen(QColor(c["primary"])))
            painter.setBrush(QBrush(QColor(c["primary"]), style))
            painter.drawRect(QRectF(x, y + 2, 14, line - 4))
            painter.setPen(text_pen)
            painter.drawText(int(x + 20), int(y + line - 4), caption)
            x += 40 + fm.horizontalAdvance(caption)
        y += line + 12
        for name, baseline, follow_up in self.rows:
            row_height = self._row_height(name)
            painter.setPen(text_pen)
            painter.drawText(QRectF(0, y, label_w, row_height), Qt.TextFlag.TextWordWrap, name)
            top = y
            for value, style in (
                (baseline, Qt.BrushStyle.BDiagPattern),
                (follow_up, Qt.BrushStyle.SolidPattern),
            ):
                width = 0.0 if value is None else bar_w * float(value) / self.maximum
                painter.setPen(QPen(QColor(c["primary"])))
                painter.setBrush(QBrush(QColor(c["primary"]), style))
                painter.drawRect(QRectF(bar_x, y, max(width, 1), line))
                painter.setPen(text_pen)
                painter.drawText(
                    int(bar_x + width + 6), int(y + line - 3), "-" if value is None else number(value)
                )
                y += line + 2
            y = top + row_height
        painter.end()
