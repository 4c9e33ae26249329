"""Printing: the chart on screen or the meeting report, through Qt's print preview.

A chart or a report page is drawn by matplotlib at high resolution (the printer's, at most
300 dpi) and painted with QPainter, scaled to the page inside its margins and never cut
(a raster is what Qt prints robustly; see /work/shared/pitfalls.md). The preview lets the
user choose printer or PDF, portrait or landscape. The report as a searchable vector PDF
comes from "Spara mötesunderlag…" (`save_report_dialog`), the same as `main.py report`.
The report is read and laid out (and saved as PDF) in a worker (ui/window/tasks.py);
`print_report` and `save_report_dialog` return at once and call `done` when it is over.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from models.db import Database
from models.errors import InsiktError
from models.progress import Progress
from ui.window import messages
from ui.window.saving import write_soon
from ui.window.tasks import Task, run_task

MAX_DPI = 300
REPORT_DPI = 200  # report pages are mostly text, and there may be seventy of them
CHART_MARGIN_MM = 12.0


def _tr(text: str) -> str:
    return QApplication.translate("Utskrift", text)


def figure_image(figure: Any, dpi: float) -> QImage:
    """The figure drawn by matplotlib's Agg at `dpi`, as a QImage (not the screen's canvas)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    original = figure.canvas
    canvas = FigureCanvasAgg(figure)
    old_dpi = figure.dpi
    try:
        figure.set_dpi(dpi)
        canvas.draw()
        width, height = canvas.get_width_height()
        data = bytes(canvas.buffer_rgba())
    finally:
        figure.set_dpi(old_dpi)
        figure.set_canvas(original)
    return QImage(data, width, height, width * 4, QImage.Format.Format_RGBA8888).copy()


def paint_image(painter: QPainter, printer: QPrinter, image: QImage) -> None:
    """The image as large as the printable area allows, its shape kept, centred."""
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    target = QRectF(0, 0, area.width(), area.height())
    scale = min(target.width() / image.width(), target.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    box = QRectF((target.width() - width) / 2, (target.height() - height) / 2, width, height)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(box, image)


def _orientation(figure: Any) -> QPageLayout.Orientation:
    width, height = figure.get_size_inches()
    if width > height:
        return QPageLayout.Orientation.Landscape
    return QPageLayout.Orientation.Portrait


def _dpi(printer: QPrinter, ceiling: float) -> float:
    return float(min(printer.resolution(), ceiling))


def paint_figures(
    printer: QPrinter, figures: Sequence[Any], ceiling: float = MAX_DPI, turn: bool = False
) -> None:
    """Every figure on its own page.

    `turn`: each page takes its figure's orientation (the report, whose chart pages lie
    down); otherwise the printer's orientation is kept, as the user chose it in the preview.
    """
    dpi = _dpi(printer, ceiling)
    paint_images(printer, figures, [figure_image(f, dpi) for f in figures], turn)


def new_printer(landscape: bool, margin_mm: float) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def preview(
    parent: QWidget | None,
    printer: QPrinter,
    paint: Callable[[QPrinter], None],
    title: str,
) -> bool:
    """Qt's print preview (printer or PDF, portrait or landscape); True when printed."""
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.resize(1000, 760)

    def painted(target: QPrinter) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            paint(target)
        except InsiktError as exc:
            messages.error(parent, title, exc.message)
        finally:
            QApplication.restoreOverrideCursor()

    dialog.paintRequested.connect(painted)
    return dialog.exec() == QPrintPreviewDialog.DialogCode.Accepted


def print_figure(parent: QWidget | None, figure: Any, title: str | None = None) -> bool:
    """Print a chart (a matplotlib Figure), A4, scaled to the page with margins."""
    width, height = figure.get_size_inches()
    printer = new_printer(width > height, CHART_MARGIN_MM)
    printer.setDocName(title or _tr("Diagram"))
    return preview(
        parent, printer, lambda p: paint_figures(p, [figure]), title or _tr("Skriv ut diagram")
    )


def print_chart_view(parent: QWidget | None, view: Any) -> bool:
    """Print the chart the Diagram view shows, drawn again at its own size (not the window's)."""
    from charts import catalog

    kind = view.kind()
    try:
        with view.db.read() as session:
            options = view.options()
            data = catalog.load(session, kind, options)
        figure = catalog.draw(kind, data, options)
    except InsiktError as exc:
        messages.error(parent, _tr("Utskriften misslyckades"), exc.message)
        return False
    return print_figure(parent, figure, view.chart.currentText())


def report_figures(
    db: Database, since: dt.date | None = None, progress: Progress | None = None
) -> tuple[Any, list[Any]]:
    from charts.report import report_pages
    from models.report_data import load_report

    with db.read() as session:
        data = load_report(session, since=since)
    return data, report_pages(data, progress)


def print_report(
    parent: QWidget | None,
    db: Database,
    since: dt.date | None = None,
    done: Callable[[bool], None] | None = None,
) -> Task[Any] | None:
    """Print the meeting report; when it is printed, the next one's "since" starts now.

    The report is made in a worker; then the print preview opens and `done(printed)`
    follows it.
    """

    def made(result: tuple[Any, list[Any]]) -> None:
        printed = _print_pages(parent, db, *result)
        if done is not None:
            done(printed)

    def failed(exc: InsiktError) -> None:
        messages.error(parent, _tr("Mötesunderlaget kunde inte göras"), exc.message)

    return run_task(parent, _tr("Gör mötesunderlaget"),
                    lambda progress: report_figures(db, since, progress), made,
                    failed=failed, cancellable=True)


def _print_pages(parent: QWidget | None, db: Database, data: Any, pages: list[Any]) -> bool:
    from models.report_data import record_report

    printer = new_printer(False, 0.0)
    printer.setFullPage(True)  # the pages have their own margins
    printer.setDocName(_tr("Mötesunderlag {0}").format(data.municipality_name))
    cache: dict[float, list[QImage]] = {}

    def paint(target: QPrinter) -> None:
        # The preview paints again for every change of setting: draw each page once.
        dpi = _dpi(target, REPORT_DPI)
        if dpi not in cache:
            cache[dpi] = [figure_image(page, dpi) for page in pages]
        paint_images(target, pages, cache[dpi], turn=True)

    printed = preview(parent, printer, paint, _tr("Skriv ut mötesunderlag"))
    if printed and not db.read_only:
        def not_recorded(exc: InsiktError) -> None:
            messages.error(parent, _tr("Mötesunderlag"), exc.message)

        try:
            write_soon(parent, db, _tr("Mötesunderlag"), record_report, lambda _result: None,
                       not_recorded)
        except InsiktError as exc:
            not_recorded(exc)
    return printed


def paint_images(
    printer: QPrinter, pages: Sequence[Any], images: Sequence[QImage], turn: bool = False
) -> None:
    painter = QPainter()
    for number, (page, image) in enumerate(zip(pages, images, strict=True)):
        if turn:
            layout = printer.pageLayout()
            layout.setOrientation(_orientation(page))
            printer.setPageLayout(layout)
        if number == 0:
            if not painter.begin(printer):
                raise InsiktError(_tr("Skrivaren kunde inte startas."))
        elif not printer.newPage():
            raise InsiktError(_tr("En ny sida kunde inte börja på skrivaren."))
        paint_image(painter, printer, image)
    if painter.isActive():
        painter.end()


def save_report_dialog(
    parent: QWidget | None, db: Database, done: Callable[[Path], None] | None = None
) -> Task[Any] | None:
    """Spara mötesunderlag…: the vector PDF, as `main.py report` makes it.

    It is made in a worker (a write: it remembers when the report was made);
    `done(path)` follows when it is saved. None when the user chose no file.
    """
    from charts.report import make_report

    suggested = f"Mötesunderlag {dt.date.today().isoformat()}.pdf"
    path, _chosen = QFileDialog.getSaveFileName(
        parent, _tr("Spara mötesunderlag"), suggested, _tr("PDF-dokument (*.pdf)")
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")

    def work(progress: Progress) -> Any:
        try:
            return make_report(db, target, progress=progress)
        except OSError as exc:
            raise InsiktError(_tr("Filen {0} kunde inte skrivas: {1}").format(
                target, exc.strerror or exc)) from exc

    def saved(result: Any) -> None:
        messages.info(
            parent,
            _tr("Mötesunderlag sparat"),
            _tr("{0} ({1} sidor). Sedan förra mötet: {2}.").format(
                target, result.pages, result.since_text
            ) + (f"\n\n{result.not_recorded}." if result.not_recorded else ""),
        )
        if done is not None:
            done(target)

    def failed(exc: InsiktError) -> None:
        messages.error(parent, _tr("Mötesunderlaget kunde inte sparas"), exc.message)

    return run_task(parent, _tr("Sparar mötesunderlaget"), work, saved, failed=failed,
                    writes=True, cancellable=True)
