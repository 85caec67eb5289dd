"""The agenda: date presets, explicit ranges, theme, audience, free and text filters.

The same filter serves the agenda page and its iCal and JSON feeds.
"""

from datetime import date, datetime, time, timedelta

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language

from leiden_site.fields import MultipleChoiceField
from leiden_site.listing import bind_filters, paginate
from leiden_site.models.opening_hours import AMSTERDAM
from leiden_site.page_cache import query_parameter
from leiden_site.page_views import page_view, render_page

from ..forms import AGENDA_PRESETS, AgendaFilterForm
from ..models import EventIndexPage, EventOccurrence

PER_PAGE = 12


def preset_range(preset: str, today: date) -> tuple[date, date]:
    """Local dates [first, last] for a preset, seen from `today`."""
    if preset == "today":
        return today, today
    if preset == "tomorrow":
        return today + timedelta(days=1), today + timedelta(days=1)
    if preset == "weekend":
        saturday = today + timedelta(days=(5 - today.weekday()) % 7)
        if today.weekday() == 6:  # on Sunday, "this weekend" is today
            saturday = today - timedelta(days=1)
        return max(saturday, today), saturday + timedelta(days=1)
    if preset == "week":
        return today, today + timedelta(days=6 - today.weekday())
    if preset == "month":
        next_month = (today.replace(day=28) + timedelta(days=4)).replace(day=1)
        return today, next_month - timedelta(days=1)
    raise ValueError(preset)


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=AMSTERDAM)


def _date_window(data: dict, now: datetime) -> tuple[datetime, datetime | None]:
    today = now.astimezone(AMSTERDAM).date()
    if data.get("when"):
        first, last = preset_range(data["when"], today)
    else:
        first, last = data.get("date_from") or today, data.get("date_to")
    start = max(_local_midnight(first), now) if first <= today else _local_midnight(first)
    end = _local_midnight(last + timedelta(days=1)) if last else None
    return start, end


def _text_filter(text: str) -> Q:
    language = get_language()
    query = Q()
    for field in ("title", "summary"):
        for code in dict.fromkeys([language, "nl"]):
            query |= Q(**{f"event__{field}_{code}__icontains": text})
    return query


def filtered_occurrences(agenda, request, now: datetime | None = None):
    """(occurrences, form, errors) for the agenda below `agenda`, filtered by the GET data."""
    now = now or timezone.now()
    form, data, errors = bind_filters(AgendaFilterForm, request)
    start, end = _date_window(data, now)
    # Still running at `start`: it ends later, or (no end) it starts later that day.
    occurrences = (
        EventOccurrence.objects.of_live_events()
        .filter(event__path__startswith=agenda.path, event__depth=agenda.depth + 1)
        .filter(
            Q(end__gte=start)
            | Q(end__isnull=True, start__gte=_local_midnight(start.astimezone(AMSTERDAM).date()))
        )
    )
    if end:
        occurrences = occurrences.filter(start__lt=end)
    if data.get("theme"):
        occurrences = occurrences.filter(event__themes=data["theme"])
    if data.get("audience"):
        occurrences = occurrences.filter(
            event__audiences__contains=MultipleChoiceField.contains(data["audience"])
        )
    if data.get("free"):
        occurrences = occurrences.filter(event__is_free=True)
    if data.get("q"):
        occurrences = occurrences.filter(_text_filter(data["q"]))
    return occurrences.for_cards().order_by("start", "pk"), form, errors


def _query_without(request, *names) -> str:
    params = request.GET.copy()
    for name in names:
        params.pop(name, None)
    return params.urlencode()


@page_view(EventIndexPage, "agenda")
def agenda_view(agenda, request):
    occurrences, form, errors = filtered_occurrences(agenda, request)
    status = 400 if errors else 200  # before paginate adds its notes
    # One card per event, dated by its first occurrence that matches the filters.
    page = paginate(occurrences.events(), query_parameter(request, "page"), PER_PAGE, errors)
    filters = _query_without(request, "page")
    feed_query = f"?{filters}" if filters else ""
    ical_url = f"{agenda.get_full_url(request)}agenda.ics{feed_query}"
    return render_page(
        agenda,
        request,
        status=status,
        form=form,
        errors=errors,
        events=page,
        filter_query=filters,
        ical_url=ical_url,
        # Calendar apps subscribe to a webcal: address and fetch it again now and then.
        subscribe_url="webcal:" + ical_url.split(":", 1)[1],
        json_url=f"{agenda.get_full_url(request)}agenda.json{feed_query}",
        preset_links=[
            {
                "code": code,
                "label": label,
                "url": f"{agenda.get_url(request)}?when={code}",
                "active": request.GET.get("when") == code,
            }
            for code, label in AGENDA_PRESETS
        ],
    )
