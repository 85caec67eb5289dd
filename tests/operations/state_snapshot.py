"""Print what a visitor and an editor would notice of a site's state, as JSON.

Run in a subprocess against one database and one media folder
(`python -m tests.operations.state_snapshot`), so two machines' states can be compared.
"""

import json
import os

import django


def snapshot() -> dict:
    from django.db.models import Count
    from django.test import Client
    from django.utils import translation

    from wagtail.contrib.forms.models import FormSubmission
    from wagtail.images.models import Image
    from wagtail.models import Page, Revision

    from discoveries.models import EventPage
    from partners.models import PartnerPage

    state = {
        "counts": {
            "pages": Page.objects.count(),
            "revisions": Revision.objects.count(),
            "partners": PartnerPage.objects.count(),
            "events": EventPage.objects.count(),
            "form submissions": FormSubmission.objects.count(),
            "images": Image.objects.count(),
        },
        "pages by type": dict(
            Page.objects.values_list("content_type__model")
            .annotate(n=Count("id"))
            .values_list("content_type__model", "n")
        ),
    }
    samples = {}
    for language in ("nl", "en", "de"):
        with translation.override(language):
            samples[language] = {
                "partners": [(p.title, p.url_path) for p in PartnerPage.objects.order_by("pk")[:5]],
                "events": [(e.title, e.url_path) for e in EventPage.objects.order_by("pk")[:5]],
            }
    state["samples"] = samples

    image = Image.objects.order_by("pk").first()
    with image.open_file() as original:
        original_bytes = len(original.read())
    rendition = image.get_rendition("fill-120x80")
    client = Client()
    state["image"] = {
        "title": image.title,
        "original bytes": original_bytes,
        "rendition size": [rendition.width, rendition.height],
        "rendition status": client.get(rendition.url, HTTP_HOST="localhost").status_code,
        "original status": client.get(image.file.url, HTTP_HOST="localhost").status_code,
    }
    state["home status"] = {
        language: client.get(f"/{language}/", HTTP_HOST="localhost").status_code
        for language in ("nl", "en", "de")
    }
    return state


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leiden_site.settings.dev")
    django.setup()
    print(json.dumps(snapshot(), sort_keys=True))
