"""The report as a PDF: the same sections as the screen, tables and charts (QTextDocument + QPdfWriter)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPoint, QSizeF, QUrl
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPdfWriter, QRegion, QTextDocument
from PySide6.QtWidgets import QWidget

from linkdesk.ui.theme import colours
from linkdesk.ui.views.reports.sections import Section, Table

CHART_WIDTH = 640


def chart_image(chart: QWidget) -> QImage:
    """Paints a chart offscreen (it need not be shown) on the theme's card colour."""
    chart.ensurePolished()  # the style sheet's font first, so the height fits every row
    chart.resize(CHART_WIDTH, chart.sizeHint().height())
    image = QImage(chart.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor(colours()["surface"]))  # the theme's card colour, so its text colour stays readable
    chart.render(image, QPoint(0, 0), QRegion(), QWidget.RenderFlag.DrawChildren)  # no window background
    return image


def _table_html(table: Table) -> str:
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in table.headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in table.rows
    )
    return f"<table border='1' cellspacing='0' cellpadding='4'><tr>{head}</tr>{body}</table>"


def report_html(title: str, about: list[str], sections: list[Section], empty_text: str) -> str:
    parts = [f"<html><body style='font-size:11pt'><h1>{escape(title)}</h1>"]
    parts += [f"<p>{escape(line)}</p>" for line in about]
    for section in sections:
        parts.append(f"<h2>{escape(section.title)}</h2><p><i>{escape(section.note)}</i></p>")
        if section.empty:
            parts.append(f"<p>{escape(section.empty_text or empty_text)}</p>")
            continue
        parts += [f"<p>{escape(line)}</p>" for line in section.summary]
        parts += [_table_html(table) + "<br/>" for table in section.tables]
        if section.chart is not None:
            parts.append(f"<p><img src='chart-{escape(section.key)}'/></p>")
    parts.append("</body></html>")
    return "".join(parts)


def write_report_pdf(html: str, images: dict[str, QImage], path: Path) -> Path:
    """QTextDocument, QImage and QPdfWriter are reentrant: this may run on the DB lane."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle("LinkDesk report")
    doc = QTextDocument()
    for key, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(f"chart-{key}"), image)
    doc.setHtml(html)
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    doc.print_(writer)
    return path
