"""A frozen Redis (SIGSTOP: connections accepted, nothing answered) never stalls the site.

The test's own redis-server sits behind a relay that counts every attempt the site makes
to talk to it. After one failed call the cache is skipped for a while (the circuit breaker
in leiden_site.cache), so the next pages render without asking Redis at all; after the
pause the cache is tried again. Counts, not clocks: the timeouts themselves are settings.
"""

import shutil
import time

import pytest

from leiden_site import cache as breaker
from leiden_site import page_cache
from leiden_site.factories import StandardPageFactory
from tests.conftest import publish
from tests.quality.servers import CountingProxy, redis_server
from tests.quality.tools import require_tool

PAUSE_SECONDS = 0.5


@pytest.fixture
def lakenhal(brand_home):
    return publish(StandardPageFactory(parent=brand_home, slug_nl="lakenhal", slug_en="lakenhal"))


@pytest.fixture
def redis():
    require_tool(shutil.which("redis-server") is not None, "redis-server is not installed")
    with redis_server() as server:
        relay = CountingProxy(server.port)
        try:
            yield server, relay
        finally:
            relay.close()


def use_redis_cache(settings, relay, breaker_seconds):
    """The site's Redis cache configuration (settings/base.py), pointed at the relay."""
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "leiden_site.cache.CircuitBreakingRedisCache",
            "LOCATION": f"redis://127.0.0.1:{relay.port}/0",
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "SOCKET_CONNECT_TIMEOUT": settings.REDIS_TIMEOUT_SECONDS,
                "SOCKET_TIMEOUT": settings.REDIS_TIMEOUT_SECONDS,
                "BREAKER_SECONDS": breaker_seconds,
            },
        },
    }
    settings.PAGE_CACHE_SECONDS = 60


@pytest.fixture(autouse=True)
def _fresh_breaker():
    breaker._skip_until.clear()
    page_cache._local["generation"] = None
    yield
    breaker._skip_until.clear()
    page_cache._local["generation"] = None


def get(client):
    return client.get("/en/lakenhal/", HTTP_HOST="localhost")


def test_after_one_failure_pages_are_served_without_asking_the_frozen_redis(
    client, lakenhal, redis, settings
):
    server, relay = redis
    use_redis_cache(settings, relay, breaker_seconds=60)
    assert get(client).status_code == 200
    assert get(client)["X-Page-Cache"] == "hit"  # Redis answers: the page cache works

    server.freeze()
    before = relay.chunks
    assert get(client).status_code == 200
    attempts = relay.chunks - before
    assert attempts >= 1  # the page cache asked, and waited for its timeout

    for _ in range(5):
        assert get(client).status_code == 200
    assert relay.chunks - before == attempts  # not one more attempt


def test_after_the_pause_the_cache_is_used_again(client, lakenhal, redis, settings):
    server, relay = redis
    use_redis_cache(settings, relay, breaker_seconds=PAUSE_SECONDS)
    server.freeze()
    assert get(client).status_code == 200
    server.thaw()
    time.sleep(PAUSE_SECONDS * 2)

    before = relay.chunks
    assert get(client).status_code == 200
    assert relay.chunks > before  # asked Redis again
    assert get(client)["X-Page-Cache"] == "hit"
