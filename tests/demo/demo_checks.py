"""Checks on the loaded demo that concern every site: complete languages and pictures.

Run inside the demo loader's test (test_demo_data.py), which loads the demo once.
"""

from django.conf import settings

from modeltranslation.translator import translator
from wagtail.models import Page

from discoveries.models import VenueRoom
from leiden_site.languages import FALLBACK_LANGUAGE, translated_fields


def _instances(model):
    if issubclass(model, Page):
        return model.objects.live().exact_type(model)
    return model._default_manager.all()


def untranslated_texts() -> list[str]:
    """Every text a visitor would read in Dutch instead of their own language: a field filled
    in Dutch but empty in English or German, or a body with fewer blocks than the Dutch one."""
    problems = []
    for model in translator.get_registered_models(abstract=False):
        if model is Page or model._meta.proxy:
            continue
        fields = translated_fields(model)
        for instance in _instances(model):
            for field in fields:
                dutch = getattr(instance, f"{field}_{FALLBACK_LANGUAGE}")
                if not dutch:
                    continue
                for code, _name in settings.LANGUAGES:
                    value = getattr(instance, f"{field}_{code}")
                    if not value or (hasattr(dutch, "stream_block") and len(value) != len(dutch)):
                        problems.append(f"{model.__name__} {instance}: {field}_{code}")
    return problems


def shared_pictures() -> dict[int, list[str]]:
    """Pictures that stand for more than one live page or congress room."""
    users: dict[int, list[str]] = {}
    for page in Page.objects.live().specific():
        image = page.card_image if hasattr(page, "card_image") else None
        if image is not None:
            users.setdefault(image.pk, []).append(f"{type(page).__name__} {page.title}")
    for room in VenueRoom.objects.exclude(image=None):
        users.setdefault(room.image_id, []).append(f"VenueRoom {room.name}")
    return {pk: pages for pk, pages in users.items() if len(pages) > 1}


def check_languages_and_pictures_demo() -> None:
    missing = untranslated_texts()
    assert not missing, f"{len(missing)} texts lack a translation:\n" + "\n".join(missing)
    shared = shared_pictures()
    assert not shared, f"pictures used by more than one item: {shared}"
