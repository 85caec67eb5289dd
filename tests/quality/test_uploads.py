"""Uploads: size and pixel limits, and refused file types, each with a form error."""

from io import BytesIO

import pytest
from PIL import Image as PILImage

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents.models import Document
from wagtail.images.models import Image


@pytest.fixture
def admin_client(client, db):
    client.force_login(User.objects.create_superuser("admin", "admin@example.org", "pw"))
    return client


def png(width, height, padding=0):
    buffer = BytesIO()
    PILImage.new("1", (width, height)).save(buffer, "PNG")
    return buffer.getvalue() + b"\0" * padding


def upload_image(client, name, content, content_type="image/png"):
    return client.post(
        "/admin/images/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, content, content_type=content_type),
            "collection": 1,
        },
    )


def file_error_codes(response):
    return [error.code for error in response.context["form"].errors.as_data()["file"]]


def test_a_normal_image_is_accepted(admin_client):
    response = upload_image(admin_client, "canal.png", png(800, 600))
    assert response.status_code == 302
    assert Image.objects.count() == 1


def test_oversized_image_is_refused(admin_client, settings):
    response = upload_image(
        admin_client, "huge.png", png(10, 10, padding=settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE + 1)
    )
    assert response.status_code == 200
    assert file_error_codes(response) == ["file_too_large"]
    assert Image.objects.count() == 0


def test_pixel_bomb_is_refused(admin_client):
    response = upload_image(admin_client, "bomb.png", png(10_000, 10_000))
    assert response.status_code == 200
    assert file_error_codes(response) == ["file_too_many_pixels"]
    assert Image.objects.count() == 0


def test_svg_with_script_is_refused(admin_client):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'
    response = upload_image(admin_client, "evil.svg", svg, content_type="image/svg+xml")
    assert response.status_code == 200
    assert file_error_codes(response) == ["invalid_image_extension"]
    assert Image.objects.count() == 0


@pytest.mark.parametrize(
    ("name", "size"), [("page.html", 100), ("drawing.svg", 100), ("report.pdf", None)]
)
def test_documents_refuse_unsafe_types_and_oversized_files(admin_client, settings, name, size):
    size = size or settings.WAGTAILDOCS_MAX_UPLOAD_SIZE + 1
    response = admin_client.post(
        "/admin/documents/add/",
        {"title": name, "file": SimpleUploadedFile(name, b"%" * size), "collection": 1},
    )
    assert response.status_code == 200
    assert Document.objects.count() == 0
