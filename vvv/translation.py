from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from leiden_site.translation import HomePageTranslation

from .models import ProductIndexPage, ProductPage, VvvHomePage


@register(VvvHomePage)
class VvvHomePageTranslation(HomePageTranslation):
    pass


@register(ProductIndexPage)
class ProductIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(ProductPage)
class ProductPageTranslation(TranslationOptions):
    fields = ("intro", "image_alt", "body", "gallery", "price_note", "meeting_point")
