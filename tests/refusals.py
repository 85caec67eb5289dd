"""How a refusal looks in the admin, followed to where it lands."""

from django.utils import translation
from django.utils.html import escape

PERMISSION_MESSAGE = "Sorry, you do not have permission to access this area."


def refused(client, response) -> bool:
    """403, or Wagtail's redirect to the dashboard that says permission is lacking (in
    the admin's language, Dutch by default), or a redirect to the log-in page."""
    if response.status_code == 403:
        return True
    if response.status_code != 302:
        return False
    location = response["Location"]
    if location.startswith("/admin/login/"):
        return True
    with translation.override("nl"):
        message = escape(translation.gettext(PERMISSION_MESSAGE))
    return message in client.get(location).content.decode()
