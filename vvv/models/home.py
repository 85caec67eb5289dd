from django.utils.translation import gettext_lazy as _

from leiden_site.models import SHARED_CHILD_PAGE_TYPES, BaseHomePage


class VvvHomePage(BaseHomePage):
    """Home of the VVV Leiden tourist office site."""

    subpage_types = [*SHARED_CHILD_PAGE_TYPES, "vvv.ProductIndexPage"]
    template = "vvv/vvv_home_page.html"

    class Meta:
        verbose_name = _("VVV home page")
