"""The foundation's board: its members (current and former) and the board page."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from leiden_site.blocks import CommonStreamBlock
from leiden_site.models import BasePage
from leiden_site.panels import TranslationStatusPanel

from .partners import PartnerPage


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
    # Kept when the partner this member represented is deleted, so the record stays true.
    former_partner_name = models.CharField(
        _("former partner"), max_length=255, blank=True, editable=False
    )
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
        if (
            not self.partner_id
            and not self.represents_municipality
            and not self.former_partner_name
        ):
            errors["partner"] = _("Choose the partner this member represents, or the municipality.")
        if errors:
            raise ValidationError(errors)

    @property
    def represents(self) -> str:
        if self.partner and not self.partner.retired_on:
            return self.partner.title
        former = self.partner.title if self.partner else self.former_partner_name
        if former:
            return _("%(name)s (former partner)") % {"name": former}
        return str(_("Municipality of Leiden"))


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
