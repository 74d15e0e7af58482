"""The product editor (GUI thread only): validates as the user types, returns a ProductInput.

Prices are role-gated: hidden from roles that may not see them, read-only on existing products
for roles that may not change them. Without the right to edit products the editor only shows.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget,
)

from desktop.auth import Actor, Permission
from desktop.errors import InvalidInput
from desktop.gtin import gtin_problem
from desktop.money import parse_money
from desktop.services.catalog import ProductInput, ProductView
from ui.common.errors import user_message


def _decimal(field: str, text: str) -> Decimal | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise InvalidInput(field, text, "is not a number (use digits and a dot, e.g. 1.25)") from None
    if not value.is_finite() or value < 0:
        raise InvalidInput(field, text, "must be zero or more")
    return value


def parse_components(text: str) -> tuple[tuple[str, int], ...]:
    """``"CUP*2, SAUCER"`` -> ``(("CUP", 2), ("SAUCER", 1))``."""
    parts = []
    for chunk in (c.strip() for c in text.split(",")):
        if not chunk:
            continue
        sku, _, quantity = chunk.partition("*")
        if not quantity.strip().isdigit() and quantity:
            raise InvalidInput("component", chunk, "write components as SKU*quantity, e.g. CUP*2")
        parts.append((sku.strip(), int(quantity) if quantity else 1))
    return tuple(parts)


class ProductEditor(QDialog):
    def __init__(self, parent: QWidget | None, actor: Actor, detail: ProductView | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Product {sku}").format(sku=detail.sku) if detail else self.tr("New product"))
        self.detail = detail
        editable = actor.can(Permission.MANAGE_CATALOG)
        self.sku = QLineEdit(detail.sku if detail else "", objectName="sku")
        self.name = QLineEdit(detail.name if detail else "", objectName="name")
        self.barcode = QLineEdit(detail.barcode or "" if detail else "", objectName="barcode",
                                 placeholderText=self.tr("EAN-13, UPC-A, EAN-8 or any code"))
        self.price = QLineEdit(str(detail.price) if detail and detail.price is not None else "", objectName="price")
        self.cost = QLineEdit(str(detail.cost) if detail and detail.cost is not None else "", objectName="cost")
        self.weight = QLineEdit(self._text(detail.weight_kg if detail else None), placeholderText="kg")
        self.dimensions = [QLineEdit(self._text(getattr(detail, f"{d}_cm") if detail else None), placeholderText=shown)
                           for d, shown in (("length", self.tr("length")), ("width", self.tr("width")),
                                            ("height", self.tr("height")))]
        self.reorder_point = QSpinBox(maximum=1_000_000, value=detail.reorder_point if detail else 0)
        self.reorder_qty = QSpinBox(maximum=1_000_000, value=detail.reorder_qty if detail else 0)
        self.active = QCheckBox(self.tr("Sold"), checked=detail.active if detail else True)
        self.allow_negative = QCheckBox(self.tr("Allow negative stock"), checked=detail.allow_negative if detail else False)
        self.components = QLineEdit(", ".join(f"{s}*{n}" for s, n in detail.components) if detail else "",
                                    objectName="components", placeholderText=self.tr("kit only: CUP*2, SAUCER*1"))
        self.problem = QLabel(objectName="problem", wordWrap=True)
        self.problem.setStyleSheet("color: #c62828;")
        form = QFormLayout(self)
        for label, widget in ((self.tr("SKU"), self.sku), (self.tr("Name"), self.name), (self.tr("Barcode"), self.barcode)):
            form.addRow(label, widget)
        if actor.can(Permission.SEE_PRICES):
            form.addRow(self.tr("Price"), self.price)
            form.addRow(self.tr("Cost"), self.cost)
            if detail is not None and not actor.can(Permission.CHANGE_PRICES):
                for field in (self.price, self.cost):
                    field.setReadOnly(True)
                    field.setToolTip(self.tr("Only managers and admins change prices."))
        else:
            self.price.hide()
            self.cost.hide()
        dims = QHBoxLayout()
        for field in self.dimensions:
            dims.addWidget(field)
        form.addRow(self.tr("Weight (kg)"), self.weight)
        form.addRow(self.tr("Size (cm)"), dims)
        form.addRow(self.tr("Reorder point"), self.reorder_point)
        form.addRow(self.tr("Reorder quantity"), self.reorder_qty)
        form.addRow("", self.active)
        form.addRow("", self.allow_negative)
        form.addRow(self.tr("Kit components"), self.components)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setVisible(editable)
        form.addRow(self.buttons)
        for field in (self.sku, self.name, self.barcode, self.price, self.cost, self.weight, *self.dimensions,
                      self.components):
            field.textChanged.connect(self.validate)
            field.setReadOnly(field.isReadOnly() or not editable)
        self.validate()

    @staticmethod
    def _text(value: Decimal | None) -> str:
        return "" if value is None else str(value)

    def validate(self) -> str | None:
        """Check every field now; show the first problem and allow saving only without one."""
        try:
            self.product_input()
            problem = None
        except InvalidInput as error:
            problem = user_message(error)
        self.problem.setText(problem or "")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(problem is None)
        return problem

    def product_input(self) -> ProductInput:
        sku, name, barcode = self.sku.text().strip(), self.name.text().strip(), self.barcode.text().strip()
        if not sku:
            raise InvalidInput("SKU", sku, "must not be empty")
        if not name:
            raise InvalidInput("name", name, "must not be empty")
        if barcode and (problem := gtin_problem(barcode)):
            raise InvalidInput("barcode", barcode, problem)
        detail = self.detail
        keep_prices = self.price.isHidden() or self.price.isReadOnly()
        price = detail.price if keep_prices and detail else parse_money("price", self.price.text())
        cost = detail.cost if keep_prices and detail else parse_money("cost", self.cost.text())
        length, width, height = (_decimal(f"{d} (cm)", f.text()) for d, f in
                                 zip(("length", "width", "height"), self.dimensions))
        return ProductInput(
            sku=sku, name=name, barcode=barcode or None, price=price if price is not None else Decimal("0"),
            cost=cost if cost is not None else Decimal("0"), weight_kg=_decimal("weight (kg)", self.weight.text()),
            length_cm=length, width_cm=width, height_cm=height, reorder_point=self.reorder_point.value(),
            reorder_qty=self.reorder_qty.value(), active=self.active.isChecked(),
            allow_negative=self.allow_negative.isChecked(), components=parse_components(self.components.text()))

    @classmethod
    def ask(cls, parent: QWidget | None, actor: Actor, detail: ProductView | None) -> ProductInput | None:
        """The product as entered, or None when cancelled."""
        dialog = cls(parent, actor, detail)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.product_input()
