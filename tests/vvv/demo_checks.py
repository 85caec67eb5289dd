"""Checks of the demo's tours and shop (run by tests/demo/test_demo_data.py, which loads the
demo once for every site): a dozen products in three languages, tours that can be booked,
tickets for a real agenda event, pictures without words."""

from vvv.models import ProductIndexPage, ProductPage


def check_vvv_products_demo(client):
    """After `load_demo_data`: a dozen products in three languages, bookable tours."""
    products = list(ProductPage.objects.live().select_related("event", "image"))
    assert len(products) >= 12
    assert {product.category for product in products} >= {
        "walking_tour",
        "boat_tour",
        "guided_tour",
        "map",
        "souvenir",
        "gift_card",
        "tickets",
    }
    for product in products:
        for language in ("nl", "en", "de"):
            assert getattr(product, f"title_{language}"), (product.slug, language)
            assert getattr(product, f"intro_{language}"), (product.slug, language)
        assert product.image and product.image_alt_en, product.slug
    tickets = [product for product in products if product.category == "tickets"]
    assert tickets and all(product.event and product.event.live for product in tickets)

    assert ProductIndexPage.objects.get().live
    for path in ("/nl/aanbod/", "/en/tours-and-shop/", "/de/touren-und-shop/"):
        response = client.get(path, HTTP_HOST="vvv.localhost")
        assert response.status_code == 200
        assert len(response.context["products"]) == len(products)
    tour = ProductPage.objects.get(slug_en="rembrandt-walk")
    booking = client.get("/en/tours-and-shop/rembrandt-walk/book/", HTTP_HOST="vvv.localhost")
    assert booking.status_code == 200
    assert tour.title_en in booking.text
