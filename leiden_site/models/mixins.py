"""Page foundations shared by every page type of the three sites."""

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page

from leiden_site.blocks import card_pages
from leiden_site.forms import ScopedChoosersPageForm
from leiden_site.page_views import serve_view
from leiden_site.panels import TranslationStatusPanel

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# Each site's home page sits directly under the tree root.
SITE_ROOT_DEPTH = 2


class SeoMixin(models.Model):
    """Sharing image and the metadata helpers templates use for <head>."""

    og_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social media; 1200×630 works best."),
    )

    promote_panels = [
        MultiFieldPanel([FieldPanel("og_image")], heading=_("Sharing on social media")),
    ]

    class Meta:
        abstract = True

    @property
    def meta_title(self):
        return self.seo_title or self.title

    @property
    def meta_description(self):
        return self.search_description or getattr(self, "intro", "") or ""

    @property
    def sharing_image(self):
        return self.og_image or getattr(self, "card_image", None)


class SocialLinksMixin(models.Model):
    """Links to an organisation's social media accounts."""

    instagram_url = models.URLField(_("Instagram"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)

    social_panels = [
        FieldPanel("instagram_url"),
        FieldPanel("facebook_url"),
        FieldPanel("linkedin_url"),
    ]

    class Meta:
        abstract = True

    @property
    def social_links(self) -> list[tuple[str, str]]:
        links = [
            ("Instagram", self.instagram_url),
            ("Facebook", self.facebook_url),
            ("LinkedIn", self.linkedin_url),
        ]
        return [(name, url) for name, url in links if url]


class CardImageMixin(models.Model):
    """The picture that stands for a page: on its cards, at its top, and when shared.

    Every page type with a picture of its own uses this one pair of fields, so cards,
    listings and sharing find it under one name.
    """

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image for people who cannot see it."),
    )

    image_panels = [FieldRowPanel([FieldPanel("image"), FieldPanel("image_alt")])]

    class Meta:
        abstract = True


class EnglishFirstMixin(models.Model):
    """A page its author may write in English first: the Dutch fields they left empty were
    filled with the English text, and stay listed here until someone translates them."""

    dutch_copied_from_english = models.JSONField(
        _("Dutch copied from English"), default=list, blank=True, editable=False
    )

    class Meta:
        abstract = True


class LanguagePreviewMixin:
    """One preview mode per language (docs/conventions.md, rule 5)."""

    @property
    def preview_modes(self):
        return list(settings.LANGUAGES)

    @property
    def default_preview_mode(self):
        return settings.LANGUAGE_CODE

    def serve_preview(self, request, mode_name):
        language = mode_name if mode_name in LANGUAGE_CODES else settings.LANGUAGE_CODE
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = super().serve_preview(request, mode_name)
            # Render while the language is still active: TemplateResponse is lazy.
            if hasattr(response, "render"):
                response.render()
        # The admin shows previews in a frame of its own; nothing else may frame them.
        response["X-Frame-Options"] = "SAMEORIGIN"
        return response


class BasePage(LanguagePreviewMixin, SeoMixin, Page):
    """The abstract page every concrete page type of the project extends."""

    base_form_class = ScopedChoosersPageForm

    promote_panels = Page.promote_panels + SeoMixin.promote_panels

    # Names of translated text or StreamField fields that feed site search.
    search_text_fields: tuple[str, ...] = ()
    # The image field that stands for the page on cards (CardImageMixin's, or a logo).
    card_image_field = "image"
    # What search results call a page of this type (a key of search.SEARCH_KIND_LABELS).
    search_kind = "page"

    class Meta:
        abstract = True

    @property
    def card_image(self):
        return getattr(self, self.card_image_field, None)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        body = getattr(self, "body", None)
        if body:
            context["card_pages"] = card_pages(body)
        return context

    def serve_view(self, name: str, request, *args, **kwargs):
        """Hand a route's request to the view the app registered for it (see page_views)."""
        return serve_view(self, name, request, *args, **kwargs)

    def search_text(self) -> str:
        """The page's readable text in the active language, for the search index."""
        parts = []
        for name in self.search_text_fields:
            value = getattr(self, name, None)
            if value is None:
                continue
            stream_block = getattr(value, "stream_block", None)
            if stream_block is not None:
                parts.extend(stream_block.get_searchable_content(value))
            else:
                parts.append(str(value))
        return "\n".join(part for part in parts if part)

    def breadcrumb_trail(self, request=None) -> list[Page]:
        """The pages from the site's home page (depth 2 on every site) to this one.

        Routing found them already when it served this page (see patches.route_by_url_path);
        otherwise they are looked up.
        """
        if self.depth <= SITE_ROOT_DEPTH:
            return [self]
        trail = getattr(request, "route_trail", None)
        if trail and trail[-1].pk == self.pk and len(trail) == self.depth - SITE_ROOT_DEPTH + 1:
            return trail
        return list(self.get_ancestors(inclusive=True).filter(depth__gte=SITE_ROOT_DEPTH))

    def json_ld(self, request) -> list[dict]:
        """Structured data for the page; subclasses extend the list."""
        return [
            {
                "@context": "https://schema.org",
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": position,
                        "name": crumb.title,
                        "item": crumb.get_full_url(request),
                    }
                    for position, crumb in enumerate(self.breadcrumb_trail(request), start=1)
                ],
            }
        ]


class IndexPage(BasePage):
    """A listing page: a title and an introduction above what it lists."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [TranslationStatusPanel(), *Page.content_panels, FieldPanel("intro")]
    search_text_fields = ("intro",)
    max_count = 1

    class Meta:
        abstract = True
