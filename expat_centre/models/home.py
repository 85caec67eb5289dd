from django.utils.translation import gettext_lazy as _

from leiden_site.models import SHARED_CHILD_PAGE_TYPES, BaseHomePage


class ExpatHomePage(BaseHomePage):
    """Home of the Expat Centre Leiden site."""

    subpage_types = [
        *SHARED_CHILD_PAGE_TYPES,
        "expat_centre.ServiceIndexPage",
        "expat_centre.GuideIndexPage",
        "expat_centre.ArrivalChecklistPage",
        "expat_centre.EmployerIndexPage",
        "expat_centre.AppointmentRequestPage",
    ]
    template = "expat_centre/expat_home_page.html"

    class Meta:
        verbose_name = _("Expat Centre home page")
