"""Guides show when they were last reviewed; guides not reviewed for twelve months are listed
for Expat Centre staff, and for no one else, through the admin's own URL."""

import re
from datetime import timedelta

import pytest

from django.contrib.auth.models import Group
from django.utils import timezone

from expat_centre.apps import EXPAT_STAFF
from expat_centre.factories import (
    GuideIndexPageFactory,
    GuidePageFactory,
    ServiceIndexPageFactory,
    ServicePageFactory,
)
from leiden_site.declarations import MARKETING_EDITORS
from leiden_site.factories import ThemeFactory
from partners.models import PartnerIndexPage
from tests.conftest import publish
from tests.expat_centre.conftest import EXPAT
from tests.partners.conftest import add_partner, make_user
from tests.refusals import assert_refused
from vvv.apps import VVV_STAFF

REPORT = "/admin/expat/guides-to-review/"


@pytest.fixture
def reviewed_guides(expat_home):
    index = publish(GuideIndexPageFactory(parent=expat_home, slug_en="guides"))
    today = timezone.localdate()
    stale = publish(
        GuidePageFactory(
            parent=index,
            title_nl="Vervoer in de regio",
            title_en="Getting around",
            slug_en="transport",
            last_reviewed=today - timedelta(days=400),
        )
    )
    fresh = publish(
        GuidePageFactory(
            parent=index,
            title_nl="Bankzaken regelen",
            title_en="Sorting out banking",
            slug_en="banking",
            last_reviewed=today - timedelta(days=30),
        )
    )
    return stale, fresh


def test_visitors_see_when_a_guide_was_last_reviewed(client, reviewed_guides):
    _stale, fresh = reviewed_guides
    html = client.get("/en/guides/banking/", HTTP_HOST=EXPAT).content.decode()
    assert "Last reviewed" in html
    assert f'datetime="{fresh.last_reviewed.isoformat()}"' in html


def test_expat_staff_see_the_stale_guides_only(client, reviewed_guides):
    client.force_login(make_user("emre", Group.objects.get(name=EXPAT_STAFF)))
    response = client.get(REPORT)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Vervoer in de regio" in html
    assert "Bankzaken regelen" not in html
    # The report is in their admin menu (the menu's label is in the admin's language).
    assert REPORT in client.get("/admin/").content.decode()


@pytest.fixture
def partner_editor(brand_home):
    index = PartnerIndexPage(
        title="Partners", title_nl="Partners", slug="partners", slug_nl="partners"
    )
    brand_home.add_child(instance=index)
    partner = add_partner(publish(index), "Museum Volkenkunde", "volkenkunde", "Wereldculturen.")
    return make_user("anna", partner.group)


@pytest.mark.parametrize("role", ["anonymous", "marketing_editor", "vvv_staff", "partner_editor"])
def test_nobody_else_sees_the_report(client, reviewed_guides, request, role):
    if role == "marketing_editor":
        client.force_login(make_user("eva", Group.objects.get(name=MARKETING_EDITORS)))
    elif role == "vvv_staff":
        client.force_login(make_user("vera", Group.objects.get(name=VVV_STAFF)))
    elif role == "partner_editor":
        client.force_login(request.getfixturevalue("partner_editor"))
    response = client.get(REPORT)
    assert_refused(client, response)
    assert "Vervoer in de regio" not in client.get(REPORT, follow=True).content.decode()
    if role != "anonymous":
        assert REPORT not in client.get("/admin/", follow=True).content.decode()


def test_a_guide_shows_its_themes_and_links_its_live_services(client, expat_home):
    services = publish(ServiceIndexPageFactory(parent=expat_home, slug_en="services"))
    registration, permit, withdrawn = (
        publish(ServicePageFactory(parent=services, title_nl=nl, title_en=en, slug_en=slug))
        for nl, en, slug in [
            ("Inschrijven bij de gemeente", "Registering with the municipality", "registration"),
            ("Verblijfsvergunning", "Residence permit", "permit"),
            ("Oude dienst", "A withdrawn service", "withdrawn"),
        ]
    )
    withdrawn.unpublish()
    guide = GuidePageFactory(
        parent=publish(GuideIndexPageFactory(parent=expat_home, slug_en="guides")),
        title_en="Finding a home",
        slug_en="housing",
    )
    guide.themes.set([ThemeFactory(name_nl="Wonen", name_en="Living in Leiden")])
    guide.related_services.set([registration, permit, withdrawn])
    publish(guide)
    html = client.get("/en/guides/housing/", HTTP_HOST=EXPAT).content.decode()
    themes = re.search(r'<ul class="tag-list">.*?</ul>', html, re.S).group(0)
    assert "<li>Living in Leiden</li>" in themes
    help_panel = re.search(r'aria-labelledby="guide-services-title">.*?</section>', html, re.S)
    assert "We can help with" in help_panel.group(0)
    links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', help_panel.group(0))
    assert links == [
        ("/en/services/registration/", "Registering with the municipality"),
        ("/en/services/permit/", "Residence permit"),
    ]
