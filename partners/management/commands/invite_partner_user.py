from django.core.management.base import BaseCommand, CommandError

from partners.invitations import invite_partner_user
from partners.models import PartnerPage


class Command(BaseCommand):
    help = "Invite someone to edit a partner's profile: an account and a set-password mail."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("partner", help="The partner page's id or its Dutch slug.")

    def handle(self, *args, email, partner, **options):
        lookup = {"pk": int(partner)} if partner.isdigit() else {"slug_nl": partner}
        page = PartnerPage.objects.filter(**lookup).first()
        if page is None:
            raise CommandError(f"No partner page matches {partner!r}.")
        user = invite_partner_user(email, page)
        self.stdout.write(f"Invited {user.email} to edit {page.title}.")
