from django.db.models.signals import post_save
from django.dispatch import receiver

from leiden_site.page_cache import invalidate_when_saved

from .models import BoardMember, PartnerPage
from .rights import ensure_partner_rights


@receiver(post_save, sender=PartnerPage)
def give_new_partner_its_rights(sender, instance, created, **kwargs):
    if created or instance.group_id is None:
        ensure_partner_rights(instance)


invalidate_when_saved(BoardMember)
