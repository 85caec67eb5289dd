from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LeidenSiteConfig(AppConfig):
    name = "leiden_site"
    verbose_name = _("Shared site core")

    def ready(self):
        from wagtail.models import Page
        from wagtail.permissions import register_permission_policy

        from . import patches, signals  # noqa: F401 - signal receivers
        from .permissions import PagePolicy

        patches.install()
        # The partners app replaces it with a subclass when it is ready.
        register_permission_policy(Page, PagePolicy(Page))
