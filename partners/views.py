"""The partner directory: every partner, filterable by sector and first letter."""

import string

from django import forms
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from leiden_site.listing import bind_filters, with_renditions

from .models import FOUNDING_YEAR, SECTORS, BoardPage, PartnerPage

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


def _sort_name(partner) -> str:
    return partner.title.upper()


def directory_view(index, request):
    form, data, errors = bind_filters(DirectoryFilterForm, request)
    partners = list(
        PartnerPage.objects.live()
        .child_of(index)
        .select_related("logo")
        .prefetch_related(with_renditions("logo"))
    )
    total = len(partners)
    if data.get("sector"):
        partners = [p for p in partners if p.sector == data["sector"]]
    if data.get("letter"):
        partners = [p for p in partners if _sort_name(p).startswith(data["letter"])]
    partners.sort(key=_sort_name)
    context = index.get_context(request)
    context.update(
        form=form,
        errors=errors,
        partners=partners,
        partner_count=total,
        founding_year=FOUNDING_YEAR,
        letters=LETTERS,
        board_page=BoardPage.objects.live().child_of(index).first(),
    )
    status = 400 if errors else 200
    return TemplateResponse(request, index.get_template(request), context, status=status)
