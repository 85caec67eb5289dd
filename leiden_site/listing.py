"""Pagination that answers bad page numbers with a message instead of an error."""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.utils.translation import gettext as _

from wagtail.images import get_image_model

from leiden_site.page_cache import reads_query


def bind_filters(form_class, request):
    """(form, cleaned data, error messages) for a GET filter form; no filters, no errors."""
    reads_query(request, *form_class.base_fields)
    form = form_class(request.GET or None)
    if not form.is_bound:
        return form, {}, []
    if not form.is_valid():
        return form, {}, [str(e) for field_errors in form.errors.values() for e in field_errors]
    return form, form.cleaned_data, []


def with_renditions(image_relation: str = "") -> Prefetch:
    """Prefetch the renditions of the image at `image_relation` (or of the images listed)."""
    from wagtail.images.models import Rendition

    lookup = f"{image_relation}__renditions" if image_relation else "renditions"
    return Prefetch(lookup, queryset=Rendition.objects.all())


def parse_page_number(raw: str | None) -> int | None:
    """A positive page number; 1 when absent; None when it is no page number at all."""
    if raw in (None, ""):
        return 1
    try:
        number = int(raw)
    except (TypeError, ValueError):
        return None
    return number if number >= 1 else None


def paginate(items, raw_page: str | None, per_page: int, errors: list[str]):
    """The requested page of `items`; bad or too-high numbers add a message to `errors`."""
    number = parse_page_number(raw_page)
    if number is None:
        errors.append(_("That page number does not exist; showing the first page."))
        number = 1
    paginator = Paginator(items, per_page)
    if number > paginator.num_pages:
        errors.append(_("There are fewer results than that; showing the last page."))
        number = paginator.num_pages
    return paginator.page(number)


def _card_image_fields(page) -> tuple[str, ...]:
    """The image fields a card of this page may show, in order of preference."""
    return ("og_image", getattr(page, "card_image_field", "image"))


def attach_images(pages, fields=None):
    """Load the images these pages show, with renditions, in two queries for all of them.

    `fields` names the image fields to load; by default those a card shows.
    """
    wanted = {}
    for page in pages:
        for field in fields or _card_image_fields(page):
            image_id = getattr(page, f"{field}_id", None)
            if image_id:
                wanted.setdefault(image_id, []).append((page, field))
    images = get_image_model().objects.prefetch_renditions().in_bulk(list(wanted))
    for image_id, targets in wanted.items():
        for page, name in targets:
            setattr(page, name, images.get(image_id))
    return pages


def card_image(page):
    """The image a card of this page shows: its sharing image, else its own picture."""
    for field in _card_image_fields(page):
        if getattr(page, f"{field}_id", None):
            return getattr(page, field)
    return None


def specific_live_pages(pages) -> list:
    """The live ones of these base pages, as their specific types, with their images.

    One query per page type (the content types are known from the base pages), plus
    two for the images, however many pages there are; the given order is kept.
    """
    from django.contrib.contenttypes.models import ContentType

    by_type = {}
    for page in pages:
        by_type.setdefault(page.content_type_id, []).append(page.pk)
    found = {}
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        found.update(model.objects.live().in_bulk(ids))
    return attach_images([found[page.pk] for page in pages if page.pk in found])
