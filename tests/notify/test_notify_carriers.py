"""Tracking links are built from per-carrier URL templates."""

from desktop.notify.carriers import DEFAULT_TRACKING_URLS, tracking_url


def test_every_default_carrier_has_a_https_link_with_the_number():
    for carrier in DEFAULT_TRACKING_URLS:
        link = tracking_url(carrier, "AB123")
        assert link is not None and link.startswith("https://") and "AB123" in link


def test_carrier_names_match_ignoring_case_spaces_and_punctuation():
    expected = "https://www.royalmail.com/track-your-item#/tracking-results/AB123GB"
    assert tracking_url("royal-mail", "AB123GB") == expected
    assert tracking_url("ROYALMAIL", " AB123GB ") == expected


def test_override_replaces_a_default_and_adds_a_new_carrier():
    overrides = {"UPS": "https://ups.example/{tracking}", "BRT": "https://brt.example/?n={tracking}"}
    assert tracking_url("ups", "1Z", overrides) == "https://ups.example/1Z"
    assert tracking_url("BRT", "42", overrides) == "https://brt.example/?n=42"


def test_tracking_number_cannot_inject_query_parameters():
    assert tracking_url("UPS", "1Z&x=1 2") == "https://www.ups.com/track?tracknum=1Z%26x%3D1%202"


def test_unknown_carrier_has_no_link():
    assert tracking_url("Corriere Locale", "42") is None
