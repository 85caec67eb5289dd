"""The Expat Centre's services (registration, permits, DigiD, ...) and the desk's hours."""

from modelcluster.fields import ParentalKey

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from leiden_site.blocks import CommonStreamBlock
from leiden_site.fields import MultipleChoiceField
from leiden_site.models import BasePage, IndexPage
from leiden_site.models.opening_hours import (
    AbstractOpeningException,
    AbstractOpeningSchedule,
    OpeningHoursMixin,
)
from leiden_site.page_cache import expire_within
from leiden_site.panels import TranslationStatusPanel, tabbed_edit_handler

from ..blocks import ChecklistBlock, FeeBlock, StepBlock

# Which service a page is: the arrival checklist links its steps to services by this kind.
SERVICE_KINDS = [
    ("registration", _("Municipal registration and BSN")),
    ("residence_permit", _("Residence permit")),
    # xgettext:no-python-format
    ("thirty_percent_ruling", _("30% ruling")),
    ("digid", _("DigiD")),
    ("driving_licence", _("Driving licence exchange")),
    ("family", _("Registering family members")),
    ("other", _("Other")),
]
SERVICE_AUDIENCES = [
    ("eu", _("EU, EEA and Swiss citizens")),
    ("non_eu", _("Citizens of other countries")),
    ("family", _("Family members")),
    ("students", _("Students")),
    ("researchers", _("Researchers")),
]


class ServiceIndexPage(OpeningHoursMixin, IndexPage):
    """The list of services, and the desk's opening hours that every service shows."""

    content_panels = [
        *IndexPage.content_panels,
        InlinePanel(
            "opening_schedules", heading=_("The desk's hours and seasons"), label=_("Schedule")
        ),
        InlinePanel(
            "opening_exceptions", heading=_("Exceptions and closures"), label=_("Exception")
        ),
    ]
    parent_page_types = ["expat_centre.ExpatHomePage"]
    subpage_types = ["expat_centre.ServicePage"]
    template = "expat_centre/service_index_page.html"

    class Meta:
        verbose_name = _("services index")

    @classmethod
    def desk_of(cls, home):
        """The live services index under the site's `home`, with the desk's hours loaded."""
        return (
            cls.objects.live()
            .child_of(home)
            .prefetch_related("opening_schedules", "opening_exceptions")
            .first()
        )

    def desk_hours_context(self, days: int = 7, now=None) -> dict:
        """What an opening-hours panel shows: open now, the coming `days` days, and the
        moment that was worked out (a cached page may be up to a minute old)."""
        # Whole seconds: the page shows the moment in a <time datetime>.
        now = (now or timezone.now()).replace(microsecond=0)
        if not self.opening_hours.is_set:
            return {"opening_status": None, "opening_days": [], "computed_at": now}
        return {
            "opening_status": self.opening_status(now),
            "opening_days": self.opening_hours.days(timezone.localdate(now), days),
            "computed_at": now,
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["services"] = ServicePage.objects.live().child_of(self).order_by("path")
        context.update(self.desk_hours_context())
        return context

    def serve(self, request, *args, **kwargs):
        # The page says whether the desk is open now.
        return expire_within(super().serve(request, *args, **kwargs))


class DeskOpeningSchedule(AbstractOpeningSchedule):
    page = ParentalKey(ServiceIndexPage, on_delete=models.CASCADE, related_name="opening_schedules")


class DeskOpeningException(AbstractOpeningException):
    page = ParentalKey(
        ServiceIndexPage, on_delete=models.CASCADE, related_name="opening_exceptions"
    )


class ServicePage(BasePage):
    kind = models.CharField(
        _("kind of service"),
        max_length=30,
        choices=SERVICE_KINDS,
        default="other",
        help_text=_("The arrival checklist links its steps to the service of this kind."),
    )
    intro = models.TextField(_("introduction"), max_length=400)
    audiences = MultipleChoiceField(_("who it is for"), choices=SERVICE_AUDIENCES)
    what_to_bring = StreamField(
        [("checklist", ChecklistBlock())], verbose_name=_("what to bring"), blank=True
    )
    steps = StreamField([("step", StepBlock())], verbose_name=_("steps"), blank=True)
    fees = StreamField([("fee", FeeBlock())], verbose_name=_("fees"), blank=True)
    body = StreamField(CommonStreamBlock(), verbose_name=_("more information"), blank=True)
    appointment_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("appointment page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where visitors request an appointment for this service; none: no button."),
    )

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("intro"),
        FieldPanel("audiences"),
        FieldPanel("what_to_bring"),
        FieldPanel("steps"),
        FieldPanel("body"),
    ]
    practical_panels = [FieldPanel("fees"), PageChooserPanel("appointment_page")]
    edit_handler = tabbed_edit_handler(
        content_panels, [(_("Fees and appointments"), practical_panels)]
    )
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    search_text_fields = ("intro", "what_to_bring", "steps", "body")
    parent_page_types = ["expat_centre.ServiceIndexPage"]
    subpage_types = []
    template = "expat_centre/service_page.html"

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")

    @property
    def summary(self) -> str:
        return self.search_description or self.intro

    @property
    def audience_labels(self) -> list[str]:
        return [label for code, label in SERVICE_AUDIENCES if code in self.audiences]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        index = (
            ServiceIndexPage.objects.filter(path=self.path[: -self.steplen])
            .prefetch_related("opening_schedules", "opening_exceptions")
            .first()
        )
        if index is not None:
            context.update(index.desk_hours_context())
        appointment = self.appointment_page
        context["appointment_page"] = appointment if appointment and appointment.live else None
        return context

    def serve(self, request, *args, **kwargs):
        # The page shows the desk's hours, saying whether it is open now.
        return expire_within(super().serve(request, *args, **kwargs))
