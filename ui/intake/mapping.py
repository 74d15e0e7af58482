"""Column-mapping dialog: our fields -> the file's headers, saved as a named profile on this PC
(:data:`desktop.workstation.IMPORT_MAPPINGS`, which the CLI's ``--mapping NAME`` reads too)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QScrollArea, QVBoxLayout, QWidget,
)

from desktop.intake import MAPPABLE_FIELDS, ColumnMapping
from desktop.workstation import IMPORT_MAPPINGS



def saved_profiles() -> dict[str, ColumnMapping]:
    """Every mapping profile saved on this PC, by name."""
    return {name: ColumnMapping.from_json(values["json"]) for name, values in IMPORT_MAPPINGS.load().items()}


def save_profile(mapping: ColumnMapping) -> None:
    IMPORT_MAPPINGS.save(mapping.name, {"json": mapping.to_json()})


class MappingDialog(QDialog):
    """Pick, for each field, the file column holding it; OK saves the profile under its name."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Map columns"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Profile name, e.g. My shop export"))
        self.channel = QLineEdit("custom", self)
        form = QFormLayout()
        form.addRow(self.tr("Profile"), self.name)
        form.addRow(self.tr("Channel"), self.channel)
        self.choices: dict[str, QComboBox] = {}
        fields = QWidget(self)
        field_form = QFormLayout(fields)
        for name in MAPPABLE_FIELDS:
            box = QComboBox(fields)
            box.addItems(["", *headers])
            match = next((h for h in headers if h.strip().lower().replace(" ", "_") == name), "")
            box.setCurrentText(match)
            field_form.addRow(name.replace("_", " "), box)
            self.choices[name] = box
        scroll = QScrollArea(self)
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scroll)
        layout.addWidget(buttons)

    def mapping(self) -> ColumnMapping:
        columns = {field: box.currentText() for field, box in self.choices.items() if box.currentText()}
        return ColumnMapping(self.name.text().strip() or "Unnamed", columns, self.channel.text().strip() or "custom")

    def accept(self) -> None:
        save_profile(self.mapping())
        super().accept()
