"""Order files with the quirks real exports have, read into plain orders with located problems."""

from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.intake import ColumnMapping, Options, detect_format, parse_orders

FIXTURES = Path(__file__).parent / "fixtures"


def orders_by_number(name, **kwargs):
    result = parse_orders(FIXTURES / name, **kwargs)
    return result, {o.number: o for o in result.orders}


def test_shopify_export_with_bom_crlf_and_multiline_notes_groups_rows_by_name():
    result, orders = orders_by_number("shopify_quirks.csv")
    assert result.format == "shopify"
    assert result.problems == ()
    assert list(orders) == ["#1001", "#1002"]
    first = orders["#1001"]
    assert first.notes == "Please wrap it\r\n\r\nLove, Tay"
    assert first.ship_to.postal_code == "4001"
    assert first.ship_to.country == "ZA"
    assert first.ordered_at == datetime(2021, 5, 13, 9, 1, 12, tzinfo=timezone.utc)
    assert first.tags == ("gift", "vip")
    assert first.prices_include_tax is True
    second = orders["#1002"]
    assert (second.first_line, second.last_line) == (5, 7)
    assert [(ln.sku, ln.quantity, ln.unit_price, ln.discount) for ln in second.lines] == [
        ("SHR-1", 2, Decimal("40.00"), Decimal("5.00")), ("NET-1", 1, Decimal("20.00"),
                                                          Decimal("0.00"))]
    assert [ln.source_line for ln in second.lines] == [5, 7]
    assert second.payment_status == "partially_refunded"
    assert second.refunded == Decimal("1.54")
    assert second.fulfillment == "partial"
    assert [(t.name, t.rate, t.amount) for t in second.taxes] == [
        ("GST 5%", Decimal("5"), Decimal("5.00")), ("PST 8%", Decimal("8"), Decimal("8.00"))]
    assert second.gift is True and second.gift_message == "Happy day"
    assert second.discount_codes == ("SAVE5",)


def test_bad_amount_and_bad_quantity_reject_their_whole_orders_with_line_and_column():
    result, orders = orders_by_number("shopify_broken_values.csv")
    assert list(orders) == ["#2003"]
    located = {(p.line, p.column, p.value, p.severity) for p in result.problems}
    assert (2, "Total", "ten euros", "error") in located
    assert (4, "Lineitem quantity", "two", "error") in located
    assert len(result.problems) == 2


def test_date_without_offset_is_read_in_the_shop_time_zone():
    from zoneinfo import ZoneInfo

    _, orders = orders_by_number("shopify_broken_values.csv",
                                 options=Options(ZoneInfo("Europe/Rome")))
    assert orders["#2003"].ordered_at == datetime(2024, 1, 2, 23, 0, tzinfo=timezone.utc)
    assert orders["#2003"].notes == "multi\nline\nnote"
    assert (orders["#2003"].first_line, orders["#2003"].last_line) == (5, 5)


def test_unclosed_or_stray_quote_is_reported_on_its_line():
    result = parse_orders(FIXTURES / "shopify_bad_quoting.csv")
    assert result.orders == ()
    assert result.problems[0].line == 3
    assert "quoting" in result.problems[0].message


def test_missing_required_column_is_fatal_and_names_the_column():
    result = parse_orders(FIXTURES / "shopify_missing_total.csv")
    assert result.fatal
    assert [(p.column, p.severity) for p in result.problems] == [("Total", "fatal")]


def test_windows_1252_file_is_read_with_a_warning_naming_the_first_bad_byte():
    result, orders = orders_by_number("shopify_cp1252.csv")
    assert orders["#2004"].lines[0].name == "Café crème"
    assert [(p.line, p.severity) for p in result.problems] == [(2, "warning")]
    assert "byte 0xe9 at line 2" in result.problems[0].message


def test_file_in_no_known_encoding_is_fatal():
    result = parse_orders(FIXTURES / "not_text.csv")
    assert result.fatal
    assert result.problems[0].message == "file is not UTF-8 (byte 0x81 at line 2)"


def test_etsy_uk_headers_and_resaved_numbers_are_understood():
    result, orders = orders_by_number("etsy_orders_uk.csv")
    assert result.format == "etsy"
    first, second = orders["1845437489"], orders["1845437490"]
    assert first.ship_to.city == "London" and first.ship_to.country == "GB"
    assert first.fulfillment == "fulfilled" and first.lines[0].sku == "MUG-1"
    assert first.lines[0].quantity == 2 and first.lines[0].unit_price == Decimal("31.00")
    assert second.ordered_at.date() == date(2020, 11, 22)
    assert second.total == Decimal("51.40")
    assert second.refunded == Decimal("10.00")
    assert second.payment_status == "partially_refunded"
    assert second.ship_to.country == "CA"


def test_tab_delimited_etsy_orders_are_sniffed():
    result, orders = orders_by_number("etsy_orders_tab.tsv")
    assert result.format == "etsy"
    assert orders["3159107009"].total == Decimal("16.88")
    assert orders["3159107009"].discount == Decimal("4.25")
    assert orders["3159107010"].ship_to.country == "FR"
    assert orders["3159107010"].tax == Decimal("1.50")


def test_etsy_item_rows_become_orders_with_variations():
    result, orders = orders_by_number("etsy_items.csv")
    assert result.format == "etsy-items"
    order = orders["5001"]
    assert [(ln.sku, ln.quantity, ln.variant) for ln in order.lines] == [
        ("ST-1", 2, "Size:Large"), ("ST-2", 1, "")]
    assert order.total == Decimal("6.50") - Decimal("0.50") + Decimal("4.00") + Decimal(
        "2.00") + Decimal("0.30")
    assert orders["5002"].fulfillment == "unfulfilled"


def test_woocommerce_statuses_map_to_payment_and_fulfilment():
    result, orders = orders_by_number("woo_orders.csv")
    assert result.format == "woocommerce"
    assert (orders["10001"].payment_status, orders["10001"].fulfillment) == ("paid", "fulfilled")
    assert [ln.unit_price for ln in orders["10001"].lines] == [Decimal("10.00"),
                                                                Decimal("10.00")]
    assert orders["10001"].customer_name == "Ann Lee"
    assert orders["10002"].payment_status == "pending"
    assert orders["10002"].notes == "Leave at door"
    assert orders["10003"].cancelled and orders["10003"].payment_status == "voided"
    assert orders["10004"].refunded == Decimal("12.00")


def test_woocommerce_official_exporter_rows_carry_their_items_in_line_items():
    result, orders = orders_by_number("woo_orders_official.csv")
    assert result.format == "woocommerce"
    first = orders["812"]
    assert [(ln.sku, ln.name, ln.quantity, ln.unit_price, ln.discount) for ln in first.lines] == [
        ("MUG-BLUE", "Tazza blu", 2, Decimal("10.00"), Decimal("2.00")),
        ("POS-1", "Poster", 1, Decimal("20.00"), Decimal("0.00"))]
    assert (first.total, first.shipping, first.payment_status) == (Decimal("40.00"), Decimal("4.00"), "paid")
    assert first.ship_to.name == "Giulia Ricci" and first.ship_to.country == "IT"
    completed = orders["814"]
    assert [(ln.sku, ln.quantity) for ln in completed.lines] == [("CARD-1", 1)]
    assert completed.fulfillment == "fulfilled" and completed.notes == "Ring twice"
    assert "813" not in orders  # an unreadable item rejects its whole order
    [problem] = result.problems
    assert (problem.line, problem.column, problem.value) == (3, "line_items",
                                                             "name:Card|sku:CARD-1|quantity:three|total:12.00")
    assert problem.message.startswith("unreadable line item")


def test_amazon_unshipped_report_keeps_promise_date_and_address():
    result, orders = orders_by_number("amazon_unshipped.tsv",
                                      options=Options(default_currency="USD"))
    order = orders["111-1"]
    assert result.format == "amazon"
    assert order.promise_date == date(2022, 7, 25)
    assert order.fulfillment == "partial"
    assert order.ship_to.line2 == "Apt 2" and order.ship_to.postal_code == "33160-2404"
    assert order.currency == "USD"
    assert [ln.quantity for ln in order.lines] == [2, 1]


def test_amazon_all_orders_totals_include_tax_shipping_and_promotions():
    _, orders = orders_by_number("amazon_all_orders.tsv")
    shipped = orders["113-1"]
    assert shipped.lines[0].unit_price == Decimal("14.00")
    assert shipped.total == Decimal("28.00") - Decimal("3.00") + Decimal("5.00") + Decimal(
        "2.24")
    cancelled = orders["113-2"]
    assert cancelled.cancelled and cancelled.currency == "USD"


@pytest.mark.parametrize("name, expected", [
    ("shopify_quirks.csv", "shopify"), ("etsy_orders_uk.csv", "etsy"),
    ("etsy_items.csv", "etsy-items"), ("woo_orders.csv", "woocommerce"),
    ("amazon_unshipped.tsv", "amazon"), ("amazon_all_orders.tsv", "amazon"),
])
def test_format_is_detected_from_headers(name, expected):
    assert parse_orders(FIXTURES / name).format == expected


def test_unknown_layout_is_fatal_until_mapped():
    assert detect_format(["Foo", "Bar"]) is None


def test_column_mapping_reads_any_layout_and_round_trips_through_json(tmp_path):
    path = tmp_path / "erp.csv"
    path.write_text("Ref;When;Item;Qty;Each;Money\nA1;03/04/2025;MUG;2;4,50;EUR\n"
                    "A1;03/04/2025;CAP;1;1,00;EUR\nA2;05/04/2025;MUG;x;4,50;EUR\n",
                    encoding="utf-8")
    mapping = ColumnMapping("ERP", {"order_id": "Ref", "ordered_at": "When", "sku": "Item",
                                    "quantity": "Qty", "unit_price": "Each",
                                    "currency": "Money"}, day_first=True)
    assert ColumnMapping.from_json(mapping.to_json()) == mapping
    result = parse_orders(path, mapping=mapping)
    assert [o.number for o in result.orders] == ["A1"]
    order = result.orders[0]
    assert order.ordered_at.date() == date(2025, 4, 3)
    assert order.total == Decimal("10.00")
    assert [(p.line, p.column, p.value) for p in result.problems] == [(4, "Qty", "x")]


def test_mapping_to_a_missing_header_is_fatal(tmp_path):
    path = tmp_path / "erp.csv"
    path.write_text("Ref,When,Qty\nA1,2025-01-01,1\n", encoding="utf-8")
    mapping = ColumnMapping("ERP", {"order_id": "Ref", "ordered_at": "Date", "quantity": "Qty"})
    result = parse_orders(path, mapping=mapping)
    assert result.fatal and result.orders == ()
    assert result.problems[0].value == "Date"
