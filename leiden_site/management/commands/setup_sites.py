from django.core.management.base import BaseCommand

from leiden_site.provisioning import setup_sites


class Command(BaseCommand):
    help = "Create (or update) the three sites, their home pages and the staff groups."

    def handle(self, *args, **options):
        sites, groups = setup_sites()
        for site in sites.values():
            self.stdout.write(f"Site {site.site_name}: {site.root_url}")
        self.stdout.write(f"Groups: {', '.join(groups)}")
