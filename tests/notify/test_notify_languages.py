"""The customer's language comes from the order, else the ship-to country, else English."""

import pytest

from desktop.notify.languages import choose_language, text_direction


@pytest.mark.parametrize(
    ("order_language", "country", "expected"),
    [
        ("it", "GB", "it"),
        ("ro-RO", None, "ro"),
        ("TH_th", "US", "th"),
        (None, "IT", "it"),
        ("", "md", "ro"),
        (None, "RO", "ro"),
        (None, "AE", "ar"),
        (None, "EG", "ar"),
        (None, "MA", "ar"),
        (None, "TH", "th"),
        (None, "DE", "en"),
        ("fr", "IT", "it"),
        ("fr", "FR", "en"),
        (None, None, "en"),
    ],
)
def test_language_is_chosen_from_order_then_country(order_language, country, expected):
    assert choose_language(order_language, country) == expected


def test_only_arabic_is_written_right_to_left():
    assert text_direction("ar") == "rtl"
    assert {text_direction(code) for code in ("en", "it", "ro", "th")} == {"ltr"}
