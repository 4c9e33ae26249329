"""Languages: Swedish is the source language of every string; English comes from a .qm file.

Qt's own dialogs (buttons, file dialogs) are translated with Qt's qtbase_<lang>.qm. The
program's strings are Swedish in the code; `resources/translations/insiktskollen_en.qm`
(compiled from the .ts beside it with pyside6-lrelease) gives the English ones.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name)
        """Marks `text` for lupdate and gives it back (PySide6's stubs say `object`)."""
        ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

from models.errors import InputError
from models.paths import resource

TRANSLATIONS = resource("translations")
_installed: list[QTranslator] = []

# Every code label and field label, so that lupdate puts them in the .ts file.
_LABELS = (
    QT_TRANSLATE_NOOP("Kod", "Ej påbörjad"),
    QT_TRANSLATE_NOOP("Kod", "Pågår"),
    QT_TRANSLATE_NOOP("Kod", "Klar"),
    QT_TRANSLATE_NOOP("Kod", "Pausad"),
    QT_TRANSLATE_NOOP("Kod", "Avbruten"),
    QT_TRANSLATE_NOOP("Kod", "Grön"),
    QT_TRANSLATE_NOOP("Kod", "Gul"),
    QT_TRANSLATE_NOOP("Kod", "Röd"),
    QT_TRANSLATE_NOOP("Kod", "Information"),
    QT_TRANSLATE_NOOP("Kod", "Tillgänglighet"),
    QT_TRANSLATE_NOOP("Kod", "Bemötande"),
    QT_TRANSLATE_NOOP("Kod", "Kompetens"),
    QT_TRANSLATE_NOOP("Kod", "Rättssäkerhet"),
    QT_TRANSLATE_NOOP("Kod", "Effektivitet"),
    QT_TRANSLATE_NOOP("Kod", "Totalt"),
    QT_TRANSLATE_NOOP("Kod", "Brandskydd"),
    QT_TRANSLATE_NOOP("Kod", "Bygglov"),
    QT_TRANSLATE_NOOP("Kod", "Markupplåtelse"),
    QT_TRANSLATE_NOOP("Kod", "Miljö- och hälsoskydd"),
    QT_TRANSLATE_NOOP("Kod", "Livsmedelskontroll"),
    QT_TRANSLATE_NOOP("Kod", "Serveringstillstånd"),
    QT_TRANSLATE_NOOP("Kod", "Försäljning av receptfria läkemedel"),
    QT_TRANSLATE_NOOP("Kod", "Lantmäteriärenden"),
    QT_TRANSLATE_NOOP("Kod", "Folköl och tobak"),
    QT_TRANSLATE_NOOP("Kod", "Företag"),
    QT_TRANSLATE_NOOP("Kod", "Privatpersoner"),

    QT_TRANSLATE_NOOP("Fält", "Titel"),
    QT_TRANSLATE_NOOP("Fält", "Beskrivning"),
    QT_TRANSLATE_NOOP("Fält", "Enhet"),
    QT_TRANSLATE_NOOP("Fält", "Ansvarig"),
    QT_TRANSLATE_NOOP("Fält", "Status"),
    QT_TRANSLATE_NOOP("Fält", "Bedömning"),
    QT_TRANSLATE_NOOP("Fält", "Start"),
    QT_TRANSLATE_NOOP("Fält", "Klart senast"),
    QT_TRANSLATE_NOOP("Fält", "Klar datum"),
    QT_TRANSLATE_NOOP("Fält", "Framsteg"),
    QT_TRANSLATE_NOOP("Fält", "Servicefaktorer"),
    QT_TRANSLATE_NOOP("Fält", "Myndighetsområden"),
    QT_TRANSLATE_NOOP("Fält", "Förväntad effekt"),
    QT_TRANSLATE_NOOP("Fält", "Datum"),
    QT_TRANSLATE_NOOP("Fält", "Tid"),
    QT_TRANSLATE_NOOP("Fält", "Text"),
    QT_TRANSLATE_NOOP("Fält", "Författare"),
    QT_TRANSLATE_NOOP("Fält", "Namn"),
    QT_TRANSLATE_NOOP("Fält", "E-post"),
    QT_TRANSLATE_NOOP("Fält", "Värde"),
    QT_TRANSLATE_NOOP("Fält", "Antal svar"),
    QT_TRANSLATE_NOOP("Fält", "Felmarginal"),
    QT_TRANSLATE_NOOP("Fält", "Svarsfrekvens"),
    QT_TRANSLATE_NOOP("Fält", "Preliminär"),
    QT_TRANSLATE_NOOP("Fält", "Källa"),
)


# The languages a user is offered. The English translation (resources/translations) is kept
# and still loads (install(app, "en")), but it does not reach the charts, the report or all of
# the window yet, so it is not offered: a stored choice of English starts in Swedish.
OFFERED = ("sv",)


def offered(language: str) -> str:
    """The language the window starts in for a stored choice: Swedish unless offered."""
    return language if language in OFFERED else "sv"


def install(app: QCoreApplication, language: str) -> bool:
    """Load Qt's and the program's translations for `language` ("sv" or "en").

    Returns False if the program's own translation file is missing (the text stays Swedish).
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "sv":
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    if language == "sv":
        return True
    own = QTranslator(app)
    if not own.load(f"insiktskollen_{language}", str(TRANSLATIONS)):
        return False
    app.installTranslator(own)
    _installed.append(own)
    return True


class Labelled(Protocol):
    """A code of models/codes.py: its `label` is the Swedish name."""

    @property
    def label(self) -> str: ...


def label(code: Labelled) -> str:
    """A code's name in the user's language (the Swedish label translated)."""
    return QCoreApplication.translate("Kod", code.label)


def field_label(name: str) -> str:
    """A field's name (as the change log writes it) in the user's language."""
    # Imported here: the window's first paint imports this module without SQLAlchemy.
    from models.actions import FIELD_LABELS

    return QCoreApplication.translate("Fält", FIELD_LABELS.get(name, name))


# The models' messages about a field that have an English text of their own (in the
# form's context, where the form showed them before the models' checks took over).
_MESSAGES = (
    QT_TRANSLATE_NOOP("ActionForm", "Titel: en åtgärd måste ha en titel."),
    QT_TRANSLATE_NOOP("ActionForm", "Klart senast: {due} ligger före start {start}."),
    QT_TRANSLATE_NOOP("ActionForm", "Klar datum: {done} ligger före start {start}."),
    QT_TRANSLATE_NOOP("ActionForm", "Klar datum: anges bara när status är Klar."),
)


def error_text(error: InputError) -> str:
    """A model's message in the user's language: its own translation when there is one,
    else the field's translated label in front of the (Swedish) reason."""
    if error.template:
        translated = QCoreApplication.translate("ActionForm", error.template)
        if translated != error.template:
            return translated.format(**error.params)
        if error.field:
            return f"{field_label(error.field)}: {error.reason}"
    return error.message


def date_text(value: dt.date | None) -> str:
    """Dates are shown as 2024-05-02 in every language."""
    return value.isoformat() if value else ""
