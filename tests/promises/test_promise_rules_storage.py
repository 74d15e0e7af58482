"""Promise rules survive a round trip through JSON in the settings store."""

import json
from datetime import date, time

import pytest

from desktop.errors import InvalidInput
from desktop.promises import DOMESTIC, INTERNATIONAL, REGION, PromiseRules, rules_from_dict, rules_to_dict

RULES = PromiseRules(
    timezone="Europe/Bucharest",
    cutoff=time(15, 30),
    business_days=frozenset({0, 1, 2, 3, 4, 5}),
    holidays=frozenset({date(2026, 12, 1), date(2026, 12, 25)}),
    handling_days={("emag", "*"): 1, ("shopify", "express"): 0},
    default_handling_days=2,
    transit_days={("Fan Courier", "standard", DOMESTIC): 1},
    default_transit_days={DOMESTIC: 2, REGION: 5, INTERNATIONAL: 9},
    region=frozenset({"RO", "MD", "BG"}),
)


def test_rules_round_trip_through_json_unchanged():
    stored = json.dumps(rules_to_dict(RULES))
    assert rules_from_dict(json.loads(stored)) == RULES


def test_stored_rules_are_readable_plain_values():
    data = rules_to_dict(RULES)
    assert data["cutoff"] == "15:30"
    assert data["holidays"] == ["2026-12-01", "2026-12-25"]
    assert {"channel": "emag", "service": "*", "days": 1} in data["handling_days"]


def test_rules_from_another_format_version_are_refused():
    data = rules_to_dict(RULES) | {"version": 99}
    with pytest.raises(InvalidInput, match="version"):
        rules_from_dict(data)


def test_rules_with_a_missing_field_are_refused_with_its_name():
    data = rules_to_dict(RULES)
    del data["cutoff"]
    with pytest.raises(InvalidInput, match="cutoff"):
        rules_from_dict(data)


def test_rules_with_an_unknown_zone_are_refused():
    data = rules_to_dict(RULES)
    data["transit_days"].append({"carrier": "DHL", "service": "*", "zone": "moon", "days": 1})
    with pytest.raises(InvalidInput, match="moon"):
        rules_from_dict(data)
