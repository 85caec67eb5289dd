"""Per-site settings: identity, theme, contact details and navigation."""

import copy
import hashlib

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Site

from leiden_site.blocks import LinkBlock
from leiden_site.json_ld import organisation, postal_address
from leiden_site.page_cache import shared_for_generation

from .mixins import SocialLinksMixin

hex_colour = RegexValidator(r"^#[0-9A-Fa-f]{6}$", _("Enter a colour as #RRGGBB."))


def colour_field(label: str, default: str) -> models.CharField:
    return models.CharField(label, max_length=7, default=default, validators=[hex_colour])


@register_setting(icon="site")
class SiteIdentity(SocialLinksMixin, BaseSiteSetting):
    """Who the site speaks for, how it looks and how to reach it."""

    site_name = models.CharField(_("site name"), max_length=80)
    tagline = models.CharField(_("tagline"), max_length=160, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to show the Leiden keys with the site name."),
    )
    brand_colour = colour_field(_("brand colour"), "#B0121B")
    brand_contrast_colour = colour_field(_("text on brand colour"), "#FFFFFF")
    accent_colour = colour_field(_("accent colour"), "#1F5F8B")
    accent_contrast_colour = colour_field(_("text on accent colour"), "#FFFFFF")

    organisation_name = models.CharField(_("organisation name"), max_length=120)
    street_address = models.CharField(_("street address"), max_length=120, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=60, default="Leiden")
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("email"), blank=True)
    contact_note = models.CharField(
        _("contact note"),
        max_length=200,
        blank=True,
        help_text=_("For instance when the desk answers the phone."),
    )
    footer_text = models.TextField(_("footer text"), blank=True)
    require_complete_languages = models.BooleanField(
        _("publish only complete pages"),
        default=False,
        help_text=_(
            "Refuse to publish a page while a text visitors read is filled in Dutch but not in "
            "English or German. Drafts can always be saved."
        ),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The page that says what the site's forms store, for how long, and how to have it "
            "erased. The footer and every form that asks for personal data link to it."
        ),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("site_name"), FieldPanel("tagline"), FieldPanel("logo")],
            heading=_("Identity"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("brand_colour"), FieldPanel("brand_contrast_colour")]),
                FieldRowPanel([FieldPanel("accent_colour"), FieldPanel("accent_contrast_colour")]),
            ],
            heading=_("Theme"),
            help_text=_("Text on a colour must reach a contrast of 4.5:1."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("contact_note"),
            ],
            heading=_("Contact details"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("footer_text"),
                FieldPanel("privacy_page"),
                *SocialLinksMixin.social_panels,
            ],
            heading=_("Footer"),
        ),
        MultiFieldPanel([FieldPanel("require_complete_languages")], heading=_("Languages")),
    ]

    class Meta:
        verbose_name = _("site identity")

    @classmethod
    def for_request(cls, request):
        """The identity, its logo and the navigation: one query per site and publish
        generation in each process (page_cache.shared_for_generation), a copy per request."""
        attr_name = cls.get_cache_attr_name()
        if hasattr(request, attr_name):
            return getattr(request, attr_name)
        site = Site.find_for_request(request)
        if site is None:
            identity = cls.for_site(site)
        else:
            shared = shared_for_generation(
                ("site-identity", site.pk), lambda: cls._with_navigation(site)
            )
            identity = copy.copy(shared)
        identity._request = request
        setattr(request, attr_name, identity)
        navigation = getattr(identity.site, "navigation", None)
        if navigation is not None:
            navigation = copy.copy(navigation)
            navigation._request = request
            setattr(request, Navigation.get_cache_attr_name(), navigation)
        return identity

    @classmethod
    def _with_navigation(cls, site):
        return cls.objects.select_related(
            "logo", "site", "site__navigation", "privacy_page"
        ).filter(site=site).first() or cls.for_site(site)

    @property
    def theme_css(self) -> str:
        return (
            f":root{{--brand:{self.brand_colour};--brand-contrast:{self.brand_contrast_colour};"
            f"--accent:{self.accent_colour};--accent-contrast:{self.accent_contrast_colour}}}\n"
        )

    @property
    def theme_version(self) -> str:
        """Changes whenever a colour does, so browsers may cache theme.css for ever."""
        return hashlib.sha256(self.theme_css.encode()).hexdigest()[:12]

    def organisation_json_ld(self, url: str) -> dict:
        return organisation(
            self.organisation_name or self.site_name,
            url,
            address=postal_address(self.street_address, self.postal_code, self.city),
            email=self.email,
            phone=self.phone,
            social_links=self.social_links,
        )


@register_setting(icon="list-ul")
class Navigation(BaseSiteSetting):
    """The site's main menu and footer links, per language."""

    main_menu = StreamField([("link", LinkBlock())], verbose_name=_("main menu"), blank=True)
    footer_links = StreamField([("link", LinkBlock())], verbose_name=_("footer links"), blank=True)

    panels = [FieldPanel("main_menu"), FieldPanel("footer_links")]

    class Meta:
        verbose_name = _("navigation")
