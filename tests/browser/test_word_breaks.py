"""Names are never broken inside a word: on a phone, in German (the longest words), no
heading or card title on any page type hyphenates by itself or splits a word over two
lines. A break after a hyphen or a slash the editor typed is allowed."""

import pytest

from tests.catalogue import build_catalogue

pytestmark = pytest.mark.django_db(transaction=True)

# Every visible heading and card title: words (split at spaces, hyphens and slashes) whose
# pieces lie on more than one line, and elements whose hyphenation is not manual.
FIND_BROKEN_WORDS = """
() => {
  const found = [];
  const titles = document.querySelectorAll("h1, h2, h3, .card__title, .member-card__name");
  for (const title of titles) {
    if (title.offsetWidth < 40 || title.closest(".visually-hidden, [hidden]")) continue;
    const hyphens = getComputedStyle(title).hyphens;
    if (hyphens !== "manual") found.push(`hyphens: ${hyphens} on "${title.textContent.trim()}"`);
    const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      for (const word of text.data.matchAll(/[^\\s\\-\\u2010\\u2011\\u2013\\/]+/g)) {
        const range = document.createRange();
        range.setStart(text, word.index);
        range.setEnd(text, word.index + word[0].length);
        const lines = new Set(
          [...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.bottom))
        );
        if (lines.size > 1) found.push(`"${word[0]}" split over ${lines.size} lines`);
      }
    }
  }
  return found;
}
"""


@pytest.fixture
def catalogue(sites, live_sites):
    return build_catalogue(sites)


def test_no_heading_or_card_title_breaks_inside_a_word_on_a_phone(browser, catalogue, live_sites):
    port = live_sites["discoveries"].rsplit(":", 1)[1]
    context = browser.new_context(viewport={"width": 375, "height": 800}, locale="de-DE")
    tab = context.new_page()
    broken = {}
    try:
        for entry in catalogue:
            url = f"http://{entry.host}:{port}{entry.url('de')}"
            response = tab.goto(url)
            assert response.status == entry.status, (entry, response.status)
            found = tab.evaluate(FIND_BROKEN_WORDS)
            if found:
                broken[url] = found
    finally:
        context.close()
    assert broken == {}
