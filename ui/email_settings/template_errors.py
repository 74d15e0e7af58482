"""Template errors as one line for the editor, always with the template line when Jinja knows it.

Syntax errors already name their line; errors while rendering (an unknown variable, a bad filter
argument) do not, so the line is taken from the traceback frames Jinja maps back to template
lines (an edited, unsaved template is compiled under the file name ``<template>``).
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from desktop.notify.templates import TemplateError
from ui.common.errors import user_message

UNSAVED = "<template>"


def describe(error: TemplateError) -> str:
    """The error's message (:func:`user_message`), followed by ``(line N)`` or ``(line N of FILE)``
    when it lacks a line."""
    text = user_message(error)
    if " on line " in str(error) or error.__cause__ is None:
        return text
    frame = _last_template_frame(error.__cause__.__traceback__)
    if frame is None:
        return text
    filename, line = frame
    if filename == UNSAVED:
        return f"{text} (line {line})"
    return f"{text} (line {line} of {Path(filename).name})"


def _last_template_frame(traceback: TracebackType | None) -> tuple[str, int] | None:
    found = None
    while traceback is not None:
        filename = traceback.tb_frame.f_code.co_filename
        if filename == UNSAVED or filename.endswith(".j2"):
            found = (filename, traceback.tb_lineno)
        traceback = traceback.tb_next
    return found
