"""The templates part of the Email page: edit one message in one language, with a live preview.

GUI thread only. Rendering a template and reading or writing its small file take a few
milliseconds, so they run here; the preview re-renders :data:`DEBOUNCE_MS` after the last
keystroke. A template that does not render shows its error inline and cannot be saved, because a
broken saved template would stop the change that sends the email (see ``outbox.enqueue``).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase, QTextCursor, QTextDocument
from PySide6.QtWidgets import (QComboBox, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit,
                               QPushButton, QSplitter, QTabWidget, QTextBrowser, QVBoxLayout,
                               QWidget)

from desktop.files import CannotWrite, atomic_write
from desktop.notify.languages import LANGUAGES
from desktop.notify.templates import KINDS, MESSAGES, EmailTemplates, TemplateError
from ui.common.errors import user_message
from ui.common.value_labels import value_label
from ui.email_settings.template_errors import describe

DEBOUNCE_MS = 300
LANGUAGE_NAMES = {"en": "English", "it": "Italiano", "ro": "Română", "ar": "العربية", "th": "ไทย"}


class TemplateEditor(QGroupBox):
    """Shows nothing editable until :meth:`set_templates` gives it the shop's templates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Customer email templates"))
        self.templates: EmailTemplates | None = None
        self.builtin: EmailTemplates | None = None
        self.editable = False
        self._in_effect: dict[str, str] = {}
        self.message = QComboBox()
        for message in MESSAGES:
            self.message.addItem(value_label(message), message)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.status = QLabel()
        self.editors = {kind: self._editor() for kind in KINDS}
        self.subject = QLabel()
        self.subject.setObjectName("previewSubject")
        self.subject.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.text_part = QPlainTextEdit()
        self.text_part.setReadOnly(True)
        self.error = QLabel()
        self.error.setObjectName("templateError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c")
        self.error.hide()
        self.save_button = QPushButton(self.tr("Save template"))
        self.revert_button = QPushButton(self.tr("Revert to built-in"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.render_preview)
        self._lay_out()
        self.message.currentIndexChanged.connect(self._show_sources)
        self.language.currentIndexChanged.connect(self._show_sources)
        for editor in self.editors.values():
            editor.textChanged.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.set_editable(False)

    def _editor(self) -> QPlainTextEdit:
        editor = QPlainTextEdit()
        editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        return editor

    def _lay_out(self) -> None:
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Message")))
        pick.addWidget(self.message)
        pick.addWidget(QLabel(self.tr("Language")))
        pick.addWidget(self.language)
        pick.addWidget(self.status, 1)
        pick.addWidget(self.save_button)
        pick.addWidget(self.revert_button)
        sources = QTabWidget()
        sources.addTab(self.editors["html"], "HTML")
        sources.addTab(self.editors["txt"], self.tr("Plain text (first block is the subject)"))
        rendered = QTabWidget()
        rendered.addTab(self.browser, self.tr("Preview"))
        rendered.addTab(self.text_part, self.tr("Plain-text part"))
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.subject)
        preview_layout.addWidget(rendered, 1)
        split = QSplitter()
        split.addWidget(sources)
        split.addWidget(preview)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)

    def set_templates(self, templates: EmailTemplates) -> None:
        """Use the shop's templates (``override_dir`` is where edits go) and show the current pick."""
        self.templates = templates
        self.builtin = EmailTemplates(templates.shop, None, templates.tracking_urls)
        self._show_sources()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for editor in self.editors.values():
            editor.setReadOnly(not editable)
        self._update_buttons()

    def pick(self, message: str, language: str) -> None:
        """Show ``message`` in ``language`` (unsaved edits of the previous pick are dropped)."""
        self.message.setCurrentIndex(self.message.findData(message))
        self.language.setCurrentIndex(self.language.findData(language))

    @property
    def current(self) -> tuple[str, str]:
        return str(self.message.currentData()), str(self.language.currentData())

    def is_dirty(self) -> bool:
        return any(self.editors[kind].toPlainText() != self._in_effect.get(kind)
                   for kind in KINDS)

    def render_preview(self) -> bool:
        """Render the editors' text now; returns False (and shows the error) when it fails."""
        self.timer.stop()
        if self.templates is None:
            return False
        message, language = self.current
        try:
            rendered = self.templates.preview(
                message, language, self.editors["html"].toPlainText(),
                self.editors["txt"].toPlainText())
        except TemplateError as error:
            self.error.setText(describe(error))
            self.error.show()
            self._update_buttons()
            return False
        self.error.hide()
        self.error.clear()
        self.subject.setText(f"<b>Subject:</b> {html.escape(rendered.subject)}")
        self.browser.setHtml(rendered.html)
        _absolute_alignment(self.browser.document())
        self.text_part.setPlainText(rendered.text)
        self._update_buttons()
        return True

    def save(self) -> bool:
        """Write the edited text as this PC's override (a kind equal to the built-in text has
        its override removed instead); refuses a template that does not render."""
        if not self.editable or self.templates is None or self.builtin is None:
            return False
        if not self.render_preview():
            return False
        message, language = self.current
        try:
            for kind in KINDS:
                text = self.editors[kind].toPlainText()
                path = self.templates.override_path(message, language, kind)
                if text == self.builtin.source(message, language, kind):
                    path.unlink(missing_ok=True)
                else:
                    _write(path, text)
        except (OSError, CannotWrite, TemplateError) as error:
            self._show_problem(self.tr("The template could not be saved: {error}").format(error=user_message(error)))
            return False
        self._show_sources()
        return True

    def revert(self) -> None:
        """Delete this PC's override of the current message and language, showing the built-in."""
        if not self.editable or self.templates is None:
            return
        message, language = self.current
        try:
            for kind in KINDS:
                self.templates.override_path(message, language, kind).unlink(missing_ok=True)
        except (OSError, TemplateError) as error:
            self._show_problem(self.tr("The edited template could not be removed: {error}").format(
                error=user_message(error)))
            return
        self._show_sources()

    def _show_sources(self) -> None:
        if self.templates is None:
            return
        message, language = self.current
        try:
            self._in_effect = {kind: self.templates.source(message, language, kind)
                               for kind in KINDS}
        except TemplateError as error:
            self._show_problem(user_message(error))
            return
        for kind in KINDS:
            self.editors[kind].setPlainText(self._in_effect[kind])
        self.render_preview()

    def _edited(self) -> None:
        self._update_buttons()
        self.timer.start()

    def _overridden(self) -> bool:
        if self.templates is None or self.templates.override_dir is None:
            return False
        message, language = self.current
        return any(self.templates.override_path(message, language, kind).exists()
                   for kind in KINDS)

    def _update_buttons(self) -> None:
        overridden = self._overridden()
        self.status.setText(self.tr("Edited on this PC") if overridden else self.tr("Built-in"))
        self.save_button.setEnabled(self.editable and self.is_dirty() and self.error.isHidden())
        self.revert_button.setEnabled(self.editable and overridden)

    def _show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path) as temporary:
        temporary.write_text(text, encoding="utf-8")


def _absolute_alignment(document: QTextDocument) -> None:
    """Make CSS ``text-align`` absolute, as in a browser: Qt otherwise mirrors left and right in
    right-to-left blocks, so an Arabic email's ``text-align:right`` would show on the left."""
    block = document.begin()
    while block.isValid():
        layout = block.blockFormat()
        alignment = layout.alignment()
        if alignment & (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight):
            layout.setAlignment(alignment | Qt.AlignmentFlag.AlignAbsolute)
            QTextCursor(block).setBlockFormat(layout)
        block = block.next()
