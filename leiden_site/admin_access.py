"""Admin views that summarise every tree are for those who may edit every tree.

Wagtail's page types usage report names the last edited page of each type in the whole
tree, whatever the reader may explore, so site staff would learn the titles of other
sites' drafts and partners' proposals. It is refused to anyone who may not change the
root page of every site.
"""

from wagtail.admin.auth import permission_denied
from wagtail.models import Site

from leiden_site.permissions import page_policy

TREE_WIDE_VIEWS = {
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
}


def may_edit_every_tree(user) -> bool:
    if user.is_superuser:
        return True
    policy = page_policy()
    return all(
        policy.user_has_permission_for_instance(user, "change", site.root_page)
        for site in Site.objects.select_related("root_page")
    )


class TreeWideViewsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match.view_name in TREE_WIDE_VIEWS and not may_edit_every_tree(request.user):
            return permission_denied(request)
        return None
