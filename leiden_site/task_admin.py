"""Reports → Background tasks: queued work that failed, with its error, and a retry.

Moderators and superusers only: a task's arguments and error can name visitors' data.
Nothing here edits, adds or deletes a task; the one action is "Retry".
"""

from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton
from wagtail.permission_policies import ModelPermissionPolicy

from .task_retry import attempts, retry_now, task_label, troubled_tasks

# Moderators get the model's view and change permissions (LeidenSiteConfig); "change"
# here only means retrying.
RETRY = "retry"


class TaskResultPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if action in {"add", "change", "delete"}:
            return False
        if action == RETRY:
            return super().user_has_permission(user, "change")
        return super().user_has_permission(user, action)


class TroubledTaskIndexView(generic.IndexView):
    def get_base_queryset(self):
        return troubled_tasks()

    def get_list_buttons(self, instance):
        buttons = super().get_list_buttons(instance)
        if (
            instance.status == TaskResultStatus.FAILED
            and self.permission_policy.user_has_permission(self.request.user, RETRY)
        ):
            buttons.insert(
                0,
                ListingButton(
                    _("Retry"),
                    url=reverse(
                        self.index_url_name.replace(":index", ":retry"), args=[instance.pk]
                    ),
                    icon_name="rotate",
                    priority=10,
                ),
            )
        return buttons


def task_state(task: DBTaskResult) -> str:
    if task.status == TaskResultStatus.FAILED:
        return _("gave up")
    return _("waiting for try %(try)d") % {"try": attempts(task) + 1}


class BackgroundTaskViewSet(ModelViewSet):
    model = DBTaskResult
    url_prefix = "background-tasks"
    icon = "warning"
    menu_label = gettext_lazy("Background tasks")
    add_to_reports_menu = True
    index_view_class = TroubledTaskIndexView
    inspect_view_enabled = True
    inspect_view_fields = [
        "task_path",
        "status",
        "enqueued_at",
        "finished_at",
        "run_after",
        "args_kwargs",
        "exception_class_path",
        "traceback",
    ]
    list_filter = ["status"]
    form_fields = ["status"]  # never shown: the policy allows no add or edit
    pk_path_converter = "uuid"

    @property
    def list_display(self):
        return [
            Column("task_name", label=_("Task"), accessor=task_label),
            Column("state", label=_("State"), accessor=task_state),
            Column("tries", label=_("Tries"), accessor=attempts),
            Column("error", label=_("Error"), accessor="exception_class_path"),
            Column("enqueued_at", label=_("Enqueued at"), accessor="enqueued_at"),
        ]

    def retry_view(self, request, pk):
        if not self.permission_policy.user_has_permission(request.user, RETRY):
            raise PermissionDenied
        task = get_object_or_404(DBTaskResult, pk=pk, status=TaskResultStatus.FAILED)
        if request.method == "POST":
            if retry_now(task):
                messages.success(request, _("The task is back in the queue."))
            return redirect(self.get_url_name("index"))
        return TemplateResponse(
            request,
            "leiden_site/admin/retry_task.html",
            {
                "task": task,
                "task_label": task_label(task),
                "index_url_name": self.get_url_name("index"),
            },
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("retry/<uuid:pk>/", self.retry_view, name="retry"),
        ]
