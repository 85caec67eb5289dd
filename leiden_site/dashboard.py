"""Panels on the admin dashboard, each shown only to the roles it concerns.

The core's panels: broken internal links from the last check (to whoever may edit a page
that has one), background tasks that gave up (to those who may see them), and a panel of
new requests per site with a staff group (to whoever may read that site's requests). An app
adds its requests to its site's panel by registering a function under SITE_REQUESTS_HOOK:
`fn(site_key, request) -> list[PanelItem] | None`, None meaning "not this site's, or not for
this user". A panel no provider answers for is left out rather than shown forever empty.
Apps add panels of their own with Wagtail's `construct_homepage_panels` hook and `ListPanel`.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin.ui.components import Component

from .models import BrokenLink
from .provisioning import site_specs
from .task_retry import failed_tasks, task_label

SITE_REQUESTS_HOOK = "site_new_requests"
TASK_VIEW_PERMISSION = "django_tasks_database.view_dbtaskresult"


@dataclass(frozen=True)
class PanelItem:
    title: str
    url: str = ""
    detail: str = ""


class ListPanel(Component):
    """A dashboard panel listing items, or saying there are none."""

    template_name = "leiden_site/dashboard/list_panel.html"

    def __init__(self, name, heading, items, empty_text, order=150, action=None):
        self.name, self.heading, self.items = name, heading, items
        self.empty_text, self.order, self.action = empty_text, order, action

    def get_context_data(self, parent_context):
        return {
            "panel_id": self.name.replace("_", "-"),
            "heading": self.heading,
            "items": self.items,
            "empty_text": self.empty_text,
            "action": self.action,
        }


@dataclass(frozen=True)
class PanelAction:
    """A button under the list: a form posting to `url`, or with method "get" a link."""

    label: str
    url: str
    method: str = "post"


def in_group(user, group_name: str) -> bool:
    return user.is_superuser or user.groups.filter(name=group_name).exists()


def broken_links_panel(request):
    links = BrokenLink.objects.editable_by(request.user)
    if not links:
        return None
    items = [
        PanelItem(
            link.source_page.get_admin_display_title(),
            reverse("wagtailadmin_pages:edit", args=[link.source_page_id]),
            _("%(field)s links to “%(target)s”: %(reason)s")
            % {
                "field": link.field,
                "target": link.target_title or link.target_page_id,
                "reason": link.get_reason_display(),
            },
        )
        for link in links
    ]
    return ListPanel("broken_links", _("Broken internal links"), items, "", order=160)


def failed_tasks_panel(request):
    if not request.user.has_perm(TASK_VIEW_PERMISSION):
        return None
    tasks = list(failed_tasks().order_by("-finished_at")[:10])
    items = [
        PanelItem(
            task_label(task),
            reverse("background_tasks:inspect", args=[task.pk]),
            task.exception_class_path,
        )
        for task in tasks
    ]
    return ListPanel(
        "failed_tasks",
        _("Background tasks that gave up"),
        items,
        _("No background task has failed."),
        order=170,
    )


def site_request_panels(request):
    for spec in site_specs():
        if not spec.staff_group:
            continue
        answers = [provide(spec.key, request) for provide in hooks.get_hooks(SITE_REQUESTS_HOOK)]
        answers = [items for items in answers if items is not None]
        if not answers:
            continue
        title = spec.titles.get(get_language()[:2], spec.titles.get("nl", spec.key))
        yield ListPanel(
            f"new_requests_{spec.key}",
            _("New requests: %(site)s") % {"site": title},
            [item for items in answers for item in items],
            _("No new requests."),
            order=140,
        )


def add_core_panels(request, panels):
    panels.extend(
        panel for panel in (broken_links_panel(request), failed_tasks_panel(request)) if panel
    )
    panels.extend(site_request_panels(request))
