"""JSON documents read from a file one at a time, each at most a given size.

A saved Kolada response is one page, a JSON array of pages, or pages one after another
(models/importers/kolada_json.py). Read whole, a 200 MB file took gigabytes (the text,
then every value of it as a Python object); here the file is decoded a chunk at a time
and each page is parsed on its own once it is complete, so that no more than one page
(`most` characters) is held at once. The elements of an array at the top are pages too:
the array is walked, never parsed whole. A document or element longer than `most` is
refused as it is met.
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


class JsonPieces:
    """The pages of one file (see the module's text); `name` names it in messages."""

    def __init__(self, source: BinaryIO, name: str, most: int) -> None:
        self._source = source
        self.name = name
        self.most = most
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self._json = json.JSONDecoder(parse_int=ranges.json_int)
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
                value, end = self._json.raw_decode(self._text, self._at)
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
