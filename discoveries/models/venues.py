"""Meet in Leiden: congress venues, the venue finder and requests for proposal."""

from dateutil.relativedelta import relativedelta
from modelcluster.fields import ParentalKey

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from leiden_site.blocks import CommonStreamBlock
from leiden_site.fields import MultipleChoiceField
from leiden_site.json_ld import postal_address
from leiden_site.listing import with_renditions
from leiden_site.models import BasePage, CardImageMixin
from leiden_site.models.coordinates import latitude_field, longitude_field
from leiden_site.panels import TranslationStatusPanel

SETUPS = [
    ("theatre", _("Theatre")),
    ("classroom", _("Classroom")),
    ("banquet", _("Banquet")),
    ("reception", _("Reception")),
]
FACILITIES = [
    ("wifi", _("Wi-Fi")),
    ("av", _("Audio-visual equipment")),
    ("catering", _("Catering")),
    ("daylight", _("Daylight")),
    ("breakout", _("Break-out rooms")),
    ("parking", _("Parking")),
    ("accessible", _("Step-free access")),
]


class VenueIndexPage(RoutablePageMixin, BasePage):
    """Meet in Leiden: the venue finder and the request-for-proposal form."""

    intro = models.TextField(_("introduction"), blank=True)
    request_intro = models.TextField(_("text above the request form"), blank=True)
    thank_you_text = RichTextField(_("thank-you text"), blank=True, features=["bold", "link"])

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("request_intro"),
        FieldPanel("thank_you_text"),
    ]
    search_text_fields = ("intro",)
    subpage_types = ["discoveries.VenuePage"]
    parent_page_types = ["discoveries.HomePage"]
    max_count = 1
    template = "discoveries/venue_index_page.html"

    class Meta:
        verbose_name = _("venue finder")

    @path("")
    def venue_finder(self, request):
        return self.serve_view("venue_finder", request)


class VenuePage(CardImageMixin, BasePage):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(CommonStreamBlock(), verbose_name=_("body"), blank=True)
    place = models.ForeignKey(
        "discoveries.PlacePage",
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The place page with address and opening hours, if there is one."),
    )
    street_address = models.CharField(_("street address"), max_length=120, blank=True)
    facilities = MultipleChoiceField(_("facilities"), choices=FACILITIES)
    walking_minutes_from_station = models.PositiveSmallIntegerField(
        _("walking minutes from Leiden Centraal"), null=True, blank=True
    )
    latitude = latitude_field()
    longitude = longitude_field()
    max_capacity = models.PositiveIntegerField(_("largest capacity"), default=0, editable=False)

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        *CardImageMixin.image_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("place"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("walking_minutes_from_station"),
                FieldPanel("facilities"),
            ],
            heading=_("Practical"),
            help_text=_(
                "Leave the coordinates empty to put the venue on the map where its place is."
            ),
        ),
        InlinePanel("rooms", heading=_("Rooms"), label=_("Room"), min_num=1),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    search_text_fields = ("intro", "body")
    parent_page_types = ["discoveries.VenueIndexPage"]
    subpage_types = []
    template = "discoveries/venue_page.html"

    class Meta:
        verbose_name = _("congress venue")
        verbose_name_plural = _("congress venues")

    def save(self, *args, **kwargs):
        # Kept on the page so the finder filters on one column, without joins.
        self.max_capacity = max((room.largest_capacity for room in self.rooms.all()), default=0)
        return super().save(*args, **kwargs)

    def serve(self, request, *args, **kwargs):
        # The view passes on what the organiser chose in the finder to the request form.
        return self.serve_view("venue", request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        rooms = self.rooms_with_pictures()
        context.update(
            map_markers=self.map_markers(request),
            rooms=rooms,
            rooms_with_pictures=[room for room in rooms if room.image_id],
        )
        return context

    def rooms_with_pictures(self) -> list:
        """The rooms, with their pictures and renditions fetched together."""
        rooms = self.rooms.all()
        if isinstance(rooms, models.QuerySet):  # a preview's rooms are in memory already
            rooms = rooms.select_related("image").prefetch_related(with_renditions("image"))
        return list(rooms)

    def coordinates(self) -> tuple | None:
        """The venue's own (latitude, longitude), else those of its place, else None."""
        if self.latitude is not None and self.longitude is not None:
            return self.latitude, self.longitude
        if self.place_id and self.place.has_location:
            return self.place.latitude, self.place.longitude
        return None

    def map_markers(self, request) -> list[dict]:
        coordinates = self.coordinates()
        if coordinates is None:
            return []
        latitude, longitude = coordinates
        url = self.get_url(request)
        return [{"name": self.title, "url": url, "lat": float(latitude), "lon": float(longitude)}]

    def capacity_for(self, setup: str) -> int:
        return max((getattr(room, setup) or 0 for room in self.rooms.all()), default=0)

    def json_ld(self, request) -> list[dict]:
        venue = {
            "@context": "https://schema.org",
            "@type": "EventVenue",
            "name": self.title,
            "url": self.get_full_url(request),
            "maximumAttendeeCapacity": self.max_capacity,
            "address": postal_address(self.street_address),
        }
        return [*super().json_ld(request), venue]


class VenueRoom(Orderable):
    venue = ParentalKey(VenuePage, on_delete=models.CASCADE, related_name="rooms")
    name = models.CharField(_("name"), max_length=80)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("picture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("picture alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the room as the picture shows it, for people who cannot see it."),
    )
    area_m2 = models.PositiveIntegerField(_("area (m²)"), null=True, blank=True)
    theatre = models.PositiveIntegerField(_("theatre"), null=True, blank=True)
    classroom = models.PositiveIntegerField(_("classroom"), null=True, blank=True)
    banquet = models.PositiveIntegerField(_("banquet"), null=True, blank=True)
    reception = models.PositiveIntegerField(_("reception"), null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("area_m2")]),
        FieldRowPanel([FieldPanel("image"), FieldPanel("image_alt")]),
        FieldRowPanel(
            [
                FieldPanel("theatre"),
                FieldPanel("classroom"),
                FieldPanel("banquet"),
                FieldPanel("reception"),
            ]
        ),
    ]

    @property
    def largest_capacity(self) -> int:
        return max(self.theatre or 0, self.classroom or 0, self.banquet or 0, self.reception or 0)


class CongressRequestQuerySet(models.QuerySet):
    def expired(self, now=None):
        """Requests past their retention period (settings) since both their last change
        and the congress's last day: a congress planned years ahead keeps its request."""
        now = now or timezone.now()
        cutoff = now - relativedelta(months=settings.CONGRESS_REQUEST_RETENTION_MONTHS)
        return self.filter(updated_at__lt=cutoff, end_date__lt=timezone.localdate(cutoff))


class CongressRequest(models.Model):
    """A request for proposal: stored first, then mailed to staff and organiser by tasks."""

    NEW, PROPOSAL_SENT, WON, LOST = "new", "proposal_sent", "won", "lost"
    STATUSES = [
        (NEW, _("New")),
        (PROPOSAL_SENT, _("Proposal sent")),
        (WON, _("Won")),
        (LOST, _("Lost")),
    ]

    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    # The retention period counts from here (and the last day): every save starts it again.
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    # Given once the row exists: its number is the primary key, so no two can share it.
    reference = models.CharField(
        _("reference"), max_length=20, unique=True, null=True, blank=True, editable=False
    )
    status = models.CharField(_("status"), max_length=16, choices=STATUSES, default=NEW)
    language = models.CharField(_("language"), max_length=8)
    venue = models.ForeignKey(
        VenuePage, verbose_name=_("venue"), null=True, blank=True, on_delete=models.SET_NULL
    )
    name = models.CharField(_("name"), max_length=120)
    organisation = models.CharField(_("organisation"), max_length=120, blank=True)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    attendees = models.PositiveIntegerField(_("attendees"))
    setup = models.CharField(_("room setup"), max_length=12, choices=SETUPS)
    message = models.TextField(_("message"), blank=True)
    mailed_at = models.DateTimeField(_("mailed to staff"), null=True, blank=True)
    confirmation_mailed_at = models.DateTimeField(
        _("mailed to the organiser"), null=True, blank=True
    )

    objects = CongressRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("congress request")
        verbose_name_plural = _("congress requests")

    def __str__(self):
        return (
            f"{self.reference or '-'}: {self.name} ({self.start_date:%d-%m-%Y}, {self.attendees})"
        )

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if not self.reference:
            self.reference = self.reference_for(timezone.localtime(self.created_at).year, self.pk)
            type(self).objects.filter(pk=self.pk).update(reference=self.reference)

    @staticmethod
    def reference_for(year: int, number: int) -> str:
        """What organisers quote on the phone: RFP-2026-0042."""
        return f"RFP-{year}-{number:04d}"
