"""Factories for the shared page types (factory_boy + wagtail-factories)."""

import factory
import wagtail_factories

from leiden_site.models import FormField, FormPage, StandardPage, Theme


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")

    class Meta:
        model = Theme


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    slug = factory.Sequence(lambda n: f"pagina-{n}")
    intro = "Een korte inleiding."

    class Meta:
        model = StandardPage


class FormPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Formulier {n}")
    slug = factory.Sequence(lambda n: f"formulier-{n}")
    to_address = "staff@example.org"
    from_address = "noreply@example.org"
    subject = "Nieuw bericht"

    class Meta:
        model = FormPage


class FormFieldFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(FormPageFactory)
    label = factory.Sequence(lambda n: f"Veld {n}")
    field_type = "singleline"
    required = True

    class Meta:
        model = FormField
