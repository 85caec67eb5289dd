"""Date rules from the YAML content, resolved against today, so the agenda stays current.

A rule is a mapping:

    {in_days: 9}                                  nine days from today (negative: ago)
    {in_days: 9, weekday: tuesday}                the first Tuesday on or after that day
    {yearly: {month: 10, day: 3}}                 the next 3 October, today included
    {yearly: {month: 12, weekday: friday, nth: 2}}
                                                  the next second Friday of December
                                                  (nth: -1 is the month's last one)
    keep_for_days: 9       with `yearly`: this year's date stays until nine days after it,
                           for events that last several days
    plus_days: 7           added at the end, to any rule

Relative rules give the same set of events on every day; only their dates move.
"""

from datetime import date, datetime, time, timedelta

from leiden_site.models.opening_hours import AMSTERDAM

from .content import ContentError

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RULE_KEYS = {"in_days", "weekday", "yearly", "keep_for_days", "plus_days"}


def today() -> date:
    return datetime.now(AMSTERDAM).date()


def weekday_number(name: str) -> int:
    if name not in WEEKDAYS:
        raise ContentError(f"Unknown weekday {name!r}; write one of {', '.join(WEEKDAYS)}")
    return WEEKDAYS.index(name)


def weekdays(row: dict) -> list[int]:
    """`day: tuesday`, or `from: tuesday` `to: sunday`, as weekday numbers (0 is Monday)."""
    if "day" in row:
        return [weekday_number(row["day"])]
    return list(range(weekday_number(row["from"]), weekday_number(row["to"]) + 1))


def resolve(rule: dict, on: date) -> date:
    """The date a rule gives when today is `on`."""
    if not isinstance(rule, dict) or not set(rule) <= RULE_KEYS:
        raise ContentError(f"Not a date rule: {rule!r} (see demo/dates.py)")
    if "in_days" in rule:
        day = on + timedelta(days=rule["in_days"])
        if "weekday" in rule:
            day += timedelta(days=(weekday_number(rule["weekday"]) - day.weekday()) % 7)
    elif "yearly" in rule:
        day = next_yearly(rule["yearly"], on, rule.get("keep_for_days", 0))
    else:
        raise ContentError(f"A date rule needs `in_days` or `yearly`: {rule!r}")
    return day + timedelta(days=rule.get("plus_days", 0))


def next_yearly(yearly: dict, on: date, keep_for_days: int = 0) -> date:
    """This year's date while it (plus `keep_for_days`) has not passed, else next year's."""
    this_year = in_year(yearly, on.year)
    if this_year + timedelta(days=keep_for_days) >= on:
        return this_year
    return in_year(yearly, on.year + 1)


def in_year(yearly: dict, year: int) -> date:
    if "day" in yearly:
        return date(year, yearly["month"], yearly["day"])
    return nth_weekday(year, yearly["month"], weekday_number(yearly["weekday"]), yearly["nth"])


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth given weekday (0 is Monday) of the month; nth -1 is the last."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def clock(value: str) -> time:
    """A time of day written "20:00"; YAML reads an unquoted 20:00 as a number."""
    if not isinstance(value, str):
        raise ContentError(f'Write times of day in quotes, like "20:00" (got {value!r})')
    return time.fromisoformat(value)


def at(day: date, value: str) -> datetime:
    """The moment `value` o'clock on that day, in Leiden's time zone."""
    return datetime.combine(day, clock(value), tzinfo=AMSTERDAM)
