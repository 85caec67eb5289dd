from django.utils.translation import gettext_lazy as _

from leiden_site.models import BaseHomePage

SHARED_CHILD_PAGE_TYPES = ["leiden_site.StandardPage", "leiden_site.FormPage"]


class HomePage(BaseHomePage):
    """Home of "Leiden, City of Discoveries", the brand site."""

    subpage_types = SHARED_CHILD_PAGE_TYPES
    template = "discoveries/home_page.html"

    class Meta:
        verbose_name = _("City of Discoveries home page")
