"""Checks of the demo's tours and shop (run by tests/demo/test_demo_data.py, which loads the
demo once for every site): a dozen products in three languages, tours that can be booked,
tickets for a real agenda event, pictures without words; and the office's practical
information, FAQ, seasonal hours and holiday rule."""

import re
from datetime import time, timedelta

from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

from leiden_site.models import StandardPage
from leiden_site.models.opening_calendar import LEIDENS_ONTZET, holiday_name
from tests.vvv.test_office_pages import json_ld
from vvv.models import FaqPage, OpeningHoursPage, ProductIndexPage, ProductPage, VvvHomePage

VVV = "vvv.localhost"


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


def page_text(client, path: str) -> str:
    response = client.get(path, HTTP_HOST=VVV)
    assert response.status_code == 200, path
    return re.sub(r"\s+", " ", response.text)


def check_vvv_office_demo(client):
    """After `load_demo_data`: the practical information, the FAQ, the seasons and what the
    office does on each public holiday of the coming year, in three languages."""
    home = VvvHomePage.objects.get()
    practical = StandardPage.objects.live().child_of(home).get(slug_en="practical-information")
    faq = FaqPage.objects.live().child_of(home).get()
    hours_page = OpeningHoursPage.objects.live().child_of(home).get()
    schedules = list(home.opening_schedules.all())
    questions = {}
    for language in ("nl", "en", "de"):
        with translation.override(language):
            text = page_text(client, f"/{language}/{getattr(practical, f'slug_{language}')}/")
            headings = [
                block.value["text"]
                for block in getattr(practical, f"body_{language}")
                if block.block_type == "heading"
            ]
            # access, toilets, lockers, parking, public transport
            assert len(headings) >= 5, (language, headings)
            assert all(escape(heading) in text for heading in headings), language

            response = client.get(f"/{language}/{getattr(faq, f'slug_{language}')}/", HTTP_HOST=VVV)
            assert response.status_code == 200, language
            [ld] = [item for item in json_ld(response) if item["@type"] == "FAQPage"]
            questions[language] = {question["name"] for question in ld["mainEntity"]}

            text = page_text(client, f"/{language}/{getattr(hours_page, f'slug_{language}')}/")
            for schedule in schedules:
                assert escape(getattr(schedule, f"name_{language}")) in text, language
            holidays = escape(gettext("Public holidays:"))
            assert f"{holidays} {escape(gettext('closed'))}" in text, language
            assert f"{holidays} 11:00–16:00" in text, language
    assert len(questions["en"]) >= 5
    assert len(questions["nl"]) == len(questions["en"]) == len(questions["de"])
    assert questions["nl"] != questions["en"] and questions["en"] != questions["de"]

    # An all-year schedule, closed on holidays, and a summer season with holiday hours that
    # is still to come or running.
    [all_year] = [schedule for schedule in schedules if not schedule.valid_from]
    [summer] = [schedule for schedule in schedules if schedule.valid_from]
    today = timezone.localdate()
    assert all_year.on_holidays == "closed"
    assert summer.on_holidays == "other" and summer.valid_until >= today
    assert (summer.holiday_opens, summer.holiday_closes) == (time(11), time(16))

    # Every holiday of the coming year, Leidens Ontzet included, follows the season's rule.
    hours = home.opening_hours
    named = []
    for offset in range(366):
        day = today + timedelta(days=offset)
        holiday = holiday_name(day)
        if holiday is None or any(exception.covers(day) for exception in hours.exceptions):
            continue
        on_the_day = hours.hours_on(day)
        assert on_the_day.label == holiday, day
        expected = 1 if summer.valid_from <= day <= summer.valid_until else 0
        assert len(on_the_day.intervals) == expected, day
        named.append(str(holiday))
    assert str(LEIDENS_ONTZET) in named and len(named) >= 10
