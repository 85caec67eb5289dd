"""Calendar feeds: iCal for an event and for the (filtered) agenda, and the agenda as JSON.

Every feed speaks the language of its URL prefix (LocaleMiddleware has activated it), so
titles and texts come out of django-modeltranslation in that language, with Dutch fallback.
"""

import datetime

from icalendar import Calendar, Event

from django.db.models import QuerySet, prefetch_related_objects
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.utils import timezone, translation

from wagtail.models import Site

from leiden_site.page_views import page_view

from ..models import EventIndexPage, EventPage
from .agenda import filtered_occurrences
from .responses import LOCAL_TIMEZONE, attachment, cacheable

# Enough for any real agenda; stops a filter-less request from building a huge response.
FEED_LIMIT = 500
PRODID = "-//Leiden Marketing//Leiden, City of Discoveries//NL"


# --- Shared helpers ----------------------------------------------------------------------


def _site_hostname(request) -> str:
    # UIDs must not change with the language or the way the host was typed.
    site = Site.find_for_request(request)
    return site.hostname if site else request.get_host()


def _local(value: datetime.datetime) -> datetime.datetime:
    return timezone.localtime(value, LOCAL_TIMEZONE)


def _subpage_url(page, request, route_name: str) -> str:
    # File-like routes are served without the trailing slash (see leiden_site.urls).
    return page.get_full_url(request) + page.reverse_subpage(route_name).rstrip("/")


# --- iCalendar ---------------------------------------------------------------------------

ICAL_STATUSES = {
    "scheduled": "CONFIRMED",
    "sold_out": "CONFIRMED",
    "postponed": "TENTATIVE",
    "cancelled": "CANCELLED",
}


def occurrence_uid(occurrence, hostname: str) -> str:
    return f"event-{occurrence.event_id}-occ-{occurrence.pk}@{hostname}"


def _ical_description(event, occurrence) -> str:
    # Calendar apps rarely show STATUS, so anything but "scheduled" is spelled out too.
    if occurrence.status == occurrence.SCHEDULED:
        return event.summary
    return f"{event.summary}\n\n{occurrence.get_status_display()}"


def _ical_location(event) -> str:
    return ", ".join(part for part in (event.location_name, event.location_address) if part)


def _set_ical_times(vevent: Event, occurrence) -> None:
    start = _local(occurrence.start)
    if occurrence.all_day:
        last_day = _local(occurrence.end).date() if occurrence.end else start.date()
        vevent.add("dtstart", start.date())
        # DTEND of a whole-day event is exclusive: the day after the last day.
        vevent.add("dtend", last_day + datetime.timedelta(days=1))
        return
    vevent.add("dtstart", start)
    # Without DTEND an event lasts until its start (RFC 5545); better than inventing an end.
    if occurrence.end:
        vevent.add("dtend", _local(occurrence.end))


def occurrence_vevent(occurrence, request, hostname: str) -> Event:
    event = occurrence.event
    vevent = Event()
    vevent.add("uid", occurrence_uid(occurrence, hostname))
    # Without METHOD, DTSTAMP is when the information last changed (RFC 5545 3.8.7.2).
    vevent.add("dtstamp", event.last_published_at or timezone.now())
    vevent.add("summary", event.title)
    vevent.add("description", _ical_description(event, occurrence))
    location = _ical_location(event)
    if location:
        vevent.add("location", location)
    vevent.add("url", event.get_full_url(request))
    vevent.add("status", ICAL_STATUSES.get(occurrence.status, "CONFIRMED"))
    _set_ical_times(vevent, occurrence)
    return vevent


def build_calendar(name: str, occurrences, request) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    calendar.add("name", name)
    hostname = _site_hostname(request)
    for occurrence in occurrences:
        calendar.add_component(occurrence_vevent(occurrence, request, hostname))
    _add_timezone(calendar, occurrences)
    return calendar


def _add_timezone(calendar: Calendar, occurrences) -> None:
    if not occurrences:
        return
    # Only the transitions around these events: a 1970-2038 VTIMEZONE is needlessly long.
    starts = [_local(o.start).date() for o in occurrences]
    ends = [_local(o.end or o.start).date() for o in occurrences]
    calendar.add_missing_timezones(
        first_date=min(starts) - datetime.timedelta(days=366),
        last_date=max(ends) + datetime.timedelta(days=366),
    )


def ical_response(calendar: Calendar, filename: str) -> HttpResponse:
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    return cacheable(attachment(response, filename))


@page_view(EventPage, "event_ical")
def event_ical(event_page, request) -> HttpResponse:
    occurrences = event_page.ordered_occurrences
    for occurrence in occurrences:
        # The page is at hand: spare each occurrence its own query for it.
        occurrence.event = event_page
    calendar = build_calendar(event_page.title, occurrences, request)
    return ical_response(calendar, f"{event_page.slug}.ics")


# --- The agenda's feeds --------------------------------------------------------------------


def _limited(occurrences) -> list:
    """The first FEED_LIMIT occurrences with everything the feeds read, in a fixed number
    of queries however many there are."""
    if isinstance(occurrences, QuerySet):
        return list(
            occurrences.select_related("event", "event__venue").prefetch_related("event__themes")[
                :FEED_LIMIT
            ]
        )
    occurrences = list(occurrences)[:FEED_LIMIT]
    prefetch_related_objects(occurrences, "event__venue", "event__themes")
    return occurrences


def _agenda_occurrences(agenda_page, request):
    """(occurrences, errors) as the agenda page filters them for this request."""
    occurrences, _form, errors = filtered_occurrences(agenda_page, request)
    if errors:
        return [], [str(error) for error in errors]
    return _limited(occurrences), []


@page_view(EventIndexPage, "agenda_ical")
def agenda_ical(agenda_page, request) -> HttpResponse:
    occurrences, errors = _agenda_occurrences(agenda_page, request)
    if errors:
        return HttpResponseBadRequest("\n".join(errors), content_type="text/plain; charset=utf-8")
    calendar = build_calendar(agenda_page.title, occurrences, request)
    return ical_response(calendar, f"{agenda_page.slug}.ics")


def _iso(value: datetime.datetime | None) -> str | None:
    return _local(value).isoformat() if value else None


def occurrence_json(occurrence, request, hostname: str) -> dict:
    event = occurrence.event
    return {
        "id": occurrence_uid(occurrence, hostname),
        "title": event.title,
        "summary": event.summary,
        "url": event.get_full_url(request),
        "start": _iso(occurrence.start),
        "end": _iso(occurrence.end),
        "all_day": occurrence.all_day,
        "status": occurrence.status,
        "location": {"name": event.location_name, "address": event.location_address},
        "is_free": event.is_free,
        "price": event.price,
        "ticket_url": event.ticket_url,
        "audiences": list(event.audiences),
        "themes": [theme.slug for theme in event.themes.all()],
        "ical": _subpage_url(event, request, "event_ical"),
    }


@page_view(EventIndexPage, "agenda_json")
def agenda_json(agenda_page, request) -> HttpResponse:
    occurrences, errors = _agenda_occurrences(agenda_page, request)
    if errors:
        return JsonResponse({"errors": errors}, status=400)
    hostname = _site_hostname(request)
    data = {
        "title": agenda_page.title,
        "url": agenda_page.get_full_url(request),
        "language": translation.get_language(),
        "events": [occurrence_json(o, request, hostname) for o in occurrences],
    }
    return cacheable(JsonResponse(data, json_dumps_params={"ensure_ascii": False}))
