from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from leiden_site.declarations import MARKETING_MODERATORS, SiteSpec

VVV_STAFF = "VVV staff"


class VvvConfig(AppConfig):
    name = "vvv"
    verbose_name = _("VVV Leiden")

    site = SiteSpec(
        key="vvv",
        model="vvv.VvvHomePage",
        slug="vvv",
        hostname_setting="VVV_HOST",
        is_default=False,
        titles={"nl": "VVV Leiden", "en": "VVV Leiden", "de": "VVV Leiden"},
        organisation="VVV Leiden",
        brand="#0B4F9C",
        accent="#E36A00",
        accent_contrast="#1A1A1A",
        staff_group=VVV_STAFF,
    )
    # Booking requests hold visitors' personal data: the VVV's own staff and the
    # moderators handle them; marketing editors and partners never see them.
    group_permissions = {
        VVV_STAFF: ["vvv.view_bookingrequest", "vvv.change_bookingrequest"],
        MARKETING_MODERATORS: ["vvv.view_bookingrequest", "vvv.change_bookingrequest"],
    }

    def ready(self):
        from . import jobs, views  # noqa: F401 - page views

        jobs.register()
