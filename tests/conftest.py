import os

import hypothesis
import pytest

from django.core.cache import cache
from django.utils import translation

from leiden_site import page_cache
from leiden_site.provisioning import setup_sites


@pytest.fixture(autouse=True)
def _fresh_cache_and_language():
    # Site root paths are cached per language; tests must not see another test's tree.
    cache.clear()
    page_cache.forget_local()
    translation.activate("nl")
    yield
    translation.deactivate()


@pytest.fixture
def sites(db):
    site_map, _groups = setup_sites()
    cache.clear()
    return site_map


@pytest.fixture
def brand_home(sites):
    return sites["discoveries"].root_page.specific


@pytest.fixture
def vvv_home(sites):
    return sites["vvv"].root_page.specific


@pytest.fixture
def expat_home(sites):
    return sites["expat"].root_page.specific


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    cache.clear()
    return page


# Property-based tests stay quick: a few dozen examples each, no per-example deadline (a
# page render on a busy machine is slow, not wrong). CI replays the same examples.
hypothesis.settings.register_profile("leiden", max_examples=40, deadline=None)
hypothesis.settings.register_profile(
    "ci", parent=hypothesis.settings.get_profile("leiden"), derandomize=True, database=None
)
hypothesis.settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "leiden"))
