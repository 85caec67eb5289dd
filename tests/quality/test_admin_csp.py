"""The admin's policy allows what the admin needs; a preview gets the public policy."""

import pytest

from django.contrib.auth import get_user_model

from leiden_site.factories import StandardPageFactory
from tests.conftest import publish


def directives(response) -> dict[str, str]:
    csp = response.headers["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in csp.split(";") if part.strip())


@pytest.fixture
def as_admin(client, sites):
    user = get_user_model().objects.create_superuser("beheer", "beheer@example.org", "x")
    client.force_login(user)
    return client


def test_admin_pictures_come_only_from_known_hosts(as_admin):
    policy = directives(as_admin.get("/admin/"))
    assert "https:" not in policy["img-src"].split()
    assert "https:" not in policy["frame-src"].split()
    assert "'unsafe-inline'" in policy["script-src"]  # the admin needs it; pages do not


def test_a_preview_gets_the_strict_public_policy_inside_the_admin_frame(as_admin, brand_home):
    page = publish(
        StandardPageFactory(parent=brand_home, title_nl="Voorvertoning", slug_nl="voorvertoning")
    )
    url = f"/admin/pages/{page.pk}/edit/preview/"
    form = {
        "title_nl": "Voorvertoning",
        "slug_nl": "voorvertoning",
        "intro_nl": "Concept",
        **{f"body_{code}-count": "0" for code in ("nl", "en", "de")},
    }
    assert as_admin.post(url, form).json()["is_valid"]
    preview = as_admin.get(url, {"mode": "nl"})
    assert preview.status_code == 200
    assert "Voorvertoning" in preview.content.decode()
    policy = directives(preview)
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-inline'" not in policy["style-src"]
    assert policy["frame-ancestors"] == "'self'"
    assert preview.headers["X-Frame-Options"] == "SAMEORIGIN"
