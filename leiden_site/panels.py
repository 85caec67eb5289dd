"""An editor-facing panel telling which languages of a page are complete.

modeltranslation publishes every language at once (docs/conventions.md, rule 9), so the
editor needs to see, before publishing, where a visitor would get Dutch text, and whether
the site refuses to publish the page as it is (leiden_site/languages.py).
"""

import django_filters

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import ObjectList, Panel

from leiden_site.languages import completeness_required, is_complete_in, translation_status


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
            context["completeness_required"] = completeness_required(self._site())
            return context

        def _site(self):
            site = self.instance.get_site() if self.instance.pk else None
            parent = getattr(self.form, "parent_page", None) if self.form else None
            return site or (parent.get_site() if parent else None)


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
