"""Two partners (A and B) on the brand site, their editors, media, an event and a form.

Partner A's editor is the person under test: every boundary is proved with their login.
"""

import datetime
from io import BytesIO

import pytest
import wagtail_factories
from PIL import Image as PILImage

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    ModelLogEntry,
    Page,
    PageLogEntry,
    Revision,
    TaskState,
    WorkflowPage,
    WorkflowState,
)

from discoveries.factories import EventIndexPageFactory, EventPageFactory
from discoveries.models import EventOccurrence, EventPage
from leiden_site.declarations import MARKETING_MODERATORS
from leiden_site.factories import FormFieldFactory, FormPageFactory
from partners.models import PartnerIndexPage, PartnerPage
from tests.conftest import publish

PASSWORD = "correct-horse-battery-staple"


def make_user(username, *groups):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password=PASSWORD
    )
    user.groups.add(*groups)
    return user


def add_partner(index, title, slug, intro, sector="culture"):
    partner = PartnerPage(
        title=title, title_nl=title, slug=slug, slug_nl=slug, sector=sector, intro_nl=intro
    )
    index.add_child(instance=partner)
    return publish(partner)


@pytest.fixture
def agenda(brand_home):
    return publish(EventIndexPageFactory(parent=brand_home, title_nl="Agenda", slug_nl="agenda"))


@pytest.fixture
def partner_index(brand_home, agenda):
    index = PartnerIndexPage(
        title="Partners", title_nl="Partners", slug="partners", slug_nl="partners"
    )
    brand_home.add_child(instance=index)
    return publish(index)


@pytest.fixture
def partner_a(partner_index):
    return add_partner(
        partner_index, "Museum Volkenkunde", "volkenkunde", "Wereldculturen in Leiden."
    )


@pytest.fixture
def partner_b(partner_index):
    return add_partner(
        partner_index, "Hortus botanicus", "hortus", "De oudste botanische tuin.", "education"
    )


@pytest.fixture
def editor_a(partner_a):
    return make_user("anna", partner_a.group)


@pytest.fixture
def editor_b(partner_b):
    return make_user("bram", partner_b.group)


@pytest.fixture
def moderator(sites):
    return make_user("marijke", Group.objects.get(name=MARKETING_MODERATORS))


@pytest.fixture
def event_b(agenda, partner_b, editor_b):
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=10)
    return publish(
        EventPageFactory(
            parent=agenda,
            title_nl="Orchideeënnacht",
            slug_nl="orchideeennacht",
            organiser=partner_b,
            owner=editor_b,
            occurrences=[(start, start + datetime.timedelta(hours=3))],
        )
    )


@pytest.fixture
def contact_form(brand_home):
    page = FormPageFactory(parent=brand_home, title_nl="Contact", slug_nl="contact")
    FormFieldFactory(page=page, label_nl="Naam", field_type="singleline")
    publish(page)
    FormSubmission.objects.create(page=page, form_data={"naam": "Geheime Inzender"})
    return page


@pytest.fixture
def media(partner_a, partner_b):
    """An image and a document in each partner's own collection."""
    return {
        "image_a": wagtail_factories.ImageFactory(
            title="Volkenkunde gevel", collection=partner_a.collection
        ),
        "image_b": wagtail_factories.ImageFactory(
            title="Hortus kas geheim", collection=partner_b.collection
        ),
        "document_a": wagtail_factories.DocumentFactory(
            title="Volkenkunde jaarverslag", collection=partner_a.collection
        ),
        "document_b": wagtail_factories.DocumentFactory(
            title="Hortus begroting geheim", collection=partner_b.collection
        ),
    }


@pytest.fixture
def world(partner_a, partner_b, editor_a, editor_b, moderator, event_b, contact_form, media):
    """Everything at once, for the boundary tests."""
    return {
        "a": partner_a,
        "b": partner_b,
        "editor_a": editor_a,
        "editor_b": editor_b,
        "moderator": moderator,
        "event_b": event_b,
        "form": contact_form,
        **media,
    }


def db_state() -> dict:
    """Every row a partner editor could hope to change, in comparable form."""
    return {
        "pages": list(
            Page.objects.order_by("pk").values_list(
                "pk",
                "title_nl",
                "slug_nl",
                "path",
                "url_path",
                "live",
                "has_unpublished_changes",
                "latest_revision_id",
                "live_revision_id",
                "locked",
                "owner_id",
                "draft_title",
            )
        ),
        "partners": list(
            PartnerPage.objects.order_by("pk").values_list("pk", "intro_nl", "group", "collection")
        ),
        "revisions": list(Revision.objects.order_by("pk").values_list("pk", "object_id")),
        "events": list(EventPage.objects.order_by("pk").values_list("pk", "organiser", "summary")),
        "occurrences": list(
            EventOccurrence.objects.order_by("pk").values_list("pk", "event", "start", "end")
        ),
        "images": list(
            Image.objects.order_by("pk").values_list("pk", "title", "collection", "file")
        ),
        "documents": list(
            Document.objects.order_by("pk").values_list("pk", "title", "collection", "file")
        ),
        "collections": list(Collection.objects.order_by("pk").values_list("pk", "name", "path")),
        "submissions": list(FormSubmission.objects.order_by("pk").values_list("pk", "form_data")),
        "workflow_states": list(WorkflowState.objects.order_by("pk").values_list("pk", "status")),
        "task_states": list(TaskState.objects.order_by("pk").values_list("pk", "status")),
        "workflow_pages": list(
            WorkflowPage.objects.order_by("page").values_list("page", "workflow")
        ),
        "groups": list(Group.objects.order_by("pk").values_list("pk", "name")),
        "group_pages": list(
            GroupPagePermission.objects.order_by("pk").values_list("group", "page", "permission")
        ),
        "group_collections": list(
            GroupCollectionPermission.objects.order_by("pk").values_list(
                "group", "collection", "permission"
            )
        ),
        "users": list(
            get_user_model().objects.order_by("pk").values_list("pk", "username", "password")
        ),
        "redirects": list(Redirect.objects.order_by("pk").values_list("pk", "old_path")),
        "page_log": PageLogEntry.objects.count(),
        "model_log": ModelLogEntry.objects.count(),
    }


STREAM_COUNTS = {f"body_{code}-count": "0" for code in ("nl", "en", "de")}


def partner_form(page, **changes):
    """What the partner page's edit form posts, with `changes` on top."""
    data = {
        "title_nl": page.title_nl,
        "slug_nl": page.slug_nl,
        "sector": page.sector,
        "intro_nl": page.intro_nl,
        "city": page.city,
        "last_verified": page.last_verified.isoformat(),
        **STREAM_COUNTS,
    }
    data.update(changes)
    return data


def local_text(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def event_form(title, slug, start=None, **changes):
    """What the event add/edit form posts: one occurrence in its inline formset."""
    start = start or timezone.now().replace(microsecond=0) + datetime.timedelta(days=14)
    data = {
        "title_nl": title,
        "slug_nl": slug,
        "summary_nl": "Een avond in het museum.",
        "audiences": ["visitors"],
        "venue_name_nl": "Steenstraat 1",
        "occurrences-TOTAL_FORMS": "1",
        "occurrences-INITIAL_FORMS": "0",
        "occurrences-MIN_NUM_FORMS": "1",
        "occurrences-MAX_NUM_FORMS": "1000",
        "occurrences-0-start": local_text(start),
        "occurrences-0-end": local_text(start + datetime.timedelta(hours=2)),
        "occurrences-0-status": "scheduled",
        "occurrences-0-ORDER": "1",
        **STREAM_COUNTS,
    }
    data.update(changes)
    return data


def png() -> bytes:
    buffer = BytesIO()
    PILImage.new("RGB", (40, 30), "red").save(buffer, "PNG")
    return buffer.getvalue()
