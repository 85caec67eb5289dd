"""An editor-facing panel telling which languages of a page are complete.

modeltranslation publishes every language at once (docs/conventions.md, rule 9), so the
editor needs to see, before publishing, where a visitor would get Dutch fallback.
"""

import django_filters

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from modeltranslation.translator import NotRegistered, translator
from wagtail.admin.panels import ObjectList, Panel

# Fields whose translation may stay empty without a visitor noticing.
OPTIONAL_FIELDS = {"seo_title", "search_description", "slug", "url_path"}


def translation_status(page) -> list[dict]:
    try:
        translated = translator.get_options_for_model(type(page)).all_fields
    except NotRegistered:
        return []
    checked = [name for name in translated if name not in OPTIONAL_FIELDS]
    field_labels = {name: type(page)._meta.get_field(name).verbose_name for name in checked}
    # Dutch an author left empty and got the English text (EnglishFirstMixin).
    copied = set(getattr(page, "dutch_copied_from_english", None) or ())
    status = []
    for code, name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            # Dutch is what the others fall back to: it lacks only what is still English.
            missing = []
            untranslated = [field_labels[field] for field in checked if field in copied]
        else:
            untranslated = []
            missing = [
                field_labels[field]
                for field in checked
                if not getattr(page, f"{field}_{code}", None)
            ]
        status.append(
            {
                "code": code,
                "name": name,
                "missing": missing,
                "copied_from_english": untranslated,
                "complete": not missing and not untranslated,
            }
        )
    return status


def is_complete_in(page, language_code: str) -> bool:
    return all(
        status["complete"] for status in translation_status(page) if status["code"] == language_code
    )


class MissingTranslationFilter(django_filters.ChoiceFilter):
    """Page listings: pages with a field left empty in English or German, or with Dutch
    still to be translated from English."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label", _("Missing translation"))
        kwargs.setdefault("empty_label", _("Any"))
        # Dutch is "missing" when an author wrote English first (EnglishFirstMixin).
        kwargs.setdefault("choices", list(settings.LANGUAGES))
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


class ShownTo(ObjectList):
    """Panels only some editors see, chosen by `shown_to(user)`.

    The same field may sit in two places, one for each kind of editor (the form has it
    once; only the place shown renders it)."""

    def __init__(self, shown_to, children=(), *args, **kwargs):
        super().__init__(children, *args, **kwargs)
        self.shown_to = shown_to

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "shown_to": self.shown_to}

    class BoundPanel(ObjectList.BoundPanel):
        def is_shown(self):
            return self.shown_to_user() and super().is_shown()

        def shown_to_user(self):
            return self.request is not None and self.panel.shown_to(self.request.user)

        def get_comparison(self):
            return super().get_comparison() if self.shown_to_user() else []


def tabbed_edit_handler(content_panels, extra_tabs, promote_panels=None, settings_panels=None):
    """Content, the extra tabs [(heading, panels)], then Promote and Settings."""
    from wagtail.admin.panels import TabbedInterface
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
