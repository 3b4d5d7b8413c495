"""A horizontal bar chart of counts, drawn with QPainter (PySide6-Essentials has no QtCharts).

Every bar carries its number as text, so nothing is told by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from linkdesk.ui.formatting import number
from linkdesk.ui.theme import colours


class BarChart(QWidget):
    """rows: (label, value); bars scaled to the largest value."""

    LABEL_WIDTH = 220

    def __init__(self, rows: list[tuple[str, float]], caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.maximum = max((value for _label, value in rows), default=0.0) or 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())
        described = "; ".join(f"{name}: {number(value)}" for name, value in rows)
        self.setAccessibleName(caption)
        self.setAccessibleDescription(described)
        self.setToolTip(described)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(520, 8 + len(self.rows) * self._row_height())

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        c = colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        line = fm.height()
        bar_x = self.LABEL_WIDTH + 12
        bar_w = max(self.width() - bar_x - 70, 40)
        text_pen = QPen(QColor(c["text"]))
        y = 4
        for name, value in self.rows:
            painter.setPen(text_pen)
            label_rect = QRect(0, y, self.LABEL_WIDTH, line + 4)
            painter.drawText(
                label_rect,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(name, Qt.TextElideMode.ElideRight, self.LABEL_WIDTH),
            )
            width = bar_w * float(value) / self.maximum
            painter.setPen(QPen(QColor(c["primary"])))
            painter.setBrush(QBrush(QColor(c["primary"])))
            painter.drawRect(QRectF(bar_x, y + 2, max(width, 1.0), line))
            painter.setPen(text_pen)
            painter.drawText(int(bar_x + width + 6), int(y + line), number(value))
            y += self._row_height()
        painter.end()


class PairedChart(QWidget):
    """Mean baseline against mean follow-up per measure: hatched and solid bars, each with its number."""

    LABEL_WIDTH = 220

    def __init__(
        self,
        rows: list[tuple[str, float, float]],
        maximum: float,
        caption: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.rows, self.maximum = rows, max(maximum, 1.0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())
        described = "; ".join(
            f"{name}: "
            + self.tr("baseline %1, follow-up %2").replace("%1", number(b, 2)).replace("%2", number(f, 2))
            for name, b, f in rows
        )
        self.setAccessibleName(caption)
        self.setAccessibleDescription(described)
        self.setToolTip(described)

    def _row_height(self) -> int:
        return 2 * self.fontMetrics().height() + 14

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(520, self.fontMetrics().height() + 20 + len(self.rows) * self._row_height())

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        c = colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        line = fm.height()
        bar_x = self.LABEL_WIDTH + 12
        bar_w = max(self.width() - bar_x - 70, 40)
        text_pen = QPen(QColor(c["text"]))
        styles = (Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.SolidPattern)
        x, y = bar_x, 4
        for caption, style in zip((self.tr("Baseline"), self.tr("Follow-up")), styles, strict=True):
            painter.setPen(QPen(QColor(c["primary"])))
            painter.setBrush(QBrush(QColor(c["primary"]), style))
            painter.drawRect(QRectF(x, y + 2, 14, line - 4))
            painter.setPen(text_pen)
            painter.drawText(int(x + 20), int(y + line - 3), caption)
            x += 40 + fm.horizontalAdvance(caption)
        y += line + 12
        for name, baseline, follow_up in self.rows:
            painter.setPen(text_pen)
            painter.drawText(
                QRect(0, y, self.LABEL_WIDTH, 2 * line + 2),
                Qt.AlignmentFlag.AlignRight | Qt.TextFlag.TextWordWrap,
                name,
            )
            top = y
            for value, style in zip((baseline, follow_up), styles, strict=True):
                width = bar_w * float(value) / self.maximum
                painter.setPen(QPen(QColor(c["primary"])))
                painter.setBrush(QBrush(QColor(c["primary"]), style))
                painter.drawRect(QRectF(bar_x, y, max(width, 1.0), line))
                painter.setPen(text_pen)
                painter.drawText(int(bar_x + width + 6), int(y + line - 3), number(value, 2))
                y += line + 2
            y = top + self._row_height()
        painter.end()
