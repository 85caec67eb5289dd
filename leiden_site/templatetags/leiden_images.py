"""`{% picture %}` that never lists two sources of the same width.

Wagtail does not enlarge images, so a small original gives several renditions of
its own width; a srcset with equal widths is invalid HTML. Load this library after
`wagtailimages_tags` to use it.
"""

from pathlib import PurePosixPath

from django import template

from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.images.templatetags.wagtailimages_tags import PictureNode
from wagtail.images.templatetags.wagtailimages_tags import image as parse_image_tag

register = template.Library()


def unique_widths(renditions: dict) -> dict:
    seen = set()
    kept = {}
    for spec, rendition in renditions.items():
        key = (PurePosixPath(rendition.file.name).suffix, rendition.width)
        if key not in seen:
            seen.add(key)
            kept[spec] = rendition
    return kept


class UniqueWidthPictureNode(PictureNode):
    def render(self, context):
        image = self.validate_image(context)
        if not image:
            return ""
        renditions = unique_widths(get_renditions_or_not_found(image, self.get_filters()))
        if self.output_var_name:
            context[self.output_var_name] = Picture(renditions)
            return ""
        attrs = {key: value.resolve(context) for key, value in self.attrs.items()}
        if len({rendition.width for rendition in renditions.values()}) == 1:
            attrs.pop("sizes", None)  # one width: plain sources, and `sizes` would be invalid
        return Picture(renditions, attrs).__html__()


@register.tag(name="picture")
def picture(parser, token):
    node = parse_image_tag(parser, token)
    return UniqueWidthPictureNode(
        node.image_expr, node.filter_specs, node.output_var_name, node.attrs
    )
