"""A partner's editor logs in, changes their own profile and submits it for moderation.

The public page keeps the old text until a marketing moderator approves; another partner's
edit form stays closed.
"""

import re

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from leiden_site.declarations import MARKETING_MODERATORS
from partners.models import PartnerIndexPage, PartnerPage
from tests.conftest import publish

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "correct-horse-battery-staple"
OLD_INTRO = "Wereldculturen in Leiden."
NEW_INTRO = "Nu met een nieuwe vleugel over Indonesië."


def add_partner(index, title, slug, intro):
    partner = PartnerPage(
        title=title, title_nl=title, slug=slug, slug_nl=slug, sector="culture", intro_nl=intro
    )
    index.add_child(instance=partner)
    return publish(partner)


@pytest.fixture
def partners(brand_home):
    Group.objects.get(name=MARKETING_MODERATORS)  # approval needs the moderators' group
    index = PartnerIndexPage(
        title="Partners", title_nl="Partners", slug="partners", slug_nl="partners"
    )
    brand_home.add_child(instance=index)
    publish(index)
    return {
        "index": index,
        "a": add_partner(index, "Museum Volkenkunde", "volkenkunde", OLD_INTRO),
        "b": add_partner(index, "Hortus botanicus", "hortus", "De oudste botanische tuin."),
    }


@pytest.fixture
def editor_a(partners):
    user = get_user_model().objects.create_user(
        username="anna@example.org", email="anna@example.org", password=PASSWORD
    )
    user.groups.add(partners["a"].group)
    return user


def test_partner_editor_submits_own_profile(page, live_sites, partners, editor_a, screenshot):
    site = live_sites["discoveries"]
    public_url = f"{site}/nl/partners/volkenkunde/"
    page.goto(public_url)
    assert OLD_INTRO in page.content()

    page.goto(f"{site}/admin/login/")
    page.locator("input[name=username]").fill(editor_a.username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{site}/admin/")

    partner = partners["a"]
    page.goto(f"{site}/admin/pages/{partner.pk}/edit/")
    intro = page.locator("textarea[name=intro_nl]")
    assert intro.input_value() == OLD_INTRO
    intro.fill(NEW_INTRO)
    # Partner editors cannot publish: the footer offers submitting, never publishing.
    assert page.locator("footer button[name=action-publish]").count() == 0
    screenshot(page, "admin-edit-partner-page")

    submit = page.locator("footer button[name=action-submit]")
    if not submit.is_visible():
        page.locator("footer .w-dropdown__toggle").first.click()
        submit.wait_for(state="visible")
    submit.click()
    # Away from the edit form to a page listing, with Wagtail's success message.
    page.wait_for_url(re.compile(rf"^{re.escape(site)}/admin/pages/\d+/$"))
    assert page.locator(".messages .success").count() >= 1

    partner.refresh_from_db()
    assert partner.intro_nl == OLD_INTRO
    assert partner.get_latest_revision_as_object().intro_nl == NEW_INTRO
    page.goto(public_url)
    assert OLD_INTRO in page.content()
    assert NEW_INTRO not in page.content()

    other = partners["b"]
    response = page.goto(f"{site}/admin/pages/{other.pk}/edit/")
    # Refused: Wagtail's admin turns the refusal into a redirect to the dashboard, with
    # its permission message.
    assert response.status == 200
    assert page.url == f"{site}/admin/"
    assert page.locator(".messages .error").count() == 1
    assert page.locator("textarea[name=intro_nl]").count() == 0
    assert page.locator("form#page-edit-form").count() == 0
