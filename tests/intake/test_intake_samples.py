"""Every real export under ../shared/samples parses, with facts checked by hand."""

from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.intake import parse_orders, parse_products

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
pytestmark = pytest.mark.skipif(not SAMPLES.is_dir(), reason="shared samples not present")


def order_files():
    return sorted((SAMPLES / "orders").glob("*")) if SAMPLES.is_dir() else []


def product_files():
    return sorted((SAMPLES / "products").glob("*")) if SAMPLES.is_dir() else []


@pytest.mark.parametrize("path", order_files(), ids=lambda p: p.name)
def test_every_order_sample_imports_without_errors(path):
    result = parse_orders(path)
    assert not [p for p in result.problems if p.severity != "warning"]
    assert result.orders
    assert all(o.currency and o.ordered_at.tzinfo is not None for o in result.orders)


@pytest.mark.parametrize("path", product_files(), ids=lambda p: p.name)
def test_every_product_sample_imports_without_errors(path):
    result = parse_products(path)
    assert not [p for p in result.problems if p.severity == "fatal"]
    assert result.products
    assert len({p.sku for p in result.products}) == len(result.products)


def by_number(name):
    return {o.number: o for o in parse_orders(SAMPLES / "orders" / name).orders}


def test_kidsliving_gift_note_spans_lines_and_zip_loses_its_apostrophe():
    orders = by_number("kidsliving_orders_export.csv")
    assert len(orders) == 50
    order = orders["#13521"]
    assert (order.total, order.currency, len(order.lines)) == (Decimal("604.00"), "ZAR", 1)
    assert order.notes.startswith("This is a present") and order.notes.count("\n") == 12
    assert order.ship_to.postal_code == "2196"
    assert Counter(o.payment_status for o in orders.values()) == {"paid": 35, "pending": 13,
                                                                   "voided": 2}


def test_multiline_note_attributes_keep_physical_line_numbers():
    orders = by_number("shopify_parsing_orders_export.csv")
    assert len(orders) == 5
    last = orders["#71737"]
    assert (last.first_line, last.last_line, len(last.lines)) == (42, 52, 2)
    assert (last.total, last.currency) == (Decimal("1700.00"), "BDT")
    assert len(by_number("shopify_parsing_orders_export_21.csv")) == 57


def test_refunds_and_cancellations_in_shopify_exports():
    autofulfill = by_number("autofulfill5000_orders_export.csv")
    assert len(autofulfill) == 20
    assert autofulfill["#1095"].refunded == Decimal("1.54")
    assert autofulfill["#1095"].payment_status == "partially_refunded"
    assert len(autofulfill["#1102"].taxes) == 2
    italian = by_number("scaricaArticoli_orders_export.csv")
    assert len(italian) == 50
    assert sum(o.payment_status == "refunded" for o in italian.values()) == 6
    assert italian["#2258"].cancelled and italian["#2258"].refunded == Decimal("71.60")


def test_etsy_woocommerce_and_amazon_samples():
    valutrk = by_number("valutrk_EtsySoldOrders2020_delivery_headers.csv")
    assert len(valutrk) == 1284
    assert valutrk["1845437489"].total == Decimal("79.00")
    assert valutrk["1845437489"].ship_to.country == "CA"
    assert len(by_number("etsycompanion_EtsySoldOrders2023_tab.tsv")) == 1605
    woo = by_number("woocommerce_orders_synthetic.csv")
    assert len(woo) == 50 and woo["10001"].total == Decimal("855.25")
    amazon = by_number("amazon_all_orders_report.tsv")
    assert len(amazon) == 15 and all(o.cancelled for o in amazon.values())


def test_catalogue_barcodes_are_checked():
    prijs = parse_products(SAMPLES / "products" / "prijsgarantie_products_export_1.csv")
    assert sum(1 for p in prijs.products if p.barcode) == 741
    cure = parse_products(SAMPLES / "products" / "cureforever_products_export_1.csv")
    bad = [p for p in cure.problems if "check digit" in p.message]
    assert len(bad) == 1 and bad[0].column == "Variant Barcode"
    repeated = [p for p in cure.problems if p.severity == "error"]
    assert [(p.column, "already used" in p.message) for p in repeated] == [("SKU", True)]
    voltaat = parse_products(SAMPLES / "products" / "voltaat_products_export.csv")
    assert sum(1 for p in voltaat.products if p.quantity is not None and p.quantity < 0) == 49
