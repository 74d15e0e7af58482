"""Drawing text in any of the shop's scripts on a reportlab canvas.

A string is split into runs of one bidi level and one font (Noto Sans, Noto Sans Arabic, Noto Sans
Thai; digits and punctuation follow their neighbours), the runs are put in visual order with the
Unicode bidi algorithm (python-bidi's reference implementation), and each run of Arabic or Thai is
shaped by HarfBuzz through reportlab's own shaping (``ttfonts.shapeFragWord``). Plain Latin text
takes a fast path without shaping. Sizes and coordinates are PDF points; ``y`` is the baseline.
Pure functions of their inputs plus the canvas passed in; safe to use from several threads on
different canvases.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bidi import algorithm as bidi
from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, shapeFragWord
from reportlab.pdfgen.canvas import Canvas

from reports import fonts

_FEATURES = {"kern": True, "liga": True}
_NEUTRAL = {"WS", "ON", "CS", "ES", "ET", "EN", "AN", "NSM", "BN", "S", "B"}


def _family(char: str) -> str | None:
    """The font family a character needs, or None for characters any family may carry."""
    code = ord(char)
    if 0x0600 <= code <= 0x08FF or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return "Arabic" if bidi.bidirectional(char) not in {"EN"} else None
    if 0x0E00 <= code <= 0x0E7F:
        return "Thai"
    if bidi.bidirectional(char) in _NEUTRAL or unicodedata.category(char).startswith("Z"):
        return None
    return "Sans"


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text in visual order: drawn with ``font`` at the given size, ``width`` points."""

    text: str | ShapedStr
    font: str
    width: float


def _levels(text: str) -> list[int]:
    """Resolved bidi embedding level of each character (paragraph direction from the text)."""
    storage = bidi.get_empty_storage()
    storage["base_level"] = bidi.get_base_level(text)
    storage["base_dir"] = ("L", "R")[storage["base_level"]]
    bidi.get_embedding_levels(text, storage, False, False)
    bidi.explicit_embed_and_overrides(storage, False)
    bidi.resolve_weak_types(storage, False)
    bidi.resolve_neutral_types(storage, False)
    bidi.resolve_implicit_levels(storage, False)
    return [c["level"] for c in storage["chars"]]


def _families(text: str) -> list[str]:
    """Font family per character; neutral characters take the previous (else next) family when
    that font has the glyph, otherwise Noto Sans."""
    own = [_family(c) for c in text]
    result: list[str] = []
    for index, char in enumerate(text):
        family = own[index]
        if family is None:
            before = next((f for f in reversed(own[:index]) if f), None)
            after = next((f for f in own[index + 1:] if f), None)
            family = next(
                (f for f in (before, after) if f and _has_glyph(f, char)), "Sans"
            )
        result.append(family)
    return result


def _needs_shaping(char: str) -> bool:
    """Arabic letters and Thai need HarfBuzz; digits and punctuation do not (and shaping a run of
    Arabic-Indic digits would wrongly reverse it, HarfBuzz guessing the Arabic direction)."""
    return bidi.bidirectional(char) == "AL" or 0x0E00 <= ord(char) <= 0x0E7F


@lru_cache(maxsize=None)
def _has_glyph(family: str, char: str) -> bool:
    return ord(char) in pdfmetrics.getFont(family).face.charToGlyph


def _visual_order(runs: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """Reorder (level, family, text) runs for display (Unicode bidi rule L2)."""
    if not runs:
        return runs
    highest = max(level for level, _, _ in runs)
    lowest_odd = min(level for level, _, _ in runs) | 1
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(runs):
            if runs[index][0] >= level:
                end = index
                while end < len(runs) and runs[end][0] >= level:
                    end += 1
                runs[index:end] = reversed(runs[index:end])
                index = end
            else:
                index += 1
    return runs


def _shape(text: str, font: str, size: float) -> tuple[ShapedStr | str, float]:
    word = [pdfmetrics.stringWidth(text, font, size), (ABag(fontName=font, fontSize=size), text)]
    shaped = shapeFragWord(word, features=_FEATURES, force=True)[1][1]
    width = sum(d.x_advance for d in shaped.__shapeData__) * size / 1000
    return shaped, width


@lru_cache(maxsize=8192)
def runs(text: str, size: float, bold: bool = False) -> tuple[Run, ...]:
    """Split ``text`` into visually ordered runs with their fonts and widths (cached)."""
    fonts.register()
    if all(ord(c) < 0x0590 for c in text):
        font = fonts.font_name("Sans", bold)
        return (Run(text, font, pdfmetrics.stringWidth(text, font, size)),)
    levels = _levels(text)
    families = _families(text)
    logical: list[tuple[int, str, str]] = []
    for level, family, char in zip(levels, families, text):
        if logical and logical[-1][0] == level and logical[-1][1] == family:
            logical[-1] = (level, family, logical[-1][2] + char)
        else:
            logical.append((level, family, char))
    result = []
    for level, family, piece in _visual_order(logical):
        font = fonts.font_name(family, bold)
        if family != "Sans" and any(_needs_shaping(c) for c in piece):
            shaped, width = _shape(piece, font, size)
            result.append(Run(shaped, font, width))
        else:
            shown = piece[::-1] if level % 2 else piece
            result.append(Run(shown, font, pdfmetrics.stringWidth(shown, font, size)))
    return tuple(result)


def width(text: str, size: float, bold: bool = False) -> float:
    """Advance width of ``text`` in points."""
    return sum(r.width for r in runs(text, size, bold))


def is_rtl(text: str) -> bool:
    """True if the paragraph direction of ``text`` is right to left (first strong char is RTL)."""
    return bidi.get_base_level(text) == 1


def draw(canvas: Canvas, x: float, y: float, text: str, size: float, *, bold: bool = False,
         align: str = "left") -> float:
    """Draw one line with its left edge (``align="left"``), right edge ("right") or centre
    ("centre") at ``x``; returns the width drawn, in points."""
    pieces = runs(text, size, bold)
    total = sum(r.width for r in pieces)
    left = x - total if align == "right" else x - total / 2 if align == "centre" else x
    for piece in pieces:
        canvas.setFont(piece.font, size)
        canvas.drawString(left, y, piece.text)
        left += piece.width
    return total


def wrap(text: str, size: float, max_width: float, bold: bool = False) -> list[str]:
    """Break ``text`` into lines no wider than ``max_width`` points at word boundaries (a word
    longer than a line is cut); explicit newlines are kept."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if width(candidate, size, bold) <= max_width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while width(word, size, bold) > max_width and len(word) > 1:
                cut = len(word)
                while cut > 1 and width(word[:cut], size, bold) > max_width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines
