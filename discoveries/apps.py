from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from leiden_site.declarations import MARKETING_EDITORS, MARKETING_MODERATORS, SiteSpec


class DiscoveriesConfig(AppConfig):
    name = "discoveries"
    verbose_name = _("Leiden, City of Discoveries")

    site = SiteSpec(
        key="discoveries",
        model="discoveries.HomePage",
        slug="discoveries",
        hostname_setting="DISCOVERIES_HOST",
        is_default=True,
        titles={
            "nl": "Leiden, Stad van Ontdekkingen",
            "en": "Leiden, City of Discoveries",
            "de": "Leiden, Stadt der Entdeckungen",
        },
        organisation="Leiden Marketing",
        brand="#B0121B",
        accent="#1F5F8B",
        accent_contrast="#FFFFFF",
    )
    group_permissions = {
        MARKETING_EDITORS: ["discoveries.choose_organiser"],
        MARKETING_MODERATORS: [
            "discoveries.view_congressrequest",
            "discoveries.change_congressrequest",
            "discoveries.view_subscriber",
            "discoveries.change_subscriber",
            "discoveries.choose_organiser",
        ],
    }

    def ready(self):
        from . import jobs, signals, views  # noqa: F401 - signal receivers, page views

        jobs.register()
