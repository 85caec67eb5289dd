"""The employers listing, filtered by sector through a plain GET form."""

from leiden_site.listing import attach_images, bind_filters, paginate
from leiden_site.page_views import page_view, render_page

from ..forms import EmployerFilterForm
from ..models import EmployerIndexPage, EmployerPage

EMPLOYERS_PER_PAGE = 24


@page_view(EmployerIndexPage, "employers")
def employer_listing_view(index, request):
    form, data, errors = bind_filters(EmployerFilterForm, request)
    employers = EmployerPage.objects.live().child_of(index).order_by("title_nl")
    if data.get("sector"):
        employers = employers.filter(sector=data["sector"])
    page = paginate(employers, request.GET.get("page"), EMPLOYERS_PER_PAGE, errors)
    page.object_list = attach_images(list(page.object_list))
    booking_page = index.booking_page
    return render_page(
        index,
        request,
        status=400 if form.errors else 200,
        form=form,
        errors=errors,
        employers=page,
        booking_page=booking_page if booking_page and booking_page.live else None,
    )
