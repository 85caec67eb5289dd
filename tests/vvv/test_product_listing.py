"""Tours and shop: the listing's filters and sorting, and bad input in them."""

import datetime

import pytest

from django.utils import timezone

from tests.vvv.conftest import listing, next_weekday, titles

pytestmark = pytest.mark.usefixtures("sites")


def test_everything_is_listed_in_the_tree_order(client, products):
    response = listing(client)
    assert response.status_code == 200
    assert titles(response) == [
        "Rondvaart over de singels",
        "Pilgrimswandeling",
        "Hofjeskaart",
        "VVV Cadeaukaart",
    ]
    english = listing(client, site_language="en").text
    assert "from € 15.00" in english
    assert "€ 9.50" in english
    assert "Free" in english


def test_filter_on_category_and_language(client, products):
    assert titles(listing(client, category="boat_tour")) == ["Rondvaart over de singels"]
    assert titles(listing(client, language="en")) == [
        "Rondvaart over de singels",
        "Pilgrimswandeling",
    ]
    assert titles(listing(client, category="walking_tour", language="de")) == []


def test_filter_on_price_range(client, products):
    assert titles(listing(client, price_min="10")) == [
        "Rondvaart over de singels",
        "VVV Cadeaukaart",
    ]
    assert titles(listing(client, price_max="9.50")) == ["Pilgrimswandeling", "Hofjeskaart"]
    assert titles(listing(client, price_min="0", price_max="0")) == ["Hofjeskaart"]


def test_filter_on_the_day_it_is_available(client, products):
    saturday = next_weekday(5)
    wednesday = next_weekday(2)
    on_saturday = titles(listing(client, date=saturday.isoformat()))
    on_wednesday = titles(listing(client, date=wednesday.isoformat()))
    assert "Pilgrimswandeling" in on_saturday
    assert "Pilgrimswandeling" not in on_wednesday
    assert "Hofjeskaart" in on_wednesday  # no days chosen: every day
    after_the_season = timezone.localdate() + datetime.timedelta(days=200)
    assert "Rondvaart over de singels" not in titles(
        listing(client, date=after_the_season.isoformat())
    )


def test_sorting_by_price_name_and_duration(client, products):
    assert titles(listing(client, sort="price")) == [
        "Hofjeskaart",
        "Pilgrimswandeling",
        "Rondvaart over de singels",
        "VVV Cadeaukaart",
    ]
    assert titles(listing(client, sort="-price"))[0] == "VVV Cadeaukaart"
    assert titles(listing(client, sort="name")) == [
        "Hofjeskaart",
        "Pilgrimswandeling",
        "Rondvaart over de singels",
        "VVV Cadeaukaart",
    ]
    # Products without a duration come last.
    assert titles(listing(client, sort="duration"))[:2] == [
        "Rondvaart over de singels",
        "Pilgrimswandeling",
    ]


def test_names_sort_in_the_visitors_language(client, products):
    products["map"].title_en = "Almshouse map"
    products["map"].save_revision().publish()
    assert titles(listing(client, site_language="en", sort="name"))[0] == "Almshouse map"


BAD_INPUT = [
    {"date": "0001-01-01"},
    {"date": "9999-12-31"},
    {"date": "2027-02-30"},
    {"date": "morgen"},
    {"date": "1" * 40},
    {"price_min": "-5"},
    {"price_max": "-0.01"},
    {"price_min": "9" * 40},
    {"price_max": "1e400"},
    {"price_min": "goedkoop"},
    {"price_min": "NaN"},
    {"price_max": "Infinity"},
    {"price_min": "1.234"},
    {"price_min": "20", "price_max": "10"},
    {"category": "helicopter_tour"},
    {"language": "kl"},
    {"language": "<script>alert(1)</script>"},
    {"sort": "random"},
    {"page": "-1"},
    {"page": "99999"},
]


@pytest.mark.parametrize("params", BAD_INPUT, ids=lambda params: repr(params))
def test_bad_filter_input_answers_with_a_message(client, products, params):
    response = listing(client, **params)
    assert response.status_code == 200
    assert 'role="alert"' in response.text
    assert "<script>alert(1)</script>" not in response.text
    assert titles(response)  # the rest of the listing still shows


def test_one_bad_filter_keeps_the_others(client, products):
    response = listing(client, category="boat_tour", price_min="veel")
    assert titles(response) == ["Rondvaart over de singels"]
    assert 'value="veel"' in response.text  # what was typed stays in the form


def test_the_listing_stays_within_its_query_budget_however_many_products(
    client, product_index, django_assert_max_num_queries
):
    from tests.vvv.conftest import add_product

    counts = []
    for batch in range(2):
        for n in range(4):
            add_product(product_index, title=f"Tocht {batch}-{n}", slug=f"tocht-{batch}-{n}")
        listing(client)  # renditions and caches warm
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert listing(client).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]
    assert counts[1] <= 15
