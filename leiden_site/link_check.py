"""The nightly internal link check: links on live pages to pages visitors cannot reach.

Wagtail's reference index knows which page links to which, but it forgets links to a
page once that page is deleted; the check re-reads each live page's links first, so a
link to a deleted page is found too.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from wagtail.models import Page, ReferenceIndex

from .models import BrokenLink


def check_internal_links() -> str:
    page_type = ContentType.objects.get_for_model(Page)
    live_pages = Page.objects.live().specific()
    for page in live_pages:
        ReferenceIndex.create_or_update_for_object(page)
    references = ReferenceIndex.objects.filter(
        base_content_type=page_type,
        object_id__in=[str(pk) for pk in live_pages.values_list("pk", flat=True)],
        to_content_type=page_type,
    )
    targets = {
        str(page.pk): page
        for page in Page.objects.filter(
            pk__in={int(ref.to_object_id) for ref in references if ref.to_object_id.isdigit()}
        )
    }
    now = timezone.now()
    findings = {}
    for reference in references:
        target = targets.get(reference.to_object_id)
        if target is not None and target.live:
            continue
        # One finding per page and target: modeltranslation's base column and each
        # language's column hold the same link.
        findings.setdefault(
            (reference.object_id, reference.to_object_id),
            BrokenLink(
                source_page_id=int(reference.object_id),
                field=str(reference.describe_source_field())[:255],
                target_page_id=int(reference.to_object_id),
                target_title=target.title if target else "",
                reason=BrokenLink.NOT_LIVE if target else BrokenLink.MISSING,
                checked_at=now,
            ),
        )
    with transaction.atomic():  # the dashboard shows the last check's findings, whole
        BrokenLink.objects.all().delete()
        BrokenLink.objects.bulk_create(findings.values())
    return f"{len(findings)} broken internal link(s) on {live_pages.count()} live page(s)"
