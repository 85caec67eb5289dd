"""Keep per-language search documents and redirects in step with the page tree."""

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.images.models import Image
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from leiden_site import page_cache
from leiden_site.models import Navigation, SearchDocument, SiteIdentity
from leiden_site.models.mixins import LANGUAGE_CODES


@receiver(page_published)
def index_published_page(sender, instance, **kwargs):
    SearchDocument.index_page(instance)


@receiver(page_unpublished)
def forget_unpublished_page(sender, instance, **kwargs):
    SearchDocument.objects.filter(page_id=instance.pk).delete()


@receiver(post_page_move)
def reindex_moved_subtree(sender, instance, **kwargs):
    for page in Page.objects.descendant_of(instance, inclusive=True).live():
        SearchDocument.index_page(page)


def _url_paths(page) -> dict[str, str | None]:
    return {language: getattr(page, f"url_path_{language}", None) for language in LANGUAGE_CODES}


@receiver(pre_save)
def remember_old_url_paths(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.pk and instance.live:
        old = (
            Page.objects.filter(pk=instance.pk)
            .only(*[f"url_path_{language}" for language in LANGUAGE_CODES])
            .first()
        )
        instance._old_url_paths = _url_paths(old) if old else {}


@receiver(page_published)
def redirect_changed_slugs(sender, instance, **kwargs):
    """Wagtail only redirects the admin's active language; cover every language."""
    old_paths = getattr(instance, "_old_url_paths", {})
    site = instance.get_site()
    if not site or not old_paths:
        return
    root_path = site.root_page.url_path
    moved = {
        language: (old_paths[language], new_path)
        for language, new_path in _url_paths(instance).items()
        if old_paths.get(language) and new_path and old_paths[language] != new_path
    }
    if not moved:
        return
    for page in Page.objects.descendant_of(instance, inclusive=True):
        for language, (old_prefix, new_prefix) in moved.items():
            new_path = getattr(page, f"url_path_{language}") or ""
            if not new_path.startswith(new_prefix) or not old_prefix.startswith(root_path):
                continue
            old_path = old_prefix + new_path[len(new_prefix) :]
            Redirect.objects.update_or_create(
                old_path=Redirect.normalise_path(f"/{language}/{old_path[len(root_path) :]}"),
                site=site,
                defaults={"redirect_page": page, "is_permanent": True},
            )


# --- Page cache invalidation ----------------------------------------------------------------


CACHE_AFFECTING_MODELS = (Page, SiteIdentity, Navigation, Redirect, Site, Image, SearchPromotion)
# What saving a draft, a revision, a lock or a scheduled publication writes on a page:
# nothing visitors see until it is published.
DRAFT_FIELDS = {
    "comments",
    "draft_title",
    "has_unpublished_changes",
    "latest_revision",
    "latest_revision_created_at",
    "locked",
    "locked_at",
    "locked_by",
    "approved_go_live_at",
}


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def invalidate_page_cache_on_tree_change(sender, **kwargs):
    page_cache.invalidate_all()


def _untranslated(field_name: str) -> str:
    """`draft_title_en` -> `draft_title`: modeltranslation saves each language's column."""
    for language in LANGUAGE_CODES:
        if field_name.endswith(f"_{language}"):
            return field_name.removesuffix(f"_{language}")
    return field_name


def _changes_what_visitors_see(instance, created: bool, update_fields) -> bool:
    if isinstance(instance, Page):
        # A new draft is not online; publishing, unpublishing and moving have signals.
        if not instance.live:
            return False
        return not (
            update_fields and {_untranslated(name) for name in update_fields} <= DRAFT_FIELDS
        )
    # A new image shows nowhere until a page that uses it is published.
    return not (created and isinstance(instance, Image))


@receiver(post_save)
def invalidate_page_cache_on_content_change(sender, instance, created, update_fields, **kwargs):
    if isinstance(instance, CACHE_AFFECTING_MODELS) and _changes_what_visitors_see(
        instance, created, update_fields
    ):
        page_cache.invalidate_all()


@receiver(post_delete)
def invalidate_page_cache_on_deletion(sender, instance, **kwargs):
    if isinstance(instance, CACHE_AFFECTING_MODELS):
        page_cache.invalidate_all()
