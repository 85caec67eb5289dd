"""The page permission policy every admin view consults, and what a user may put on a page.

Wagtail's page rules stay; a policy subclass may hide pages from a user altogether
(`hidden_pages`), and then they disappear from the explorer, search, the admin API, the
site history and the choosers alike. The partners app uses that for proposals.
"""

from django.db.models import Q

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry

NOTHING = Q(pk__in=[])


class PagePolicy(PagePermissionPolicy):
    def hidden_pages(self, user) -> Q:
        """Pages this user must not see even where Wagtail would show them."""
        return NOTHING

    def explorable_instances(self, user):
        return super().explorable_instances(user).exclude(self.hidden_pages(user))

    def choosable_pages(self, user, pages):
        """What a page chooser may offer: live pages and the pages the user may explore."""
        if user.is_superuser:
            return pages
        explorable = self.explorable_instances(user).values("pk")
        return pages.filter(Q(live=True) | Q(pk__in=explorable)).exclude(self.hidden_pages(user))


def page_policy() -> PagePolicy:
    return policy_registry.get_by_type(Page)


def choosable(user, model):
    """Images or documents in collections where the user may choose them."""
    return policy_registry.get_by_type(model).instances_user_has_any_permission_for(
        user, ["choose"]
    )


def refused_references(user, references) -> list[str]:
    """Of the references (model, id) to images, documents and pages, those this user may
    not use, each described for an error message; other models are not checked."""
    wanted = {}
    for model, object_id in references:
        wanted.setdefault(model, set()).add(str(object_id))
    scopes = {
        get_image_model(): lambda ids: choosable(user, get_image_model()).filter(pk__in=ids),
        get_document_model(): lambda ids: choosable(user, get_document_model()).filter(pk__in=ids),
        Page: lambda ids: page_policy().choosable_pages(user, Page.objects.filter(pk__in=ids)),
    }
    refused = []
    for model, ids in wanted.items():
        scope = next((scope for base, scope in scopes.items() if issubclass(model, base)), None)
        if scope is None:
            continue
        allowed = {str(pk) for pk in scope(ids).values_list("pk", flat=True)}
        refused += [f"{model._meta.verbose_name} {pk}" for pk in sorted(ids - allowed)]
    return refused
