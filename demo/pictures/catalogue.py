"""Demo pictures as Wagtail images: drawn and stored the first time, found again by title."""

from io import BytesIO

from django.core.files.images import ImageFile
from django.utils.text import slugify

from wagtail.images import get_image_model
from wagtail.models import Collection

from ..content import ContentError
from ..translations import Translated, translated
from .drawing import make_demo_image
from .logos import make_partner_logo

DEMO_COLLECTION = "Demo"
DEFAULT_SIZE = (1600, 900)


def demo_collection() -> Collection:
    existing = Collection.objects.filter(name=DEMO_COLLECTION).first()
    if existing:
        return existing
    return Collection.get_first_root_node().add_child(name=DEMO_COLLECTION)


# Part of every file name drawn since pictures carry no words: a picture stored before that
# (with its title written on it) is drawn again, in place, on the next load.
WORDLESS = "wordless"


def with_alt(image, alt: str):
    """A stored picture, its default alternative text brought up to date."""
    if alt and getattr(image, "description", alt) != alt:
        image.description = alt
        image.save(update_fields=["description"])
    return image


def get_or_create_demo_image(
    title: str, motif: str, palette: tuple[str, str], alt: str = "", size=DEFAULT_SIZE
):
    """The Wagtail image with this title, drawn and stored the first time only."""
    return stored_image(
        title,
        alt,
        f"demo-{slugify(title)}-{WORDLESS}.jpg",
        lambda: make_demo_image(title, motif, palette, size=size),
        is_current=lambda image: WORDLESS in image.file.name,
    )


def stored_image(title: str, alt: str, file_name: str, draw, is_current=lambda image: True):
    """The Wagtail image with this title; drawn anew from the bytes `draw()` returns when
    there is none, or when the stored one is not `is_current` (then redrawn in place)."""
    image_model = get_image_model()
    image = image_model.objects.filter(title=title).order_by("pk").first()
    if image and is_current(image):
        return with_alt(image, alt)
    if image is None:
        image = image_model(title=title, collection=demo_collection())
    else:
        image.renditions.all().delete()
    image.file = ImageFile(BytesIO(draw()), name=file_name)
    image.file_size, image.file_hash = None, ""  # Wagtail works them out again from the file
    if hasattr(image, "description"):
        image.description = alt  # Wagtail 6.3+: the image's default alternative text
    image.save()
    return image


class Pictures:
    """The pictures described in pictures.yaml, by key; each is stored when first asked for."""

    def __init__(self, data: dict):
        self.palettes = data["palettes"]
        self.descriptions = data["pictures"]
        self.images = {}

    def describe(self, key: str) -> dict:
        if key not in self.descriptions:
            raise ContentError(f"No picture {key!r} in pictures.yaml")
        return self.descriptions[key]

    def alt(self, key: str) -> Translated:
        """What the picture shows, per language (the default alt text is the Dutch one)."""
        return translated(self.describe(key)["alt"])

    def image(self, key: str):
        if key not in self.images:
            picture = self.describe(key)
            if "logo" in picture:
                self.images[key] = self.logo(picture, alt=self.alt(key).nl)
                return self.images[key]
            self.images[key] = get_or_create_demo_image(
                picture["title"],
                picture["motif"],
                tuple(self.palettes[picture["palette"]]),
                alt=self.alt(key).nl,
                size=tuple(picture.get("size", DEFAULT_SIZE)),
            )
        return self.images[key]

    def logo(self, picture: dict, alt: str):
        """A partner's made-up logo: `logo: {name, initials, colours, shape}`."""
        logo = picture["logo"]
        return stored_image(
            picture["title"],
            alt,
            f"demo-{slugify(picture['title'])}.png",
            lambda: make_partner_logo(
                logo["name"], logo["initials"], tuple(logo["colours"]), logo["shape"]
            ),
        )
