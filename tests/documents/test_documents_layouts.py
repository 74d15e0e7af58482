"""Layout leftovers: pick lists numbered "n of m" with an order longer than a page, slip footers
longer than a page, and long street lines wrapped (not cut) on 4x6 labels."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from decimal import Decimal

from documents_support import page_texts

from desktop.address import Address
from printing import layout
from printing.labels import ShippingLabel, label_size
from reports import packing_slip, pick_list
from reports.document import Company
from reports.packing_slip import PackingSlip, SlipLine
from reports.pick_list import PickItem, PickList

SHOP = Company("Packline Demo Shop", Address(name="Packline Demo Shop", line1="Via Roma 12", city="Milano",
                                             postal_code="20121", country="IT"))
CUSTOMER = Address(name="Ana Pop", line1="Strada Lipscani 21", city="București", postal_code="030031", country="RO")


def _pdf(build, data, **kwargs) -> bytes:
    out = io.BytesIO()
    build(data, out, **kwargs)
    return out.getvalue()


def test_pick_list_numbers_pages_n_of_m_and_continues_an_order_longer_than_a_page() -> None:
    items = tuple(PickItem("#2001", f"SKU-{i:03d}", f"Item {i}", 1, f"A-{i:03d}", i) for i in range(90))
    texts = page_texts(_pdf(pick_list.build, PickList(SHOP, "#2001", items)))

    total = len(texts)
    assert total > 3
    assert [f"Page {n} of {total}" in text for n, text in enumerate(texts, start=1)] == [True] * total
    per_order = "".join(texts)
    assert all(f"1 x SKU-{i:03d}" in per_order for i in range(90))
    assert "Order #2001 (continued)" in per_order


def test_packing_slip_footer_longer_than_a_page_flows_onto_further_pages() -> None:
    instructions = " ".join(f"Rule{i} applies to returns of every kind." for i in range(400))
    slip = PackingSlip(SHOP, "#2002", date(2024, 5, 17), CUSTOMER, (SlipLine("MUG-1", "Mug", 1),),
                       return_instructions=instructions + " FINAL-WORD")
    texts = page_texts(_pdf(packing_slip.build, slip, paper="a4"))

    assert len(texts) >= 2
    assert "FINAL-WORD" in texts[-1] and f"Page {len(texts)} of {len(texts)}" in texts[-1]
    words = " ".join(texts).split()
    assert all(f"Rule{i}" in words for i in range(400))


def test_long_street_lines_wrap_on_a_4x6_label_instead_of_being_cut() -> None:
    street = "Calle de la Princesa de los Austrias 1234, Escalera Izquierda, Piso 5"
    label = ShippingLabel(replace(CUSTOMER, name="Shop"), replace(CUSTOMER, line1=street, country="ES"),
                          "DHL", "Express", Decimal("1.0"), "#1", "JD0146")
    items = layout.shipping_label(label, label_size("4x6"))
    text = " ".join(i.text for i in items if isinstance(i, layout.Text))

    assert street in text and "…" not in text


def test_the_4x6_barcode_uses_the_bottom_of_the_label() -> None:
    label = ShippingLabel(CUSTOMER, CUSTOMER, "DHL", "Express", Decimal("1.0"), "#1", "JD0146")
    size = label_size("4x6")
    barcode = next(i for i in layout.shipping_label(label, size) if isinstance(i, layout.Barcode))

    assert barcode.y + barcode.height + layout.BARCODE_TEXT > size.height_mm * 0.8
    assert barcode.y + barcode.height + layout.BARCODE_TEXT <= size.height_mm - layout.MARGIN
