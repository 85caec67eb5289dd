"""Pagination that answers bad page numbers with a message instead of an error."""

from django.core.paginator import Paginator
from django.utils.translation import gettext as _


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
