"""Themes: the subjects that tie content together across the three sites."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from leiden_site.listing import with_renditions

from .mixins import CardImageMixin


class ThemeQuerySet(models.QuerySet):
    def with_pictures(self):
        """Every theme with its picture and the picture's renditions, in three queries."""
        return self.select_related("image").prefetch_related(with_renditions("image"))


class Theme(index.Indexed, CardImageMixin, models.Model):
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = ThemeQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        *CardImageMixin.image_panels,
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "slug"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self):
        return self.name
