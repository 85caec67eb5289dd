"""Pages with a form come from the page cache; the CSRF token reaches each visitor apart.

With JavaScript, site.js fetches /csrf-token/ and fills the form (the test client does
the same two requests). Without it, the first post is refused politely: the form comes
back filled in, with a token, and the second post goes through.
"""

import re

import pytest

from django.test import Client

from discoveries.models import CongressRequest, NewsletterPage, Subscriber, VenueIndexPage
from leiden_site.factories import FormFieldFactory, FormPageFactory
from tests.conftest import publish

pytestmark = pytest.mark.usefixtures("sites")
TOKEN_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]*)" data-form-token')
NOT_SENT = "Uw formulier is nog niet verstuurd"  # the contact page is Dutch


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60


@pytest.fixture
def visitor():
    return Client(enforce_csrf_checks=True, HTTP_HOST="localhost")


@pytest.fixture
def contact(brand_home):
    page = FormPageFactory(parent=brand_home, slug_nl="contact", title_nl="Contact")
    FormFieldFactory(page=page, label_nl="Naam", field_type="singleline")
    FormFieldFactory(page=page, label_nl="Vraag", field_type="multiline")
    return publish(page)


@pytest.fixture
def newsletter(brand_home):
    page = NewsletterPage(title="Nieuwsbrief", slug="nieuwsbrief")
    brand_home.add_child(instance=page)
    return publish(page)


@pytest.fixture
def venue_finder(brand_home):
    page = VenueIndexPage(title="Vergaderen in Leiden", slug="vergaderen")
    brand_home.add_child(instance=page)
    return publish(page)


def token_in(response) -> str:
    return TOKEN_FIELD.search(response.text).group(1)


@pytest.mark.parametrize("path", ["/nl/contact/", "/nl/nieuwsbrief/", "/nl/vergaderen/"])
def test_form_pages_are_shared_from_the_page_cache(
    visitor, contact, newsletter, venue_finder, path
):
    first = visitor.get(path)
    assert first.status_code == 200
    assert token_in(first) == ""
    assert not first.cookies
    assert visitor.get(path)["X-Page-Cache"] == "hit"


def test_the_token_endpoint_is_private_and_sets_the_cookie(visitor):
    response = visitor.get("/csrf-token/")
    assert response.json()["token"]
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "csrftoken" in response.cookies
    assert "X-Page-Cache" not in response


def test_contact_form_with_javascript(visitor, contact):
    visitor.get("/nl/contact/")
    token = visitor.get("/csrf-token/").json()["token"]
    response = visitor.post(
        "/nl/contact/", {"naam": "Anna", "vraag": "Open op zondag?", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 200
    assert contact.get_submission_class().objects.get().get_data()["naam"] == "Anna"


def test_contact_form_without_javascript_is_sent_on_the_second_try(visitor, contact):
    visitor.get("/nl/contact/")
    refused = visitor.post("/nl/contact/", {"naam": "Anna", "vraag": "Open op zondag?"})
    assert refused.status_code == 403
    assert NOT_SENT in refused.text
    assert 'value="Anna"' in refused.text and "Open op zondag?" in refused.text
    assert not contact.get_submission_class().objects.exists()
    token = token_in(refused)
    assert token
    sent = visitor.post(
        "/nl/contact/", {"naam": "Anna", "vraag": "Open op zondag?", "csrfmiddlewaretoken": token}
    )
    assert sent.status_code == 200 and NOT_SENT not in sent.text
    assert contact.get_submission_class().objects.count() == 1


def test_newsletter_without_javascript(visitor, newsletter, django_capture_on_commit_callbacks):
    data = {"email": "anna@example.org", "language": "en", "consent": "on"}
    refused = visitor.post("/nl/nieuwsbrief/", data)
    assert refused.status_code == 403
    assert 'value="anna@example.org"' in refused.text
    assert not Subscriber.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        visitor.post("/nl/nieuwsbrief/", {**data, "csrfmiddlewaretoken": token_in(refused)})
    assert Subscriber.objects.filter(email="anna@example.org").exists()


def test_request_for_proposal_refused_without_token_then_sent_with_javascript(
    visitor, venue_finder, django_capture_on_commit_callbacks
):
    visitor.get("/nl/vergaderen/")
    token = visitor.get("/csrf-token/").json()["token"]
    data = {
        "organisation": "Universiteit Leiden",
        "name": "Dr. Jansen",
        "email": "jansen@example.org",
        "start_date": "2027-04-20",
        "end_date": "2027-04-22",
        "attendees": "250",
        "setup": "theatre",
        "message": "Een congres",
    }
    refused = visitor.post("/nl/vergaderen/", data)
    assert refused.status_code == 403 and 'value="Dr. Jansen"' in refused.text
    with django_capture_on_commit_callbacks(execute=True):
        visitor.post("/nl/vergaderen/", {**data, "csrfmiddlewaretoken": token})
    assert CongressRequest.objects.get().name == "Dr. Jansen"


def test_the_admin_keeps_djangos_refusal(visitor):
    response = visitor.post("/admin/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403
    assert NOT_SENT not in response.text
