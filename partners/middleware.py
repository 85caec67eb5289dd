"""A partner's editors reach only the admin areas their work needs.

They edit their own profile, propose events and upload media; every other admin area
(reports, workflows, settings, snippets, users, form submissions, …) is refused to a
user whose only groups are partner groups, whatever permissions a later change might
give them. An allowlist, so an admin view added later is closed to them until it is
named here.
"""

from wagtail.admin.auth import permission_denied

ADMIN_PREFIX = "/admin/"
ALLOWED_NAMESPACES = {
    "wagtailadmin_pages",
    "wagtailadmin_api",
    "wagtailadmin_editing_sessions",
    "wagtailimages",
    "wagtailimages_chooser",
    "wagtaildocs",
    "wagtaildocs_chooser",
    "wagtailembeds",
}
ALLOWED_VIEWS = {
    "wagtailadmin_home",
    "wagtailadmin_account",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "wagtailadmin_dismissibles",
    "wagtailadmin_block_preview",
    "wagtailadmin_tag_autocomplete",
    "wagtailadmin_tag_model_autocomplete",
    "wagtailadmin_explore",
    "wagtailadmin_explore_results",
    "wagtailadmin_explore_root",
    "wagtailadmin_choose_page",
    "wagtailadmin_choose_page_child",
    "wagtailadmin_choose_page_search",
    "wagtailadmin_choose_page_chosen_multiple",
    "wagtailadmin_choose_page_external_link",
    "wagtailadmin_choose_page_email_link",
    "wagtailadmin_choose_page_phone_link",
    "wagtailadmin_choose_page_anchor_link",
    "copy_translation_content",
    "partners_still_correct",
}


def is_partner_editor_only(user) -> bool:
    """Signed in, and every group of the user belongs to a partner."""
    if not user.is_authenticated or user.is_superuser:
        return False
    groups = list(user.groups.values_list("partner_page", flat=True))
    return bool(groups) and all(partner is not None for partner in groups)


def may_use(view_name: str) -> bool:
    namespace, _sep, name = view_name.rpartition(":")
    return namespace.split(":", 1)[0] in ALLOWED_NAMESPACES or view_name in ALLOWED_VIEWS


class PartnerAdminAreasMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(ADMIN_PREFIX):
            return None
        if may_use(request.resolver_match.view_name) or not is_partner_editor_only(request.user):
            return None
        return permission_denied(request)
