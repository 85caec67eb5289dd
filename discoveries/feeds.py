"""Feeds for other software: iCal and JSON for the agenda, RSS/Atom for stories, GPX for routes.

Every feed speaks the language of its URL prefix (LocaleMiddleware has activated it), so
titles and texts come out of django-modeltranslation in that language, with Dutch fallback.
"""

import datetime
import xml.etree.ElementTree as ET
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet, prefetch_related_objects
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from wagtail.models import Site

# Events happen in Leiden, so calendars show Leiden's wall-clock time whatever the
# server's or the subscriber's zone; the VTIMEZONE keeps the instants right across DST.
LOCAL_TIMEZONE = ZoneInfo("Europe/Amsterdam")
# Enough for any real agenda; stops a filter-less request from building a huge response.
FEED_LIMIT = 500
STORIES_IN_FEED = 20
# Feeds are polled by calendar apps and readers; a short shared cache absorbs that.
FEED_CACHE_CONTROL = "public, max-age=300"
PRODID = "-//Leiden Marketing//Leiden, City of Discoveries//NL"
GPX_NAMESPACE = "http://www.topografix.com/GPX/1/1"
GPX_SCHEMA = "http://www.topografix.com/GPX/1/1/gpx.xsd"
XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance"


# --- Shared helpers ----------------------------------------------------------------------


def _attachment(response: HttpResponse, filename: str) -> HttpResponse:
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def _cacheable(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = FEED_CACHE_CONTROL
    return response


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
    return _cacheable(_attachment(response, filename))


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
    from discoveries.agenda import filtered_occurrences

    occurrences, _form, errors = filtered_occurrences(agenda_page, request)
    if errors:
        return [], [str(error) for error in errors]
    return _limited(occurrences), []


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
    return _cacheable(JsonResponse(data, json_dumps_params={"ensure_ascii": False}))


# --- Stories: RSS and Atom -----------------------------------------------------------------


class StoriesRssFeed(Feed):
    """The newest stories of one stories index; made per request by the index page."""

    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        self.index_page = index_page
        self.request = None

    def __call__(self, request, *args, **kwargs):
        # Item links need the request to build full URLs on the right site.
        self.request = request
        return _cacheable(super().__call__(request, *args, **kwargs))

    def get_object(self, request, *args, **kwargs):
        return self.index_page

    def title(self, index_page):
        return index_page.title

    def link(self, index_page):
        return index_page.get_full_url(self.request)

    def description(self, index_page):
        return index_page.intro or _("The newest stories from Leiden, City of Discoveries")

    def items(self, index_page):
        from discoveries.models import DiscoveryPage

        return (
            DiscoveryPage.objects.child_of(index_page)
            .live()
            .public()
            .order_by("-date", "-first_published_at", "-pk")[:STORIES_IN_FEED]
        )

    def item_title(self, story):
        return story.title

    def item_description(self, story):
        return story.intro

    def item_link(self, story):
        return story.get_full_url(self.request)

    def item_pubdate(self, story):
        # Stories carry a date only; midnight in Leiden is when that day began there.
        return datetime.datetime.combine(story.date, datetime.time.min, tzinfo=LOCAL_TIMEZONE)

    def item_author_name(self, story):
        return story.author or None


class StoriesAtomFeed(StoriesRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, index_page):
        return self.description(index_page)


# --- Routes: GPX -----------------------------------------------------------------------------


def _coordinates(place) -> dict[str, str]:
    return {"lat": format(place.latitude, "f"), "lon": format(place.longitude, "f")}


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = text
    return element


def _gpx_metadata(root: ET.Element, route_page, request) -> None:
    metadata = ET.SubElement(root, "metadata")
    _text(metadata, "name", route_page.title)
    if route_page.intro:
        _text(metadata, "desc", route_page.intro)
    link = ET.SubElement(metadata, "link", href=route_page.get_full_url(request))
    _text(link, "text", route_page.title)


def _gpx_waypoint(root: ET.Element, stop) -> None:
    waypoint = ET.SubElement(root, "wpt", _coordinates(stop.place))
    _text(waypoint, "name", stop.place.title)
    if stop.note:
        _text(waypoint, "desc", stop.note)


def build_gpx(route_page, request) -> ET.Element:
    root = ET.Element(
        "gpx",
        {
            "version": "1.1",
            "creator": _("Leiden, City of Discoveries"),
            "xmlns": GPX_NAMESPACE,
            "xmlns:xsi": XSI_NAMESPACE,
            "xsi:schemaLocation": f"{GPX_NAMESPACE} {GPX_SCHEMA}",
        },
    )
    _gpx_metadata(root, route_page, request)
    # A GPX point needs coordinates; a stop whose place has none cannot be drawn.
    stops = [stop for stop in route_page.ordered_stops() if stop.place.has_location]
    # GPX 1.1 requires every <wpt> before the <rte>.
    for stop in stops:
        _gpx_waypoint(root, stop)
    route = ET.SubElement(root, "rte")
    _text(route, "name", route_page.title)
    for stop in stops:
        _text(ET.SubElement(route, "rtept", _coordinates(stop.place)), "name", stop.place.title)
    return root


def route_gpx(route_page, request) -> HttpResponse:
    xml = ET.tostring(build_gpx(route_page, request), encoding="utf-8", xml_declaration=True)
    response = HttpResponse(xml, content_type="application/gpx+xml")
    return _cacheable(_attachment(response, f"{route_page.slug}.gpx"))
