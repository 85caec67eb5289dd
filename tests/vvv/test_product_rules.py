"""What an editor cannot save on a product: a negative price, parties in the wrong order,
a season that ends before it starts, a tour without a language."""

from decimal import Decimal

import pytest

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from vvv.models import ProductPage

pytestmark = pytest.mark.usefixtures("sites")


def errors_of(product) -> set[str]:
    with pytest.raises(ValidationError) as refused:
        product.full_clean()
    return set(refused.value.message_dict)


def test_a_price_of_zero_is_free_but_below_zero_is_refused(products):
    assert products["map"].is_free
    product = products["pilgrims"]
    product.price = Decimal("-0.01")
    assert "price" in errors_of(product)


def test_the_database_refuses_a_negative_price_too(products):
    with pytest.raises(IntegrityError), transaction.atomic():
        ProductPage.objects.filter(pk=products["pilgrims"].pk).update(price=Decimal("-1"))


def test_party_sizes_and_seasons_must_be_in_order(products):
    product = products["canal"]
    product.min_group_size, product.max_group_size = 10, 4
    product.available_until = product.available_from.replace(year=product.available_from.year - 1)
    assert {"max_group_size", "available_until"} <= errors_of(product)
    with pytest.raises(IntegrityError), transaction.atomic():
        ProductPage.objects.filter(pk=product.pk).update(min_group_size=10, max_group_size=4)


def test_a_tour_needs_a_language_but_a_souvenir_does_not(products):
    tour = products["pilgrims"]
    tour.languages = []
    assert "languages" in errors_of(tour)
    gift = products["gift"]
    gift.full_clean()  # no languages, and that is fine
