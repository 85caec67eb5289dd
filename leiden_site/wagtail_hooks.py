"""Admin hooks of the shared core."""

from axes.models import AccessAttempt
from django_tasks_db.models import DBTaskResult

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from leiden_site.admin_api import register_scoped_endpoints
from leiden_site.dashboard import add_core_panels
from leiden_site.page_cache import reads_query
from leiden_site.permissions import page_policy
from leiden_site.task_admin import BackgroundTaskViewSet, TaskResultPolicy

# After wagtail.images and wagtail.documents registered their own endpoints.
hooks.register("construct_admin_api", register_scoped_endpoints, order=100)


@hooks.register("before_serve_page")
def pages_read_no_query_unless_they_say(page, request, serve_args, serve_kwargs):
    """A page is keyed in the page cache by the query parameters its views declare
    (`page_cache.reads_query`), and by none when they declare nothing."""
    reads_query(request)


@hooks.register("before_move_page")
def refuse_moves_the_user_may_not_make(request, page, destination):
    """Wagtail's move confirmation shows the page (title, subpages) before its action
    checks the permission; refuse there already."""
    if not page.permissions_for_user(request.user).can_move_to(destination):
        return permission_denied(request)
    return None


@hooks.register("filter_form_submissions_for_user")
def submissions_need_their_own_permission(user, editable_forms):
    """Form submissions hold visitors' personal data: editing a form page is not enough
    to read them; the role needs the permission to view submissions as well."""
    if user.has_perm("wagtailforms.view_formsubmission"):
        return editable_forms
    return editable_forms.none()


@hooks.register("construct_page_chooser_queryset")
def offer_only_choosable_pages(pages, request):
    """Live pages and what the editor may explore; never a page hidden from them."""
    return page_policy().choosable_pages(request.user, pages)


class LoginLockoutViewSet(ModelViewSet):
    """Failed admin log-ins, so moderators can unlock an account (deleting its record)."""

    model = AccessAttempt
    url_prefix = "login-lockouts"
    icon = "lock"
    menu_label = _("Log-in lock-outs")
    add_to_settings_menu = True
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time"]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]
    form_fields = ["username"]


@hooks.register("register_admin_viewset")
def register_login_lockouts():
    return LoginLockoutViewSet("login_lockouts")


register_permission_policy(DBTaskResult, TaskResultPolicy(DBTaskResult))


@hooks.register("register_admin_viewset")
def register_background_tasks():
    return BackgroundTaskViewSet("background_tasks")


hooks.register("construct_homepage_panels", add_core_panels)
