"""Rich text as visitors get it: only the HTML that Wagtail's rich-text features make.

The admin's editor can only produce that HTML, but rich text also arrives through a
shell, a fixture, an import or the API, where nothing checks it. Every rendering goes
through `sanitise` (installed around Wagtail's `expand_db_html` by leiden_site.patches),
after Wagtail has turned its internal links, documents, images and embeds into HTML.
"""

import nh3

from django.conf import settings

# What the editor's features produce: paragraphs, headings, bold/italic, lists, links,
# and the images, embeds, rules, quotes, code and super/subscript of its default set.
ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "h5", "h6", "b", "strong", "i", "em", "a", "ol", "ul", "li",
    "hr", "blockquote", "code", "sup", "sub", "s", "img", "div", "iframe",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href"},
    "img": {"src", "alt", "width", "height", "class"},
    "div": {"class"},  # Wagtail's responsive embed wrapper
    "iframe": {"src", "width", "height", "title", "allow", "allowfullscreen", "frameborder"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    # An embed may only show a player from the video services the CSP admits.
    if tag == "iframe" and attribute == "src":
        players = tuple(f"{host}/" for host in settings.EMBED_PLAYER_HOSTS)
        return value if value.startswith(players) else None
    return value


def sanitise(html: str) -> str:
    """`html` without scripts, event handlers, `javascript:` links or unknown elements."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_keep_attribute,
        url_schemes=URL_SCHEMES,
        # Wagtail's own links carry no rel; adding one would change every editor's link.
        link_rel=None,
    )
