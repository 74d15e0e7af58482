"""Cell values as shops write them."""

from datetime import date, datetime, timezone
from decimal import Decimal

import pytest

from desktop.intake.countries import country_code
from desktop.gtin import gtin_problem
from desktop.intake.values import (
    clean_code,
    parse_amount,
    parse_datetime,
    parse_int,
    parse_local_date,
)


@pytest.mark.parametrize("text, expected", [
    ("40.9", "40.90"), ("0.0", "0.00"), ("1,234.50", "1234.50"), ("1.234,50", "1234.50"),
    ("12,5", "12.50"), ("€ 3", "3.00"), ("(3.00)", "-3.00"), ("-1.555", "-1.56"),
])
def test_amounts_in_common_spellings_become_two_place_decimals(text, expected):
    assert parse_amount(text) == Decimal(expected)


def test_semicolon_files_read_a_lone_comma_as_the_decimal_point():
    assert parse_amount("1,234", decimal_comma=True) == Decimal("1.23")
    assert parse_amount("1,234") == Decimal("1234.00")


@pytest.mark.parametrize("text", ["ten", "", "NaN", "1.2.3", "Infinity"])
def test_non_numbers_are_refused(text):
    with pytest.raises(ValueError):
        parse_amount(text)


@pytest.mark.parametrize("text, expected", [
    ("2025-03-20 05:20:57 -0700", datetime(2025, 3, 20, 12, 20, 57, tzinfo=timezone.utc)),
    ("2022-07-18T18:52:47Z", datetime(2022, 7, 18, 18, 52, 47, tzinfo=timezone.utc)),
    ("2022-07-18T18:52:47+00:00", datetime(2022, 7, 18, 18, 52, 47, tzinfo=timezone.utc)),
    ("12/26/21", datetime(2021, 12, 26, tzinfo=timezone.utc)),
    ("7/4/2020", datetime(2020, 7, 4, tzinfo=timezone.utc)),
    ("7/4/2020 2:05 PM", datetime(2020, 7, 4, 14, 5, tzinfo=timezone.utc)),
    ("2025-03-20", datetime(2025, 3, 20, tzinfo=timezone.utc)),
])
def test_dates_in_marketplace_formats_become_utc(text, expected):
    assert parse_datetime(text) == expected


def test_day_first_reads_slashed_dates_the_european_way():
    assert parse_local_date("03/04/2025", day_first=True) == date(2025, 4, 3)
    assert parse_local_date("03/04/2025") == date(2025, 3, 4)


def test_impossible_dates_are_refused():
    with pytest.raises(ValueError):
        parse_datetime("13/45/2020")


def test_whole_numbers_accept_spreadsheet_floats_but_not_fractions():
    assert parse_int("3.0") == 3
    with pytest.raises(ValueError):
        parse_int("2.5")


def test_leading_apostrophe_is_dropped_from_codes_only():
    assert clean_code("'4001") == "4001"
    assert clean_code("'8720602828605") == "8720602828605"
    assert clean_code("'Tis the season") == "'Tis the season"


@pytest.mark.parametrize("name, code", [
    ("United States", "US"), ("The Netherlands", "NL"), ("United Kingdom", "GB"),
    ("ca", "CA"), ("Canada", "CA"), ("Atlantis", "Atlantis"),
])
def test_country_names_become_iso_codes_where_known(name, code):
    assert country_code(name) == code


def test_gtin_check_digits_are_verified_for_numeric_codes_only():
    assert gtin_problem("8720602828605") is None
    assert "should be 5" in gtin_problem("8720602828606")
    assert gtin_problem("036000291452") is None
    assert gtin_problem("96385074") is None
    assert gtin_problem("VT-1586") is None
    assert gtin_problem("1234567") is None
