from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver

from leiden_site.page_cache import invalidate_when_saved

from .models import BoardMember, PartnerPage
from .retirement import forget_partner
from .rights import ensure_partner_rights


@receiver(post_save, sender=PartnerPage)
def give_new_partner_its_rights(sender, instance, created, **kwargs):
    if created or instance.group_id is None:
        ensure_partner_rights(instance)


@receiver(pre_delete, sender=PartnerPage)
def take_rights_from_deleted_partner(sender, instance, **kwargs):
    forget_partner(instance)


invalidate_when_saved(BoardMember)
