"""The Expat Centre's admin: the report of guides due for review, for its staff."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import REVIEW_PERMISSION, guides_to_review_view


@hooks.register("register_admin_urls")
def register_expat_admin_urls():
    return [path("expat/guides-to-review/", guides_to_review_view, name="expat_guides_to_review")]


class GuidesToReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REVIEW_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_guides_to_review_menu_item():
    return GuidesToReviewMenuItem(
        _("Guides to review"), reverse("expat_guides_to_review"), icon_name="doc-full", order=700
    )
