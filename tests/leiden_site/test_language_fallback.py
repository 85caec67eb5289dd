"""A page never passes Dutch text off as the visitor's language.

Text a language lacks is shown in Dutch, marked `lang="nl"` (WCAG 3.1.2), under a note; a
site may refuse to publish such a page, while drafts can always be saved.
"""

import json
import re

import pytest

from django.contrib.auth.models import Group, User

from wagtail.users.models import UserProfile

from discoveries.factories import StoryIndexPageFactory, StoryPageFactory
from leiden_site.declarations import MARKETING_MODERATORS
from leiden_site.factories import StandardPageFactory
from leiden_site.models import SiteIdentity
from tests.conftest import publish

DUTCH_BODY = [("paragraph", "<p>Alleen in het Nederlands geschreven.</p>")]
ENGLISH_BODY = [("paragraph", "<p>Written in English.</p>")]
GERMAN_BODY = [("paragraph", "<p>Auf Deutsch geschrieben.</p>")]
NOTE = 'class="notice language-note"'


def main_of(response) -> str:
    assert response.status_code == 200
    return re.search(r"<main\b.*?</main>", response.text, re.DOTALL).group(0)


def element(html: str, start: str, text: str) -> str:
    """The opening tag that begins with `start` and holds `text` nearest."""
    opening = re.findall(
        rf"{re.escape(start)}[ >][^>]*>?(?=(?:(?!{re.escape(start)}).)*?{re.escape(text)})",
        html,
        re.S,
    )
    assert opening, (start, text)
    return opening[-1]


@pytest.fixture
def page(brand_home):
    """Complete in English; German has a title and introduction but no body."""
    return publish(
        StandardPageFactory(
            parent=brand_home,
            title_nl="Grachten",
            slug_nl="grachten",
            intro_nl="Water door de stad.",
            body_nl=DUTCH_BODY,
            title_en="Canals",
            slug_en="canals",
            intro_en="Water through the city.",
            body_en=ENGLISH_BODY,
            title_de="Grachten",
            slug_de="grachten-de",
            intro_de="Wasser durch die Stadt.",
        )
    )


def test_dutch_body_on_a_german_page_is_marked_dutch_with_a_note(client, page):
    main = main_of(client.get("/de/grachten-de/", HTTP_HOST="localhost"))
    assert 'lang="nl"' in element(
        main, '<div class="stream"', "Alleen in het Nederlands geschreven."
    )
    assert 'lang="nl"' not in element(main, "<h1", "Grachten")
    assert 'lang="nl"' not in element(main, '<p class="lead"', "Wasser durch die Stadt.")
    assert NOTE in main


def test_a_complete_page_has_neither_mark_nor_note(client, page):
    main = main_of(client.get("/en/canals/", HTTP_HOST="localhost"))
    assert "Written in English." in main
    assert 'lang="nl"' not in main
    assert NOTE not in main


def test_a_dutch_page_has_neither_mark_nor_note(client, page):
    main = main_of(client.get("/nl/grachten/", HTTP_HOST="localhost"))
    assert 'lang="nl"' not in main
    assert NOTE not in main


def test_a_dutch_title_and_introduction_are_marked_too(client, brand_home):
    publish(
        StandardPageFactory(
            parent=brand_home,
            title_nl="Hofjes",
            slug_nl="hofjes",
            intro_nl="Stille binnentuinen.",
            slug_en="almshouses",
            body_nl=DUTCH_BODY,
            body_en=ENGLISH_BODY,
        )
    )
    main = main_of(client.get("/en/almshouses/", HTTP_HOST="localhost"))
    assert 'lang="nl"' in element(main, "<h1", "Hofjes")
    assert 'lang="nl"' in element(main, '<p class="lead"', "Stille binnentuinen.")
    assert 'lang="nl"' not in element(main, '<div class="stream"', "Written in English.")
    assert NOTE in main


def test_a_story_card_with_a_dutch_summary_is_marked_in_the_listing(client, brand_home):
    index = publish(
        StoryIndexPageFactory(
            parent=brand_home, title_nl="Verhalen", slug_nl="verhalen", slug_en="stories"
        )
    )
    publish(
        StoryPageFactory(
            parent=index,
            title_nl="Molens",
            slug_nl="molens",
            title_en="Windmills",
            slug_en="windmills",
            intro_nl="Over de molens van Leiden.",
        )
    )
    main = main_of(client.get("/en/stories/", HTTP_HOST="localhost"))
    assert 'lang="nl"' in element(main, '<p class="card__text"', "Over de molens van Leiden.")
    assert re.search(r'<h[23] class="card__title"><a class="card__link"[^>]*>Windmills<', main)


# --- Publishing with a language incomplete ------------------------------------------------


@pytest.fixture
def moderator(client, sites):
    user = User.objects.create_user("moderator", "moderator@example.org", "pw")
    user.groups.add(Group.objects.get(name=MARKETING_MODERATORS))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the messages below are read in English
    profile.save()
    client.force_login(user)
    return user


@pytest.fixture
def completeness_required(sites):
    identity = SiteIdentity.for_site(sites["discoveries"])
    identity.require_complete_languages = True
    identity.save()


def draftail(text: str) -> str:
    """A paragraph as the admin's rich-text editor posts it."""
    block = {"key": "a", "type": "unstyled", "text": text, "depth": 0}
    block.update(inlineStyleRanges=[], entityRanges=[])
    return json.dumps({"blocks": [block], "entityMap": {}})


def edit_post(client, page, title_nl, action=None, german_body=False, extra=None):
    data = {
        "title_nl": title_nl,
        "slug_nl": page.slug_nl,
        "intro_nl": page.intro_nl,
        "title_en": page.title_en,
        "slug_en": page.slug_en,
        "intro_en": page.intro_en,
        "title_de": page.title_de,
        "slug_de": page.slug_de,
        "intro_de": page.intro_de,
    }
    for language, text in [("nl", "Tekst"), ("en", "Text"), ("de", "Text")]:
        filled = language != "de" or german_body
        data[f"body_{language}-count"] = "1" if filled else "0"
        if filled:
            data.update(
                {
                    f"body_{language}-0-type": "paragraph",
                    f"body_{language}-0-value": draftail(text),
                    f"body_{language}-0-deleted": "",
                    f"body_{language}-0-order": "0",
                }
            )
    if action:
        data[action] = "1"
    data.update(extra or {})
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def test_publishing_an_incomplete_page_is_refused_with_what_is_missing(
    client, page, moderator, completeness_required
):
    response = edit_post(client, page, "Grachten van Leiden", action="action-publish")
    assert response.status_code == 200
    assert "only when it is complete in every language" in response.text
    assert "German: body" in response.text
    page.refresh_from_db()
    assert page.title_nl == "Grachten"  # the live page is unchanged
    assert not page.has_unpublished_changes


def test_saving_a_draft_of_an_incomplete_page_still_works(
    client, page, moderator, completeness_required
):
    response = edit_post(client, page, "Grachten van Leiden")
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title_nl == "Grachten"
    assert page.get_latest_revision().content["title_nl"] == "Grachten van Leiden"


def test_a_complete_page_publishes_when_completeness_is_required(
    client, page, moderator, completeness_required
):
    response = edit_post(
        client, page, "Grachten van Leiden", action="action-publish", german_body=True
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title_nl == "Grachten van Leiden"


def test_without_the_setting_an_incomplete_page_publishes(client, page, moderator):
    response = edit_post(client, page, "Grachten van Leiden", action="action-publish")
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title_nl == "Grachten van Leiden"


def test_editors_see_what_visitors_get_and_the_sites_rule(
    client, page, moderator, completeness_required
):
    html = client.get(f"/admin/pages/{page.pk}/edit/").text
    status = html.split('class="translation-status"', 1)[1]
    assert status.count('data-complete="false"') == 1
    assert "marked as Dutch" in status
    assert 'data-completeness-required="true"' in status


def test_a_moderator_switches_the_rule_on_in_the_site_settings(client, moderator, sites):
    form = client.get("/admin/settings/leiden_site/siteidentity/", follow=True)
    assert 'name="require_complete_languages"' in form.text
