"""Security headers on every public page type, and the admin's own policy."""

import pytest

from tests.catalogue import build_catalogue


@pytest.fixture
def responses(client, sites):
    return {
        entry.name: client.get(entry.url("nl"), HTTP_HOST=entry.host)
        for entry in build_catalogue(sites)
    }


def test_every_page_type_sends_the_security_headers(responses):
    for name, response in responses.items():
        csp = response.headers.get("Content-Security-Policy", "")
        directives = dict(part.strip().split(" ", 1) for part in csp.split(";") if part.strip())
        assert "script-src" in directives, name
        assert "'unsafe-inline'" not in directives["script-src"], name
        assert directives.get("frame-ancestors") == "'none'", name
        assert directives.get("object-src") == "'none'", name
        assert response.headers["X-Content-Type-Options"] == "nosniff", name
        assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin", name
        assert "camera=()" in response.headers["Permissions-Policy"], name
        assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin", name
        assert response.headers["X-Frame-Options"] in ("DENY", "SAMEORIGIN"), name


def test_public_pages_need_no_inline_script_or_style(client, sites):
    response = client.get("/nl/", HTTP_HOST="localhost")
    assert "'unsafe-inline'" not in response.headers["Content-Security-Policy"]
    assert "<script>" not in response.text
    assert "<style" not in response.text
    assert 'href="/theme.css?v=' in response.text


def test_admin_gets_its_own_policy(client, sites):
    response = client.get("/admin/login/")
    csp = response.headers["Content-Security-Policy"]
    assert "'unsafe-inline'" in csp
    assert "frame-ancestors 'self'" in csp
