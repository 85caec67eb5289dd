from django.utils.translation import gettext_lazy as _

from leiden_site.models import SHARED_CHILD_PAGE_TYPES, BaseHomePage

from .events import ExpatEventsPage, upcoming_for_internationals

# The home shows the next few events for internationals; their page lists more.
HOME_EVENTS = 3


class ExpatHomePage(BaseHomePage):
    """Home of the Expat Centre Leiden site."""

    subpage_types = [
        *SHARED_CHILD_PAGE_TYPES,
        "expat_centre.ServiceIndexPage",
        "expat_centre.GuideIndexPage",
        "expat_centre.ArrivalChecklistPage",
        "expat_centre.EmployerIndexPage",
        "expat_centre.ExpatEventsPage",
        "expat_centre.ExpatFaqPage",
        "expat_centre.DeskPage",
        "expat_centre.AppointmentRequestPage",
    ]
    template = "expat_centre/expat_home_page.html"

    class Meta:
        verbose_name = _("Expat Centre home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events_page = ExpatEventsPage.objects.live().child_of(self).first()
        context["events_page"] = events_page
        context["events"] = upcoming_for_internationals(HOME_EVENTS) if events_page else []
        return context
