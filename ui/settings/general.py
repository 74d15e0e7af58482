"""Settings page: language of this workstation, company details and logo for documents.

The language is per workstation (QSettings ``ui/language``); the company name, address and logo
are shop-wide (``shop.name``, ``shop.address``, ``shop.logo_path`` in the database, written
through ``ops`` and only by roles that may change shop settings), so packing slips and emails
from every PC carry them. The logo is a file path: on several PCs, keep it on a shared folder.
GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QWidget)

from desktop.auth import Permission
from desktop.db.uow import UnitOfWork
from desktop.services import settings as shop_settings
from ui.common.errors import present_error
from ui.ops import Operations

LANGUAGES = (("English", "en"), ("Italiano", "it"), ("Română", "ro"), ("ไทย", "th"), ("العربية", "ar"))


class GeneralPage(QWidget):
    def __init__(self, ops: Operations, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.settings = ops, settings
        self.language = QComboBox()
        for name, code in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.value("ui/language", "en"))))
        self.company = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(80)
        may_edit = ops.actor.can(Permission.MANAGE_SETTINGS)
        self.company.setEnabled(may_edit)
        self.address.setEnabled(may_edit)
        self.logo = QLineEdit()
        self.logo.setEnabled(may_edit)
        self.preview = QLabel()
        self.preview.setFixedSize(160, 60)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        browse = QPushButton(self.tr("Choose logo..."))
        browse.setEnabled(may_edit)
        browse.clicked.connect(self._browse)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Language (applies at next start)"), self.language)
        form.addRow(self.tr("Company name"), self.company)
        form.addRow(self.tr("Company address"), self.address)
        form.addRow(self.tr("Logo for documents"), logo_row)
        form.addRow("", self.preview)
        self._show_logo()
        self.ops.read(shop_settings.all_values, self._loaded)

    def _loaded(self, values: dict[str, str] | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
            return
        assert values is not None
        self.company.setText(values["shop.name"])
        self.address.setPlainText(values["shop.address"])
        self.logo.setText(values["shop.logo_path"])
        self._show_logo()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), self.logo.text(),
                                              self.tr("Images (*.png *.jpg *.svg)"))
        if path:
            self.logo.setText(path)
            self._show_logo()

    def _show_logo(self) -> None:
        pixmap = QPixmap(self.logo.text()) if self.logo.text() else QPixmap()
        if pixmap.isNull():
            self.preview.setText(self.tr("(no logo)"))
        else:
            self.preview.setPixmap(pixmap.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))

    def save(self) -> None:
        self.settings.setValue("ui/language", self.language.currentData())
        if not self.company.isEnabled():
            return
        name, address, logo = self.company.text().strip(), self.address.toPlainText().strip(), self.logo.text().strip()

        def write(uow: UnitOfWork) -> None:
            shop_settings.set_value(uow, "shop.name", name)
            shop_settings.set_value(uow, "shop.address", address)
            shop_settings.set_value(uow, "shop.logo_path", logo)

        self.ops.write(write, lambda _r, error: present_error(None, error) if error else None)
