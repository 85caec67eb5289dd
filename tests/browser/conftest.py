"""Real Chromium (Debian's /usr/bin/chromium) driven by Playwright, headless.

Without Chromium the browser tests skip with the reason shown, unless
REQUIRE_BROWSER=1 (as in CI): then a missing browser fails the run.
"""

import os
import shutil
from pathlib import Path

import pytest

# Playwright's sync API keeps an event loop in this thread; Django's ORM calls in
# the same test are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def chromium_path() -> str | None:
    return (
        os.environ.get("CHROMIUM_PATH")
        or shutil.which("chromium")
        or shutil.which("chromium-browser")
    )


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    if not path:
        reason = "Chromium not found (install Debian's chromium package)"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"{reason}; REQUIRE_BROWSER=1 makes this an error")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=path, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def screenshot():
    ARTIFACTS.mkdir(exist_ok=True)

    def take(tab, name):
        tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    take.artifacts = ARTIFACTS  # for screenshots of one element
    return take


@pytest.fixture
def live_sites(live_server, sites):
    """The three sites answering on the live server's port."""
    port = int(live_server.url.rsplit(":", 1)[1])
    for site in sites.values():
        site.port = port
        site.save()
    from django.core.cache import cache

    cache.clear()
    return {key: f"http://{site.hostname}:{port}" for key, site in sites.items()}
