"""Fields visitors read, registered for nl/en/de (empty translations fall back to nl)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import FormField, FormPage, Navigation, SiteIdentity, StandardPage, Theme


class HomePageTranslation(TranslationOptions):
    """Shared by the three home page types."""

    fields = ("hero_title", "intro", "image_alt", "body")


@register(StandardPage)
class StandardPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(FormPage)
class FormPageTranslation(TranslationOptions):
    fields = ("intro", "thank_you_text")


@register(FormField)
class FormFieldTranslation(TranslationOptions):
    fields = ("label", "help_text", "choices", "default_value")


@register(SiteIdentity)
class SiteIdentityTranslation(TranslationOptions):
    fields = ("site_name", "tagline", "contact_note", "footer_text")


@register(Navigation)
class NavigationTranslation(TranslationOptions):
    fields = ("main_menu", "footer_links")


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ("name", "description", "image_alt")
