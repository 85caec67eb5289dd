"""Two app servers, one database, one Redis: what one does, the other knows.

Two gunicorns with the production settings (page cache on) serve one database (PostgreSQL
when DATABASE_URL says so, CI's first run; otherwise one SQLite file) and one Redis
database. An editor publishes through the admin of the first; the second must serve the
change within 2 seconds, with no per-process cache holding the old page or menu. A session
made on one is valid on the other, and a log-in lock-out earned on one holds on the other.
"""

import os
import re
import secrets
import subprocess
import sys
import time
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
import redis
import requests
from psycopg import sql

from tests.quality.servers import gunicorn
from tests.quality.tools import ROOT

DATABASE_URL = os.environ.get("DATABASE_URL", "")
ON_POSTGRES = DATABASE_URL.startswith(("postgres://", "postgresql://"))
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/7")
APP_DATABASE = f"ops_two_servers_{os.getpid()}"
STEP_TIMEOUT = 900
PROPAGATION_SECONDS = 2.0
PASSWORD = secrets.token_urlsafe(16)

MAKE_CONTENT = f"""
from django.contrib.auth.models import User
from leiden_site.models import Navigation, StandardPage
from wagtail.models import Site
User.objects.create_superuser("ops-admin", "ops-admin@example.org", {PASSWORD!r})
User.objects.create_user("ops-editor", "ops-editor@example.org", {PASSWORD!r}, is_staff=True)
home = Site.objects.get(is_default_site=True).root_page.specific
page = StandardPage(title="Openingstijden", slug="openingstijden", intro="Oud",
                    title_en="Opening hours", slug_en="opening-hours")
home.add_child(instance=page)
page.save_revision().publish()
navigation = Navigation.for_site(home.get_site())
navigation.main_menu = [("link", {{"page": page, "external_url": "", "label": ""}})]
navigation.save()
print(page.pk)
"""


def redis_reachable() -> bool:
    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


pytestmark = pytest.mark.skipif(
    not redis_reachable() and os.environ.get("CI") != "true",
    reason=f"needs Redis at {REDIS_URL} (TEST_REDIS_URL); CI starts one",
)


def postgres_url(name: str) -> str:
    return urlunsplit(urlsplit(DATABASE_URL)._replace(path=f"/{name}"))


def reset_postgres(create: bool) -> None:
    with psycopg.connect(postgres_url("postgres"), autocommit=True) as conn:
        name = sql.Identifier(APP_DATABASE)
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        if create:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(name))


def production_env(tmp_path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE",)}
    database_url = (
        postgres_url(APP_DATABASE) if ON_POSTGRES else f"sqlite:///{tmp_path / 'db.sqlite3'}"
    )
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "leiden_site.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "DATABASE_URL": database_url,
            "REDIS_URL": REDIS_URL,
            "ALLOWED_HOSTS": "localhost",
            "SECURE_SSL_REDIRECT": "0",  # gunicorn speaks plain http here
            "STATIC_ROOT": str(tmp_path / "static"),
            "MEDIA_ROOT": str(tmp_path / "media"),
            "PAGE_CACHE_SECONDS": "300",  # longer than the test: staleness would show
        }
    )
    return env


def manage(env: dict[str, str], *arguments: str) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=STEP_TIMEOUT,
    )
    assert done.returncode == 0, f"manage.py {arguments[0]} failed:\n{done.stderr[-4000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def two_servers(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("two-servers")
    env = production_env(tmp_path)
    redis.Redis.from_url(REDIS_URL).flushdb()
    if ON_POSTGRES:
        reset_postgres(create=True)
    try:
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "update_translation_fields")
        manage(env, "setup_sites")
        manage(env, "collectstatic", "--noinput", "-v", "0")
        page_id = int(manage(env, "shell", "-c", MAKE_CONTENT).strip().splitlines()[-1])
        with (
            gunicorn(env, tmp_path / "first.log") as first,
            gunicorn(env, tmp_path / "second.log") as second,
        ):
            yield first, second, page_id, env
    finally:
        if ON_POSTGRES:
            reset_postgres(create=False)
        redis.Redis.from_url(REDIS_URL).flushdb()


class Browser:
    """A visitor's cookies, sent by hand: production cookies are Secure, and these servers
    speak plain http, where a cookie jar would keep them back."""

    def __init__(self):
        self.cookies: dict[str, str] = {}

    def request(self, method: str, url: str, **kwargs) -> requests.Response:
        response = requests.request(
            method,
            url,
            cookies=self.cookies,
            headers={"Host": "localhost"},
            allow_redirects=False,
            timeout=30,
            **kwargs,
        )
        self.cookies.update(response.cookies.get_dict())
        return response

    def log_in(self, server, username: str, password: str) -> requests.Response:
        form = self.request("GET", f"{server.url}/admin/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
        return self.request(
            "POST",
            f"{server.url}/admin/login/",
            data={"csrfmiddlewaretoken": token, "username": username, "password": password},
        )

    def csrf_token(self, page_html: str) -> str:
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page_html).group(1)


def poll(fetch, expected: str) -> str:
    """The text of fetch() once it contains `expected`, or the last one after the bound."""
    deadline = time.monotonic() + PROPAGATION_SECONDS
    while True:
        text = fetch()
        if expected in text or time.monotonic() > deadline:
            return text
        time.sleep(0.1)


def anonymous_get(server, path: str) -> str:
    response = requests.get(f"{server.url}{path}", headers={"Host": "localhost"}, timeout=30)
    assert response.status_code == 200, path
    return response.text


def test_a_publish_on_one_server_shows_on_the_other(two_servers):
    first, second, page_id, _env = two_servers
    # Both servers have the old page and home page (with its menu) in their caches.
    for server in (first, second):
        for _ in range(2):
            assert "Openingstijden" in anonymous_get(server, "/nl/openingstijden/")
            assert "Openingstijden" in anonymous_get(server, "/nl/")

    editor = Browser()
    assert editor.log_in(first, "ops-admin", PASSWORD).status_code == 302
    edit_url = f"{first.url}/admin/pages/{page_id}/edit/"
    form = editor.request("GET", edit_url)
    assert form.status_code == 200
    published = editor.request(
        "POST",
        edit_url,
        data={
            "csrfmiddlewaretoken": editor.csrf_token(form.text),
            "title_nl": "Openingstijden zomer",
            "slug_nl": "openingstijden",
            "intro_nl": "Nieuw",
            "title_en": "Opening hours",
            "slug_en": "opening-hours",
            "body_nl-count": "0",
            "body_en-count": "0",
            "body_de-count": "0",
            "action-publish": "1",
        },
    )
    assert published.status_code == 302, published.text[:2000]

    page = poll(lambda: anonymous_get(second, "/nl/openingstijden/"), "Openingstijden zomer")
    assert "Openingstijden zomer" in page
    # The main menu on the home page labels the link with the page's title.
    home = poll(lambda: anonymous_get(second, "/nl/"), "Openingstijden zomer")
    assert re.search(r'<nav class="main-nav".*Openingstijden zomer.*</nav>', home, re.S)


CHANGE_FOOTER = """
from leiden_site.models import SiteIdentity
from wagtail.models import Site
identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
identity.footer_text_nl = "Zomerdienst van de balie"
identity.save()  # the admin's settings view saves the same way: post_save does the rest
"""


def test_a_site_settings_change_on_one_server_shows_on_the_other(two_servers):
    first, second, _page_id, env = two_servers
    # Both servers render (and cache) the footer from the settings as they were.
    for server in (first, second):
        for _ in range(2):
            assert "Zomerdienst van de balie" not in anonymous_get(server, "/nl/")

    manage(env, "shell", "-c", CHANGE_FOOTER)

    home = poll(lambda: anonymous_get(second, "/nl/"), "Zomerdienst van de balie")
    assert re.search(r'class="site-footer__text">.*Zomerdienst van de balie', home, re.S)


def test_a_session_made_on_one_server_is_valid_on_the_other(two_servers):
    first, second, _page_id, _env = two_servers
    editor = Browser()
    assert editor.log_in(first, "ops-admin", PASSWORD).status_code == 302
    dashboard = editor.request("GET", f"{second.url}/admin/")
    assert dashboard.status_code == 200
    assert "ops-admin" in dashboard.text

    stranger = Browser()
    assert stranger.request("GET", f"{second.url}/admin/").status_code == 302


def test_a_lock_out_on_one_server_holds_on_the_other(two_servers):
    first, second, _page_id, _env = two_servers
    guesser = Browser()
    for number in range(4):
        assert guesser.log_in(first, "ops-editor", f"wrong-{number}").status_code == 200
    # The fifth failure locks the account at this address.
    assert guesser.log_in(first, "ops-editor", "wrong-4").status_code == 429
    owner = Browser()
    # The right password, on the other server, from the same address: still locked.
    assert owner.log_in(second, "ops-editor", PASSWORD).status_code == 429
    assert owner.request("GET", f"{second.url}/admin/").status_code == 302
