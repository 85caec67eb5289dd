"""The Netwerk Stadspartners Leiden: partner organisations, their profiles and the board."""

from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from leiden_site.blocks import CommonStreamBlock
from leiden_site.models import BasePage, IndexPage
from leiden_site.models.mixins import SocialLinksMixin
from leiden_site.panels import TranslationStatusPanel

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


# --- Directory ------------------------------------------------------------------------------


class PartnerIndexPage(IndexPage):
    parent_page_types = ["discoveries.HomePage"]
    subpage_types = ["partners.PartnerPage", "partners.BoardPage"]
    template = "partners/partner_index_page.html"

    class Meta:
        verbose_name = _("partner directory")

    def serve(self, request, *args, **kwargs):
        from partners.views import directory_view

        return directory_view(self, request)


# --- Partner profile ------------------------------------------------------------------------


class PartnerPage(SocialLinksMixin, BasePage):
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

    @property
    def sharing_image(self):
        return self.og_image or self.logo

    @cached_property
    def representative(self):
        return BoardMember.objects.current().filter(partner=self).first()

    def get_context(self, request, *args, **kwargs):
        from discoveries.listings import next_occurrences

        context = super().get_context(request, *args, **kwargs)
        context["upcoming"] = next_occurrences(6, event__organiser=self)
        context["stories"] = list(
            self.stories.live().order_by("-date").select_related("lead_image")[:3]
        )
        context["representative"] = self.representative
        return context

    def json_ld(self, request) -> list[dict]:
        organisation = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": self.title,
            "url": self.website or self.get_full_url(request),
            "description": self.intro,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": self.street_address,
                "postalCode": self.postal_code,
                "addressLocality": self.city,
                "addressCountry": "NL",
            },
            "memberOf": {"@type": "Organization", "name": "Netwerk Stadspartners Leiden"},
        }
        if self.email:
            organisation["email"] = self.email
        if self.phone:
            organisation["telephone"] = self.phone
        if self.social_links:
            organisation["sameAs"] = [url for _name, url in self.social_links]
        return [*super().json_ld(request), organisation]


# --- Board ----------------------------------------------------------------------------------


class BoardMemberQuerySet(models.QuerySet):
    def current(self, today=None):
        today = today or timezone.localdate()
        return self.filter(term_start__lte=today).filter(
            models.Q(term_end__isnull=True) | models.Q(term_end__gte=today)
        )


class BoardMember(index.Indexed, models.Model):
    ROLES = [
        ("chair", _("Chair")),
        ("vice_chair", _("Vice-chair")),
        ("secretary", _("Secretary")),
        ("treasurer", _("Treasurer")),
        ("member", _("Member")),
    ]
    ROLE_ORDER = {code: position for position, (code, _label) in enumerate(ROLES)}

    name = models.CharField(_("name"), max_length=120)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    role = models.CharField(_("board role"), max_length=12, choices=ROLES, default="member")
    partner = models.ForeignKey(
        PartnerPage,
        verbose_name=_("represents"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="board_members",
        help_text=_("Leave empty for the municipality's representative."),
    )
    represents_municipality = models.BooleanField(_("represents the municipality"), default=False)
    term_start = models.DateField(_("term starts"))
    term_end = models.DateField(_("term ends"), null=True, blank=True)

    objects = BoardMemberQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldPanel("photo"),
        FieldRowPanel([FieldPanel("partner"), FieldPanel("represents_municipality")]),
        FieldRowPanel([FieldPanel("term_start"), FieldPanel("term_end")]),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["term_start", "name"]
        verbose_name = _("board member")
        verbose_name_plural = _("board members")

    def __str__(self):
        return f"{self.name} ({self.get_role_display()})"

    def clean(self):
        from django.core.exceptions import ValidationError

        errors = {}
        if self.term_end and self.term_start and self.term_end < self.term_start:
            errors["term_end"] = _("A term cannot end before it starts.")
        if self.partner_id and self.represents_municipality:
            errors["represents_municipality"] = _("Choose a partner or the municipality, not both.")
        if not self.partner_id and not self.represents_municipality:
            errors["partner"] = _("Choose the partner this member represents, or the municipality.")
        if errors:
            raise ValidationError(errors)

    @property
    def represents(self) -> str:
        return self.partner.title if self.partner else str(_("Municipality of Leiden"))


class BoardPage(BasePage):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(CommonStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_text_fields = ("intro", "body")
    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = []
    max_count = 1
    template = "partners/board_page.html"

    class Meta:
        verbose_name = _("board page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        members = BoardMember.objects.current().select_related("partner", "photo")
        context["members"] = sorted(members, key=lambda m: (BoardMember.ROLE_ORDER[m.role], m.name))
        return context
