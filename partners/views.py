"""The partner directory: every partner, filterable by sector and first letter."""

from leiden_site.listing import bind_filters, with_renditions
from leiden_site.page_views import page_view, render_page

from .forms import LETTERS, DirectoryFilterForm
from .models import FOUNDING_YEAR, BoardPage, PartnerIndexPage, PartnerPage


def _sort_name(partner) -> str:
    return partner.title.upper()


@page_view(PartnerIndexPage, "directory")
def directory_view(index, request):
    form, data, errors = bind_filters(DirectoryFilterForm, request)
    partners = list(
        PartnerPage.objects.live()
        .child_of(index)
        .select_related("logo")
        .prefetch_related(with_renditions("logo"))
    )
    total = len(partners)
    founding = sum(1 for partner in partners if partner.founding_partner)
    if data.get("sector"):
        partners = [p for p in partners if p.sector == data["sector"]]
    # Only letters some partner (of the chosen sector) starts with are offered.
    letters_in_use = {_sort_name(partner)[:1] for partner in partners}
    form.fields["letter"].choices = [
        choice for choice in form.fields["letter"].choices if choice[0] in letters_in_use | {""}
    ]
    if data.get("letter"):
        partners = [p for p in partners if _sort_name(p).startswith(data["letter"])]
    partners.sort(key=_sort_name)
    return render_page(
        index,
        request,
        status=400 if errors else 200,
        form=form,
        errors=errors,
        partners=partners,
        partner_count=total,
        founding_year=FOUNDING_YEAR,
        founding_count=founding,
        letters=[(letter, letter in letters_in_use) for letter in LETTERS],
        board_page=BoardPage.objects.live().child_of(index).first(),
    )
