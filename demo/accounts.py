"""The demo accounts of accounts.yaml, made only by load_demo_data.

The password is set again on every run, so DEMO_PASSWORD can change between runs.
"""

from django.contrib.auth import get_user_model

from partners.models import PartnerPage
from partners.rights import ensure_partner_rights

from .content import PageRegistry, read
from .models import DemoRecord

DEFAULT_DEMO_PASSWORD = "leiden-demo"


def set_account(username: str, first_name: str, email: str, password: str, superuser=False):
    """The demo account, made or brought up to date; None when an account of that name
    exists that the demo did not make (it is left exactly as it is)."""
    user_model = get_user_model()
    user = user_model.objects.filter(username=username).first()
    if user is None:
        user = user_model.objects.create(username=username)
        DemoRecord.remember(user_model, user.pk)
    elif user.pk not in DemoRecord.ids_of(user_model):
        return None
    user.email = email
    user.first_name = first_name
    user.is_active = True
    user.is_staff = user.is_superuser = superuser
    user.set_password(password)
    user.save()
    return user


def ensure_demo_users(groups: dict, pages: PageRegistry, password: str) -> list:
    """Staff accounts, each in a group that setup_sites made (or a superuser), then the
    partner editors, each in their partner's group (no staff rights)."""
    accounts = read("accounts.yaml")
    users = []
    for account in accounts["accounts"]:
        superuser = account.get("superuser", False)
        user = set_account(
            account["username"], account["first_name"], account["email"], password, superuser
        )
        if user is not None:
            user.groups.set([] if superuser else [groups[account["group"]]])
            users.append(user)
    for account in accounts["partner_accounts"]:
        if account["partner"] not in pages:
            continue
        partner = PartnerPage.objects.get(pk=pages[account["partner"]].pk)
        group = partner.group or ensure_partner_rights(partner)
        user = set_account(account["username"], account["first_name"], account["email"], password)
        if user is not None:
            user.groups.set([group])
            users.append(user)
    return users
