"""The VVV's frequently asked questions (fields and FAQPage markup: leiden_site.models.faq)."""

from django.utils.translation import gettext_lazy as _

from leiden_site.models.faq import AbstractFaqPage


class FaqPage(AbstractFaqPage):
    template = "vvv/faq_page.html"

    class Meta:
        verbose_name = _("FAQ page")
