"""The partner pages for the quality gates: the directory (also filtered), a partner
profile and the board page. Wired into `tests.catalogue.build_catalogue`."""

from datetime import date

import wagtail_factories

from partners.models import BoardMember, BoardPage, PartnerIndexPage, PartnerPage
from tests.conftest import publish


def build_partner_catalogue(sites) -> list:
    """Returns `CataloguePage` entries (paths without the language prefix)."""
    # Imported here: tests.catalogue imports this module while it is being loaded.
    from tests.catalogue import CataloguePage

    brand = sites["discoveries"].root_page.specific
    index = publish(
        brand.add_child(
            instance=PartnerIndexPage(
                title_nl="Stadspartners",
                title_en="City partners",
                slug_nl="stadspartners",
                intro_nl="Negentien organisaties promoten samen de stad.",
                intro_en="Nineteen organisations promote the city together.",
            )
        )
    )
    logo = wagtail_factories.ImageFactory(title="Logo Museum De Lakenhal")
    partner = publish(
        index.add_child(
            instance=PartnerPage(
                title_nl="Museum De Lakenhal",
                title_en="Museum De Lakenhal",
                slug_nl="museum-de-lakenhal",
                sector="culture",
                logo=logo,
                intro_nl="Het museum van de stad, met werk van Rembrandt.",
                intro_en="The city's museum, with works by Rembrandt.",
                body_nl=[("paragraph", "<p>De Lakenhal vertelt het verhaal van Leiden.</p>")],
                website="https://example.org/lakenhal",
                email="lakenhal@example.org",
                phone="+31 71 555 0206",
                street_address="Oude Singel 32",
                postal_code="2312 RA",
                member_since=2007,
                founding_partner=True,
                instagram_url="https://example.org/instagram/lakenhal",
            )
        )
    )
    publish(
        index.add_child(
            instance=BoardPage(
                title_nl="Bestuur",
                title_en="Board",
                slug_nl="bestuur",
                intro_nl="Vertegenwoordigers van de partners en de gemeente.",
                body_nl=[("paragraph", "<p>Elke partner mag een vertegenwoordiger kiezen.</p>")],
            )
        )
    )
    BoardMember.objects.create(
        name="Sanne de Graaf",
        role="chair",
        partner=partner,
        photo=wagtail_factories.ImageFactory(title="Sanne de Graaf"),
        term_start=date(2020, 1, 1),
    )
    BoardMember.objects.create(
        name="Ingrid Bakker",
        role="member",
        represents_municipality=True,
        term_start=date(2022, 1, 1),
    )
    return [
        CataloguePage("partners", "localhost", "/stadspartners/", PartnerIndexPage),
        CataloguePage(
            "partners-culture", "localhost", "/stadspartners/?sector=culture", PartnerIndexPage
        ),
        CataloguePage("partner", "localhost", "/stadspartners/museum-de-lakenhal/", PartnerPage),
        CataloguePage("board", "localhost", "/stadspartners/bestuur/", BoardPage),
    ]
