"""JSON documents read from a file one at a time, each at most a given size.

A saved Kolada response is one page, a JSON array of pages, or pages one after another
(models/importers/kolada_json.py). Read whole, a 200 MB file took gigabytes (the text,
then every value of it as a Python object); here the file is decoded a chunk at a time
and each page is parsed on its own once it is complete, so that no more than one page
(`most` characters) is held at once. The elements of an array at the top are pages too:
the array is walked, never parsed whole. A document or element longer than `most` is
refused as it is met.

Integers are read by the json module's own C code (parse_int=int), which is many times
faster than calling `ranges.json_int` for each; only while a run of more digits than
JSON_DIGITS_MAX lies ahead in the text (in a number or not) is `ranges.json_int` used,
which gives the same values and refuses such an integer with its own message.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from models import ranges
from models.errors import InputError

_CHUNK = 1 << 20
_SPACE = re.compile(r"\s*")
# A run of more digits than an integer may have, looked for as zeros in the text with every
# digit made "0" (str.translate and find: many times faster than a regular expression).
_AS_ZERO = str.maketrans(dict.fromkeys("0123456789", "0"))
_LONG_RUN = "0" * (ranges.JSON_DIGITS_MAX + 1)


class JsonPieces:
    """The pages of one file (see the module's text); `name` names it in messages."""

    def __init__(self, source: BinaryIO, name: str, most: int) -> None:
        self._source = source
        self.name = name
        self.most = most
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self._json = json.JSONDecoder(parse_int=ranges.json_int)
        self._quick = json.JSONDecoder()  # the same, while no long integer lies ahead
        self._long: int | None = None  # where in _text the first such run of digits begins
        self._scanned = 0  # _text was looked through up to here (or up to _long, if found)
        self._text = ""
        self._at = 0  # where reading goes on in _text
        self._lines = 1  # the line _text begins on
        self._done = False

    # --- reading -----------------------------------------------------------------------------
    def _more(self) -> bool:
        """Read the next chunk into the text; False at the end of the file."""
        if self._done:
            return False
        chunk = self._source.read(_CHUNK)
        try:
            text = self._decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError:
            raise InputError(f"{self.name}: ett Kolada-svar ska vara UTF-8-text.") from None
        if self._at:
            self._lines += self._text.count("\n", 0, self._at)
            self._text = self._text[self._at :]
            self._forget_runs_behind()
            self._scanned = max(0, self._scanned - self._at)
            if self._long is not None:
                self._long -= self._at
            self._at = 0
        self._text += text
        self._done = not chunk
        return True

    def _peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            self._at = _SPACE.match(self._text, self._at).end()  # type: ignore[union-attr]
            if self._at < len(self._text):
                return self._text[self._at]
            if not self._more():
                return ""

    def _take(self, char: str) -> None:
        self._peek()
        self._at += len(char)

    def _value(self) -> Any:
        """The JSON value that begins here, read once the text holds all of it."""
        wanted = _CHUNK
        while True:
            if len(self._text) - self._at < wanted and self._more():
                continue  # parse only when there is enough text, or all of it
            try:
                value, end = self._decoder_here().raw_decode(self._text, self._at)
            except json.JSONDecodeError as exc:
                # Cut off where the text ends (or in a text that runs to its end): read on.
                cut = exc.pos >= len(self._text) or exc.msg.startswith("Unterminated string")
                if cut and not self._done:
                    if len(self._text) - self._at > self.most:
                        raise self._too_big() from None
                    wanted = 2 * (len(self._text) - self._at)
                    continue
                line = self._lines + exc.lineno - 1
                raise InputError(
                    f"{self.name}: ingen giltig JSON (rad {line}, kolumn {exc.colno})."
                ) from None
            except RecursionError:
                raise InputError(f"{self.name}: ingen giltig JSON (för djupt nästlad).") from None
            except ValueError as exc:  # from ranges.json_int: a number of hundreds of digits
                raise InputError(f"{self.name}: {exc} i JSON-texten; inget har importerats.") from None
            if end == len(self._text) and not self._done:
                wanted = 2 * (len(self._text) - self._at)  # a number may go on
                continue
            if end - self._at > self.most:
                raise self._too_big()
            self._at = end
            return value

    def _forget_runs_behind(self) -> None:
        """A run found behind the reading point: what follows it is not looked through yet."""
        if self._long is not None and self._long < self._at:
            self._long, self._scanned = None, self._at

    def _decoder_here(self) -> json.JSONDecoder:
        """The quick decoder unless a run of too many digits lies ahead in the text."""
        self._forget_runs_behind()
        if self._long is None and self._scanned < len(self._text):
            # A run may have begun in the text already looked through: look from its start.
            start = max(self._at, self._scanned - ranges.JSON_DIGITS_MAX)
            found = self._text[start:].translate(_AS_ZERO).find(_LONG_RUN)
            self._long = start + found if found >= 0 else None
            self._scanned = len(self._text)
        return self._json if self._long is not None else self._quick

    def _too_big(self) -> InputError:
        return InputError(
            f"{self.name}: en sida är större än {self.most // 1_000_000} MB; så stora sidor "
            "skickar Kolada inte. Filen är inget Kolada-svar eller är skadad."
        )

    # --- the pages -----------------------------------------------------------------------------
    def pages(self) -> Iterator[Any]:
        """Every page: each document, or each element of a document that is an array."""
        while (char := self._peek()) != "":
            if char != "[":
                yield self._value()
                continue
            self._take("[")
            if self._peek() == "]":
                self._take("]")
                continue
            while True:
                yield self._value()
                char = self._peek()
                if char == "]":
                    self._take("]")
                    break
                if char != ",":
                    raise self._broken()
                self._take(",")

    def _broken(self) -> InputError:
        line = self._lines + self._text.count("\n", 0, self._at)
        column = self._at - self._text.rfind("\n", 0, self._at)
        return InputError(f"{self.name}: ingen giltig JSON (rad {line}, kolumn {column}).")


def pages_of(path: Path, name: str, most: int) -> Iterator[Any]:
    """The pages of a file, read as they are asked for (the file is open meanwhile)."""
    with path.open("rb") as source:
        yield from JsonPieces(source, name, most).pages()
