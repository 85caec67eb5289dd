"""A partner leaves the network: its profile goes offline and its people lose every right.

Retiring is the normal way: the profile is unpublished and kept, with its history, and
marked with the day it left. Deleting the page does the same to the rights before the
page goes, and the board members who represented the partner keep its name.
"""

from django.db import transaction
from django.utils import timezone

from wagtail.models import GroupCollectionPermission, GroupPagePermission

from .models import BoardMember, PartnerPage


def revoke_rights(partner) -> list:
    """Take every right away from the partner's group; editors who belong to no other
    group are deactivated. Returns the people who lost access."""
    group = partner.group
    if group is None:
        return []
    GroupPagePermission.objects.filter(group=group).delete()
    GroupCollectionPermission.objects.filter(group=group).delete()
    group.permissions.clear()
    people = list(group.user_set.all())
    for person in people:
        person.groups.remove(group)
        if not person.is_superuser and not person.groups.exists():
            person.is_active = False
            person.save(update_fields=["is_active"])
    return people


@transaction.atomic
def retire_partner(partner: PartnerPage, by_user=None) -> None:
    if partner.live:
        partner.unpublish(user=by_user, log_action=True)
    revoke_rights(partner)
    PartnerPage.objects.filter(pk=partner.pk).update(retired_on=timezone.localdate())
    partner.retired_on = timezone.localdate()


def forget_partner(partner: PartnerPage) -> None:
    """Before the partner's page is deleted: rights gone, board record kept, group gone."""
    revoke_rights(partner)
    BoardMember.objects.filter(partner=partner).update(former_partner_name=partner.title)
    if partner.group is not None:
        partner.group.delete()
