from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExpatCentreConfig(AppConfig):
    name = "expat_centre"
    verbose_name = _("Expat Centre Leiden")
