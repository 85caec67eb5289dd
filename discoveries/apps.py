from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscoveriesConfig(AppConfig):
    name = "discoveries"
    verbose_name = _("Leiden, City of Discoveries")

    def ready(self):
        from . import signals  # noqa: F401
