from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from leiden_site.declarations import SiteSpec

EXPAT_STAFF = "Expat Centre staff"


class ExpatCentreConfig(AppConfig):
    name = "expat_centre"
    verbose_name = _("Expat Centre Leiden")

    site = SiteSpec(
        key="expat",
        model="expat_centre.ExpatHomePage",
        slug="expat-centre",
        hostname_setting="EXPAT_HOST",
        is_default=False,
        titles={
            "nl": "Expat Centre Leiden",
            "en": "Expat Centre Leiden",
            "de": "Expat Centre Leiden",
        },
        organisation="Expat Centre Leiden",
        brand="#00726B",
        accent="#F2B705",
        accent_contrast="#1A1A1A",
        staff_group=EXPAT_STAFF,
        # Most of the Expat Centre's visitors read English before they read Dutch.
        default_language="en",
    )
    # Appointment requests hold visitors' personal data: only the Expat Centre's own
    # staff handle them (and erase them on request); no other group gets these rights.
    group_permissions = {
        EXPAT_STAFF: [
            "expat_centre.review_guides",
            "expat_centre.view_appointmentrequest",
            "expat_centre.change_appointmentrequest",
            "expat_centre.delete_appointmentrequest",
        ]
    }

    def ready(self):
        from . import jobs, views  # noqa: F401 - views registers the page views

        jobs.register()
