from django.core.management.base import BaseCommand

from wagtail.models import Page

from leiden_site.models import SearchDocument


class Command(BaseCommand):
    help = "Rebuild the per-language search documents of every page."

    def handle(self, *args, **options):
        pages = Page.objects.filter(depth__gt=1)
        for page in pages:
            SearchDocument.index_page(page)
        self.stdout.write(
            f"Indexed {SearchDocument.objects.count()} documents for {pages.count()} pages."
        )
