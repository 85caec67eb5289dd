"""The Netwerk Stadspartners Leiden: the partner directory and each partner's profile."""

from django.contrib.auth import get_user_model
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from leiden_site.blocks import CommonStreamBlock
from leiden_site.json_ld import organisation, postal_address
from leiden_site.models import BasePage, IndexPage
from leiden_site.models.mixins import SocialLinksMixin
from leiden_site.panels import TranslationStatusPanel

from .freshness import STALE_AFTER

SECTORS = [
    ("culture", _("Culture")),
    ("education", _("Education & science")),
    ("health", _("Health")),
    ("hospitality", _("Hospitality")),
    ("retail", _("Retail & city centre")),
    ("business", _("Business")),
    ("government", _("Government")),
    ("media", _("Media")),
]
FOUNDING_YEAR = 2007
# Functions registered under this Wagtail hook name add to a partner profile's context.
PROFILE_CONTEXT_HOOK = "partner_profile_context"


# --- Directory ------------------------------------------------------------------------------


class PartnerIndexPage(RoutablePageMixin, IndexPage):
    # Where the directory may go is up to the home page types that list it as a child.
    subpage_types = ["partners.PartnerPage", "partners.BoardPage"]
    template = "partners/partner_index_page.html"

    class Meta:
        verbose_name = _("partner directory")

    @path("")
    def directory(self, request):
        return self.serve_view("directory", request)


# --- Partner profile ------------------------------------------------------------------------


class PartnerPage(SocialLinksMixin, BasePage):
    search_kind = "partner"

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sector = models.CharField(_("sector"), max_length=20, choices=SECTORS)
    intro = models.TextField(_("short introduction"), max_length=400)
    body = StreamField(CommonStreamBlock(), verbose_name=_("body"), blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("public email"), blank=True)
    phone = models.CharField(_("public phone"), max_length=30, blank=True)
    street_address = models.CharField(_("street address"), max_length=120, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=60, default="Leiden")
    member_since = models.PositiveSmallIntegerField(
        _("partner since (year)"), default=FOUNDING_YEAR
    )
    founding_partner = models.BooleanField(
        _("founding partner"), default=False, help_text=_("One of the 18 partners of 2007.")
    )
    group = models.OneToOneField(
        "auth.Group",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="partner_page",
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="partner_page",
    )
    retired_on = models.DateField(
        _("retired on"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("The day the partner left the network: its profile and rights are gone."),
    )
    last_verified = models.DateField(
        _("last verified"),
        default=timezone.localdate,
        help_text=_("When the partner last checked this profile; shown to visitors."),
    )

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldRowPanel([FieldPanel("sector"), FieldPanel("logo")]),
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            SocialLinksMixin.social_panels,
            heading=_("Social media"),
        ),
        FieldPanel("last_verified"),
    ]
    # Membership facts are for marketing staff: partner editors never see these fields,
    # so their forms cannot change them.
    settings_panels = Page.settings_panels + [
        MultiFieldPanel(
            [
                FieldPanel("member_since", permission="partners.manage_membership"),
                FieldPanel("founding_partner", permission="partners.manage_membership"),
            ],
            heading=_("Membership"),
        )
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    search_text_fields = ("intro", "body")
    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = []
    template = "partners/partner_page.html"
    card_image_field = "logo"

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        permissions = [
            ("manage_membership", _("Can change membership facts of partners")),
            ("invite_partner_editor", _("Can invite editors for a partner")),
        ]

    @classmethod
    def for_user(cls, user):
        """The partner whose editors' group the user belongs to, if any."""
        if not user.is_authenticated:
            return None
        return cls.objects.filter(group__user=user).first()

    @classmethod
    def stale_profiles(cls, today):
        """Live profiles of current partners not verified for a year."""
        return cls.objects.live().filter(
            retired_on__isnull=True, last_verified__lte=today - STALE_AFTER
        )

    def is_stale(self, today) -> bool:
        return self.last_verified <= today - STALE_AFTER

    def editors(self):
        """The active accounts of the partner's own group, who keep its profile."""
        users = get_user_model().objects.filter(is_active=True).exclude(email="")
        return users.filter(groups=self.group_id) if self.group_id else users.none()

    @cached_property
    def representative(self):
        return self.board_members.current().first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["representative"] = self.representative
        # Apps above this one show what the partner does with them (its events, its
        # stories) through this hook, so partners never import them.
        for contribute in hooks.get_hooks(PROFILE_CONTEXT_HOOK):
            context.update(contribute(self, request))
        return context

    def json_ld(self, request) -> list[dict]:
        partner = organisation(
            self.title,
            self.website or self.get_full_url(request),
            address=postal_address(self.street_address, self.postal_code, self.city),
            email=self.email,
            phone=self.phone,
            social_links=self.social_links,
            description=self.intro,
            memberOf={"@type": "Organization", "name": "Netwerk Stadspartners Leiden"},
        )
        return [*super().json_ld(request), partner]
