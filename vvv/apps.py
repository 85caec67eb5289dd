from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from leiden_site.declarations import SiteSpec

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
