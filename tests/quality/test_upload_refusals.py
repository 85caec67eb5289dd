"""A truncated or corrupt picture gets a clear form error on every upload path, never a 500;
forms that take no file refuse one early; form fields are as long as their columns."""

import html
import json
from io import BytesIO

import pytest
from PIL import Image as PILImage

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from wagtail.images.models import Image

from leiden_site.factories import FormFieldFactory, FormPageFactory
from leiden_site.images import DAMAGED
from tests.conftest import publish


@pytest.fixture
def admin_client(client, db):
    client.force_login(User.objects.create_superuser("admin", "admin@example.org", "pw"))
    return client


def jpeg() -> bytes:
    buffer = BytesIO()
    PILImage.new("RGB", (400, 300), "teal").save(buffer, "JPEG")
    return buffer.getvalue()


BROKEN = {
    "truncated": jpeg()[:400],
    "garbage": b"\xff\xd8\xff\xe0" + b"not really a picture" * 20,
}

UPLOAD_PATHS = {
    "single": ("/admin/images/add/", "file"),
    "multiple": ("/admin/images/multiple/add/", "files[]"),
    "chooser": ("/admin/images/chooser/create/", "image-chooser-upload-file"),
}


@pytest.mark.parametrize("kind", list(BROKEN))
@pytest.mark.parametrize("path", list(UPLOAD_PATHS))
def test_broken_pictures_get_a_form_error(admin_client, kind, path):
    url, field = UPLOAD_PATHS[path]
    data = {
        field: SimpleUploadedFile(f"{kind}.jpg", BROKEN[kind], content_type="image/jpeg"),
        "title": kind,
        "image-chooser-upload-title": kind,
        "collection": 1,
        "image-chooser-upload-collection": 1,
    }
    response = admin_client.post(url, data, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert response.status_code == 200
    with translation.override("nl"):  # the admin speaks Dutch by default
        message = str(DAMAGED)
    assert message in readable(response), readable(response)[:500]
    assert Image.objects.count() == 0


def readable(response) -> str:
    """The response's text as a person reads it, whether HTML or JSON with HTML inside."""
    body = response.content.decode()
    if response["Content-Type"].startswith("application/json"):
        body = json.dumps(json.loads(body), ensure_ascii=False)
    return html.unescape(body)


@pytest.mark.parametrize("size", [10, 100_000], ids=["small file", "large file"])
def test_a_public_form_refuses_a_file(client, sites, size):
    page = FormPageFactory(parent=sites["discoveries"].root_page, slug_nl="contact")
    FormFieldFactory(page=page, label_nl="Naam", field_type="singleline")
    publish(page)
    upload = SimpleUploadedFile("attachment.bin", b"x" * size)
    response = client.post("/nl/contact/", {"naam": "Anna", "file": upload}, HTTP_HOST="localhost")
    assert response.status_code == 400
    assert "takes no files" in response.content.decode()
    assert not page.get_submission_class().objects.exists()
