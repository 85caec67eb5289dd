"""The employers listing: a sector filter that works as a plain GET form and answers bad
input with a message."""

import pytest

from expat_centre.factories import EmployerIndexPageFactory, EmployerPageFactory
from leiden_site.factories import StandardPageFactory
from tests.conftest import publish
from tests.expat_centre.conftest import EXPAT


@pytest.fixture
def employers(expat_home):
    booking = publish(
        StandardPageFactory(parent=expat_home, title_en="Booking for your staff", slug_en="booking")
    )
    index = publish(
        EmployerIndexPageFactory(parent=expat_home, slug_en="employers", booking_page=booking)
    )
    for title, sector in [
        ("Universiteit Leiden", "education"),
        ("Hogeschool Leiden", "education"),
        ("Biotech Leiden", "life_sciences"),
    ]:
        publish(EmployerPageFactory(parent=index, title=title, title_nl=title, sector=sector))
    return index


def listed(html: str) -> set[str]:
    return {
        name
        for name in ("Universiteit Leiden", "Hogeschool Leiden", "Biotech Leiden")
        if name in html
    }


def test_all_employers_and_the_booking_page_are_listed(client, employers):
    html = client.get("/en/employers/", HTTP_HOST=EXPAT).content.decode()
    assert listed(html) == {"Universiteit Leiden", "Hogeschool Leiden", "Biotech Leiden"}
    assert 'href="/en/booking/"' in html


def test_the_sector_filter_narrows_the_list(client, employers):
    response = client.get("/en/employers/?sector=life_sciences", HTTP_HOST=EXPAT)
    assert response.status_code == 200
    assert listed(response.content.decode()) == {"Biotech Leiden"}


@pytest.mark.parametrize(
    "query",
    ["sector=mining", "sector=%3Cscript%3E", "sector=education&sector=life_sciences"],
)
def test_a_bad_sector_gives_a_message_not_an_error(client, employers, query):
    response = client.get(f"/en/employers/?{query}", HTTP_HOST=EXPAT)
    html = response.content.decode()
    assert response.status_code == 400
    assert 'role="alert"' in html
    assert "<script>" not in html.split("<main")[1]


@pytest.mark.parametrize("page", ["abc", "0", "99"])
def test_a_bad_page_number_shows_a_page_with_a_message(client, employers, page):
    response = client.get(f"/en/employers/?page={page}", HTTP_HOST=EXPAT)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html
    assert listed(html)
