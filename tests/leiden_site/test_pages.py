"""Shared page foundations: SEO metadata, JSON-LD, breadcrumbs, blocks, preview."""

import json
import re

import pytest

from django.contrib.auth.models import User

from leiden_site.factories import StandardPageFactory
from tests.conftest import publish

BODY = [
    ("heading", {"text": "Geschiedenis", "level": "h2"}),
    ("paragraph", "<p>Leiden kreeg in 1575 de eerste universiteit van het land.</p>"),
    ("quote", {"quote": "Een stad vol ontdekkingen.", "attribution": "Een bezoeker"}),
    (
        "faq",
        {
            "heading": "Vragen",
            "items": [{"question": "Waar parkeer ik?", "answer": "<p>Bij de Haagweg.</p>"}],
        },
    ),
    (
        "table",
        {
            "caption": "Openingstijden",
            "table": {
                "data": [["Dag", "Tijd"], ["Maandag", "10-17"]],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
            },
        },
    ),
]


@pytest.fixture
def story(brand_home):
    return publish(
        StandardPageFactory(
            parent=brand_home,
            title_nl="Geschiedenis",
            slug_nl="geschiedenis",
            title_en="History",
            slug_en="history",
            search_description_nl="De geschiedenis van Leiden in het kort.",
            body_nl=BODY,
        )
    )


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    found = []
    for block in blocks:
        data = json.loads(block)
        found.extend(data if isinstance(data, list) else [data])
    return found


def test_home_page_has_website_and_organization_json_ld(client, sites):
    types = {item["@type"] for item in json_ld(client.get("/nl/", HTTP_HOST="vvv.localhost").text)}
    assert {"WebSite", "Organization"} <= types


def test_content_page_metadata(client, story):
    html = client.get("/nl/geschiedenis/", HTTP_HOST="localhost").text
    assert '<link rel="canonical" href="http://localhost/nl/geschiedenis/"' in html
    assert 'content="De geschiedenis van Leiden in het kort."' in html
    assert 'property="og:title"' in html
    assert html.count("<h1") == 1
    crumbs = [item for item in json_ld(html) if item["@type"] == "BreadcrumbList"][0]
    names = [element["name"] for element in crumbs["itemListElement"]]
    assert names == ["Leiden, Stad van Ontdekkingen", "Geschiedenis"]


def test_blocks_render(client, story):
    html = client.get("/nl/geschiedenis/", HTTP_HOST="localhost").text
    assert "eerste universiteit" in html
    assert "<blockquote" in html
    assert "<details" in html and "Waar parkeer ik?" in html
    assert "<figcaption>Openingstijden</figcaption>" in html
    assert 'role="region" tabindex="0" aria-label="Openingstijden"' in html
    assert re.search(r"<th[^>]*>\s*Dag\s*</th>", html), "the first row is the table's header"
    assert re.search(r"<td[^>]*>\s*Maandag\s*</td>", html)


def test_preview_has_a_mode_per_language(rf, story):
    assert [mode for mode, _label in story.preview_modes] == ["nl", "en", "de"]
    request = rf.get("/", HTTP_HOST="localhost")
    request.user = User.objects.create_superuser("admin", "a@example.org", "pw")
    for mode, title in (("nl", "Geschiedenis"), ("en", "History")):
        html = story.serve_preview(request, mode).content.decode()
        assert f"<title>{title}" in html
        assert f'<html lang="{mode}"' in html


def test_editing_in_the_admin_changes_both_languages(client, story):
    client.force_login(User.objects.create_superuser("admin", "a@example.org", "pw"))
    data = {
        "title_nl": "Leidse geschiedenis",
        "slug_nl": "geschiedenis",
        "title_en": "Leiden history",
        "slug_en": "history",
        "intro_nl": "",
        "intro_en": "",
        "body_nl-count": "0",
        "body_en-count": "0",
        "body_de-count": "0",
        "action-publish": "1",
    }
    response = client.post(f"/admin/pages/{story.pk}/edit/", data)
    assert response.status_code == 302
    assert "Leidse geschiedenis" in client.get("/nl/geschiedenis/", HTTP_HOST="localhost").text
    assert "Leiden history" in client.get("/en/history/", HTTP_HOST="localhost").text


def test_editors_see_which_languages_are_incomplete(client, story):
    client.force_login(User.objects.create_superuser("admin", "a@example.org", "pw"))
    html = client.get(f"/admin/pages/{story.pk}/edit/").content.decode()
    assert 'class="translation-status"' in html
    status = html.split('class="translation-status"', 1)[1].split("</ul>", 1)[0]
    # Dutch has everything, English lacks the body, German lacks even the title.
    assert status.count('data-complete="false"') == 2
    assert status.count('data-complete="true"') == 1
