"""Visitor-facing fields of the VVV site, translated (empty falls back to Dutch)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from leiden_site.translation import HomePageTranslation

from .models import (
    FaqPage,
    OpeningHoursPage,
    ProductIndexPage,
    ProductPage,
    VvvHomePage,
    VvvOpeningException,
    VvvOpeningSchedule,
)


@register(VvvHomePage)
class VvvHomePageTranslation(HomePageTranslation):
    fields = ("walk_from_station", "services")


@register(OpeningHoursPage)
@register(FaqPage)
class VvvContentPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(VvvOpeningSchedule)
class VvvOpeningScheduleTranslation(TranslationOptions):
    fields = ("name",)


@register(VvvOpeningException)
class VvvOpeningExceptionTranslation(TranslationOptions):
    fields = ("note",)


@register(ProductIndexPage)
class ProductIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(ProductPage)
class ProductPageTranslation(TranslationOptions):
    fields = ("intro", "image_alt", "body", "gallery", "price_note", "meeting_point")
