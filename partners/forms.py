"""The partner directory's filter."""

import string

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import SECTORS

LETTERS = list(string.ascii_uppercase)


class DirectoryFilterForm(forms.Form):
    sector = forms.ChoiceField(
        label=_("Sector"), choices=[("", _("All sectors")), *SECTORS], required=False
    )
    letter = forms.ChoiceField(
        label=_("Starts with"),
        choices=[("", _("Any letter")), *zip(LETTERS, LETTERS, strict=True)],
        required=False,
    )
