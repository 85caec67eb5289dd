"""Every form visitors send keeps its text within the column it is saved into, so an
overlong value gets a message on the form instead of a database error.

Visitors' forms are recognised by their honeypot (leiden_site.forms.HoneypotMixin); a model
form is checked against its own model, the newsletter sign-up against the subscriber."""

import pytest

from django import forms
from django.core.exceptions import FieldDoesNotExist
from django.db import models

from discoveries.models import CongressRequest, Subscriber
from leiden_site.forms import HoneypotMixin
from tests.discoveries.test_meetings_and_newsletter import REQUEST, newsletter, venue_index, venues

__all__ = ["newsletter", "venue_index", "venues"]  # fixtures of those tests

SAVED_INTO = {"NewsletterSignUpForm": Subscriber}


def visitor_forms() -> list[type[forms.Form]]:
    # Importing the forms modules defines the forms, so the honeypot knows its subclasses.
    import discoveries.forms  # noqa: F401
    import expat_centre.forms  # noqa: F401
    import vvv.forms  # noqa: F401

    found, todo = [], [HoneypotMixin]
    while todo:
        for subclass in todo.pop().__subclasses__():
            found.append(subclass)
            todo.append(subclass)
    return found


def model_of(form_class) -> type[models.Model]:
    meta = getattr(form_class, "_meta", None)
    return getattr(meta, "model", None) or SAVED_INTO[form_class.__name__]


def too_long_fields(form_class) -> list[str]:
    model = model_of(form_class)
    problems = []
    for name, field in form_class.base_fields.items():
        try:
            column = model._meta.get_field(name)
        except FieldDoesNotExist:  # a form-only field (honeypot, consent)
            continue
        limit = getattr(column, "max_length", None)
        if limit is None or not isinstance(field, forms.CharField):
            continue
        if field.max_length is None or field.max_length > limit:
            problems.append(f"{form_class.__name__}.{name}: {field.max_length} > {limit}")
    return problems


def test_the_visitor_forms_are_all_found():
    names = {form.__name__ for form in visitor_forms()}
    assert names >= {
        "CongressRequestForm",
        "NewsletterSignUpForm",
        "BookingRequestForm",
        "AppointmentRequestForm",
    }


@pytest.mark.parametrize("form_class", visitor_forms(), ids=lambda form: form.__name__)
def test_no_visitor_form_takes_more_text_than_its_column_holds(form_class):
    assert too_long_fields(form_class) == []


@pytest.mark.django_db
def test_an_overlong_newsletter_address_gets_a_message_and_nothing_is_stored(client, newsletter):
    address = "a" * 260 + "@example.org"
    response = client.post(
        "/nl/nieuwsbrief/", {"email": address, "language": "nl", "consent": "on"}
    )
    assert response.status_code in (200, 400)
    assert 'aria-invalid="true"' in response.text
    assert address in response.text  # what the visitor typed stays in the form
    assert not Subscriber.objects.exists()


@pytest.mark.django_db
def test_an_overlong_name_on_a_request_for_proposal_gets_a_message(client, venues):
    name = "Van " * 100
    response = client.post("/nl/vergaderen/", {**REQUEST, "name": name})
    assert response.status_code in (200, 400)
    assert 'aria-invalid="true"' in response.text
    assert not CongressRequest.objects.exists()
