"""What some page types add to the fields their YAML entries give.

Most of a page's YAML maps straight onto its fields (fields.py). These page types have a
little more, written here rather than in every entry:

- a place's `opening_hours` become one all-year schedule, and the file's `holiday_hours`
  exception rows;
- an event's occurrences are date rules and times; it is free without a price, and at a
  place it takes the place's wheelchair access and accessibility note;
- a partner whose membership began in the founding year is a founding partner, and has its
  own editors' group.
"""

from datetime import timedelta

from partners.models import FOUNDING_YEAR
from partners.rights import ensure_partner_rights

from .content import ContentError
from .context import Context
from .dates import at, resolve

# --- Places ------------------------------------------------------------------------------------


def holiday_rows(holidays: list[dict], context: Context) -> list[dict]:
    """The exceptions around Christmas and New Year, on their next dates, soonest first."""
    rows = [
        {
            "start_date": resolve(holiday["date"], context.today),
            "end_date": None,
            "closed": holiday.get("closed", False),
            "opens": holiday.get("opens"),
            "closes": holiday.get("closes"),
            "note": holiday["note"],
        }
        for holiday in holidays
    ]
    return sorted(rows, key=lambda row: row["start_date"])


def prepare_place(entry: dict, places_file: dict, context: Context) -> dict:
    hours = entry.pop("opening_hours", [])
    with_holidays = entry.pop("holiday_hours", True)
    # Places keep their usual hours on public holidays; the holiday rows below say otherwise.
    entry["opening_schedules"] = (
        [{"on_holidays": "regular", "periods": [{"period": row} for row in hours]}] if hours else []
    )
    holidays = places_file.get("holiday_hours", [])
    entry["opening_exceptions"] = holiday_rows(holidays, context) if hours and with_holidays else []
    return entry


# --- Events ------------------------------------------------------------------------------------


def occurrence_row(occurrence: dict, context: Context) -> dict:
    """One occurrence: `date` and `starts`/`ends` times, or `all_day: true`."""
    day = resolve(occurrence["date"], context.today)
    last_day = day + timedelta(days=occurrence.get("ends_after_days", 0))
    status = occurrence.get("status", "scheduled")
    if occurrence.get("all_day"):
        end = at(last_day, "23:59") if "ends_after_days" in occurrence else None
        return {"start": at(day, "00:00"), "end": end, "all_day": True, "status": status}
    if "starts" not in occurrence:
        raise ContentError(f"An occurrence needs `starts` or `all_day: true`: {occurrence!r}")
    end = at(last_day, occurrence["ends"]) if "ends" in occurrence else None
    return {"start": at(day, occurrence["starts"]), "end": end, "all_day": False, "status": status}


def prepare_event(entry: dict, events_file: dict, context: Context) -> dict:
    entry["occurrences"] = [occurrence_row(item, context) for item in entry["occurrences"]]
    entry.setdefault("is_free", not entry.get("price"))
    place = context.entries.get(entry["venue"]) if entry.get("venue") else None
    entry.setdefault("wheelchair_accessible", bool(place and place["wheelchair_accessible"]))
    entry.setdefault("accessibility_note", place["accessibility_note"] if place else "")
    return entry


# --- Partners ----------------------------------------------------------------------------------


def prepare_partner(entry: dict, partners_file: dict, context: Context) -> dict:
    entry.setdefault("founding_partner", entry["member_since"] == FOUNDING_YEAR)
    return entry


def partner_made(page) -> None:
    if page.group_id is None:  # normally made by the signal when the page was created
        ensure_partner_rights(page)


# Per page type (its dotted label): what to add before the fields are read, and what to do
# once the page is there.
PREPARE = {
    "discoveries.PlacePage": prepare_place,
    "discoveries.EventPage": prepare_event,
    "partners.PartnerPage": prepare_partner,
}
AFTER_UPSERT = {"partners.PartnerPage": partner_made}
