"""Image uploads: the admin's image form refuses a picture that does not decode completely.

Wagtail reads only an upload's header, so a truncated or damaged file raised an error
deep in Pillow (a 500) on every upload path, or was accepted and broke the pages that
show it when their renditions were made. WAGTAILIMAGES_IMAGE_FORM_BASE points here, so
the single, multiple and chooser uploads all use this form.
"""

from PIL import Image as PILImage

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

DAMAGED = _("This picture is damaged or incomplete: save it again or choose another file.")
DECODING_ERRORS = (OSError, SyntaxError, ValueError, EOFError)


class CompleteImageField(WagtailImageField):
    def to_python(self, data):
        try:
            checked = super().to_python(data)
        except DECODING_ERRORS as error:
            raise ValidationError(DAMAGED, code="damaged_image") from error
        if checked is not None:
            self.check_decodes(data)
        return checked

    def check_decodes(self, data) -> None:
        data.seek(0)
        try:
            with PILImage.open(data) as picture:
                picture.load()
        except PILImage.UnidentifiedImageError:
            pass  # a format Pillow does not decode itself; Willow already accepted it
        except DECODING_ERRORS as error:
            raise ValidationError(DAMAGED, code="damaged_image") from error
        finally:
            data.seek(0)


class CheckedImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None and not isinstance(field, CompleteImageField):
            self.fields["file"] = CompleteImageField(
                label=field.label,
                required=field.required,
                help_text=field.help_text,
                widget=field.widget,
            )
