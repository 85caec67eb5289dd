from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LeidenSiteConfig(AppConfig):
    name = "leiden_site"
    verbose_name = _("Shared site core")

    def ready(self):
        from . import patches, signals  # noqa: F401 - signal receivers

        patches.install()
