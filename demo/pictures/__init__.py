"""The demo pictures: drawn with Pillow (`drawing`), described in content/pictures.yaml and
stored once as Wagtail images (`catalogue`)."""

from .catalogue import Pictures, get_or_create_demo_image
from .drawing import MOTIFS, make_demo_image

__all__ = ["MOTIFS", "Pictures", "get_or_create_demo_image", "make_demo_image"]
