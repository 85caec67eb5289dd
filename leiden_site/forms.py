"""Forms every site shares: the honeypot against robots and the admin page form."""

from django import forms
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

from leiden_site.languages import (
    INCOMPLETE_REFUSAL,
    approval_refusal,
    completeness_required,
    missing_translations,
)
from leiden_site.permissions import refused_references

HONEYPOT_FIELD = "website_url"


def honeypot_field() -> forms.CharField:
    """A field people never see (CSS hides it, screen readers are told to skip it):
    only robots fill it in."""
    return forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )


def is_robot(request) -> bool:
    """A form post with the honeypot filled in: answer as if it worked, store nothing."""
    return request.method == "POST" and bool(request.POST.get(HONEYPOT_FIELD))


# Set by views.form_token_refused on a post whose CSRF token did not match (see there).
TOKEN_REFUSED = "form_token_refused"


def token_refused(request) -> bool:
    """The visitor's post came without a valid token and is shown again, unsent."""
    return getattr(request, TOKEN_REFUSED, False)


def resent_values(request) -> dict:
    """What the visitor typed into a form whose token was refused, as initial values."""
    if not token_refused(request):
        return {}
    return {
        name: values if len(values) > 1 else values[0]
        for name, values in request.POST.lists()
        if name not in ("csrfmiddlewaretoken", HONEYPOT_FIELD)
    }


class HoneypotMixin(forms.Form):
    website_url = honeypot_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = self.fields.pop(HONEYPOT_FIELD)  # last, after real fields


class CompleteLanguagesPublishMixin:
    """Refuses "Publish", and a moderator's final "Approve" (which publishes), while a
    language is incomplete, on a site that requires it (SiteIdentity.
    require_complete_languages); saving a draft or submitting is never refused. Approving
    from the moderation dashboard goes round this form: see patches.py, patch 7."""

    def _post_clean(self):
        super()._post_clean()  # puts the posted values on self.instance
        if self.data.get("action-publish"):
            if self._site_requires_complete_languages():
                missing = missing_translations(self.instance)
                if missing:
                    self.add_error(None, INCOMPLETE_REFUSAL % {"missing": missing})
        elif self._approves() and (task_state := self.instance.current_workflow_task_state):
            refusal = approval_refusal(task_state, self.instance)
            if refusal:
                self.add_error(None, refusal)

    def _approves(self) -> bool:
        return bool(
            self.instance.pk
            and self.data.get("action-workflow-action")
            and self.data.get("workflow-action-name") == "approve"
        )

    def _site_requires_complete_languages(self) -> bool:
        page = self.instance if self.instance.pk else self.parent_page
        return page is not None and completeness_required(page.get_site())


class ScopedChoosersPageForm(CompleteLanguagesPublishMixin, WagtailAdminPageForm):
    """Image, document and page choices accept only what the editor may choose.

    Wagtail's chooser fields and blocks take any id that exists; a partner's editor must
    not be able to put another partner's image or document on a page, or link to
    another partner's proposal, by posting its id: not in an image field, not in a
    StreamField block, not in rich text. What is on the page already stays allowed, so
    a partner can save after a moderator picked one.
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

    def clean(self):
        cleaned = super().clean()
        if self.for_user is None:
            return cleaned
        for name, value in list(cleaned.items()):
            model_field = self._model_field(name)
            if value is None or not hasattr(model_field, "extract_references"):
                continue
            current = model_field.value_from_object(self.instance)
            already_there = set(self._references(model_field, current))
            new = [ref for ref in self._references(model_field, value) if ref not in already_there]
            refused = refused_references(self.for_user, new)
            if refused:
                self.add_error(
                    name,
                    _("You may not use these here: %(items)s.") % {"items": ", ".join(refused)},
                )
        return cleaned

    def _model_field(self, name):
        try:
            return self.instance._meta.get_field(name)
        except FieldDoesNotExist:
            return None

    @staticmethod
    def _references(model_field, value) -> list[tuple[type, str]]:
        if value in (None, ""):
            return []
        return [
            (model, str(pk)) for model, pk, _path, _content in model_field.extract_references(value)
        ]


ENGLISH_FIRST_HELP = _("Written in English only? Leave this empty: the English text is used.")
DEFAULT_SUFFIX = "_nl"
ENGLISH_SUFFIX = "_en"


class EnglishFirstPageForm(WagtailAdminPageForm):
    """The required Dutch fields accept English instead, for authors who write English first.

    The Dutch columns are the base columns, so modeltranslation makes them required. Here a
    Dutch field left empty takes its English twin (a slug is made from the title when both
    slugs are empty), and the page's model (`EnglishFirstMixin`) keeps which fields were
    copied so the "Languages" panel and the missing-translation filter show them until
    someone writes the Dutch. Empty in both languages is still an error on the Dutch field.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.english_first_fields = [
            name
            for name, field in self.fields.items()
            if name.endswith(DEFAULT_SUFFIX)
            and field.required
            and name.removesuffix(DEFAULT_SUFFIX) + ENGLISH_SUFFIX in self.fields
        ]
        for name in self.english_first_fields:
            field = self.fields[name]
            field.required = False
            field.help_text = " ".join(
                str(text) for text in (field.help_text, ENGLISH_FIRST_HELP) if text
            )

    def clean(self):
        cleaned = super().clean()
        copied = []
        for name in self.english_first_fields:
            if cleaned.get(name) not in (None, ""):
                continue
            base = name.removesuffix(DEFAULT_SUFFIX)
            english = cleaned.get(base + ENGLISH_SUFFIX)
            if not english and base == "slug":
                english = slugify(cleaned.get("title" + DEFAULT_SUFFIX) or "")
            if not english:
                self.add_error(name, self.fields[name].error_messages["required"])
                continue
            cleaned[name] = english
            if base != "slug":
                copied.append(base)
        previously = getattr(self.instance, "dutch_copied_from_english", None)
        if previously is not None:
            untranslated = [
                base
                for base in previously
                if cleaned.get(base + DEFAULT_SUFFIX) == cleaned.get(base + ENGLISH_SUFFIX)
            ]
            self.instance.dutch_copied_from_english = sorted({*untranslated, *copied})
        return cleaned


# Page choices in visitors' forms: an id no page can have is refused as a wrong choice
# before it reaches the database.
def is_page_id(value) -> bool:
    # Larger numbers are no page, and overflow the database's integer before the look-up.
    return str(value).isdigit() and len(str(value)) <= 9


class PageChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        if value not in self.empty_values and not is_page_id(value):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class PageMultipleChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        for each in value:
            if not is_page_id(each):
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": each},
                )
        return super()._check_values(value)
