"""The admin page form every page type uses."""

from django import forms
from django.db.models import Q

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry


class ScopedChoosersPageForm(WagtailAdminPageForm):
    """Image and document fields accept only what the editor may choose.

    Wagtail's chooser fields take any id that exists; a partner's editor must not be
    able to put another partner's image on a page by posting its id. What is on the
    page already stays allowed, so a partner can save after a moderator picked one.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is None:
            return
        scoped_models = {get_image_model(), get_document_model()}
        for name, field in self.fields.items():
            model = getattr(getattr(field, "queryset", None), "model", None)
            if model not in scoped_models or not isinstance(field, forms.ModelChoiceField):
                continue
            policy = policy_registry.get_by_type(model)
            allowed = policy.instances_user_has_any_permission_for(self.for_user, ["choose"])
            current = getattr(self.instance, f"{name}_id", None)
            field.queryset = field.queryset.filter(Q(pk__in=allowed.values("pk")) | Q(pk=current))
