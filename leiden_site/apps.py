from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LeidenSiteConfig(AppConfig):
    name = "leiden_site"
    verbose_name = _("Shared site core")

    def ready(self):
        from . import signals, site_paths  # noqa: F401

        site_paths.install()
