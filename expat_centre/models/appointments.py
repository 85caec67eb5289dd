"""Appointment requests: the page visitors ask on, and the requests staff handle.

A request holds a visitor's personal data. It is stored first, then mailed (tasks.py);
only the Expat Centre's own staff read it (apps.py), and it is deleted once it has not
changed for the retention period (`purge_expired_requests`).
"""

from dateutil.relativedelta import relativedelta
from django_countries.fields import CountryField

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from leiden_site.models import BasePage
from leiden_site.panels import TranslationStatusPanel

from .employers import EmployerPage
from .services import ServiceIndexPage, ServicePage

MAX_FAMILY_MEMBERS = 12


class AppointmentRequestPage(RoutablePageMixin, BasePage):
    """Where visitors ask for an appointment at the desk; services link here."""

    intro = models.TextField(_("introduction"), blank=True)
    thank_you = models.TextField(
        _("thank-you text"),
        blank=True,
        help_text=_("Shown once a request is received; empty: a standard text."),
    )

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("thank_you"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    search_text_fields = ("intro",)
    parent_page_types = ["expat_centre.ExpatHomePage"]
    subpage_types = []
    template = "expat_centre/appointment_request_page.html"
    # A service's "Request an appointment" button adds `?service=<id>` to preselect it.
    accepts_service_choice = True

    class Meta:
        verbose_name = _("appointment request page")

    @path("")
    def appointment(self, request):
        return self.serve_view("appointment", request)

    @property
    def site_path(self) -> str:
        """The tree path of the site's home: the page sits right below it."""
        return self.path[: -self.steplen]

    def services(self):
        """The live services of this page's site, which a visitor may ask about."""
        return ServicePage.objects.live().filter(path__startswith=self.site_path).order_by("path")

    def employers(self):
        """The registered employers of this page's site, by name."""
        return (
            EmployerPage.objects.live().filter(path__startswith=self.site_path).order_by("title_nl")
        )

    def desk(self) -> ServiceIndexPage | None:
        """The services index, which keeps the desk's opening hours and holidays."""
        return (
            ServiceIndexPage.objects.live()
            .filter(path__startswith=self.site_path)
            .prefetch_related("opening_schedules", "opening_exceptions")
            .order_by("path")
            .first()
        )


class AppointmentRequestQuerySet(models.QuerySet):
    def expired(self, now=None):
        """Requests unchanged for longer than the retention period (settings)."""
        months = settings.EXPAT_APPOINTMENT_RETENTION_MONTHS
        return self.filter(updated_at__lt=(now or timezone.now()) - relativedelta(months=months))

    def of_person(self, email: str):
        """Every request sent with this email address: what a person asks to see or erase."""
        return self.filter(email__iexact=email.strip())


class AppointmentRequest(models.Model):
    """A visitor's request for an appointment; staff schedule it by phone or mail."""

    NEW, SCHEDULED, DONE, CANCELLED = "new", "scheduled", "done", "cancelled"
    STATUSES = [
        (NEW, _("New")),
        (SCHEDULED, _("Scheduled")),
        (DONE, _("Done")),
        (CANCELLED, _("Cancelled")),
    ]

    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    # The retention period counts from here: every save by staff starts it again.
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    status = models.CharField(_("status"), max_length=12, choices=STATUSES, default=NEW)
    services = models.ManyToManyField(
        ServicePage, verbose_name=_("services"), blank=True, related_name="appointment_requests"
    )
    # Kept as asked for, so the request still says what it was about if a page goes.
    services_requested = models.CharField(_("services as requested"), max_length=500)
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    nationality = CountryField(_("nationality"))
    employer = models.ForeignKey(
        EmployerPage,
        verbose_name=_("registered employer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    employer_name = models.CharField(_("employer"), max_length=160, blank=True)
    arrival_date = models.DateField(_("arrival date"))
    first_choice = models.DateField(_("preferred date"))
    second_choice = models.DateField(_("second choice"), null=True, blank=True)
    third_choice = models.DateField(_("third choice"), null=True, blank=True)
    family_members = models.PositiveSmallIntegerField(_("family members coming along"), default=0)
    remarks = models.TextField(_("remarks"), max_length=2000, blank=True)
    language = models.CharField(_("language of the site"), max_length=8)
    consent_at = models.DateTimeField(_("consent given"))
    staff_note = models.TextField(_("note for colleagues"), blank=True)
    confirmation_mailed_at = models.DateTimeField(_("mailed to the visitor"), null=True, blank=True)
    staff_mailed_at = models.DateTimeField(_("mailed to staff"), null=True, blank=True)

    objects = AppointmentRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("appointment request")
        verbose_name_plural = _("appointment requests")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(family_members__lte=MAX_FAMILY_MEMBERS),
                name="expat_appointment_family_members_limit",
            )
        ]

    def __str__(self):
        # No personal data here: Wagtail's log entries (history, erasure) keep this text.
        return _("Appointment request %(number)s") % {"number": self.pk}

    @property
    def preferred_dates(self) -> list:
        return [day for day in (self.first_choice, self.second_choice, self.third_choice) if day]

    def as_export(self) -> dict:
        """Everything stored about the visitor in this request, for their own copy."""
        return {
            "received": self.created_at.isoformat(),
            "last_changed": self.updated_at.isoformat(),
            "status": self.status,
            "services": self.services_requested,
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "nationality": self.nationality.code,
            "employer": self.employer_name,
            "arrival_date": self.arrival_date.isoformat(),
            "preferred_dates": [day.isoformat() for day in self.preferred_dates],
            "family_members": self.family_members,
            "remarks": self.remarks,
            "language": self.language,
            "consent_given": self.consent_at.isoformat(),
            "note_for_colleagues": self.staff_note,
        }
