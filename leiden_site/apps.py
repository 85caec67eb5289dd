from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from .declarations import MARKETING_MODERATORS


class LeidenSiteConfig(AppConfig):
    name = "leiden_site"
    verbose_name = _("Shared site core")

    # Moderators see the background tasks that failed and may retry them (task_admin.py).
    group_permissions = {
        MARKETING_MODERATORS: [
            "django_tasks_database.view_dbtaskresult",
            "django_tasks_database.change_dbtaskresult",
        ],
    }

    def ready(self):
        from wagtail.models import Page
        from wagtail.permissions import register_permission_policy

        from . import jobs, patches, signals, task_retry  # noqa: F401 - signal receivers
        from .permissions import PagePolicy

        patches.install()
        jobs.register()
        # The partners app replaces it with a subclass when it is ready.
        register_permission_policy(Page, PagePolicy(Page))
