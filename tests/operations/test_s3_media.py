"""Media on S3-compatible storage: an image uploaded in the admin lands in the bucket,
its renditions are made from there, and its URLs serve the picture from the bucket.

The bucket is moto's S3 server on a free local port, with the storage settings that
base.py builds from AWS_STORAGE_BUCKET_NAME and AWS_S3_ENDPOINT_URL.
"""

import json
from io import BytesIO

import boto3
import pytest
import requests
from moto.server import ThreadedMotoServer
from PIL import Image as PILImage

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.images.models import Image

from leiden_site.settings.services import s3_media_origins, s3_storage
from tests.quality.servers import free_port

BUCKET = "leiden-media"
CREDENTIALS = {"access_key": "test-access-key", "secret_key": "test-secret-key"}


PUBLIC_READ_POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": [
                f"arn:aws:s3:::{BUCKET}/original_images/*",
                f"arn:aws:s3:::{BUCKET}/images/*",
            ],
        }
    ],
}


def s3_client(endpoint: str):
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=CREDENTIALS["access_key"],
        aws_secret_access_key=CREDENTIALS["secret_key"],
    )


@pytest.fixture(scope="module")
def s3_endpoint():
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    client = s3_client(endpoint)
    client.create_bucket(Bucket=BUCKET)
    # As docs/deployment.md asks of a real bucket: anyone may read its images.
    client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_READ_POLICY))
    yield endpoint
    server.stop()


@pytest.fixture
def s3_media(settings, s3_endpoint):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": s3_storage(BUCKET, endpoint_url=s3_endpoint, region="us-east-1", **CREDENTIALS),
    }
    return s3_endpoint


def bucket_keys(endpoint: str) -> set[str]:
    listing = s3_client(endpoint).list_objects_v2(Bucket=BUCKET)
    return {item["Key"] for item in listing.get("Contents", [])}


def jpeg(width: int, height: int) -> bytes:
    buffer = BytesIO()
    PILImage.new("RGB", (width, height), (200, 40, 40)).save(buffer, "JPEG")
    return buffer.getvalue()


def served_picture(url: str) -> PILImage.Image:
    response = requests.get(url, timeout=30)
    assert response.status_code == 200, url
    return PILImage.open(BytesIO(response.content))


def test_an_uploaded_image_lives_in_the_bucket_and_its_urls_serve_it(client, db, s3_media):
    client.force_login(User.objects.create_superuser("admin", "admin@example.org", "pw"))
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Rapenburg",
            "file": SimpleUploadedFile("rapenburg.jpg", jpeg(640, 480), "image/jpeg"),
            "collection": 1,
        },
    )
    assert response.status_code == 302

    image = Image.objects.get(title="Rapenburg")
    assert (image.width, image.height) == (640, 480)
    rendition = image.get_rendition("fill-200x100")
    assert {image.file.name, rendition.file.name} <= bucket_keys(s3_media)

    assert image.file.url.startswith(f"{s3_media}/{BUCKET}/")
    assert "Signature" not in rendition.url  # plain URLs: cached pages keep working
    assert served_picture(image.file.url).size == (640, 480)
    assert served_picture(rendition.url).size == (200, 100)


def test_pages_may_show_pictures_from_the_bucket():
    assert s3_media_origins(BUCKET, endpoint_url="https://s3.example.net:9000/") == [
        "https://s3.example.net:9000"
    ]
    assert s3_media_origins(BUCKET, custom_domain="media.leiden.example") == [
        "https://media.leiden.example"
    ]
