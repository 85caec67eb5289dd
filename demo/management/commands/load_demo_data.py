"""Fill the three sites with demo content in Dutch, English and German.

    DEMO_PASSWORD=... manage.py load_demo_data

The content is data: the YAML files in demo/content/. Idempotent: run it as often as you
like; a second run finds everything in place and changes nothing (the demo's own accounts get
their password set again, nothing more). It refuses to run on production settings or on a
database that holds pages it did not make, unless given --force, and it never touches an
account it did not make. The demo accounts (admin, editor, moderator, vvv, expat, and the
partner editors naturalis and lakenhal) are created only here, never by migrations; their
password comes from DEMO_PASSWORD and defaults to "leiden-demo".
"""

import os
import time
from io import StringIO

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Q
from django.test import Client
from django.utils import translation

from wagtail.images import get_image_model
from wagtail.models import Page

from demo.accounts import DEFAULT_DEMO_PASSWORD, ensure_demo_users
from demo.content import read
from demo.loader import SITE_FILES, DemoLoader
from demo.safety import refuse_unless_safe
from leiden_site.models import SearchDocument
from leiden_site.provisioning import setup_sites


class Command(BaseCommand):
    help = (
        "Load demo content, settings and accounts into the three sites (idempotent). "
        "The accounts' password comes from DEMO_PASSWORD "
        f"(default: {DEFAULT_DEMO_PASSWORD!r})."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load even on production settings or beside pages the demo did not make.",
        )
        parser.add_argument(
            "--skip-rendering",
            action="store_true",
            help="Do not render every page once afterwards: image renditions are then made "
            "when a page is first visited (quicker when nobody will look at the pages).",
        )

    def handle(self, *args, **options):
        started = time.monotonic()
        refuse_unless_safe(options["force"], read("accounts.yaml")["accounts"])
        password = os.environ.get("DEMO_PASSWORD") or DEFAULT_DEMO_PASSWORD
        # Dutch is the default language, so the base columns hold Dutch (conventions, rule 4).
        with translation.override("nl"):
            sites, groups = setup_sites()
            self.fill_empty_translation_columns()
            with transaction.atomic():
                loader = DemoLoader(sites)
                loader.load_content()
                self.apply_site_settings(loader)
                users = ensure_demo_users(groups, loader.pages, password)
            indexed = self.rebuild_search_documents()
        if not options["skip_rendering"]:
            self.render_every_page_once()
        self.summarise(sites, loader.report, users, indexed, password, time.monotonic() - started)

    def fill_empty_translation_columns(self):
        """Pages made by migrations have empty Dutch columns (docs/conventions.md, rule 3)."""
        empty = (
            Q(title_nl__isnull=True)
            | Q(title_nl="")
            | Q(url_path_nl__isnull=True)
            | Q(url_path_nl="")
        )
        if Page.objects.filter(empty).exists():
            call_command("update_translation_fields", verbosity=0, stdout=StringIO())
            self.stdout.write("Filled empty Dutch translation columns.")

    def apply_site_settings(self, loader: DemoLoader):
        for site in SITE_FILES:
            if loader.apply_site_settings(site):
                self.stdout.write(f"Updated the settings of {loader.sites[site].site_name}.")

    def rebuild_search_documents(self) -> int:
        """One search document per live page and language.

        Publishing indexes the pages that changed; this also covers unchanged ones.
        """
        live_pages = Page.objects.live().filter(depth__gt=1)
        for page in live_pages:
            SearchDocument.index_page(page)
        return SearchDocument.objects.count()

    def render_every_page_once(self):
        """Make the image renditions now, so no visitor waits for AVIF encoding."""
        client = Client(raise_request_exception=False)
        for page in Page.objects.live().filter(depth__gt=1).specific():
            site = page.get_site()
            if site:
                client.get(page.get_url(), HTTP_HOST=site.hostname, secure=True)

    def summarise(self, sites, report, users, indexed, password, seconds):
        write = self.stdout.write
        write(
            f"Pages: {len(report.created)} created, {len(report.updated)} updated, "
            f"{len(report.unchanged)} unchanged."
        )
        for path in report.created + report.updated:
            write(f"  {path}")
        write(
            f"Totals: {Page.objects.filter(depth__gt=1).count()} pages, "
            f"{get_image_model().objects.count()} images, {indexed} search documents."
        )
        write(self.style.SUCCESS(f"Demo data loaded in {seconds:.1f}s."))
        write("Sites:")
        for site in sites.values():
            write(f"  {site.site_name}: {site.root_url}/nl/")
        # A password set through the environment stays out of the logs.
        shown = "the one in DEMO_PASSWORD" if os.environ.get("DEMO_PASSWORD") else repr(password)
        write(f"Accounts (password: {shown}):")
        for user in users:
            role = (
                "superuser" if user.is_superuser else ", ".join(g.name for g in user.groups.all())
            )
            write(f"  {user.username:<10} {user.email:<22} {role}")
