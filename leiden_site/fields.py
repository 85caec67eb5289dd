"""A multiple-choice model field stored as text, so it filters the same way on
PostgreSQL and SQLite: ",students,residents," matches `__contains=",students,"`."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class MultipleChoiceField(models.CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 255)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if isinstance(value, list):
            return value
        return [item for item in (value or "").split(",") if item]

    def get_prep_value(self, value):
        items = self.to_python(value)
        return f",{','.join(items)}," if items else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        allowed = {choice for choice, _label in self.choices or []}
        unknown = [item for item in value if item not in allowed]
        if unknown:
            raise ValidationError(_("Unknown choice: %(items)s") % {"items": ", ".join(unknown)})
        if not value and not self.blank:
            raise ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
            **{k: v for k, v in kwargs.items() if k in ("initial",)},
        )

    @staticmethod
    def contains(value: str) -> str:
        """The lookup value for `field__contains` that matches one choice exactly."""
        return f",{value},"
