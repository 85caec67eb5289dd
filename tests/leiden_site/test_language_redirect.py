"""`/` sends each visitor to the home page in their language, without database work."""

import pytest

pytestmark = pytest.mark.usefixtures("sites")


def root(client, host="localhost", accept=None):
    headers = {"HTTP_ACCEPT_LANGUAGE": accept} if accept is not None else {}
    return client.get("/", HTTP_HOST=host, **headers)


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("de-DE,de;q=0.9", "/de/"),
        ("fr-FR, en;q=0.8, de;q=0.5", "/en/"),
        ("en;q=0.2, nl;q=0.9", "/nl/"),
        ("fr, es", "/nl/"),
        ("", "/nl/"),
    ],
)
def test_the_browsers_language_decides_on_the_brand_site(client, accept, expected):
    response = root(client, accept=accept)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_the_expat_centre_speaks_english_to_browsers_without_a_language_of_ours(client):
    assert root(client, "expat.localhost", accept="fr")["Location"] == "/en/"
    assert root(client, "expat.localhost")["Location"] == "/en/"
    assert root(client, "expat.localhost", accept="nl")["Location"] == "/nl/"
    assert root(client, "vvv.localhost", accept="fr")["Location"] == "/nl/"


def test_shared_caches_keep_languages_apart(client):
    assert "Accept-Language" in root(client, accept="de")["Vary"]


def test_the_redirect_lands_on_the_home_page(client):
    response = client.get("/", HTTP_HOST="expat.localhost", follow=True)
    assert response.status_code == 200
    assert response.redirect_chain == [("/en/", 302)]


def test_the_redirect_needs_no_database_once_warm(client, django_assert_num_queries):
    root(client, accept="de")
    with django_assert_num_queries(0):
        assert root(client, accept="en")["Location"] == "/en/"
