"""The arrival checklist: the visitor's steps as a page, and their dates as an iCal file.

Answers come from the query string and go nowhere else: no session, no database write.
Bad or tampered answers give the form back with its messages (400), never an error page.
"""

from dataclasses import dataclass
from datetime import timedelta

from icalendar import Calendar, Event

from django.http import HttpResponseBadRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Site

from discoveries.views.feeds import ical_response
from leiden_site.page_views import page_view, render_page

from ..arrival_rules import GUIDE, SERVICE, PlannedStep, plan_arrival, rule_explanations
from ..forms import ArrivalForm
from ..models import ArrivalChecklistPage, GuidePage, ServicePage

PRODID = "-//Leiden Marketing//Expat Centre Leiden//NL"


@dataclass(frozen=True)
class ChecklistStep:
    planned: PlannedStep
    link: object  # the ServicePage or GuidePage the step sends the visitor to, if live

    @property
    def rule(self):
        return self.planned.rule

    @property
    def due_date(self):
        return self.planned.due_date

    @property
    def binding(self) -> bool:
        return self.planned.binding


def linked_pages(steps: list[PlannedStep], site_root) -> dict[tuple[str, str], object]:
    """The live service and guide pages the steps link to, in one query per page type."""
    wanted = {step.rule.link for step in steps if step.rule.link}
    found = {}
    for kind, model, field in ((SERVICE, ServicePage, "kind"), (GUIDE, GuidePage, "topic")):
        keys = {key for link_kind, key in wanted if link_kind == kind}
        if not keys:
            continue
        pages = model.objects.live().filter(**{f"{field}__in": keys}).order_by("path")
        if site_root is not None:
            pages = pages.descendant_of(site_root)
        for page in pages:
            found.setdefault((kind, getattr(page, field)), page)
    return found


def visitor_steps(form: ArrivalForm, request) -> list[ChecklistStep]:
    planned = plan_arrival(form.answers())
    site = Site.find_for_request(request)
    links = linked_pages(planned, site.root_page if site else None)
    return [ChecklistStep(step, links.get(step.rule.link)) for step in planned]


@page_view(ArrivalChecklistPage, "checklist")
def checklist_view(page, request):
    form = ArrivalForm.from_query(request.GET)
    steps = visitor_steps(form, request) if form.is_bound and form.is_valid() else []
    ical_url = ""
    if steps:
        ical_url = page.url + page.reverse_subpage("checklist_ical").rstrip("/")
        ical_url += "?" + form.query_string()
    return render_page(
        page,
        request,
        status=400 if form.is_bound and form.errors else 200,
        form=form,
        steps=steps,
        dated_steps=[step for step in steps if step.due_date],
        other_steps=[step for step in steps if not step.due_date],
        ical_url=ical_url,
        explanations=rule_explanations(),
        today=timezone.localdate(),
    )


def step_event(step: ChecklistStep, arrival, request, hostname: str, stamp) -> Event:
    event = Event()
    event.add("uid", f"arrival-{arrival.isoformat()}-{step.rule.key}@{hostname}")
    event.add("dtstamp", stamp)
    event.add("summary", str(step.rule.title))
    description = str(step.rule.text)
    if step.link is not None:
        url = step.link.get_full_url(request)
        description += f"\n\n{url}"
        event.add("url", url)
    event.add("description", description)
    # A whole-day event: DTEND is exclusive, the day after the due date.
    event.add("dtstart", step.due_date)
    event.add("dtend", step.due_date + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    return event


@page_view(ArrivalChecklistPage, "checklist_ical")
def checklist_ical(page, request):
    form = ArrivalForm.from_query(request.GET)
    if not form.is_bound or not form.is_valid():
        messages = [str(e) for errors in form.errors.values() for e in errors] or [
            _("Answer the checklist's questions first.")
        ]
        return HttpResponseBadRequest("\n".join(messages), content_type="text/plain; charset=utf-8")
    site = Site.find_for_request(request)
    hostname = site.hostname if site else request.get_host()
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", page.title)
    calendar.add("name", page.title)
    arrival = form.cleaned_data["arrival"]
    stamp = page.last_published_at or timezone.now()
    for step in visitor_steps(form, request):
        if step.due_date:
            calendar.add_component(step_event(step, arrival, request, hostname, stamp))
    return ical_response(calendar, f"{page.slug}.ics")
