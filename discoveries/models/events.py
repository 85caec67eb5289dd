"""The agenda: events with one or more occurrences, for every audience."""

from datetime import timedelta

from modelcluster.fields import ParentalKey, ParentalManyToManyField

from django import forms
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch, Q, Subquery
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from leiden_site.blocks import CommonStreamBlock
from leiden_site.fields import MultipleChoiceField
from leiden_site.forms import EnglishFirstPageForm, ScopedChoosersPageForm
from leiden_site.listing import with_renditions
from leiden_site.models import BasePage, CardImageMixin, EnglishFirstMixin, IndexPage
from leiden_site.panels import ShownTo, TranslationStatusPanel, tabbed_edit_handler
from partners.middleware import is_partner_editor_only
from partners.models import PartnerPage

from .date_span import DateSpan

AUDIENCES = [
    ("visitors", _("Visitors")),
    ("residents", _("Residents")),
    ("students", _("Students")),
    ("internationals", _("Internationals")),
    ("business", _("Business")),
]


class EventPageForm(EnglishFirstPageForm, ScopedChoosersPageForm):
    """A partner editor's event always names their own organisation as organiser, and may
    be written in English first."""

    def save(self, commit=True):
        page = super().save(commit=False)
        user = self.for_user
        if user is not None and not user.has_perm("discoveries.choose_organiser"):
            page.organiser = PartnerPage.for_user(user)
        if commit:
            page.save()
            self.save_m2m()
        return page


class EventIndexPage(RoutablePageMixin, IndexPage):
    """The agenda: upcoming occurrences with filters, and its iCal and JSON feeds."""

    subpage_types = ["discoveries.EventPage"]
    parent_page_types = ["discoveries.HomePage"]
    template = "discoveries/event_index_page.html"

    class Meta:
        verbose_name = _("agenda")

    # Partner editors may propose events here (see partners.rights).
    accepts_partner_proposals = True

    @path("")
    def agenda(self, request):
        return self.serve_view("agenda", request)

    @re_path(r"^agenda\.ics/?$", name="agenda_ical")
    def agenda_ical(self, request):
        return self.serve_view("agenda_ical", request)

    @re_path(r"^agenda\.json/?$", name="agenda_json")
    def agenda_json(self, request):
        return self.serve_view("agenda_json", request)


def dates_panel():
    return InlinePanel("occurrences", heading=_("Dates and times"), label=_("Date"), min_num=1)


def is_marketing_staff(user) -> bool:
    return not is_partner_editor_only(user)


class EventPage(RoutablePageMixin, EnglishFirstMixin, CardImageMixin, BasePage):
    search_kind = "event"

    summary = models.TextField(_("summary"), max_length=400)
    body = StreamField(CommonStreamBlock(), verbose_name=_("body"), blank=True)
    themes = ParentalManyToManyField("leiden_site.Theme", verbose_name=_("themes"), blank=True)
    audiences = MultipleChoiceField(_("audience"), choices=AUDIENCES)
    venue = models.ForeignKey(
        "discoveries.PlacePage",
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("A place from the site; or fill in the address below."),
    )
    venue_name = models.CharField(_("venue name"), max_length=120, blank=True)
    venue_address = models.CharField(_("venue address"), max_length=200, blank=True)
    organiser = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    is_free = models.BooleanField(_("free admission"), default=False)
    price = models.CharField(_("price"), max_length=120, blank=True)
    ticket_url = models.URLField(_("ticket link"), blank=True)
    wheelchair_accessible = models.BooleanField(_("wheelchair accessible"), default=False)
    accessibility_note = models.TextField(_("accessibility note"), blank=True)

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("summary"),
        # A partner proposing an event gives its dates first; staff find them under Practical.
        ShownTo(is_partner_editor_only, [dates_panel()]),
        *CardImageMixin.image_panels,
        FieldPanel("body"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("audiences"),
    ]
    practical_panels = [
        ShownTo(is_marketing_staff, [dates_panel()]),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("venue_name"), FieldPanel("venue_address")],
            heading=_("Where"),
        ),
        # Partner editors lack this permission: their events get their own organisation.
        FieldPanel("organiser", permission="discoveries.choose_organiser"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("is_free"), FieldPanel("price")]), FieldPanel("ticket_url")],
            heading=_("Tickets"),
        ),
        MultiFieldPanel(
            [FieldPanel("wheelchair_accessible"), FieldPanel("accessibility_note")],
            heading=_("Accessibility"),
        ),
    ]
    edit_handler = tabbed_edit_handler(content_panels, [(_("Practical"), practical_panels)])
    base_form_class = EventPageForm
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]
    search_text_fields = ("summary", "body", "venue_name")
    parent_page_types = ["discoveries.EventIndexPage"]
    subpage_types = []
    template = "discoveries/event_page.html"

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        permissions = [("choose_organiser", _("Can choose any organiser for an event"))]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            ical_url=self.get_url(request) + "event.ics",
            audience_labels=[label for code, label in AUDIENCES if code in self.audiences],
        )
        return context

    @re_path(r"^event\.ics/?$", name="event_ical")
    def event_ical(self, request):
        return self.serve_view("event_ical", request)

    @property
    def meta_description(self):
        return self.search_description or self.summary

    @cached_property
    def ordered_occurrences(self) -> list["EventOccurrence"]:
        return sorted(self.occurrences.all(), key=lambda occurrence: occurrence.start)

    @cached_property
    def upcoming_occurrences(self) -> list["EventOccurrence"]:
        now = timezone.now()
        return [o for o in self.ordered_occurrences if o.ends_at >= now]

    @property
    def dates_to_show(self) -> list["EventOccurrence"]:
        """The dates still to come; all of them once the event has taken place."""
        return self.upcoming_occurrences or self.ordered_occurrences

    @cached_property
    def next_occurrence(self) -> "EventOccurrence | None":
        """The first date that listed this event (see EventOccurrenceQuerySet.events)."""
        for occurrence in self.listed_dates:
            if occurrence.pk == self.next_occurrence_id:
                return occurrence
        return None

    @cached_property
    def date_span(self) -> DateSpan | None:
        """From the first to the last of the dates still to come (or listed)."""
        return DateSpan.of(self.listed_dates)

    @property
    def is_past(self) -> bool:
        return not self.upcoming_occurrences

    @property
    def location_name(self) -> str:
        return self.venue.title if self.venue else self.venue_name

    @property
    def location_address(self) -> str:
        if self.venue:
            return ", ".join(p for p in (self.venue.street_address, self.venue.city) if p)
        return self.venue_address

    def event_json_ld(self, request, occurrence) -> dict:
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.summary,
            "url": self.get_full_url(request),
            "startDate": occurrence.start.isoformat(),
            "eventStatus": occurrence.schema_status,
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "location": {
                "@type": "Place",
                "name": self.location_name or "Leiden",
                "address": self.location_address or "Leiden",
            },
            "offers": {
                "@type": "Offer",
                "price": "0" if self.is_free else self.price,
                "priceCurrency": "EUR",
                "url": self.ticket_url or self.get_full_url(request),
                "availability": "https://schema.org/SoldOut"
                if occurrence.status == EventOccurrence.SOLD_OUT
                else "https://schema.org/InStock",
            },
        }
        if occurrence.end:
            data["endDate"] = occurrence.end.isoformat()
        organiser = getattr(self, "organiser", None)
        if organiser:
            data["organizer"] = {"@type": "Organization", "name": organiser.title}
        return data

    def json_ld(self, request) -> list[dict]:
        occurrences = self.upcoming_occurrences or self.ordered_occurrences[-1:]
        return [
            *super().json_ld(request),
            *[self.event_json_ld(request, o) for o in occurrences[:10]],
        ]


class EventOccurrenceQuerySet(models.QuerySet):
    def of_live_events(self):
        return self.filter(event__live=True)

    def not_ended(self, now=None):
        """Still to come or running: not ended, or (no end given) started at most 12 hours ago."""
        return self.filter(not_ended_condition(now))

    def for_audience(self, audience: str):
        """Occurrences of events whose audience includes `audience` (a code of AUDIENCES)."""
        return self.filter(event__audiences__contains=MultipleChoiceField.contains(audience))

    def next_per_event(self, now=None):
        """Each event's next occurrence that has not ended: one row per event, so an event
        with weekly dates is listed once, with its next date."""
        now = now or timezone.now()
        first = (
            EventOccurrence.objects.filter(event=models.OuterRef("event"))
            .not_ended(now)
            .order_by("start", "pk")
            .values("pk")[:1]
        )
        return self.not_ended(now).filter(pk=models.Subquery(first))

    def for_cards(self):
        """With what an event card shows, in a fixed number of queries."""
        return self.select_related("event", "event__image", "event__venue").prefetch_related(
            with_renditions("event__image")
        )

    def upcoming(self, limit: int, **filters) -> list["EventOccurrence"]:
        """The next `limit` occurrences of live events that have not ended."""
        return list(
            self.of_live_events()
            .filter(**filters)
            .not_ended()
            .for_cards()
            .order_by("start", "pk")[:limit]
        )

    def events(self):
        """The events with a date in this set, each once, in the order of their first date
        here (`next_start`, `next_occurrence_id`), with what a card shows in a fixed number
        of queries: their dates still to come and the listed one (`listed_dates`)."""
        matching = self.order_by().filter(event=OuterRef("pk")).order_by("start", "pk")
        listed = EventOccurrence.objects.filter(
            Q(pk__in=self.order_by().values("pk")) | not_ended_condition()
        ).order_by("start", "pk")
        return (
            EventPage.objects.filter(Exists(matching))
            .annotate(
                next_start=Subquery(matching.values("start")[:1]),
                next_occurrence_id=Subquery(matching.values("pk")[:1]),
            )
            .select_related("image", "venue")
            .prefetch_related(
                with_renditions("image"), Prefetch("occurrences", listed, to_attr="listed_dates")
            )
            .order_by("next_start", "pk")
        )

    def upcoming_events(self, limit: int, **filters) -> list[EventPage]:
        """The next `limit` live events that have a date still to come, each once."""
        return list(self.of_live_events().filter(**filters).not_ended().events()[:limit])


def not_ended_condition(now=None) -> Q:
    now = now or timezone.now()
    return ~Q(end__lt=now) & ~Q(end__isnull=True, start__lt=now - timedelta(hours=12))


class EventOccurrence(Orderable):
    SCHEDULED, CANCELLED, POSTPONED, SOLD_OUT = "scheduled", "cancelled", "postponed", "sold_out"
    STATUSES = [
        (SCHEDULED, _("Scheduled")),
        (CANCELLED, _("Cancelled")),
        (POSTPONED, _("Postponed")),
        (SOLD_OUT, _("Sold out")),
    ]
    SCHEMA_STATUSES = {
        SCHEDULED: "https://schema.org/EventScheduled",
        CANCELLED: "https://schema.org/EventCancelled",
        POSTPONED: "https://schema.org/EventPostponed",
        SOLD_OUT: "https://schema.org/EventScheduled",
    }

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="occurrences")
    start = models.DateTimeField(_("starts"), db_index=True)
    end = models.DateTimeField(_("ends"), null=True, blank=True)
    all_day = models.BooleanField(_("all day"), default=False)
    status = models.CharField(_("status"), max_length=12, choices=STATUSES, default=SCHEDULED)

    objects = EventOccurrenceQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldRowPanel([FieldPanel("all_day"), FieldPanel("status")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("date")

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.end and self.start and self.end < self.start:
            raise ValidationError({"end": _("An event cannot end before it starts.")})

    @property
    def ends_at(self):
        """When the occurrence is over: its end, or the end of its (local) day."""
        if self.end:
            return self.end
        local = timezone.localtime(self.start)
        return local.replace(hour=23, minute=59, second=59)

    @property
    def schema_status(self) -> str:
        return self.SCHEMA_STATUSES[self.status]

    @property
    def sells_tickets(self) -> bool:
        """Sold out, cancelled or postponed dates offer no ticket link; their status says why."""
        return self.status == self.SCHEDULED

    @property
    def is_cancelled(self) -> bool:
        return self.status == self.CANCELLED
