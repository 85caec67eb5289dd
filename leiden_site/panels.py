"""An editor-facing panel telling which languages of a page are complete.

modeltranslation publishes every language at once (docs/conventions.md, rule 9), so the
editor needs to see, before publishing, where a visitor would get Dutch fallback.
"""

import django_filters

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from modeltranslation.translator import NotRegistered, translator
from wagtail.admin.panels import Panel

# Fields whose translation may stay empty without a visitor noticing.
OPTIONAL_FIELDS = {"seo_title", "search_description", "slug", "url_path"}


def translation_status(page) -> list[dict]:
    try:
        translated = translator.get_options_for_model(type(page)).all_fields
    except NotRegistered:
        return []
    checked = [name for name in translated if name not in OPTIONAL_FIELDS]
    field_labels = {name: type(page)._meta.get_field(name).verbose_name for name in checked}
    status = []
    for code, name in settings.LANGUAGES:
        missing = [
            field_labels[field] for field in checked if not getattr(page, f"{field}_{code}", None)
        ]
        status.append({"code": code, "name": name, "missing": missing, "complete": not missing})
    return status


def is_complete_in(page, language_code: str) -> bool:
    return all(
        status["complete"] for status in translation_status(page) if status["code"] == language_code
    )


class MissingTranslationFilter(django_filters.ChoiceFilter):
    """Page listings: pages with a field left empty in English or German."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label", _("Missing translation"))
        kwargs.setdefault("empty_label", _("Any"))
        kwargs.setdefault(
            "choices",
            [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE],
        )
        super().__init__(*args, **kwargs)

    def filter(self, queryset, value):
        if not value:
            return queryset
        # Which fields a page translates depends on its type: ask each page.
        incomplete = [page.pk for page in queryset.specific() if not is_complete_in(page, value)]
        return queryset.filter(pk__in=incomplete)


class TranslationStatusPanel(Panel):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", _("Languages"))
        super().__init__(*args, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "leiden_site/panels/translation_status.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["languages"] = translation_status(self.instance)
            return context


def tabbed_edit_handler(content_panels, extra_tabs, promote_panels=None, settings_panels=None):
    """Content, the extra tabs [(heading, panels)], then Promote and Settings."""
    from wagtail.admin.panels import ObjectList, TabbedInterface
    from wagtail.models import Page

    from leiden_site.models.mixins import SeoMixin

    return TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            *[ObjectList(panels, heading=heading) for heading, panels in extra_tabs],
            ObjectList(
                promote_panels or Page.promote_panels + SeoMixin.promote_panels,
                heading=_("Promote"),
            ),
            ObjectList(
                settings_panels or Page.settings_panels, heading=_("Settings"), classname="settings"
            ),
        ]
    )
