from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VvvConfig(AppConfig):
    name = "vvv"
    verbose_name = _("VVV Leiden")
