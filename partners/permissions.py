"""Page permissions that keep each partner's proposals to itself.

Wagtail lets anyone who may add pages under a parent see every page there, drafts
included. A partner's editors may add events under the agenda, so they would see the
other partners' proposals before a moderator has approved them. This policy keeps the
core's rules and hides, under any page where a user may add but not change, the pages
that are not live and were not written by the user's own organisation.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q

from leiden_site.permissions import NOTHING, PagePolicy


class PartnerProposalsPolicy(PagePolicy):
    def colleagues(self, user):
        """The people who write for the same partner as `user` (the user included)."""
        partner_groups = user.groups.filter(partner_page__isnull=False)
        return get_user_model().objects.filter(Q(pk=user.pk) | Q(groups__in=partner_groups))

    def hidden_pages(self, user) -> Q:
        if not user.is_active or user.is_superuser or user.is_anonymous:
            return NOTHING
        permissions = self.get_cached_permissions_for_user(user)
        change_paths = [p.page.path for p in permissions if p.permission.codename == "change_page"]
        add_only = [
            p.page
            for p in permissions
            if p.permission.codename == "add_page"
            and not any(p.page.path.startswith(path) for path in change_paths)
        ]
        if not add_only:
            return NOTHING
        hidden = NOTHING
        for parent in add_only:
            hidden |= Q(path__startswith=parent.path, depth__gt=parent.depth, live=False)
        return hidden & ~Q(owner__in=self.colleagues(user).values("pk"))
