"""Every role against every admin URL that exists: each sees only its own data.

For each role, every admin URL pattern is requested with the ids of objects that role
must not see (another partner's image, a proposal in moderation, another site's draft,
visitors' personal data). Whatever the answer (a refusal, a redirect, an empty list),
no page it lands on may show one of those secrets, and none may be a server error.
"""

import pytest

from django.test import Client

from tests.access.admin_urls import admin_urls
from tests.access.conftest import SECRETS

# Wagtail's /admin/failwhale/ raises an error on purpose, to test error reporting.
DELIBERATE_ERRORS = {"wagtailadmin_error_test"}
EVERYTHING = set(SECRETS)
PERSONAL_DATA = {"subscriber", "congress", "submission", "failed_task"}
# Tour booking requests: the VVV's own staff handle them.
VVV_PERSONAL_DATA = {"booking"}
# Appointment requests: the Expat Centre's own staff only, not even moderators.
EXPAT_PERSONAL_DATA = {"appointment"}

# What each role must never see. Roles see their own site's drafts, and the media of
# the collections they may use.
MUST_NOT_SEE = {
    "anonymous": EVERYTHING,
    "partner_editor": EVERYTHING,
    "vvv_staff": PERSONAL_DATA | EXPAT_PERSONAL_DATA | {"proposal", "expat_draft"},
    "expat_staff": PERSONAL_DATA | VVV_PERSONAL_DATA | {"proposal", "vvv_draft"},
    "marketing_editor": PERSONAL_DATA | VVV_PERSONAL_DATA | EXPAT_PERSONAL_DATA,
    "moderator": EXPAT_PERSONAL_DATA,
}
USERS = {
    "partner_editor": "editor_a",
    "vvv_staff": "vvv_staff",
    "expat_staff": "expat_staff",
    "marketing_editor": "marketing_editor",
    "moderator": "moderator",
}

# URL parameter -> the object (or value) it is filled with; `pk` depends on the view.
PK_BY_NAMESPACE = {
    "wagtailimages": "image_b",
    "wagtailimages_chooser": "image_b",
    "wagtailadmin_api:images": "image_b",
    "wagtaildocs": "document_b",
    "wagtaildocs_chooser": "document_b",
    "wagtailadmin_api:documents": "document_b",
    "wagtailadmin_api:pages": "proposal",
    "wagtailadmin_pages": "proposal",
    "wagtailsnippets_discoveries_subscriber": "subscriber",
    "wagtailsnippetchoosers_discoveries_subscriber": "subscriber",
    "wagtailsnippets_discoveries_congressrequest": "congress",
    "wagtailsnippetchoosers_discoveries_congressrequest": "congress",
    "wagtailsnippets_vvv_bookingrequest": "booking",
    "wagtailsnippetchoosers_vvv_bookingrequest": "booking",
    "wagtailsnippets_expat_centre_appointmentrequest": "appointment",
    "wagtailsnippetchoosers_expat_centre_appointmentrequest": "appointment",
    "wagtailusers_users": "editor_b",
    "wagtailsites": "site",
    "background_tasks": "failed_task",
    "wagtailsettings": "site",
}

# Views outside a namespace whose `pk` is one object's.
PK_BY_NAME = {"expat_appointment_export": "appointment"}


def parameter_values(world, url) -> dict:
    proposal = world["proposal"]
    workflow_state = world["workflow_state"]
    pk_owner = PK_BY_NAMESPACE.get(url.namespace) or PK_BY_NAME.get(url.name)
    return {
        "pk": world[pk_owner].pk if pk_owner else 1,
        "object_id": proposal.pk,
        "page_id": proposal.pk,
        "page_pk": proposal.pk,
        "page_to_move_id": proposal.pk,
        "parent_page_id": proposal.get_parent().pk,
        "destination_id": world["b"].pk,
        "revision_id": proposal.latest_revision_id,
        "revision_id_a": proposal.latest_revision_id,
        "revision_id_b": proposal.latest_revision_id,
        "image_id": world["image_b"].pk,
        "document_id": world["document_b"].pk,
        "doc_id": world["document_b"].pk,
        "collection_id": world["b"].collection_id,
        "workflow_state_id": workflow_state.pk,
        "task_state_id": workflow_state.current_task_state.pk,
        "task_id": workflow_state.current_task_state.task_id,
        "workflow_pk": workflow_state.workflow_id,
        "app_label": "discoveries",
        "model_name": "subscriber",
        "app_name": "leiden_site",
        "content_type_app_name": "discoveries",
        "content_type_model_name": "eventpage",
        "action_name": "approve",
        "action": "approve",
        "uploaded_file_id": 1,
        "session_id": 1,
        "redirect_id": 1,
        "query_id": 1,
        "filter_spec": "fill-10x10",
        "uidb64": "MQ",
        "token": "set-password",
    }


def landing(client, response, hops=3):
    """Follow redirects within the site to where the visitor ends up."""
    while response.status_code in (301, 302) and hops and response["Location"].startswith("/"):
        response = client.get(response["Location"])
        hops -= 1
    return response


@pytest.mark.parametrize("role", list(MUST_NOT_SEE))
def test_each_role_sees_only_its_own_data_on_every_admin_url(secret_world, role):
    client = Client(raise_request_exception=False)
    if role != "anonymous":
        client.force_login(secret_world[USERS[role]])
        assert client.get("/admin/").status_code == 200  # the role does get in
    secrets = [SECRETS[key] for key in MUST_NOT_SEE[role]]
    problems = []
    for url in admin_urls():
        if url.name in DELIBERATE_ERRORS:
            continue
        address = url.fill(parameter_values(secret_world, url))
        response = landing(client, client.get(address))
        if response.status_code >= 500:
            problems.append(f"{url.name} {address}: {response.status_code}")
            continue
        text = b"".join(response.streaming_content) if response.streaming else response.content
        text = text.decode(errors="replace")
        problems += [
            f"{url.name} {address} shows {secret!r}" for secret in secrets if secret in text
        ]
    assert not problems, "\n".join(problems)
