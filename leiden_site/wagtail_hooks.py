"""Admin hooks of the shared core."""

from wagtail import hooks

from leiden_site.admin_api import register_scoped_endpoints
from leiden_site.permissions import page_policy

# After wagtail.images and wagtail.documents registered their own endpoints.
hooks.register("construct_admin_api", register_scoped_endpoints, order=100)


@hooks.register("construct_page_chooser_queryset")
def offer_only_choosable_pages(pages, request):
    """Live pages and what the editor may explore; never a page hidden from them."""
    return page_policy().choosable_pages(request.user, pages)
