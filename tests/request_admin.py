"""What the admin tests of visitor requests share (VVV bookings, Expat Centre appointments):
logging in as a role, reading a (streamed) answer, and the handling every request admin
offers staff: a status and a note, what was sent unchanged, filter and search."""

from django.contrib.auth.models import Group
from django.test import Client

from expat_centre.apps import EXPAT_STAFF
from leiden_site.declarations import MARKETING_EDITORS, MARKETING_MODERATORS
from tests.partners.conftest import make_user
from vvv.apps import VVV_STAFF


def body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode()


def login_as(role: str, request) -> Client:
    client = Client()
    if role == "anonymous":
        return client
    if role == "partner editor":
        client.force_login(request.getfixturevalue("editor_a"))
        return client
    group = {
        "VVV staff": VVV_STAFF,
        "moderator": MARKETING_MODERATORS,
        "marketing editor": MARKETING_EDITORS,
        "Expat staff": EXPAT_STAFF,
    }[role]
    client.force_login(make_user(role.replace(" ", "-"), Group.objects.get(name=group)))
    return client


def assert_staff_change_only_status_and_note(client, edit_url, stored, status, note):
    """Staff post a status, a note and another name: the first two are saved, the name the
    visitor sent stays."""
    sent_name = stored.name
    response = client.post(edit_url, {"status": status, "staff_note": note, "name": "Someone"})
    assert response.status_code == 302
    stored.refresh_from_db()
    assert (stored.status, stored.staff_note, stored.name) == (status, note, sent_name)


def assert_filter_by_status_and_search(client, list_url, new_name, done_name, query):
    """The listing filtered on "new" shows the new request only; a search finds the other."""
    new = body(client.get(list_url, {"status": "new"}))
    assert new_name in new and done_name not in new
    found = body(client.get(list_url, {"q": query}))
    assert done_name in found and new_name not in found
