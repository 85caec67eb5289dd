"""Admin for the partner network: the board, and inviting a partner's editors."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from leiden_site.snippets import SnippetViewSet

from .admin_views import retire_buttons, retire_view, still_correct_view, warning_before_delete
from .dashboard import add_partner_panels, hide_site_summary_from_partners
from .invitations import invite_partner_user
from .models import BoardMember, PartnerPage

INVITE_PERMISSION = "partners.invite_partner_editor"


class BoardMemberViewSet(SnippetViewSet):
    model = BoardMember
    icon = "group"
    menu_label = _("Board")
    list_display = ["name", "role", "represents", "term_start", "term_end"]
    list_filter = ["role", "represents_municipality"]
    list_export = ["name", "role", "represents", "term_start", "term_end"]
    export_filename = "board-members"
    search_fields = ["name"]
    add_to_admin_menu = True
    menu_order = 250


register_snippet(BoardMemberViewSet)


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("Email address"))
    first_name = forms.CharField(label=_("First name"), required=False, max_length=150)
    last_name = forms.CharField(label=_("Last name"), required=False, max_length=150)
    partner = forms.ModelChoiceField(
        label=_("Partner"), queryset=PartnerPage.objects.order_by("title")
    )


def invite_view(request):
    if not request.user.has_perm(INVITE_PERMISSION):
        raise PermissionDenied
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = invite_partner_user(
            form.cleaned_data["email"],
            form.cleaned_data["partner"],
            first_name=form.cleaned_data["first_name"],
            last_name=form.cleaned_data["last_name"],
        )
        messages.success(request, _("An invitation was sent to %(email)s.") % {"email": user.email})
        return redirect("partners_invite")
    return TemplateResponse(request, "partners/admin/invite.html", {"form": form})


@hooks.register("register_admin_urls")
def register_partner_admin_urls():
    return [
        path("partners/invite/", invite_view, name="partners_invite"),
        path("partners/<int:pk>/retire/", retire_view, name="partners_retire"),
        path("partners/<int:pk>/still-correct/", still_correct_view, name="partners_still_correct"),
    ]


hooks.register("before_delete_page", warning_before_delete)
hooks.register("register_page_header_buttons", retire_buttons)
hooks.register("register_page_listing_more_buttons", retire_buttons)


class InviteMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(INVITE_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_invite_menu_item():
    return InviteMenuItem(
        _("Invite a partner editor"), reverse("partners_invite"), icon_name="mail", order=260
    )


# After the other apps' panels, which it takes away from partners.
hooks.register("construct_homepage_panels", add_partner_panels, order=100)
hooks.register("construct_homepage_summary_items", hide_site_summary_from_partners, order=100)
