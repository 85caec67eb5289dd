"""The Expat Centre's frequently asked questions (fields and FAQPage markup:
leiden_site.models.faq, shared with the VVV's own FAQ page type)."""

from django.utils.translation import gettext_lazy as _

from leiden_site.models.faq import AbstractFaqPage


class ExpatFaqPage(AbstractFaqPage):
    parent_page_types = ["expat_centre.ExpatHomePage"]
    template = "expat_centre/expat_faq_page.html"

    class Meta:
        verbose_name = _("FAQ page")
