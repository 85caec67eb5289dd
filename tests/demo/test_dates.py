"""Date rules in the demo YAML resolve against the day the loader runs."""

from datetime import date

import pytest
import yaml

from demo.dates import resolve

THURSDAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    ("rule", "today", "expected"),
    [
        ("{in_days: 9, weekday: tuesday}", THURSDAY, date(2026, 12, 15)),
        ("{in_days: 1, weekday: sunday, plus_days: 14}", THURSDAY, date(2026, 12, 20)),
        ("{in_days: -12}", THURSDAY, date(2026, 11, 21)),
        # Leidens Ontzet: this year's until the day itself, then next year's.
        ("{yearly: {month: 10, day: 3}}", date(2026, 10, 3), date(2026, 10, 3)),
        ("{yearly: {month: 10, day: 3}}", date(2026, 10, 4), date(2027, 10, 3)),
        # The Jazzweek, third Friday of January, stays current for nine days after it.
        (
            "{yearly: {month: 1, weekday: friday, nth: 3}, keep_for_days: 9}",
            date(2027, 1, 24),
            date(2027, 1, 15),
        ),
        (
            "{yearly: {month: 1, weekday: friday, nth: 3}, keep_for_days: 9}",
            date(2027, 1, 25),
            date(2028, 1, 21),
        ),
        # Museum Night, the last Saturday of May.
        ("{yearly: {month: 5, weekday: saturday, nth: -1}}", THURSDAY, date(2027, 5, 29)),
    ],
)
def test_a_yaml_date_rule_resolves_against_the_given_today(rule, today, expected):
    assert resolve(yaml.safe_load(rule), today) == expected
