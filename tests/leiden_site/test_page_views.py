"""Page routes reach the handlers the apps' views register for them."""

import pytest

from django.core.exceptions import ImproperlyConfigured

from leiden_site import page_views


class ListingPage:
    pass


class AgendaPage(ListingPage):
    pass


@pytest.fixture
def handlers(monkeypatch):
    monkeypatch.setattr(page_views, "_handlers", {})


def test_a_view_registered_for_a_page_type_serves_its_subtypes(handlers):
    @page_views.page_view(ListingPage, "listing")
    def listing(page, request, extra):
        return (type(page).__name__, request, extra)

    assert page_views.serve_view(AgendaPage(), "listing", "request", "extra") == (
        "AgendaPage",
        "request",
        "extra",
    )


def test_a_subtype_may_register_its_own_view(handlers):
    page_views.page_view(ListingPage, "listing")(lambda page, request: "general")
    page_views.page_view(AgendaPage, "listing")(lambda page, request: "agenda")
    assert page_views.serve_view(AgendaPage(), "listing", None) == "agenda"
    assert page_views.serve_view(ListingPage(), "listing", None) == "general"


def test_a_route_without_a_registered_view_says_so(handlers):
    with pytest.raises(ImproperlyConfigured, match="No view 'feed' is registered for AgendaPage"):
        page_views.serve_view(AgendaPage(), "feed", None)
