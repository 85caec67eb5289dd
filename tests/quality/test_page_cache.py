"""Anonymous pages come from the shared page cache until something is published."""

import pytest

from django.test.utils import override_settings

from leiden_site.factories import StandardPageFactory
from tests.conftest import publish

pytestmark = pytest.mark.usefixtures("sites")


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60


@pytest.fixture
def museum(brand_home):
    return publish(
        StandardPageFactory(
            parent=brand_home, title_nl="Lakenhal", slug_nl="lakenhal", title_en="Lakenhal museum"
        )
    )


def get(client, path, host="localhost"):
    return client.get(path, HTTP_HOST=host)


def test_second_visit_is_a_cache_hit_with_the_same_headers(
    client, museum, django_assert_max_num_queries
):
    first = get(client, "/nl/lakenhal/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_max_num_queries(2):
        second = get(client, "/nl/lakenhal/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert second["X-Frame-Options"] == first["X-Frame-Options"]


def test_publishing_refreshes_every_language(client, museum):
    get(client, "/nl/lakenhal/")
    get(client, "/en/lakenhal/")
    museum.title_nl, museum.title_en = "De Lakenhal", "The Lakenhal"
    publish(museum)
    assert "De Lakenhal" in get(client, "/nl/lakenhal/").text
    assert "The Lakenhal" in get(client, "/en/lakenhal/").text


def test_hosts_do_not_share_entries(client, museum):
    get(client, "/nl/", host="localhost")
    assert "VVV Leiden" in get(client, "/nl/", host="vvv.localhost").text


def test_logged_in_editors_bypass_the_cache(client, museum, admin_user):
    get(client, "/nl/lakenhal/")
    client.force_login(admin_user)
    assert "X-Page-Cache" not in get(client, "/nl/lakenhal/")


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens here: Redis is down
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "SOCKET_CONNECT_TIMEOUT": 0.2,
                "SOCKET_TIMEOUT": 0.2,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
)
def test_pages_still_serve_when_redis_is_down(client, museum):
    from leiden_site import page_cache

    page_cache._local["generation"] = None
    assert get(client, "/nl/lakenhal/").status_code == 200
    assert get(client, "/nl/lakenhal/").status_code == 200
    assert get(client, "/nl/search/?q=lakenhal").status_code == 200


def test_theme_stylesheet_is_per_site(client):
    brand = get(client, "/theme.css").text
    vvv = get(client, "/theme.css", host="vvv.localhost").text
    assert "--brand:#B0121B" in brand
    assert "--brand:#0B4F9C" in vvv
