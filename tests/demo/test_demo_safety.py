"""load_demo_data never runs over real content or on production settings unless forced,
and never touches an account it did not make."""

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from demo.safety import refuse_unless_safe
from leiden_site.factories import StandardPageFactory
from tests.conftest import publish


def test_production_settings_are_refused(settings, db):
    settings.PRODUCTION = True
    with pytest.raises(CommandError, match="production settings"):
        refuse_unless_safe(force=False, demo_accounts=[])
    refuse_unless_safe(force=True, demo_accounts=[])  # a benchmark database may force it


def test_a_database_with_real_pages_is_refused(brand_home, django_user_model):
    editor = django_user_model.objects.create_user("real-editor")
    page = StandardPageFactory(parent=brand_home, title_nl="Echte pagina", slug_nl="echt")
    page.save_revision(user=editor).publish()
    with pytest.raises(CommandError, match="/echt/"):
        call_command("load_demo_data")
    page.refresh_from_db()
    assert page.title_nl == "Echte pagina"


def test_an_account_the_demo_did_not_make_keeps_its_password(
    brand_home, monkeypatch, django_user_model
):
    existing = django_user_model.objects.create_user("admin", "it@leiden.example", "own-secret")
    publish(StandardPageFactory(parent=brand_home, slug_nl="door-een-script"))  # no editor
    monkeypatch.setenv("DEMO_PASSWORD", "demo-secret")
    call_command("load_demo_data", "--force", "--skip-rendering", verbosity=0)
    existing.refresh_from_db()
    assert existing.check_password("own-secret")
    assert existing.email == "it@leiden.example"
    assert get_user_model().objects.get(username="editor").check_password("demo-secret")
