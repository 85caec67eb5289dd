"""Tours and shop: the listing with its filters and sorting, without JavaScript."""

from django.db.models import F

from leiden_site.listing import paginate, with_renditions
from leiden_site.page_views import page_view, render_page

from ..forms import ProductFilterForm
from ..models import ProductIndexPage, ProductPage

PRODUCTS_PER_PAGE = 24


def bind_product_filters(request) -> tuple[ProductFilterForm, dict, list[str]]:
    """(form, the valid filters, messages about the others): one bad value does not undo
    the visitor's other choices."""
    form = ProductFilterForm(request.GET or None)
    if not form.is_bound:
        return form, {}, []
    if form.is_valid():
        return form, form.cleaned_data, []
    errors = [str(error) for field_errors in form.errors.values() for error in field_errors]
    return form, form.cleaned_data, errors


def find_products(index, data: dict) -> list[ProductPage]:
    products = ProductPage.objects.live().child_of(index)
    if data.get("category"):
        products = products.in_category(data["category"])
    if data.get("language"):
        products = products.in_language(data["language"])
    products = products.priced_between(data.get("price_min"), data.get("price_max"))
    if data.get("date"):
        products = products.available_on(data["date"])
    sort = data.get("sort")
    if sort == "price":
        products = products.order_by("price", "path")
    elif sort == "-price":
        products = products.order_by("-price", "path")
    elif sort == "duration":
        products = products.order_by(F("duration_minutes").asc(nulls_last=True), "path")
    else:
        products = products.order_by("path")
    products = list(products.select_related("image").prefetch_related(with_renditions("image")))
    if sort == "name":
        # Titles in the visitor's language (with the Dutch fallback) are only known here.
        products.sort(key=lambda product: product.title.casefold())
    return products


@page_view(ProductIndexPage, "products")
def product_listing_view(index, request):
    form, data, errors = bind_product_filters(request)
    products = paginate(
        find_products(index, data), request.GET.get("page"), PRODUCTS_PER_PAGE, errors
    )
    return render_page(index, request, form=form, errors=errors, products=products)
