"""Printing through QPrinter to a PDF file, the print preview, and the Excel dialogs."""

from __future__ import annotations

import csv
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from models import actions as ops
from models import chart_data, settings
from ui.window import messages
from ui.window.charts import printing
from ui.window.files import excel_dialogs


def pdf_printer(path, landscape=False, margin=printing.CHART_MARGIN_MM) -> QPrinter:
    printer = printing.new_printer(landscape, margin)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def sizes(path) -> list[tuple[int, int]]:
    return [
        (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
        for p in PdfReader(path).pages
    ]


@pytest.fixture
def nki_figure(borlange_db):
    from charts.nki import nki_chart

    with borlange_db.read() as s:
        data = chart_data.load_nki(s)
    return nki_chart(data)


def test_chart_prints_to_a_pdf_file_on_a4_at_high_resolution(qtbot, nki_figure, tmp_path) -> None:
    path = tmp_path / "diagram.pdf"
    printer = pdf_printer(path, landscape=True)
    printing.paint_figures(printer, [nki_figure])
    assert sizes(path) == [(842, 595)]
    images = list(PdfReader(path).pages[0].images)
    assert len(images) == 1
    width_in = nki_figure.get_size_inches()[0]
    # drawn at 300 dpi, not at the screen's 100
    assert images[0].image.width == pytest.approx(width_in * 300, abs=2)


def test_chart_keeps_the_orientation_the_user_chose(qtbot, nki_figure, tmp_path) -> None:
    path = tmp_path / "stående.pdf"
    printer = pdf_printer(path, landscape=True)
    layout = printer.pageLayout()
    layout.setOrientation(layout.Orientation.Portrait)  # as if toggled in the preview
    printer.setPageLayout(layout)
    printing.paint_figures(printer, [nki_figure])
    assert sizes(path) == [(595, 842)]


def test_figure_fits_inside_the_margins(qtbot, nki_figure) -> None:
    """Scaled to the page, shape kept, nothing outside the printable area."""
    from PySide6.QtGui import QImage, QPainter

    printer = printing.new_printer(False, 20.0)
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    image = QImage(page.width(), page.height(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.black)
    chart = printing.figure_image(nki_figure, 100)
    painter = QPainter(image)
    printing.paint_image(painter, printer, chart)
    painter.end()
    # a portrait page: the wide chart fills the width, centred vertically
    left = image.pixelColor(2, page.height() // 2)
    right = image.pixelColor(page.width() - 3, page.height() // 2)
    top = image.pixelColor(page.width() // 2, 2)
    assert left.name() == "#ffffff" and right.name() == "#ffffff"
    assert top.name() == "#000000"


def test_report_prints_every_page_in_its_own_orientation(qtbot, borlange_db, tmp_path) -> None:
    data, pages = printing.report_figures(borlange_db)
    path = tmp_path / "rapport.pdf"
    printer = pdf_printer(path, margin=0.0)
    printer.setFullPage(True)
    printing.paint_figures(printer, pages, printing.REPORT_DPI, turn=True)
    found = sizes(path)
    # first page, effect so far (portrait), NKI chart and timeline (landscape), since …
    assert len(found) == len(pages) == 10
    assert found[0] == found[1] == (595, 842)
    assert found[2] == (842, 595) and found[4] == (595, 842)


def _close_preview_soon(calls: list[str]) -> None:
    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, close)
            return
        calls.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(50, close)


def test_print_figure_shows_the_preview_and_paints(qtbot, nki_figure, monkeypatch) -> None:
    painted: list[int] = []
    real = printing.paint_figures
    monkeypatch.setattr(
        printing, "paint_figures", lambda p, f, *a: (painted.append(len(f)), real(p, f, *a))
    )
    calls: list[str] = []
    _close_preview_soon(calls)
    assert printing.print_figure(None, nki_figure, "NKI") is False
    assert calls == ["NKI"] and painted and painted[0] == 1


def test_print_report_records_the_report_when_printed(
    qtbot, borlange_db, monkeypatch, tmp_path
) -> None:
    printers: list[QPrinter] = []

    def fake_preview(parent, printer, paint, title):
        target = pdf_printer(tmp_path / "utskrift.pdf", margin=0.0)
        target.setFullPage(True)
        paint(target)
        paint(target)  # a second paint (a changed setting) uses the drawn pages again
        printers.append(target)
        return True

    monkeypatch.setattr(printing, "preview", fake_preview)
    printed: list[bool] = []
    task = printing.print_report(None, borlange_db, done=printed.append)
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass  # the report is made in a worker
    assert printed == [True]
    assert len(sizes(tmp_path / "utskrift.pdf")) == 10
    with borlange_db.read() as s:
        assert settings.load(s).last_report_at


def test_save_report_dialog_writes_the_vector_pdf(
    qtbot, borlange_db, monkeypatch, tmp_path
) -> None:
    target = tmp_path / "möte"
    monkeypatch.setattr(printing.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr(messages, "info", lambda parent, title, text: shown.append(text))
    done: list[object] = []
    task = printing.save_report_dialog(None, borlange_db, done.append)
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass  # the report is made in a worker
    [saved] = done
    assert saved == tmp_path / "möte.pdf"
    reader = PdfReader(saved)
    assert len(reader.pages) == 10
    assert "Mötesunderlag – Borlänge" in reader.pages[0].extract_text()
    assert "10 sidor" in shown[0]


def test_export_dialog_writes_the_chosen_format(qtbot, borlange_db, monkeypatch, tmp_path) -> None:
    with borlange_db.write() as s:
        ops.add_comment(s, 1, "=SUMMA(A1)", author="Åsa")
    chosen = next(f for f in excel_dialogs.EXPORT_FILTERS if "kommentarer (*.csv)" in f)
    monkeypatch.setattr(
        excel_dialogs.QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(tmp_path / "kommentarer"), chosen),
    )
    monkeypatch.setattr(messages, "info", lambda *a: None)
    done: list[object] = []
    task = excel_dialogs.export_dialog(None, borlange_db, done.append)
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass  # the export runs in a worker
    [path] = done
    assert path == tmp_path / "kommentarer.csv"
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "Åtgärd-id" and rows[1][6] == "'=SUMMA(A1)"


def _csv(path, lines: list[str]) -> None:
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")


def test_import_dialog_previews_then_imports(qtbot, borlange_db, tmp_path) -> None:
    path = tmp_path / "lista.csv"
    _csv(path, ["Id;Titel;Status;Framsteg (%)", "1;Telefontider;Pågår;30", ";Ny från Excel;;"])
    dialog = excel_dialogs.ImportActionsDialog(borlange_db, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy)  # the preview runs in a worker
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "Ändras"
    assert "Status: ”Ej påbörjad” → ”Pågår”" in dialog.table.item(0, 3).text()
    assert dialog.table.item(1, 1).text() == "Ny"
    assert "1 nya, 1 ändrade, 0 oförändrade" in dialog.summary.text()
    with borlange_db.read() as s:
        assert ops.get_action(s, 1).progress == 0  # the preview wrote nothing
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.result() == dialog.DialogCode.Accepted
    with borlange_db.read() as s:
        assert ops.get_action(s, 1).progress == 30
        assert any(a.title == "Ny från Excel" for a in ops.list_actions(s))


def test_import_dialog_with_errors_cannot_import(qtbot, borlange_db, tmp_path) -> None:
    path = tmp_path / "fel.csv"
    _csv(path, ["Titel;Klart senast", "Bra;2025-01-01", "Dålig;31/12"])
    dialog = excel_dialogs.ImportActionsDialog(borlange_db, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert not dialog.import_button.isEnabled()
    assert dialog.errors.isVisible()
    assert (
        "Rad 3, kolumn Klart senast: ”31/12” är inget giltigt datum" in dialog.errors.toPlainText()
    )
    assert dialog.table.item(1, 1).text() == "Fel"


def test_import_refused_when_the_database_changed_after_the_preview(
    qtbot, borlange_db, tmp_path, monkeypatch
) -> None:
    path = tmp_path / "lista.csv"
    _csv(path, ["Id;Titel;Framsteg (%)", "1;Telefontider;30"])
    dialog = excel_dialogs.ImportActionsDialog(borlange_db, path=path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy)
    with borlange_db.write() as s:
        ops.update_action(s, 1, None, progress=30)  # someone else got there first
    shown: list[str] = []
    monkeypatch.setattr(messages, "error", lambda parent, title, text: shown.append(text))
    dialog.run_import()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.imported is None
    assert "har ändrats sedan förhandsgranskningen" in shown[0]
