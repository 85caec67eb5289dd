"""What the VVV offers and sells: tours, maps, souvenirs, gift cards and tickets."""

from datetime import date
from decimal import Decimal

from modelcluster.fields import ParentalManyToManyField

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from leiden_site.blocks import CommonStreamBlock, ImageBlock
from leiden_site.fields import MultipleChoiceField
from leiden_site.json_ld import SCHEMA_CONTEXT, offer
from leiden_site.models import BasePage, CardImageMixin, IndexPage
from leiden_site.panels import TranslationStatusPanel, tabbed_edit_handler

WALKING_TOUR, BOAT_TOUR, GUIDED_TOUR = "walking_tour", "boat_tour", "guided_tour"
CATEGORIES = [
    (WALKING_TOUR, _("Walking tour")),
    (BOAT_TOUR, _("Boat tour")),
    (GUIDED_TOUR, _("Guided tour")),
    ("map", _("Map or guidebook")),
    ("souvenir", _("Souvenir")),
    ("gift_card", _("Gift card")),
    ("tickets", _("Tickets")),
]
TOUR_CATEGORIES = {WALKING_TOUR, BOAT_TOUR, GUIDED_TOUR}

# The languages tours are given in (not only the site's three).
TOUR_LANGUAGES = [
    ("nl", _("Dutch")),
    ("en", _("English")),
    ("de", _("German")),
    ("fr", _("French")),
    ("es", _("Spanish")),
]
# date.weekday() is the index into this list.
WEEKDAY_CODES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS = [
    ("mon", _("Monday")),
    ("tue", _("Tuesday")),
    ("wed", _("Wednesday")),
    ("thu", _("Thursday")),
    ("fri", _("Friday")),
    ("sat", _("Saturday")),
    ("sun", _("Sunday")),
]
MAX_PRICE = Decimal("9999.99")
MAX_GROUP_SIZE = 500


def weekday_code(day: date) -> str:
    return WEEKDAY_CODES[day.weekday()]


class ProductQuerySet(PageQuerySet):
    def in_category(self, category: str):
        return self.filter(category=category)

    def in_language(self, language: str):
        return self.filter(languages__contains=MultipleChoiceField.contains(language))

    def priced_between(self, lowest=None, highest=None):
        products = self
        if lowest is not None:
            products = products.filter(price__gte=lowest)
        if highest is not None:
            products = products.filter(price__lte=highest)
        return products

    def available_on(self, day: date):
        """Offered on that day: inside the season (open ends allowed), on one of its days
        (no days chosen: every day)."""
        return (
            self.filter(models.Q(available_from__isnull=True) | models.Q(available_from__lte=day))
            .filter(models.Q(available_until__isnull=True) | models.Q(available_until__gte=day))
            .filter(
                models.Q(weekdays="")
                | models.Q(weekdays__contains=MultipleChoiceField.contains(weekday_code(day)))
            )
        )


ProductManager = PageManager.from_queryset(ProductQuerySet)


class ProductIndexPage(RoutablePageMixin, IndexPage):
    """Tours and shop: every product, with filters and sorting that work without script."""

    subpage_types = ["vvv.ProductPage"]
    parent_page_types = ["vvv.VvvHomePage"]
    template = "vvv/product_index_page.html"

    class Meta:
        verbose_name = _("tours and products")

    @path("")
    def products(self, request):
        return self.serve_view("products", request)


class ProductPage(RoutablePageMixin, CardImageMixin, BasePage):
    """A tour or an article of the VVV shop; a tour takes booking requests on its page."""

    category = models.CharField(_("category"), max_length=20, choices=CATEGORIES)
    intro = models.TextField(_("introduction"), max_length=400)
    body = StreamField(CommonStreamBlock(), verbose_name=_("body"), blank=True)
    gallery = StreamField([("image", ImageBlock())], verbose_name=_("gallery"), blank=True)
    themes = ParentalManyToManyField("leiden_site.Theme", verbose_name=_("themes"), blank=True)

    price = models.DecimalField(
        _("price in euros"),
        max_digits=6,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(MAX_PRICE)],
        help_text=_("0 for free. The lowest price when it is a 'from' price."),
    )
    price_is_from = models.BooleanField(
        _("'from' price"), default=False, help_text=_("The price is the lowest of several.")
    )
    price_note = models.CharField(
        _("price note"), max_length=120, blank=True, help_text=_("For instance: per person.")
    )
    languages = MultipleChoiceField(_("languages offered"), choices=TOUR_LANGUAGES)
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration in minutes"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(24 * 60)],
    )
    meeting_place = models.ForeignKey(
        "discoveries.PlacePage",
        verbose_name=_("meeting place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A place from the brand site; or describe the meeting point below."),
    )
    meeting_point = models.CharField(_("meeting point"), max_length=200, blank=True)
    weekdays = MultipleChoiceField(
        _("days it runs"), choices=WEEKDAYS, help_text=_("None chosen: every day.")
    )
    available_from = models.DateField(_("season starts"), null=True, blank=True)
    available_until = models.DateField(_("season ends"), null=True, blank=True)
    min_group_size = models.PositiveSmallIntegerField(
        _("smallest party"), default=1, validators=[MinValueValidator(1)]
    )
    max_group_size = models.PositiveSmallIntegerField(
        _("largest party"),
        default=20,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_GROUP_SIZE)],
    )
    event = models.ForeignKey(
        "discoveries.EventPage",
        verbose_name=_("event in the agenda"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("For tickets: the agenda event they are for."),
    )

    objects = ProductManager()

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("category"),
        FieldPanel("intro"),
        *CardImageMixin.image_panels,
        FieldPanel("body"),
        FieldPanel("gallery"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]
    offer_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("price"), FieldPanel("price_is_from")]),
                FieldPanel("price_note"),
            ],
            heading=_("Price"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("languages"),
                FieldPanel("duration_minutes"),
                FieldPanel("meeting_place"),
                FieldPanel("meeting_point"),
            ],
            heading=_("The tour"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("weekdays"),
                FieldRowPanel([FieldPanel("available_from"), FieldPanel("available_until")]),
                FieldRowPanel([FieldPanel("min_group_size"), FieldPanel("max_group_size")]),
            ],
            heading=_("When and for whom"),
        ),
        FieldPanel("event"),
    ]
    edit_handler = tabbed_edit_handler(content_panels, [(_("Offer"), offer_panels)])
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    search_text_fields = ("intro", "body", "meeting_point")
    parent_page_types = ["vvv.ProductIndexPage"]
    subpage_types = []
    template = "vvv/product_page.html"

    class Meta:
        verbose_name = _("product or tour")
        verbose_name_plural = _("products and tours")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(price__gte=0), name="vvv_product_price_not_negative"
            ),
            models.CheckConstraint(
                condition=models.Q(min_group_size__gte=1)
                & models.Q(max_group_size__gte=models.F("min_group_size")),
                name="vvv_product_group_sizes_in_order",
            ),
        ]

    @path("")
    def product(self, request):
        return self.serve_view("product", request)

    @path("book/", name="booking")
    def booking(self, request):
        return self.serve_view("booking", request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.is_tour:
            context["booking_url"] = self.get_url(request) + self.reverse_subpage("booking")
        return context

    def clean(self):
        super().clean()
        errors = {}
        if (
            self.available_from
            and self.available_until
            and self.available_until < self.available_from
        ):
            errors["available_until"] = _("The season cannot end before it starts.")
        if (
            self.min_group_size
            and self.max_group_size
            and self.max_group_size < self.min_group_size
        ):
            errors["max_group_size"] = _("The largest party cannot be smaller than the smallest.")
        if errors:
            raise ValidationError(errors)

    @property
    def meta_description(self):
        return self.search_description or self.intro

    @property
    def is_tour(self) -> bool:
        return self.category in TOUR_CATEGORIES

    @property
    def is_free(self) -> bool:
        return self.price == 0

    @property
    def language_labels(self) -> list[str]:
        return [label for code, label in TOUR_LANGUAGES if code in self.languages]

    @property
    def weekday_labels(self) -> list[str]:
        return [label for code, label in WEEKDAYS if code in self.weekdays]

    @property
    def duration_text(self) -> str:
        """ "1 hour 30 minutes", in the active language; empty when not given."""
        if not self.duration_minutes:
            return ""
        hours, minutes = divmod(self.duration_minutes, 60)
        parts = []
        if hours:
            parts.append(ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours})
        if minutes:
            parts.append(
                ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}
            )
        return " ".join(parts)

    @property
    def meeting_point_text(self) -> str:
        """Where the tour starts, in words: the chosen place's name, or the free text."""
        if self.meeting_place_id and self.meeting_place.live:
            return self.meeting_place.title
        return self.meeting_point

    def runs_on(self, day: date) -> bool:
        """Whether the tour runs on that day: inside its season and on one of its days."""
        if self.available_from and day < self.available_from:
            return False
        if self.available_until and day > self.available_until:
            return False
        return not self.weekdays or weekday_code(day) in self.weekdays

    def json_ld(self, request) -> list[dict]:
        url = self.get_full_url(request)
        data = {
            "@context": SCHEMA_CONTEXT,
            "@type": "TouristTrip" if self.is_tour else "Product",
            "name": self.title,
            "description": self.intro,
            "url": url,
            "offers": offer(self.price, url, from_price=self.price_is_from),
        }
        if self.image_id:
            # The sharing image's rendition: base.html makes the same one for og:image.
            data["image"] = request.build_absolute_uri(
                self.image.get_rendition("fill-1200x630").url
            )
        if self.is_tour and self.languages:
            data["availableLanguage"] = [
                code for code, _label in TOUR_LANGUAGES if code in self.languages
            ]
        if self.is_tour and self.themes.all():
            data["touristType"] = [theme.name for theme in self.themes.all()]
        return [*super().json_ld(request), data]
