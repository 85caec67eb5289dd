"""Rich text saved outside the admin (shell, fixture, API) reaches visitors sanitised.

The admin's editor already strips scripts (tests/leiden_site/test_escaping.py); these
pages are written through the ORM, where nothing checks the HTML, so only the output
sanitiser (leiden_site.rich_text, installed by leiden_site.patches) stands between it and
the visitor. Normal formatting and Wagtail's internal links must survive it.
"""

import re

import pytest

from django.template import Context, Template

from wagtail.rich_text import RichText

from leiden_site.factories import StandardPageFactory
from tests.conftest import publish

HOSTILE = (
    '<h2>Rapenburg</h2><p>Een <b>gracht</b> met <i>bruggen</i>.<script>alert("body")</script>'
    '<img src="/x.png" onerror="alert(1)"><a href="javascript:alert(2)">klik</a> '
    '<a href="https://example.org/" onclick="alert(3)">buiten</a> '
    '<a linktype="page" id="{target}">de Hortus</a></p><ul><li>een</li><li>twee</li></ul>'
    '<iframe src="https://evil.example/"></iframe><svg onload="alert(4)"></svg>'
)
ATTACKS = ("alert(", "javascript:", "onerror", "onclick", "onload", "evil.example", "<svg")
FORMATTING = (
    "<h2>Rapenburg</h2>",
    "<b>gracht</b>",
    "<i>bruggen</i>",
    "<li>een</li>",
    '<a href="https://example.org/">buiten</a>',
    '<img src="/x.png">',
)


@pytest.fixture
def hortus(brand_home):
    return publish(
        StandardPageFactory(
            parent=brand_home, title_nl="Hortus", slug_nl="hortus", slug_en="hortus"
        )
    )


@pytest.fixture
def imported_page(brand_home, hortus):
    """A page as an import script would write it: straight into the database."""
    html = HOSTILE.format(target=hortus.pk)
    page = StandardPageFactory(
        parent=brand_home,
        title_nl="Geïmporteerd",
        slug_nl="geimporteerd",
        slug_en="imported",
        body=[
            ("paragraph", RichText(html)),
            ("faq", {"heading": "Vragen", "items": [{"question": "Open?", "answer": html}]}),
        ],
    )
    return publish(page)


def main_content(response) -> str:
    return response.text.split("<main", 1)[1].split("</main>", 1)[0]


def test_a_page_written_outside_the_admin_renders_without_scripts(client, imported_page):
    response = client.get("/en/imported/", HTTP_HOST="localhost")
    assert response.status_code == 200
    content = main_content(response)
    for attack in ATTACKS:
        assert attack not in content, attack
    for formatting in FORMATTING:
        assert content.count(formatting) == 2, formatting  # the paragraph and the FAQ answer
    internal_links = re.findall(r"<a [^>]*>de Hortus</a>", content)
    assert internal_links == ['<a href="http://localhost/en/hortus/">de Hortus</a>'] * 2


def test_the_richtext_filter_sanitises_a_rich_text_field(hortus):
    html = Template("{% load wagtailcore_tags %}{{ text|richtext }}").render(
        Context({"text": HOSTILE.format(target=hortus.pk)})
    )
    for attack in ATTACKS:
        assert attack not in html, attack
    for formatting in FORMATTING:
        assert formatting in html, formatting


def test_video_embeds_from_the_admitted_players_are_kept():
    html = Template("{% load wagtailcore_tags %}{{ text|richtext }}").render(
        Context(
            {
                "text": '<div class="responsive-object"><iframe src="https://player.vimeo.com/'
                'video/1" allowfullscreen></iframe></div><iframe src="https://player.vimeo.com'
                '.evil.example/"></iframe>'
            }
        )
    )
    assert '<iframe src="https://player.vimeo.com/video/1" allowfullscreen="">' in html
    assert "evil.example" not in html
