"""Self-service rights for a partner's own people, made when its page is created.

Each partner gets a group that may edit its own page, add events under the agenda
(and so edit the events it created), and use its own image and document collection.
Nothing its people make goes live before a marketing moderator approves it.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
    get_page_models,
)

from leiden_site.declarations import MARKETING_MODERATORS

from .models import PartnerPage

WORKFLOW_NAME = "Partner review"
TASK_NAME = "Marketing approval"
MEDIA_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def partner_review_workflow() -> Workflow:
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    moderators = Group.objects.filter(name=MARKETING_MODERATORS)
    task.groups.set(moderators)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def assign_workflow(workflow: Workflow, page) -> None:
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})


def _partner_name(partner) -> str:
    return f"Partner: {partner.title_nl or partner.title}"[:150]


def _own_collection(partner, name: str) -> Collection:
    if partner.collection_id:
        return partner.collection
    existing = Collection.objects.filter(name=name).first()
    return existing or Collection.get_first_root_node().add_child(name=name)


def agenda_for(partner):
    """The page under which the partner may propose events: the first page of a type that
    says `accepts_partner_proposals`, on the partner's own site."""
    proposal_types = [
        model for model in get_page_models() if getattr(model, "accepts_partner_proposals", False)
    ]
    site_root = partner.get_ancestors().filter(depth=2).first()
    agendas = Page.objects.type(*proposal_types) if proposal_types else Page.objects.none()
    return (agendas.descendant_of(site_root) if site_root else agendas).first()


@transaction.atomic
def ensure_partner_rights(partner) -> Group:
    """Idempotent: safe to call on every save of the partner page."""
    name = _partner_name(partner)
    group = partner.group or Group.objects.get_or_create(name=name)[0]
    group.permissions.add(_permission("wagtailadmin", "access_admin"))
    GroupPagePermission.objects.get_or_create(
        group=group, page=partner, permission=_permission("wagtailcore", "change_page")
    )
    workflow = partner_review_workflow()
    assign_workflow(workflow, partner.get_parent())
    agenda = agenda_for(partner)
    if agenda is not None:
        GroupPagePermission.objects.get_or_create(
            group=group, page=agenda, permission=_permission("wagtailcore", "add_page")
        )
        assign_workflow(workflow, agenda)
    collection = _own_collection(partner, name)
    for app_label, codename in MEDIA_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_permission(app_label, codename)
        )
    # A plain update: recording the group must not add a page revision.
    PartnerPage.objects.filter(pk=partner.pk).update(group=group, collection=collection)
    partner.group, partner.collection = group, collection
    return group
