"""The catalogue the quality gates walk holds every page type, so none skips them.

axe-core, the Nu Html Checker, the query budget, the security headers and the escaping
test all walk `tests/catalogue.py`; a page model that is not in it would go unchecked.
"""

from wagtail.models import Page, get_page_models

from tests.catalogue import build_catalogue


def test_every_page_model_is_in_the_catalogue(sites):
    page_models = {model for model in get_page_models() if model is not Page}
    walked = {entry.page_type for entry in build_catalogue(sites)} - {None}
    missing = sorted(model.__name__ for model in page_models - walked)
    assert missing == [], "add these page types to tests/catalogue.py"


def test_each_entry_is_served_by_the_page_type_it_names(client, sites):
    for entry in build_catalogue(sites):
        response = client.get(entry.url("nl"), HTTP_HOST=entry.host)
        assert response.status_code == entry.status, entry.name
        page = (response.context or {}).get("page")
        served = type(page.specific) if isinstance(page, Page) else None
        assert served is entry.page_type, entry.name
