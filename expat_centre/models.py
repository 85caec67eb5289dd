from django.utils.translation import gettext_lazy as _

from discoveries.models import SHARED_CHILD_PAGE_TYPES
from leiden_site.models import BaseHomePage


class ExpatHomePage(BaseHomePage):
    """Home of the Expat Centre Leiden site."""

    subpage_types = SHARED_CHILD_PAGE_TYPES
    template = "expat_centre/expat_home_page.html"

    class Meta:
        verbose_name = _("Expat Centre home page")
