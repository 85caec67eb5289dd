from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import BoardPage, PartnerIndexPage, PartnerPage


@register(PartnerIndexPage)
class PartnerIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(PartnerPage)
class PartnerPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(BoardPage)
class BoardPageTranslation(TranslationOptions):
    fields = ("intro", "body")
