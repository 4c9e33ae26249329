"""Pages made with charts.page_flow as one PDF: numbered, and written whole or not at all
(the meeting report and the presentation's meeting notes)."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path

from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from charts.page_flow import MARGIN, MUTED, PT, RC
from charts.style import rc_settings
from models.atomic import write_whole
from models.progress import Progress


def number_pages(pages: Sequence[Figure]) -> None:
    """"Sida 3 av 10" at the foot of every page, right."""
    total = len(pages)
    for number, fig in enumerate(pages, start=1):
        fig.text(
            1 - MARGIN / (fig.get_figwidth() * PT),
            0.35 * PT / (fig.get_figheight() * PT),
            f"Sida {number} av {total}",
            ha="right",
            va="bottom",
            fontsize=8,
            color=MUTED,
        )


def write_pages(
    pages: Sequence[Figure],
    path: Path,
    metadata: dict[str, str],
    what: str,
    progress: Progress | None = None,
) -> None:
    """The pages as one PDF at `path`; `progress` hears the pages written, of all.

    The file is written beside `path` and put in its place when whole (models.atomic), so
    a failure or a stop (`Cancelled` from `progress`) leaves the previous file as it was.
    `what` names the file in messages ("Mötesunderlaget"). The matplotlib settings are
    taken page by page, so the window can draw its charts in between.
    """

    def write(partial: Path) -> None:
        with rc_settings(RC):
            pdf = PdfPages(partial, metadata=metadata)
        try:
            for done, fig in enumerate(pages, start=1):
                with rc_settings(RC):
                    pdf.savefig(fig)
                if progress is not None:
                    progress(done, len(pages))
        except BaseException:
            # After a failed write (a full disk) closing fails too ("Error -2 while
            # flushing"): the first error is the one to tell.
            with contextlib.suppress(Exception), rc_settings(RC):
                pdf.close()
            raise
        with rc_settings(RC):
            pdf.close()

    write_whole(Path(path), write, what)
