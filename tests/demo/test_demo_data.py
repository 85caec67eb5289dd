"""The demo loader builds all three sites and can run again without duplicates."""

from io import StringIO

import pytest

from django.contrib.auth.models import User
from django.core.management import call_command

from wagtail.images.models import Image
from wagtail.models import Page

from leiden_site.models import SearchDocument
from tests.demo.demo_checks import check_languages_and_pictures_demo
from tests.demo.privacy_checks import check_privacy_demo, check_venue_demo
from tests.expat_centre.demo_checks import check_expat_centre_demo
from tests.vvv.demo_checks import check_vvv_office_demo, check_vvv_products_demo


def counts():
    return {
        "pages": Page.objects.count(),
        "images": Image.objects.count(),
        "users": User.objects.count(),
        "documents": SearchDocument.objects.count(),
    }


@pytest.mark.django_db(transaction=True)
def test_demo_loader_is_idempotent_and_fills_every_site(client, settings, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "a-test-password")
    call_command("load_demo_data", stdout=StringIO())
    first = counts()
    # The first load rendered every page; the second only has to change nothing.
    call_command("load_demo_data", "--skip-rendering", stdout=StringIO())
    assert counts() == first
    assert first["pages"] >= 60  # three sites plus the brand content (places, events, stories, ...)

    for host in ("localhost", "vvv.localhost", "expat.localhost"):
        for language in ("nl", "en", "de"):
            response = client.get(f"/{language}/", HTTP_HOST=host)
            assert response.status_code == 200, (host, language)
    login = client.post("/admin/login/", {"username": "editor", "password": "a-test-password"})
    assert login.status_code == 302
    assert client.get("/admin/").status_code == 200
    assert User.objects.get(username="admin").is_superuser
    # Loading the demo is the slowest step of the suite: one load serves every site's checks.
    check_vvv_products_demo(client)
    check_vvv_office_demo(client)
    check_expat_centre_demo(client)
    check_languages_and_pictures_demo()
    check_privacy_demo(client)
    check_venue_demo(client)
