"""Shared PDF plumbing: where a document is written and how a canvas is created.

``Output`` is a filesystem path or a binary file object opened for writing; the caller owns the
file object and closes it. Documents are reproducible: the same data gives the same bytes.
"""

from __future__ import annotations

import os
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from reports import fonts

Output = str | os.PathLike[str] | BinaryIO


def new_canvas(out: Output, pagesize: tuple[float, float], title: str) -> Canvas:
    """A canvas writing to ``out`` with page size in points, fonts registered, invariant output
    (no timestamps or random ids) and page compression on."""
    fonts.register()
    target = os.fspath(out) if isinstance(out, (str, os.PathLike)) else out
    canvas = Canvas(target, pagesize=pagesize, invariant=1, pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("Packline")
    return canvas
