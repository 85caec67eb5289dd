"""How a refusal looks in the admin, followed to where it lands.

A refusal is a 403, a redirect to the log-in page, or Wagtail's redirect to another admin
view that shows its permission message (in the admin's language, Dutch by default). A
redirect is never taken for a refusal by its status alone: a successful save redirects
too, so the helper follows it and reads the page it lands on.
"""

from django.utils import translation
from django.utils.html import escape

PERMISSION_MESSAGE = "Sorry, you do not have permission to access this area."
LOGIN_PATH = "/admin/login/"


def permission_message(language: str = "nl") -> str:
    with translation.override(language):
        return escape(translation.gettext(PERMISSION_MESSAGE))


def refusal_of(client, response, hops: int = 3) -> str | None:
    """What made the response a refusal ("403", "log-in", "permission message"), or None."""
    while True:
        if response.status_code == 403:
            return "403"
        if response.status_code != 302:
            text = response.content.decode(errors="replace")
            return "permission message" if permission_message() in text else None
        location = response["Location"]
        if location.startswith(LOGIN_PATH):
            return "log-in"
        if not hops or not location.startswith("/"):
            return None
        response = client.get(location)
        hops -= 1


def assert_refused(client, response) -> None:
    """Fails unless the request was refused; names where an accepted one landed."""
    where = response.get("Location", "") if response.status_code == 302 else ""
    assert refusal_of(client, response) is not None, (
        f"not refused: {response.status_code} {where}".strip()
    )
