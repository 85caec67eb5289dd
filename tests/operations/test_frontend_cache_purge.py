"""Publishing purges the page from the CDN or Varnish in front, in every language.

The purge endpoint is a small HTTP server in the test that records each request, set as
FRONTEND_CACHE_PURGE_URL would set it (Wagtail's HTTP backend sends PURGE requests).
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from wagtail.contrib.frontend_cache.backends import CloudflareBackend

from leiden_site.factories import StandardPageFactory
from leiden_site.settings.services import frontend_cache_backends
from tests.conftest import publish


class RecordingPurgeHandler(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.server.calls.append((self.command, self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_endpoint(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), RecordingPurgeHandler)
    server.calls = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = frontend_cache_backends(
        purge_url=f"http://127.0.0.1:{server.server_address[1]}"
    )
    yield server.calls
    server.shutdown()
    server.server_close()


@pytest.fixture
def about(brand_home):
    return StandardPageFactory(
        parent=brand_home,
        title_nl="Over Leiden",
        slug_nl="over-leiden",
        title_en="About Leiden",
        slug_en="about-leiden",
        title_de="Über Leiden",
        slug_de="ueber-leiden",
    )


def test_publishing_purges_the_page_in_every_language(purge_endpoint, about):
    publish(about)
    purged = {(host, path) for method, host, path in purge_endpoint if method == "PURGE"}
    assert {
        ("localhost", "/nl/over-leiden/"),
        ("localhost", "/en/about-leiden/"),
        ("localhost", "/de/ueber-leiden/"),
    } <= purged
    # Its parent lists it: the brand home page in each language.
    assert {("localhost", "/nl/"), ("localhost", "/en/"), ("localhost", "/de/")} <= purged
    # Never a made-up URL such as the Dutch slug under /en/.
    assert ("localhost", "/en/over-leiden/") not in purged


def test_unpublishing_purges_it_too(purge_endpoint, about):
    publish(about)
    purge_endpoint.clear()
    about.unpublish()
    purged = {path for _method, _host, path in purge_endpoint}
    assert {"/nl/over-leiden/", "/en/about-leiden/", "/de/ueber-leiden/"} <= purged


def test_without_a_purge_setting_publishing_purges_nothing(settings, about, purge_endpoint):
    settings.WAGTAILFRONTENDCACHE = {}
    publish(about)
    assert purge_endpoint == []


def test_cloudflare_is_configured_by_token_and_zone():
    backends = frontend_cache_backends(cloudflare_token="token-from-env", cloudflare_zone="zone1")
    backend_path = backends["cloudflare"]["BACKEND"]
    assert backend_path.rsplit(".", 1)[1] == CloudflareBackend.__name__
    assert backends["cloudflare"]["ZONEID"] == "zone1"
    assert frontend_cache_backends(cloudflare_token="token-without-zone") == {}
