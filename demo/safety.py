"""When load_demo_data may run: never on production settings or over real content,
unless forced; and it never touches an account it did not make."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import CommandError

from wagtail.models import Page, Revision

from .models import DemoRecord

# Site home pages sit at depth 2; provisioning makes them, not the demo.
CONTENT_DEPTH = 3


def adopt_earlier_demo(demo_accounts: list[dict]) -> None:
    """A database loaded before the loader kept records: take over the pages nobody edited
    in the admin (every revision made by a script) and the accounts it made as it made them."""
    if DemoRecord.objects.exists():
        return
    edited = Revision.page_revisions.filter(user__isnull=False).values("object_id")
    for pk in (
        Page.objects.filter(depth__gte=CONTENT_DEPTH)
        .exclude(pk__in=[int(pk) for (pk,) in edited.values_list("object_id")])
        .values_list("pk", flat=True)
    ):
        DemoRecord.remember(Page, pk)
    users = get_user_model().objects
    for account in demo_accounts:
        user = users.filter(username=account["username"], email=account["email"]).first()
        if user is not None:
            DemoRecord.remember(get_user_model(), user.pk)


def real_content() -> list[str]:
    """The pages in the database that the demo did not make, as Dutch URL paths."""
    demo_pages = DemoRecord.ids_of(Page)
    return [
        page.url_path_nl or page.url_path
        for page in Page.objects.filter(depth__gte=CONTENT_DEPTH).order_by("path")
        if page.pk not in demo_pages
    ]


def refuse_unless_safe(force: bool, demo_accounts: list[dict]) -> None:
    if force:
        return
    if getattr(settings, "PRODUCTION", False):
        raise CommandError(
            "These are production settings: the demo would overwrite real content. "
            "Use --force only on a database made for a demo or a benchmark."
        )
    adopt_earlier_demo(demo_accounts)
    found = real_content()
    if found:
        shown = ", ".join(found[:5]) + (" …" if len(found) > 5 else "")
        raise CommandError(
            f"This database holds {len(found)} pages the demo did not make ({shown}). "
            "Load the demo into an empty database, or use --force to load it beside them."
        )
