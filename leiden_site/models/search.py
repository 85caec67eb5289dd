"""Per-language search documents (docs/conventions.md, rule 6).

Wagtail's index keeps one entry per object with every language mixed in.
We index one small document per page and language instead, so a search on /en/
only ever matches English text (or the Dutch text an empty translation falls
back to), and results can be limited to the visitor's site.

A search that finds nothing may hold a typo: `spelling_suggestion` corrects each word to
the closest word of the titles in the same language and site, found by trigram
similarity on PostgreSQL and by difflib over the titles' words on SQLite.
"""

import difflib
import re

from django.db import connections, models
from django.utils import translation
from django.utils.translation import pgettext_lazy

from wagtail.images import get_image_model_string
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from leiden_site.listing import card_image

from .mixins import LANGUAGE_CODES

# Keys are the `search_kind` of page types (BasePage and the types that set their own).
SEARCH_KIND_LABELS = {
    "page": pgettext_lazy("search result type", "Page"),
    "story": pgettext_lazy("search result type", "Story"),
    "place": pgettext_lazy("search result type", "Place"),
    "event": pgettext_lazy("search result type", "Event"),
    "partner": pgettext_lazy("search result type", "Partner"),
}
WORD = re.compile(r"\w+")
# Shorter words are left alone: two or three letters are too close to too many words.
CORRECTABLE_LENGTH = 4
# difflib's ratio a title word needs to stand in for a query word ("rembrant" → 0.94).
CLOSE_ENOUGH = 0.75
# Title words the trigram look-up hands over per query word, best first.
TRIGRAM_CANDIDATES = 20
# Longer queries are not worth a look-up per word.
CORRECTED_WORDS = 6


def title_words(titles) -> dict[str, str]:
    """The words of these titles, lower case, each with its spelling in the first title."""
    words = {}
    for title in titles:
        for word in WORD.findall(title):
            words.setdefault(word.lower(), word)
    return words


class SearchDocumentQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def on_site(self, language: str, site) -> "SearchDocumentQuerySet":
        return self.filter(language=language, tree_path__startswith=site.root_page.path)

    def matching(self, terms: str):
        """Search results for `terms` (all words must match), with what a result shows."""
        return self.select_related("page", "image").search(terms, operator="and")

    def spelling_suggestion(self, terms: str) -> str:
        """`terms` with each word replaced by the closest title word; "" if nothing changed."""
        words = terms.split()[:CORRECTED_WORDS]
        vocabulary = self._title_words_near([word for word in words if _correctable(word)])
        corrected = [_closest(word, vocabulary) for word in words]
        if [word.lower() for word in corrected] == [word.lower() for word in words]:
            return ""
        return " ".join(corrected)

    def _title_words_near(self, words: list[str]) -> dict[str, str]:
        """Title words that may correct `words` (lower case → as written), in one query."""
        if not words:
            return {}
        if connections[self.db].vendor != "postgresql":
            return title_words(self.values_list("title", flat=True).distinct())
        # Titles with a word similar to one of the words (the GIN trigram index finds them);
        # of their distinct words, the ones most similar to any of the words.
        similar = models.Q()
        for word in words:
            similar |= models.Q(title__trigram_word_similar=word)
        titles_sql, params = self.filter(similar).values("title").query.sql_with_params()
        similarity = ", ".join(["similarity(word, %s)"] * len(words))
        sql = (
            "SELECT word FROM (SELECT DISTINCT regexp_split_to_table(t.title, '\\W+') AS word "
            f"FROM ({titles_sql}) t) w ORDER BY greatest({similarity}) DESC LIMIT %s"
        )
        with connections[self.db].cursor() as cursor:
            cursor.execute(sql, [*params, *words, TRIGRAM_CANDIDATES * len(words)])
            return title_words(row[0] for row in cursor.fetchall())


def _correctable(word: str) -> bool:
    return len(word) >= CORRECTABLE_LENGTH and not word.isdigit()


def _closest(word: str, vocabulary: dict[str, str]) -> str:
    if not _correctable(word) or word.lower() in vocabulary:
        return word
    close = difflib.get_close_matches(word.lower(), vocabulary, n=1, cutoff=CLOSE_ENOUGH)
    return vocabulary[close[0]] if close else word


class SearchDocument(index.Indexed, models.Model):
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8)
    tree_path = models.CharField(max_length=255, db_index=True)
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    # What a result shows beside its title: the page's type and its card picture.
    kind = models.CharField(max_length=16, default="page")
    image = models.ForeignKey(
        get_image_model_string(), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

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

    @property
    def kind_label(self) -> str:
        return SEARCH_KIND_LABELS.get(self.kind, SEARCH_KIND_LABELS["page"])

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
                        "kind": getattr(specific, "search_kind", "page"),
                        "image": card_image(specific),
                    },
                )
