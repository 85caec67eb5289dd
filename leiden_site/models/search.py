"""Per-language search documents (docs/conventions.md, rule 6).

Wagtail's index keeps one entry per object with every language mixed in.
We index one small document per page and language instead, so a search on /en/
only ever matches English text (or the Dutch text an empty translation falls
back to), and results can be limited to the visitor's site.
"""

from django.db import models
from django.utils import translation

from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from .mixins import LANGUAGE_CODES


class SearchDocumentQuerySet(SearchableQuerySetMixin, models.QuerySet):
    pass


class SearchDocument(index.Indexed, models.Model):
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8)
    tree_path = models.CharField(max_length=255, db_index=True)
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)

    objects = SearchDocumentQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=4),
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.AutocompleteField("title"),
        index.FilterField("language"),
        index.FilterField("tree_path"),
    ]

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="unique_page_language")
        ]

    def __str__(self):
        return f"{self.title} ({self.language})"

    @classmethod
    def is_searchable(cls, page: Page) -> bool:
        restricted = PageViewRestriction.objects.filter(
            page__path__in=[page.path[:i] for i in range(4, len(page.path) + 1, 4)]
        ).exists()
        return page.live and not restricted and page.depth > 1

    @classmethod
    def index_page(cls, page: Page) -> None:
        """Write (or remove) the page's documents in every language."""
        specific = page.specific
        if not cls.is_searchable(page) or not hasattr(specific, "search_text"):
            cls.objects.filter(page_id=page.pk).delete()
            return
        for language in LANGUAGE_CODES:
            with translation.override(language):
                cls.objects.update_or_create(
                    page_id=page.pk,
                    language=language,
                    defaults={
                        "tree_path": page.path,
                        "title": specific.title,
                        "summary": specific.meta_description,
                        "body": specific.search_text(),
                    },
                )
