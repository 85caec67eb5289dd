"""The form page: stored submissions, mail after the commit, honeypot, bad input."""

import pytest

from django.core import mail
from django.test.utils import override_settings

from wagtail.contrib.forms.models import FormSubmission

from leiden_site.factories import FormFieldFactory, FormPageFactory
from tests.conftest import publish


@pytest.fixture
def contact(brand_home):
    page = FormPageFactory(parent=brand_home, title_nl="Contact", slug_nl="contact")
    FormFieldFactory(page=page, label_nl="Naam", label_en="Name", field_type="singleline")
    FormFieldFactory(page=page, label_nl="E-mail", label_en="Email", field_type="email")
    FormFieldFactory(page=page, label_nl="Bericht", field_type="multiline", required=False)
    return publish(page)


def post(client, data, language="nl"):
    url = f"/{language}/contact/"
    return client.post(url, data, HTTP_HOST="localhost")


def test_form_renders_translated_labels(client, contact):
    html = client.get("/en/contact/", HTTP_HOST="localhost").text
    assert "Name" in html and "Email" in html
    # No English label: the Dutch one stands in.
    assert "Bericht" in html


def test_valid_submission_is_stored_and_mailed(client, contact, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, {"naam": "Anna", "e_mail": "anna@example.org", "bericht": "Hoi"})
    assert response.status_code == 200
    submission = FormSubmission.objects.get(page=contact)
    assert submission.get_data()["naam"] == "Anna"
    assert len(mail.outbox) == 1
    assert "Anna" in mail.outbox[0].body
    assert mail.outbox[0].to == ["staff@example.org"]


def test_invalid_submission_keeps_what_was_typed(client, contact):
    response = post(client, {"naam": "Anna", "e_mail": "not-an-address", "bericht": "Mijn vraag"})
    assert response.status_code == 200
    assert FormSubmission.objects.count() == 0
    assert 'value="Anna"' in response.text
    assert "Mijn vraag" in response.text
    assert 'role="alert"' in response.text


def test_honeypot_stores_nothing(client, contact):
    response = post(
        client,
        {"naam": "Bot", "e_mail": "bot@example.org", "website_url": "http://spam.example"},
    )
    assert response.status_code == 200
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


@override_settings(EMAIL_BACKEND="tests.leiden_site.broken_mail.BrokenEmailBackend")
def test_failing_mail_server_keeps_the_submission(
    client, contact, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, {"naam": "Anna", "e_mail": "anna@example.org"})
    assert response.status_code == 200
    assert FormSubmission.objects.filter(page=contact).count() == 1
