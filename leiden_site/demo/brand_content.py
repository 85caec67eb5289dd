"""More demo content for the brand site: themes, places, events, stories, routes and venues.

Dates are computed from today (Europe/Amsterdam), so the agenda stays current: relative
events fall in the coming four months, yearly ones (Leidens Ontzet, the Jazzweek, ...) on
their next real date. The set of pages never depends on the date, only their dates do.
"""
# ruff: noqa: E501 -- prose in three languages reads better unbroken than split mid-sentence

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from discoveries.models import (
    EventIndexPage,
    EventPage,
    NewsletterPage,
    PlaceIndexPage,
    PlacePage,
    RoutePage,
    StoryIndexPage,
    StoryPage,
    ThemeIndexPage,
    VenueIndexPage,
    VenuePage,
)
from leiden_site.models import Theme
from leiden_site.models.opening_hours import AMSTERDAM

from . import (
    BLUE_ORANGE,
    BLUE_TEAL,
    RED_BLUE,
    TEAL_YELLOW,
    Picture,
    T,
    assign,
    child_rows,
    expand,
    heading,
    image,
    paragraph,
    quote,
    upsert_page,
)

# --- Dates ------------------------------------------------------------------------------------


def today() -> date:
    return datetime.now(AMSTERDAM).date()


def at(day: date, clock: str) -> datetime:
    """A wall-clock time in Leiden on that day."""
    hours, minutes = (int(part) for part in clock.split(":"))
    return datetime.combine(day, time(hours, minutes), tzinfo=AMSTERDAM)


def next_yearly(rule, last_day_offset: int = 0) -> date:
    """The next date `rule(year)` gives that has not ended yet (this year or next)."""
    now = today()
    this_year = rule(now.year)
    if this_year + timedelta(days=last_day_offset) >= now:
        return this_year
    return rule(now.year + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th weekday (Monday 0) of the month; n=-1 is the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def in_days(days: int) -> date:
    return today() + timedelta(days=days)


MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


def on_weekday(days: int, weekday: int) -> date:
    """The first `weekday` at least `days` from today: a Sunday tour stays on a Sunday."""
    day = in_days(days)
    return day + timedelta(days=(weekday - day.weekday()) % 7)


# --- Body parts: nl and en bodies share their structure (German falls back to Dutch) -----------


def body(*parts) -> T:
    """Each part is a function of the language that returns one block."""
    return T(nl=[part("nl") for part in parts], en=[part("en") for part in parts], de=None)


def h(nl: str, en: str):
    return lambda lang: heading(nl if lang == "nl" else en)


def p(nl: str, en: str):
    return lambda lang: paragraph(nl if lang == "nl" else en)


def q(nl: str, en: str, who_nl: str, who_en: str):
    return lambda lang: quote(nl if lang == "nl" else en, who_nl if lang == "nl" else who_en)


def img(picture: Picture, caption: T):
    return lambda lang: image(picture.get(), picture.alt.get(lang), caption.get(lang))


# --- Themes -----------------------------------------------------------------------------------

THEMES = {
    "history": (
        T("Geschiedenis", "History", "Geschichte"),
        T(
            "Beleg en ontzet, Pilgrims en Rembrandt: de stad vertelt haar verleden op elke hoek.",
            "Siege and relief, Pilgrims and Rembrandt: the city tells its past on every corner.",
            "Belagerung und Befreiung, Pilgerväter und Rembrandt: die Stadt erzählt ihre Geschichte an jeder Ecke.",
        ),
    ),
    "science": (
        T("Wetenschap & kennis", "Science & knowledge", "Wissenschaft & Wissen"),
        T(
            "De oudste universiteit van het land, Nobelprijzen en een bloeiend Bio Science Park.",
            "The country's oldest university, Nobel prizes and a thriving Bio Science Park.",
            "Die älteste Universität des Landes, Nobelpreise und ein lebendiger Bio Science Park.",
        ),
    ),
    "museums": (
        T("Musea", "Museums", "Museen"),
        T(
            "Van Egyptische mummies tot dinosaurussen: meer dan tien musea op loopafstand.",
            "From Egyptian mummies to dinosaurs: more than ten museums within walking distance.",
            "Von ägyptischen Mumien bis zu Dinosauriern: mehr als zehn Museen zu Fuß erreichbar.",
        ),
    ),
    "culture": (
        T("Cultuur & uitgaan", "Culture & nightlife", "Kultur & Ausgehen"),
        T(
            "Concerten, theater, festivals en terrassen aan het water.",
            "Concerts, theatre, festivals and terraces by the water.",
            "Konzerte, Theater, Festivals und Terrassen am Wasser.",
        ),
    ),
    "food": (
        T("Eten & winkelen", "Food & shopping", "Essen & Einkaufen"),
        T(
            "Markt aan de Nieuwe Rijn, speciaalzaken in de Haarlemmerstraat en hutspot op 3 oktober.",
            "The market on the Nieuwe Rijn, specialist shops in the Haarlemmerstraat and hutspot on 3 October.",
            "Markt an der Nieuwe Rijn, Fachgeschäfte in der Haarlemmerstraat und Hutspot am 3. Oktober.",
        ),
    ),
    "water-green": (
        T("Water & groen", "Water & green", "Wasser & Grün"),
        T(
            "Grachten, singels, de Hortus en het Singelpark rond de binnenstad.",
            "Canals, moats, the Hortus and the Singelpark around the old town.",
            "Grachten, Stadtgräben, der Hortus und der Singelpark rund um die Altstadt.",
        ),
    ),
    "students": (
        T("Studenten", "Students", "Studierende"),
        T(
            "Studeren, wonen en uitgaan in de oudste universiteitsstad van Nederland.",
            "Studying, living and going out in the oldest university city of the Netherlands.",
            "Studieren, wohnen und ausgehen in der ältesten Universitätsstadt der Niederlande.",
        ),
    ),
    "business": (
        T("Zakelijk", "Business", "Business"),
        T(
            "Congressen, vergaderlocaties en de kennisinstellingen van Leiden.",
            "Congresses, meeting venues and Leiden's knowledge institutions.",
            "Kongresse, Tagungsorte und die Wissenseinrichtungen Leidens.",
        ),
    ),
}


def load_themes() -> dict[str, Theme]:
    """Themes by English slug, created once and updated only when their text changed."""
    themes = {}
    for order, (slug, (name, description)) in enumerate(THEMES.items()):
        theme = Theme.objects.filter(slug=slug).first() or Theme(slug=slug)
        values = expand({"name": name, "description": description, "sort_order": order})
        if assign(theme, values) or theme.pk is None:
            theme.save()
        themes[slug] = theme
    return themes


# --- Index pages ------------------------------------------------------------------------------


def load_index_pages(home, pages, report) -> None:
    pages["discoveries:stories"] = upsert_page(
        home,
        StoryIndexPage,
        T("verhalen", "stories", "geschichten"),
        report,
        title=T("Verhalen", "Stories", "Geschichten"),
        intro=T(
            "Verhalen over de mensen en ontdekkingen die Leiden maakten, en over de stad van nu.",
            "Stories about the people and discoveries that made Leiden, and about the city today.",
            "Geschichten über die Menschen und Entdeckungen, die Leiden geprägt haben, und über die Stadt von heute.",
        ),
    )
    pages["discoveries:places"] = upsert_page(
        home,
        PlaceIndexPage,
        T("plekken", "places", "orte"),
        report,
        title=T("Plekken", "Places", "Orte"),
        intro=T(
            "Musea, monumenten, hofjes en parken, met openingstijden en toegankelijkheid.",
            "Museums, monuments, almshouses and parks, with opening hours and accessibility.",
            "Museen, Denkmäler, Hofjes und Parks, mit Öffnungszeiten und Barrierefreiheit.",
        ),
    )
    pages["discoveries:agenda"] = upsert_page(
        home,
        EventIndexPage,
        T("agenda", "whats-on", "veranstaltungen"),
        report,
        title=T("Agenda", "What's on", "Veranstaltungen"),
        intro=T(
            "Concerten, lezingen, rondleidingen en feesten: dit gebeurt er in Leiden.",
            "Concerts, lectures, tours and festivals: this is what is happening in Leiden.",
            "Konzerte, Vorträge, Führungen und Feste: das ist los in Leiden.",
        ),
    )
    pages["discoveries:themes"] = upsert_page(
        home,
        ThemeIndexPage,
        T("themas", "themes", "themen"),
        report,
        title=T("Thema's", "Themes", "Themen"),
        intro=T(
            "Kies een thema en vind de verhalen, plekken, activiteiten en routes die erbij horen.",
            "Pick a theme and find the stories, places, events and routes that go with it.",
            "Wählen Sie ein Thema und finden Sie die passenden Geschichten, Orte, Veranstaltungen und Routen.",
        ),
    )
    pages["discoveries:venues"] = upsert_page(
        home,
        VenueIndexPage,
        T("vergaderen-in-leiden", "meet-in-leiden", "tagen-in-leiden"),
        report,
        title=T("Vergaderen in Leiden", "Meet in Leiden", "Tagen in Leiden"),
        intro=T(
            "Een congres in een kerk uit de vijftiende eeuw of tussen de dinosaurussen? Leiden heeft zalen voor twintig tot duizend gasten, op loopafstand van het station.",
            "A congress in a fifteenth-century church or among the dinosaurs? Leiden has rooms for twenty to a thousand guests, within walking distance of the station.",
            "Ein Kongress in einer Kirche aus dem 15. Jahrhundert oder zwischen Dinosauriern? Leiden hat Säle für zwanzig bis tausend Gäste, nahe am Bahnhof.",
        ),
        request_intro=T(
            "Vertel ons wanneer, met hoeveel mensen en in welke opstelling. Wij vragen de locaties voor je uit en sturen binnen vijf werkdagen een voorstel, kosteloos.",
            "Tell us when, how many people and which room set-up. We check with the venues for you and send a proposal within five working days, free of charge.",
            "Sagen Sie uns, wann, mit wie vielen Personen und in welcher Bestuhlung. Wir fragen bei den Orten an und senden innerhalb von fünf Werktagen ein kostenloses Angebot.",
        ),
        thank_you_text=T(
            "<p>Dank je wel voor je aanvraag. <b>Binnen vijf werkdagen</b> ontvang je een voorstel van ons congresbureau.</p>",
            "<p>Thank you for your request. Our convention bureau will send you a proposal <b>within five working days</b>.</p>",
            "<p>Vielen Dank für Ihre Anfrage. Unser Kongressbüro sendet Ihnen <b>innerhalb von fünf Werktagen</b> ein Angebot.</p>",
        ),
    )
    pages["discoveries:newsletter"] = upsert_page(
        home,
        NewsletterPage,
        T("nieuwsbrief", "newsletter", "newsletter"),
        report,
        title=T("Nieuwsbrief", "Newsletter", "Newsletter"),
        intro=T(
            "Eén keer per maand de mooiste verhalen en activiteiten uit Leiden in je mailbox. Kies zelf je thema's.",
            "Once a month the best stories and events from Leiden in your inbox. You choose the themes.",
            "Einmal im Monat die schönsten Geschichten und Veranstaltungen aus Leiden in Ihrem Postfach.",
        ),
        check_your_mail_text=T(
            "<p>Bijna klaar: we hebben je een e-mail gestuurd. <b>Klik op de link</b> in die mail om je aanmelding te bevestigen.</p>",
            "<p>Almost done: we have sent you an email. <b>Click the link</b> in it to confirm your subscription.</p>",
            "<p>Fast geschafft: Wir haben Ihnen eine E-Mail geschickt. <b>Klicken Sie auf den Link</b>, um Ihre Anmeldung zu bestätigen.</p>",
        ),
        confirmed_text=T(
            "<p>Gelukt! Je ontvangt voortaan <b>de nieuwsbrief van Leiden, Stad van Ontdekkingen</b>.</p>",
            "<p>Done! From now on you will receive <b>the Leiden, City of Discoveries newsletter</b>.</p>",
            "<p>Geschafft! Sie erhalten ab jetzt <b>den Newsletter von Leiden, Stadt der Entdeckungen</b>.</p>",
        ),
        unsubscribed_text=T(
            "<p>Je bent afgemeld en krijgt geen nieuwsbrief meer van ons. Jammer, maar begrepen.</p>",
            "<p>You have been unsubscribed and will get no more newsletters from us. A pity, but understood.</p>",
            "<p>Sie sind abgemeldet und erhalten keinen Newsletter mehr von uns.</p>",
        ),
    )


# --- Places -----------------------------------------------------------------------------------


def weekly(first: int, last: int, opens: str, closes: str) -> list[dict]:
    """Opening periods from weekday `first` to `last` (Monday 0), same hours every day."""
    return [
        child_rows(weekday=day, opens=time.fromisoformat(opens), closes=time.fromisoformat(closes))
        for day in range(first, last + 1)
    ]


def closed_on(month: int, day: int, note: T) -> dict:
    return child_rows(
        start_date=next_yearly(lambda year: date(year, month, day)),
        end_date=None,
        closed=True,
        opens=None,
        closes=None,
        note=note,
    )


def other_hours(month: int, day: int, opens: str, closes: str, note: T) -> dict:
    return child_rows(
        start_date=next_yearly(lambda year: date(year, month, day)),
        end_date=None,
        closed=False,
        opens=time.fromisoformat(opens),
        closes=time.fromisoformat(closes),
        note=note,
    )


def holiday_exceptions() -> list[dict]:
    """The usual museum holidays, on their next dates, in date order."""
    rows = [
        other_hours(
            12,
            24,
            "10:00",
            "16:00",
            T("Kerstavond: tot 16.00 uur", "Christmas Eve: until 16:00", "Heiligabend: bis 16 Uhr"),
        ),
        closed_on(12, 25, T("Eerste Kerstdag", "Christmas Day", "Erster Weihnachtstag")),
        other_hours(
            12,
            31,
            "10:00",
            "16:00",
            T(
                "Oudejaarsdag: tot 16.00 uur",
                "New Year's Eve: until 16:00",
                "Silvester: bis 16 Uhr",
            ),
        ),
        closed_on(1, 1, T("Nieuwjaarsdag", "New Year's Day", "Neujahr")),
    ]
    return sorted(rows, key=lambda row: row["start_date"])


@dataclass
class Place:
    """One place page; texts in nl/en (de for title and intro)."""

    key: str
    slug: str
    title: T
    place_type: str
    intro: T
    picture: Picture
    parts: tuple
    street_address: str
    postal_code: str
    latitude: str
    longitude: str
    themes: tuple[str, ...]
    website: str = ""
    prices: T = T("", "", "")
    access: tuple[bool, bool, bool] = (False, False, False)
    accessibility_note: T = T("", "", "")
    hours: tuple = ()  # (first weekday, last weekday, opens, closes)
    holidays: bool = True


def pic(title: str, motif: str, palette, nl: str, en: str, de: str) -> Picture:
    return Picture(title, motif, palette, T(nl, en, de))


def museum_prices(adult: str, nl_extra: str = "", en_extra: str = "") -> T:
    return T(
        f"Volwassenen € {adult}; tot en met 17 jaar gratis; Museumkaart geldig. {nl_extra}".strip(),
        f"Adults € {adult}; free up to and including age 17; Museumkaart valid. {en_extra}".strip(),
        f"Erwachsene € {adult}; bis 17 Jahre frei; Museumkaart gültig.",
    )


STEP_FREE = T(
    "Alle zalen zijn zonder drempels bereikbaar; er is een lift en een rolstoel te leen bij de balie.",
    "All galleries are step-free; there is a lift and a wheelchair to borrow at the desk.",
    "Alle Säle sind stufenlos erreichbar; Aufzug und Leihrollstuhl vorhanden.",
)

PLACES = [
    Place(
        key="rmo",
        slug="rijksmuseum-van-oudheden",
        title=T(
            "Rijksmuseum van Oudheden",
            "National Museum of Antiquities",
            "Reichsmuseum für Altertümer",
        ),
        place_type="museum",
        intro=T(
            "Egyptische mummies, Romeinse helmen en een echte tempel uit Nubië, midden aan het Rapenburg.",
            "Egyptian mummies, Roman helmets and a real temple from Nubia, right on the Rapenburg.",
            "Ägyptische Mumien, römische Helme und ein echter Tempel aus Nubien, mitten am Rapenburg.",
        ),
        picture=pic(
            "Rijksmuseum van Oudheden",
            "tower",
            BLUE_ORANGE,
            "Getekend bouwwerk met ronde toren op een blauw-oranje achtergrond, met de woorden Rijksmuseum van Oudheden",
            "Drawing of a building with a round tower on a blue and orange background, with the words Rijksmuseum van Oudheden",
            "Zeichnung eines Gebäudes mit rundem Turm vor blau-orangem Hintergrund mit den Worten Rijksmuseum van Oudheden",
        ),
        parts=(
            p(
                "Het Rijksmuseum van Oudheden werd in 1818 opgericht en is het nationale museum voor archeologie. De collectie reikt van het oude Egypte en het Nabije Oosten tot de Grieken, de Romeinen en de vroegste bewoners van Nederland.",
                "The National Museum of Antiquities was founded in 1818 and is the Netherlands' national museum of archaeology. Its collection spans ancient Egypt and the Near East, the Greeks, the Romans and the earliest inhabitants of the Netherlands.",
            ),
            h("De Tempel van Taffeh", "The Temple of Taffeh"),
            p(
                "In de hal staat een tempel van bijna tweeduizend jaar oud, een geschenk van Egypte als dank voor de Nederlandse hulp bij het redden van monumenten in Nubië. Je mag er gewoon tussen de zuilen doorlopen.",
                "The entrance hall holds a temple almost two thousand years old, a gift from Egypt in thanks for Dutch help in saving monuments in Nubia. You are free to walk between its columns.",
            ),
        ),
        street_address="Rapenburg 28",
        postal_code="2311 EW",
        latitude="52.157580",
        longitude="4.485620",
        themes=("history", "museums"),
        website="https://www.rmo.nl/",
        prices=museum_prices("17,50"),
        access=(True, True, True),
        accessibility_note=STEP_FREE,
        hours=((1, 6, "10:00", "17:00"),),
    ),
    Place(
        key="lakenhal",
        slug="museum-de-lakenhal",
        title=T("Museum De Lakenhal", "Museum De Lakenhal", "Museum De Lakenhal"),
        place_type="museum",
        intro=T(
            "Het museum van de stad, in de hal waar ooit het Leidse laken werd gekeurd: met de vroegste Rembrandts.",
            "The city's museum, in the hall where Leiden's cloth was once inspected: home to the earliest Rembrandts.",
            "Das Museum der Stadt, in der Halle, in der einst das Leidener Tuch geprüft wurde: mit den frühesten Rembrandts.",
        ),
        picture=pic(
            "Museum De Lakenhal",
            "gables",
            RED_BLUE,
            "Getekende gevels met een klassieke voorgevel, met de woorden Museum De Lakenhal",
            "Drawing of gables with a classical facade, with the words Museum De Lakenhal",
            "Zeichnung von Giebeln mit klassischer Fassade mit den Worten Museum De Lakenhal",
        ),
        parts=(
            p(
                "In 1640 bouwde de stad een statige hal voor de controle van laken, de stof waarmee Leiden rijk werd. Sinds 1874 is het gebouw het stedelijk museum; na een grote verbouwing heeft het er een nieuwe vleugel bij.",
                "In 1640 the city built a stately hall for inspecting cloth, the fabric that made Leiden rich. Since 1874 the building has been the municipal museum; a major renovation added a new wing.",
            ),
            h("Rembrandt en de Leidse schilders", "Rembrandt and the Leiden painters"),
            p(
                "Hier hangen vroege werken van Rembrandt, maar ook van Lucas van Leyden, Jan Steen en de Leidse fijnschilders zoals Gerrit Dou.",
                "Here you find early works by Rembrandt, as well as Lucas van Leyden, Jan Steen and Leiden's 'fine painters' such as Gerrit Dou.",
            ),
        ),
        street_address="Oude Singel 32",
        postal_code="2312 RA",
        latitude="52.161850",
        longitude="4.490530",
        themes=("history", "museums", "culture"),
        website="https://www.lakenhal.nl/",
        prices=museum_prices("17,50"),
        access=(True, True, True),
        accessibility_note=STEP_FREE,
        hours=((1, 6, "10:00", "17:00"),),
    ),
    Place(
        key="naturalis",
        slug="naturalis",
        title=T(
            "Naturalis Biodiversity Center",
            "Naturalis Biodiversity Center",
            "Naturalis Biodiversity Center",
        ),
        place_type="museum",
        intro=T(
            "Het natuurmuseum van Nederland, met T. rex Trix en miljoenen dieren, planten en stenen.",
            "The Dutch national museum of natural history, with T. rex Trix and millions of animals, plants and rocks.",
            "Das niederländische Naturkundemuseum, mit T. rex Trix und Millionen Tieren, Pflanzen und Steinen.",
        ),
        picture=pic(
            "Naturalis",
            "leaf",
            TEAL_YELLOW,
            "Drie getekende bladeren op een groen-gele achtergrond, met het woord Naturalis",
            "Three drawn leaves on a green and yellow background, with the word Naturalis",
            "Drei gezeichnete Blätter vor grün-gelbem Hintergrund mit dem Wort Naturalis",
        ),
        parts=(
            p(
                "Naturalis is museum en onderzoeksinstituut tegelijk: achter de zalen werken onderzoekers aan een collectie van zo'n 42 miljoen objecten. Het gebouw aan de Darwinweg opende in 2019.",
                "Naturalis is a museum and a research institute in one: behind the galleries, researchers work on a collection of some 42 million objects. The building on the Darwinweg opened in 2019.",
            ),
            h("Voor kinderen", "For children"),
            p(
                "In de dinozaal staat Trix, een van de best bewaarde skeletten van een Tyrannosaurus rex ter wereld. In het LiveScience-lab kijk je mee met echte onderzoekers.",
                "The dinosaur hall is home to Trix, one of the best-preserved Tyrannosaurus rex skeletons in the world. In the LiveScience lab you watch real researchers at work.",
            ),
        ),
        street_address="Darwinweg 2",
        postal_code="2333 CR",
        latitude="52.164700",
        longitude="4.473500",
        themes=("science", "museums"),
        website="https://www.naturalis.nl/",
        prices=museum_prices("19,50", "Reserveer een tijdslot.", "Book a time slot."),
        access=(True, True, True),
        accessibility_note=STEP_FREE,
        hours=((0, 6, "10:00", "17:00"),),
    ),
    Place(
        key="hortus",
        slug="hortus-botanicus",
        title=T("Hortus botanicus Leiden", "Hortus botanicus Leiden", "Hortus botanicus Leiden"),
        place_type="park",
        intro=T(
            "De oudste botanische tuin van Nederland (1590), met kassen vol tropische planten en een Japanse tuin.",
            "The oldest botanical garden in the Netherlands (1590), with glasshouses full of tropical plants and a Japanese garden.",
            "Der älteste botanische Garten der Niederlande (1590), mit Tropengewächshäusern und einem japanischen Garten.",
        ),
        picture=pic(
            "Hortus botanicus",
            "leaf",
            BLUE_TEAL,
            "Drie getekende bladeren met nerven, met de woorden Hortus botanicus",
            "Three drawn leaves with veins, with the words Hortus botanicus",
            "Drei gezeichnete Blätter mit Adern mit den Worten Hortus botanicus",
        ),
        parts=(
            p(
                "De universiteit legde de tuin in 1590 aan om studenten geneeskrachtige planten te leren kennen. Carolus Clusius werd de eerste prefect en kweekte hier enkele van de eerste tulpen van Nederland.",
                "The university laid out the garden in 1590 to teach students about medicinal plants. Carolus Clusius became its first prefect and grew some of the first tulips in the Netherlands here.",
            ),
            p(
                "Loop langs de reconstructie van de Clusiustuin, de oude bomen en de tropische kassen, waar de reuzenaronskelk af en toe bloeit.",
                "Walk past the reconstruction of the Clusius garden, the old trees and the tropical glasshouses, where the titan arum flowers now and then.",
            ),
        ),
        street_address="Rapenburg 73",
        postal_code="2311 GJ",
        latitude="52.156500",
        longitude="4.486700",
        themes=("science", "water-green", "history"),
        website="https://www.hortusleiden.nl/",
        prices=T(
            "Volwassenen € 11; studenten € 5; kinderen 4 tot en met 12 jaar € 5.",
            "Adults € 11; students € 5; children aged 4 to 12 € 5.",
            "Erwachsene 11 €; Studierende 5 €; Kinder 4–12 Jahre 5 €.",
        ),
        access=(True, True, False),
        accessibility_note=T(
            "De paden zijn grotendeels verhard; enkele kassen hebben smalle doorgangen.",
            "Most paths are paved; a few glasshouses have narrow passages.",
            "Die Wege sind meist befestigt; einige Gewächshäuser haben schmale Durchgänge.",
        ),
        hours=((1, 6, "10:00", "16:00"),),
    ),
    Place(
        key="boerhaave",
        slug="rijksmuseum-boerhaave",
        title=T("Rijksmuseum Boerhaave", "Rijksmuseum Boerhaave", "Rijksmuseum Boerhaave"),
        place_type="museum",
        intro=T(
            "Vijf eeuwen wetenschap en geneeskunde: van het anatomisch theater tot de koelmachine van Kamerlingh Onnes.",
            "Five centuries of science and medicine: from the anatomical theatre to Kamerlingh Onnes's cooling machine.",
            "Fünf Jahrhunderte Wissenschaft und Medizin: vom anatomischen Theater bis zur Kältemaschine von Kamerlingh Onnes.",
        ),
        picture=pic(
            "Rijksmuseum Boerhaave",
            "books",
            BLUE_ORANGE,
            "Getekende boekenplank met boeken, met de woorden Rijksmuseum Boerhaave",
            "Drawing of a bookshelf with books, with the words Rijksmuseum Boerhaave",
            "Zeichnung eines Bücherregals mit den Worten Rijksmuseum Boerhaave",
        ),
        parts=(
            p(
                "Het museum is gevestigd in het voormalige Caeciliagasthuis en draagt de naam van Herman Boerhaave, de Leidse arts die in de achttiende eeuw studenten uit heel Europa trok.",
                "The museum is housed in the former Caecilia hospital and is named after Herman Boerhaave, the Leiden physician who drew students from all over Europe in the eighteenth century.",
            ),
            p(
                "Je ziet er microscopen van Van Leeuwenhoek, de slingeruurwerken van Huygens en de instrumenten waarmee in 1908 helium voor het eerst vloeibaar werd.",
                "You will see Van Leeuwenhoek's microscopes, Huygens's pendulum clocks and the instruments with which helium was liquefied for the first time in 1908.",
            ),
        ),
        street_address="Lange Sint Agnietenstraat 10",
        postal_code="2312 WC",
        latitude="52.161300",
        longitude="4.486500",
        themes=("science", "museums", "history"),
        website="https://www.rijksmuseumboerhaave.nl/",
        prices=museum_prices("15"),
        access=(True, True, True),
        accessibility_note=STEP_FREE,
        hours=((1, 6, "10:00", "17:00"),),
    ),
    Place(
        key="siebold",
        slug="japanmuseum-sieboldhuis",
        title=T("Japanmuseum SieboldHuis", "Japan Museum SieboldHuis", "Japanmuseum SieboldHuis"),
        place_type="museum",
        intro=T(
            "Het huis van Philipp Franz von Siebold, die in de negentiende eeuw Japan naar Europa bracht.",
            "The house of Philipp Franz von Siebold, who brought Japan to Europe in the nineteenth century.",
            "Das Haus von Philipp Franz von Siebold, der im 19. Jahrhundert Japan nach Europa brachte.",
        ),
        picture=pic(
            "Japanmuseum SieboldHuis",
            "gables",
            TEAL_YELLOW,
            "Getekende grachtenpanden op een groen-gele achtergrond, met de woorden Japanmuseum SieboldHuis",
            "Drawing of canal houses on a green and yellow background, with the words Japanmuseum SieboldHuis",
            "Zeichnung von Grachtenhäusern vor grün-gelbem Hintergrund mit den Worten Japanmuseum SieboldHuis",
        ),
        parts=(
            p(
                "Von Siebold werkte als arts op Deshima, de Nederlandse handelspost bij Nagasaki, en verzamelde er alles wat hij kon: planten, dieren, kaarten en gebruiksvoorwerpen. In dit grachtenpand aan het Rapenburg woonde hij na zijn terugkeer.",
                "Von Siebold worked as a physician on Deshima, the Dutch trading post near Nagasaki, and collected all he could: plants, animals, maps and everyday objects. He lived in this canal house on the Rapenburg after his return.",
            ),
        ),
        street_address="Rapenburg 19",
        postal_code="2311 GE",
        latitude="52.158400",
        longitude="4.485100",
        themes=("history", "museums"),
        website="https://www.sieboldhuis.org/",
        prices=museum_prices("14"),
        access=(True, False, False),
        accessibility_note=T(
            "Een lift brengt je naar alle verdiepingen; het historische pand heeft geen aangepast toilet.",
            "A lift serves every floor; the historic building has no accessible toilet.",
            "Ein Aufzug erreicht alle Etagen; kein barrierefreies WC.",
        ),
        hours=((1, 6, "10:00", "17:00"),),
    ),
    Place(
        key="pieterskerk",
        slug="pieterskerk",
        title=T("Pieterskerk", "Pieterskerk (St Peter's Church)", "Pieterskerk"),
        place_type="monument",
        intro=T(
            "De oudste en grootste kerk van Leiden, waar de Pilgrims kerkten en Rembrandts ouders begraven liggen.",
            "Leiden's oldest and largest church, where the Pilgrims worshipped and Rembrandt's parents are buried.",
            "Die älteste und größte Kirche Leidens, in der die Pilgerväter beteten und Rembrandts Eltern begraben sind.",
        ),
        picture=pic(
            "Pieterskerk",
            "tower",
            RED_BLUE,
            "Getekende kerk met een toren op een rood-blauwe achtergrond, met het woord Pieterskerk",
            "Drawing of a church with a tower on a red and blue background, with the word Pieterskerk",
            "Zeichnung einer Kirche mit Turm vor rot-blauem Hintergrund mit dem Wort Pieterskerk",
        ),
        parts=(
            p(
                "De gotische kerk werd grotendeels in de vijftiende eeuw gebouwd. Tegenwoordig is ze geen parochiekerk meer maar een monument en evenementenlocatie, voor concerten, congressen en promoties.",
                "The Gothic church was largely built in the fifteenth century. Today it is no longer a parish church but a monument and event venue, for concerts, congresses and graduation ceremonies.",
            ),
            p(
                "In de kerk vertelt een kleine tentoonstelling over de Pilgrims en hun voorganger John Robinson, die hier begraven ligt.",
                "Inside, a small exhibition tells the story of the Pilgrims and their minister John Robinson, who is buried here.",
            ),
        ),
        street_address="Kloksteeg 16",
        postal_code="2311 SL",
        latitude="52.156900",
        longitude="4.488200",
        themes=("history", "culture"),
        website="https://www.pieterskerk.com/",
        prices=T(
            "Toegang € 6; tijdens evenementen gesloten voor bezoek.",
            "Admission € 6; closed to visitors during events.",
            "Eintritt 6 €; bei Veranstaltungen geschlossen.",
        ),
        access=(True, True, False),
        accessibility_note=T(
            "De ingang aan het Pieterskerkhof heeft een hellingbaan.",
            "The entrance on the Pieterskerkhof has a ramp.",
            "Der Eingang am Pieterskerkhof hat eine Rampe.",
        ),
        hours=((0, 6, "11:00", "18:00"),),
    ),
    Place(
        key="burcht",
        slug="de-burcht",
        title=T("De Burcht", "De Burcht (the citadel)", "De Burcht"),
        place_type="monument",
        intro=T(
            "Een ronde burcht op een kunstmatige heuvel, midden in de stad, met uitzicht over alle daken.",
            "A round citadel on an artificial mound in the middle of the city, with a view over all the rooftops.",
            "Eine runde Burg auf einem künstlichen Hügel mitten in der Stadt, mit Blick über alle Dächer.",
        ),
        picture=pic(
            "De Burcht van Leiden",
            "castle",
            BLUE_TEAL,
            "Getekende ronde burcht met kantelen op een heuvel, met de woorden De Burcht van Leiden",
            "Drawing of a round citadel with battlements on a mound, with the words De Burcht van Leiden",
            "Zeichnung einer runden Burg mit Zinnen auf einem Hügel mit den Worten De Burcht van Leiden",
        ),
        parts=(
            p(
                "De heuvel bij de samenloop van de Oude en de Nieuwe Rijn werd waarschijnlijk in de elfde eeuw opgeworpen; de ringmuur erop is eeuwen jonger. Het is een van de weinige bewaarde burchten van dit type in Nederland.",
                "The mound where the Old and New Rhine meet was probably raised in the eleventh century; the ring wall on top is centuries younger. It is one of the few surviving citadels of its kind in the Netherlands.",
            ),
        ),
        street_address="Burgsteeg 14",
        postal_code="2312 JS",
        latitude="52.159000",
        longitude="4.492600",
        themes=("history", "water-green"),
        access=(False, False, False),
        accessibility_note=T(
            "De burcht is alleen via trappen bereikbaar.",
            "The citadel can only be reached by stairs.",
            "Die Burg ist nur über Treppen erreichbar.",
        ),
        holidays=False,
    ),
    Place(
        key="devalk",
        slug="molen-de-valk",
        title=T("Molenmuseum De Valk", "Windmill Museum De Valk", "Mühlenmuseum De Valk"),
        place_type="museum",
        intro=T(
            "Een stellingmolen van zeven verdiepingen aan de singel, op vijf minuten van het station.",
            "A seven-storey tower mill on the old moat, five minutes from the station.",
            "Eine siebenstöckige Galerieholländermühle am Stadtgraben, fünf Minuten vom Bahnhof.",
        ),
        picture=pic(
            "Molenmuseum De Valk",
            "windmill",
            BLUE_ORANGE,
            "Getekende stellingmolen met wieken op een blauw-oranje achtergrond, met de woorden Molenmuseum De Valk",
            "Drawing of a tower windmill with sails on a blue and orange background, with the words Molenmuseum De Valk",
            "Zeichnung einer Windmühle vor blau-orangem Hintergrund mit den Worten Molenmuseum De Valk",
        ),
        parts=(
            p(
                "De Valk werd in 1743 gebouwd als korenmolen. Je klimt via steile trappen naar de stelling en kijkt daar uit over de binnenstad; binnen vertellen de vroegere molenaarswoning en de maalzolders hoe er gemalen werd.",
                "De Valk was built as a corn mill in 1743. Steep stairs take you up to the balcony with a view over the old town; inside, the miller's former home and the milling floors show how the work was done.",
            ),
        ),
        street_address="2e Binnenvestgracht 1",
        postal_code="2312 BZ",
        latitude="52.164100",
        longitude="4.487600",
        themes=("history", "museums", "water-green"),
        website="https://www.molendevalk.nl/",
        prices=museum_prices("6"),
        access=(False, False, False),
        accessibility_note=T(
            "De benedenverdieping is toegankelijk; de hogere zolders alleen via steile trappen.",
            "The ground floor is accessible; the upper floors only by steep stairs.",
            "Das Erdgeschoss ist zugänglich; die oberen Etagen nur über steile Treppen.",
        ),
        hours=((1, 5, "10:00", "17:00"), (6, 6, "13:00", "17:00")),
    ),
    Place(
        key="singelpark",
        slug="singelpark",
        title=T("Singelpark", "Singelpark", "Singelpark"),
        place_type="park",
        intro=T(
            "Een park van zes kilometer langs de oude stadsgracht, dwars door alle wijken rond de binnenstad.",
            "A six-kilometre park along the old moat, through every neighbourhood around the city centre.",
            "Ein sechs Kilometer langer Park entlang des alten Stadtgrabens rund um die Innenstadt.",
        ),
        picture=pic(
            "Singelpark",
            "bridge",
            TEAL_YELLOW,
            "Getekende boogbrug over het water op een groen-gele achtergrond, met het woord Singelpark",
            "Drawing of an arched bridge over the water on a green and yellow background, with the word Singelpark",
            "Zeichnung einer Bogenbrücke über dem Wasser vor grün-gelbem Hintergrund mit dem Wort Singelpark",
        ),
        parts=(
            p(
                "Inwoners begonnen rond 2010 met het plan om de groene stroken langs de singels aan elkaar te knopen. Stap voor stap is zo een rondje gegroeid langs parken, bruggen, de molen en de Lakenhal.",
                "Residents started the plan around 2010 to link up the green strips along the moat. Step by step a circuit has grown past parks, bridges, the windmill and the Lakenhal.",
            ),
        ),
        street_address="Plantsoen",
        postal_code="2311 KK",
        latitude="52.155400",
        longitude="4.492800",
        themes=("water-green",),
        website="https://singelpark.nl/",
        access=(True, False, False),
        accessibility_note=T(
            "De meeste paden zijn verhard en vlak; enkele bruggen zijn steil.",
            "Most paths are paved and level; a few bridges are steep.",
            "Die meisten Wege sind befestigt und eben; einige Brücken sind steil.",
        ),
        holidays=False,
    ),
    Place(
        key="stadsgehoorzaal",
        slug="stadsgehoorzaal",
        title=T(
            "Stadsgehoorzaal Leiden",
            "Stadsgehoorzaal Leiden (concert hall)",
            "Stadsgehoorzaal Leiden",
        ),
        place_type="venue",
        intro=T(
            "De concertzaal aan de Breestraat, sinds 1891: klassiek, jazz, pop en cabaret in een zaal vol ornamenten.",
            "The concert hall on the Breestraat, since 1891: classical music, jazz, pop and comedy in an ornate hall.",
            "Der Konzertsaal an der Breestraat, seit 1891: Klassik, Jazz, Pop und Kabarett in einem prächtigen Saal.",
        ),
        picture=pic(
            "Stadsgehoorzaal Leiden",
            "gables",
            BLUE_ORANGE,
            "Getekende gevels op een blauw-oranje achtergrond, met de woorden Stadsgehoorzaal Leiden",
            "Drawing of gables on a blue and orange background, with the words Stadsgehoorzaal Leiden",
            "Zeichnung von Giebeln vor blau-orangem Hintergrund mit den Worten Stadsgehoorzaal Leiden",
        ),
        parts=(
            p(
                "De Grote Zaal staat bekend om haar akoestiek en haar negentiende-eeuwse sierwerk. De Stadsgehoorzaal is ook het decor van congressen en de Leidse Jazzweek.",
                "The Main Hall is known for its acoustics and its nineteenth-century ornament. The Stadsgehoorzaal also hosts congresses and the Leiden Jazz Week.",
            ),
        ),
        street_address="Breestraat 60",
        postal_code="2311 CS",
        latitude="52.158700",
        longitude="4.490100",
        themes=("culture",),
        website="https://www.leidsetheaters.nl/",
        prices=T(
            "Prijzen per voorstelling; de kassa opent een uur voor aanvang.",
            "Prices per performance; the box office opens an hour before the show.",
            "Preise je Vorstellung; die Kasse öffnet eine Stunde vor Beginn.",
        ),
        access=(True, True, True),
        accessibility_note=T(
            "Rolstoelplaatsen in de zaal; reserveer ze bij het kopen van je kaartje.",
            "Wheelchair spaces in the hall; book them when you buy your ticket.",
            "Rollstuhlplätze im Saal; bitte beim Kartenkauf reservieren.",
        ),
        hours=((1, 5, "12:00", "17:00"),),
    ),
    Place(
        key="annahofje",
        slug="sint-anna-aalmoeshuis",
        title=T(
            "Sint Anna Aalmoeshuis", "Sint Anna Aalmoeshuis (almshouse)", "Sint Anna Aalmoeshuis"
        ),
        place_type="hofje",
        intro=T(
            "Een van de oudste hofjes van Leiden, gesticht in de vijftiende eeuw, met een eigen kapel.",
            "One of Leiden's oldest almshouses, founded in the fifteenth century, with its own chapel.",
            "Einer der ältesten Hofjes Leidens, im 15. Jahrhundert gegründet, mit eigener Kapelle.",
        ),
        picture=pic(
            "Sint Anna Aalmoeshuis",
            "gables",
            TEAL_YELLOW,
            "Getekende lage huisjes rond een binnentuin, met de woorden Sint Anna Aalmoeshuis",
            "Drawing of low houses around a courtyard garden, with the words Sint Anna Aalmoeshuis",
            "Zeichnung niedriger Häuser um einen Innenhof mit den Worten Sint Anna Aalmoeshuis",
        ),
        parts=(
            p(
                "Hofjes zijn rijtjes woningen rond een binnentuin, gesticht door rijke Leidenaren voor ouderen met weinig geld. In het Sint Anna Aalmoeshuis is de kapel met haar middeleeuwse altaar bewaard gebleven.",
                "Hofjes are rows of homes around a courtyard garden, founded by wealthy citizens for older people of little means. In the Sint Anna Aalmoeshuis the chapel and its medieval altar have survived.",
            ),
            p(
                "Er wonen nog altijd mensen: wees stil en respecteer hun rust.",
                "People still live here: please keep your voice down and respect their peace.",
            ),
        ),
        street_address="Middelstegracht 4",
        postal_code="2312 TW",
        latitude="52.160200",
        longitude="4.495100",
        themes=("history",),
        access=(True, False, False),
        accessibility_note=T(
            "De poort heeft een lage drempel; de tuinpaden zijn van grind.",
            "The gate has a low threshold; the garden paths are gravel.",
            "Das Tor hat eine niedrige Schwelle; die Gartenwege sind aus Kies.",
        ),
        hours=((0, 5, "10:00", "17:00"),),
    ),
    Place(
        key="brouchoven",
        slug="hofje-van-brouchoven",
        title=T("Hofje van Brouchoven", "Hofje van Brouchoven (almshouse)", "Hofje van Brouchoven"),
        place_type="hofje",
        intro=T(
            "Een stil hofje uit de zeventiende eeuw, met een regentenkamer en een tuin vol rozen.",
            "A quiet seventeenth-century almshouse with a regents' room and a garden full of roses.",
            "Ein stiller Hofje aus dem 17. Jahrhundert mit Regentenzimmer und Rosengarten.",
        ),
        picture=pic(
            "Hofje van Brouchoven",
            "gables",
            RED_BLUE,
            "Getekende huisjes met puntgevels rond een tuin, met de woorden Hofje van Brouchoven",
            "Drawing of houses with pointed gables around a garden, with the words Hofje van Brouchoven",
            "Zeichnung von Häusern mit Spitzgiebeln um einen Garten mit den Worten Hofje van Brouchoven",
        ),
        parts=(
            p(
                "Het hofje werd gesticht met het nalatenschap van Jacob van Brouchoven en zijn vrouw. De poort aan de straat verraadt nauwelijks welke rust erachter ligt.",
                "The almshouse was founded from the legacy of Jacob van Brouchoven and his wife. The gate on the street barely hints at the calm that lies behind it.",
            ),
        ),
        street_address="Oude Vest 159",
        postal_code="2312 XZ",
        latitude="52.162100",
        longitude="4.491700",
        themes=("history",),
        hours=((0, 5, "10:00", "17:00"),),
    ),
    Place(
        key="pesijn",
        slug="jean-pesijnhofje",
        title=T("Jean Pesijnhofje", "Jean Pesijnhofje (almshouse)", "Jean Pesijnhofje"),
        place_type="hofje",
        intro=T(
            "Het hofje naast de Pieterskerk, op de plek waar Pilgrim-voorganger John Robinson woonde.",
            "The almshouse beside the Pieterskerk, on the spot where the Pilgrims' minister John Robinson lived.",
            "Der Hofje neben der Pieterskerk, wo der Pilgerprediger John Robinson wohnte.",
        ),
        picture=pic(
            "Jean Pesijnhofje",
            "gables",
            BLUE_TEAL,
            "Getekende huisjes aan een binnenplaats, met de woorden Jean Pesijnhofje",
            "Drawing of houses on a courtyard, with the words Jean Pesijnhofje",
            "Zeichnung von Häusern an einem Innenhof mit den Worten Jean Pesijnhofje",
        ),
        parts=(
            p(
                "De koopman Jean Pesijn en zijn vrouw lieten in 1683 dit hofje bouwen voor ouderen uit de Waalse gemeente. Een gedenksteen bij de poort herinnert aan John Robinson, die hier met leden van zijn gemeente woonde.",
                "The merchant Jean Pesijn and his wife had this almshouse built in 1683 for elderly members of the Walloon congregation. A memorial stone by the gate recalls John Robinson, who lived here with members of his congregation.",
            ),
        ),
        street_address="Kloksteeg 21",
        postal_code="2311 SK",
        latitude="52.157300",
        longitude="4.488700",
        themes=("history",),
        hours=((0, 5, "10:00", "17:00"),),
    ),
    Place(
        key="academiegebouw",
        slug="academiegebouw",
        title=T("Academiegebouw", "Academy Building", "Akademiegebäude"),
        place_type="monument",
        intro=T(
            "Het hart van de Universiteit Leiden sinds 1581, met het zweetkamertje vol handtekeningen.",
            "The heart of Leiden University since 1581, with the 'sweat room' full of signatures.",
            "Das Herz der Universität Leiden seit 1581, mit dem 'Schwitzkämmerchen' voller Unterschriften.",
        ),
        picture=pic(
            "Academiegebouw",
            "books",
            RED_BLUE,
            "Getekende boekenplank met gestapelde boeken, met het woord Academiegebouw",
            "Drawing of a bookshelf with stacked books, with the word Academiegebouw",
            "Zeichnung eines Bücherregals mit gestapelten Büchern mit dem Wort Academiegebouw",
        ),
        parts=(
            p(
                "De universiteit nam in 1581 haar intrek in deze voormalige kloosterkapel aan het Rapenburg. Hier worden nog altijd promoties en oraties gehouden.",
                "The university moved into this former convent chapel on the Rapenburg in 1581. PhD defences and inaugural lectures are still held here.",
            ),
            p(
                "Wie net is gepromoveerd, zet zijn handtekening op de muur van het zweetkamertje; je vindt er ook die van Nelson Mandela en koningin Beatrix.",
                "New doctors sign the wall of the 'sweat room'; you will also find the signatures of Nelson Mandela and Queen Beatrix there.",
            ),
        ),
        street_address="Rapenburg 73",
        postal_code="2311 GJ",
        latitude="52.157200",
        longitude="4.484200",
        themes=("history", "science", "students"),
        website="https://www.universiteitleiden.nl/",
        prices=T("Gratis toegang.", "Free admission.", "Eintritt frei."),
        access=(True, True, False),
        hours=((2, 4, "13:00", "17:00"),),
    ),
    Place(
        key="markt",
        slug="leidse-markt",
        title=T("Leidse markt", "Leiden market", "Leidener Markt"),
        place_type="other",
        intro=T(
            "Op woensdag en zaterdag staat de markt langs de Nieuwe Rijn en de Botermarkt: vis, kaas, bloemen en stroopwafels.",
            "On Wednesdays and Saturdays the market fills the Nieuwe Rijn and the Botermarkt: fish, cheese, flowers and stroopwafels.",
            "Mittwochs und samstags füllt der Markt die Nieuwe Rijn und den Botermarkt: Fisch, Käse, Blumen und Stroopwafels.",
        ),
        picture=pic(
            "Leidse markt",
            "bridge",
            BLUE_ORANGE,
            "Getekende brug over de gracht op een blauw-oranje achtergrond, met de woorden Leidse markt",
            "Drawing of a bridge over the canal on a blue and orange background, with the words Leidse markt",
            "Zeichnung einer Brücke über die Gracht mit den Worten Leidse markt",
        ),
        parts=(
            p(
                "Leiden heeft al sinds de middeleeuwen een markt op deze plek, waar de Oude en de Nieuwe Rijn samenkomen. Haal een zak kibbeling bij de vishandel en eet hem op de Koornbrug.",
                "Leiden has held a market on this spot, where the Old and New Rhine meet, since the Middle Ages. Get a bag of kibbeling from the fish stall and eat it on the Koornbrug.",
            ),
        ),
        street_address="Nieuwe Rijn",
        postal_code="2312 JD",
        latitude="52.158900",
        longitude="4.491200",
        themes=("food",),
        access=(True, False, False),
        hours=((2, 2, "09:00", "17:00"), (5, 5, "09:00", "17:00")),
        holidays=False,
    ),
]


PLACES_BY_KEY = {place.key: place for place in PLACES}


def place_hours(place: Place) -> list[dict]:
    return [
        row
        for first, last, opens, closes in place.hours
        for row in weekly(first, last, opens, closes)
    ]


def upsert_place(index, place: Place, themes, report) -> PlacePage:
    wheelchair, toilet, loop = place.access
    picture = place.picture.get()
    return upsert_page(
        index,
        PlacePage,
        T(place.slug, place.slug, place.slug),
        report,
        related={
            "themes": [themes[slug] for slug in place.themes],
            "opening_periods": place_hours(place),
            "opening_exceptions": holiday_exceptions() if place.hours and place.holidays else [],
        },
        title=place.title,
        place_type=place.place_type,
        intro=place.intro,
        image=picture,
        image_alt=place.picture.alt,
        body=body(*place.parts, img(place.picture, place.title)),
        street_address=place.street_address,
        postal_code=place.postal_code,
        city="Leiden",
        latitude=Decimal(place.latitude),
        longitude=Decimal(place.longitude),
        website=place.website,
        prices=place.prices,
        wheelchair_accessible=wheelchair,
        accessible_toilet=toilet,
        hearing_loop=loop,
        accessibility_note=place.accessibility_note,
    )


def load_places(pages, themes, report) -> dict[str, PlacePage]:
    index = pages["discoveries:places"]
    return {place.key: upsert_place(index, place, themes, report) for place in PLACES}


# --- Events -----------------------------------------------------------------------------------

SCHEDULED, CANCELLED, SOLD_OUT = "scheduled", "cancelled", "sold_out"


def session(day: date, starts: str, ends: str | None = None, status: str = SCHEDULED) -> dict:
    return child_rows(
        start=at(day, starts),
        end=at(day, ends) if ends else None,
        all_day=False,
        status=status,
    )


def whole_days(first: date, last: date | None = None) -> dict:
    """An all-day occurrence, one day or a span of days."""
    return child_rows(
        start=at(first, "00:00"),
        end=at(last, "23:59") if last else None,
        all_day=True,
        status=SCHEDULED,
    )


@dataclass
class Event:
    slug: T
    title: T
    summary: T
    parts: tuple
    occurrences: list
    audiences: list[str]
    themes: tuple[str, ...]
    venue: str = ""  # a place key, or empty for venue_name / venue_address
    venue_name: T = T("", "", "")
    venue_address: str = ""
    price: T | None = None  # None: free
    ticket_url: str = ""
    picture: str = ""  # the place key whose picture to show; default: the venue's


def event_fields(event: Event, places, themes) -> tuple[dict, dict]:
    """The page fields and the related rows of one event."""
    venue = places.get(event.venue)
    shown = PLACES_BY_KEY[event.picture or event.venue or "burcht"]
    spec = PLACES_BY_KEY.get(event.venue)
    fields = {
        "title": event.title,
        "summary": event.summary,
        "image": places[shown.key].image,
        "image_alt": shown.picture.alt,
        "body": body(*event.parts),
        "audiences": list(event.audiences),
        "venue": venue,
        "venue_name": event.venue_name,
        "venue_address": event.venue_address,
        "is_free": event.price is None,
        "price": event.price or T("", "", ""),
        "ticket_url": event.ticket_url,
        "wheelchair_accessible": bool(spec and spec.access[0]),
        "accessibility_note": spec.accessibility_note if spec else T("", "", ""),
    }
    related = {"themes": [themes[slug] for slug in event.themes], "occurrences": event.occurrences}
    return fields, related


def relative_events() -> list[Event]:
    """Events on dates relative to today, spread over the coming four months."""
    return [
        Event(
            slug=T(
                "lezing-lorentz-en-einstein",
                "lecture-lorentz-and-einstein",
                "vortrag-lorentz-und-einstein",
            ),
            title=T(
                "Lezing: Lorentz en Einstein in Leiden",
                "Lecture: Lorentz and Einstein in Leiden",
                "Vortrag: Lorentz und Einstein in Leiden",
            ),
            summary=T(
                "Een avond over de vriendschap tussen twee natuurkundigen die de wereld anders lieten kijken naar tijd en ruimte.",
                "An evening about the friendship between two physicists who changed how the world sees time and space.",
                "Ein Abend über die Freundschaft zweier Physiker, die unseren Blick auf Raum und Zeit veränderten.",
            ),
            parts=(
                p(
                    "Een historicus van het museum vertelt over de brieven die Einstein en Lorentz elkaar schreven, en over het krijtbord dat Einstein in Leiden achterliet.",
                    "A historian from the museum talks about the letters Einstein and Lorentz wrote to each other, and about the blackboard Einstein left behind in Leiden.",
                ),
            ),
            occurrences=[session(on_weekday(9, TUESDAY), "20:00", "21:30")],
            audiences=["visitors", "residents", "students"],
            themes=("science", "history"),
            venue="boerhaave",
            price=T(
                "€ 12,50 (met Museumkaart € 7,50)",
                "€ 12.50 (with Museumkaart € 7.50)",
                "12,50 € (mit Museumkaart 7,50 €)",
            ),
            ticket_url="https://example.org/tickets/lorentz-einstein",
        ),
        Event(
            slug=T(
                "rondleiding-kassen-hortus",
                "guided-tour-hortus-glasshouses",
                "fuehrung-gewaechshaeuser-hortus",
            ),
            title=T(
                "Rondleiding door de kassen van de Hortus",
                "Guided tour of the Hortus glasshouses",
                "Führung durch die Gewächshäuser des Hortus",
            ),
            summary=T(
                "Elke zondagmiddag neemt een hovenier je mee langs de tropische kassen en de Clusiustuin.",
                "Every Sunday afternoon a gardener takes you through the tropical glasshouses and the Clusius garden.",
                "Jeden Sonntagnachmittag führt ein Gärtner durch die Tropengewächshäuser und den Clusiusgarten.",
            ),
            parts=(
                p(
                    "Het is warm en vochtig in de kassen: trek laagjes aan. De rondleiding duurt een uur en is in het Nederlands; op aanvraag in het Engels.",
                    "It is warm and humid in the glasshouses, so wear layers. The tour lasts an hour and is in Dutch; in English on request.",
                ),
            ),
            occurrences=[
                session(on_weekday(1, SUNDAY) + timedelta(days=0), "14:00", "15:00"),
                session(on_weekday(1, SUNDAY) + timedelta(days=7), "14:00", "15:00"),
                session(on_weekday(1, SUNDAY) + timedelta(days=14), "14:00", "15:00", CANCELLED),
                session(on_weekday(1, SUNDAY) + timedelta(days=21), "14:00", "15:00"),
            ],
            audiences=["visitors", "residents"],
            themes=("water-green", "science"),
            venue="hortus",
            price=T("Entree plus € 3", "Admission plus € 3", "Eintritt plus 3 €"),
            ticket_url="https://example.org/tickets/hortus-tour",
        ),
        Event(
            slug=T("expat-meetup", "expat-meetup", "expat-treffen"),
            title=T(
                "Expat meetup aan de gracht",
                "Expat meetup by the canal",
                "Expat-Treffen an der Gracht",
            ),
            summary=T(
                "Nieuw in Leiden? Ontmoet andere internationals en medewerkers van het Expat Centre bij een drankje.",
                "New in Leiden? Meet other internationals and the Expat Centre team over a drink.",
                "Neu in Leiden? Treffen Sie andere Internationals und das Team des Expat Centre bei einem Getränk.",
            ),
            parts=(
                p(
                    "Elke maand een informele borrel, in het Engels. Vragen over wonen, werken of de BSN? Het Expat Centre is erbij.",
                    "An informal get-together every month, in English. Questions about housing, work or your BSN? The Expat Centre will be there.",
                ),
            ),
            occurrences=[
                session(on_weekday(12, THURSDAY), "18:00", "20:00"),
                session(on_weekday(40, THURSDAY), "18:00", "20:00"),
                session(on_weekday(68, THURSDAY), "18:00", "20:00"),
            ],
            audiences=["internationals"],
            themes=("culture",),
            venue_name=T(
                "Café aan de Nieuwe Rijn", "Café on the Nieuwe Rijn", "Café an der Nieuwe Rijn"
            ),
            venue_address="Nieuwe Rijn, Leiden",
            picture="markt",
        ),
        Event(
            slug=T("avondconcert-bach", "evening-concert-bach", "abendkonzert-bach"),
            title=T(
                "Avondconcert: Bach in de Stadsgehoorzaal",
                "Evening concert: Bach at the Stadsgehoorzaal",
                "Abendkonzert: Bach in der Stadsgehoorzaal",
            ),
            summary=T(
                "Cantates en concerten van Bach door een barokorkest op oude instrumenten.",
                "Cantatas and concertos by Bach, played by a baroque orchestra on period instruments.",
                "Kantaten und Konzerte von Bach, gespielt von einem Barockorchester auf historischen Instrumenten.",
            ),
            parts=(
                p(
                    "Een half uur voor aanvang geeft de dirigent een korte inleiding in de foyer.",
                    "Half an hour before the concert the conductor gives a short introduction in the foyer.",
                ),
            ),
            occurrences=[session(on_weekday(18, FRIDAY), "20:15", "22:15", SOLD_OUT)],
            audiences=["visitors", "residents"],
            themes=("culture",),
            venue="stadsgehoorzaal",
            price=T("€ 24 tot € 42", "€ 24 to € 42", "24 bis 42 €"),
            ticket_url="https://example.org/tickets/bach",
        ),
        Event(
            slug=T("familiedag-naturalis", "family-day-naturalis", "familientag-naturalis"),
            title=T(
                "Familiedag: fossielen zoeken",
                "Family day: fossil hunting",
                "Familientag: Fossilien suchen",
            ),
            summary=T(
                "Een hele dag speuren, zeven en determineren met de onderzoekers van Naturalis.",
                "A whole day of searching, sieving and identifying with the Naturalis researchers.",
                "Ein ganzer Tag Suchen, Sieben und Bestimmen mit den Forschern von Naturalis.",
            ),
            parts=(
                p(
                    "Voor kinderen vanaf zes jaar met hun ouders. Wat je vindt, mag je houden.",
                    "For children aged six and up with their parents. Whatever you find, you may keep.",
                ),
            ),
            occurrences=[whole_days(on_weekday(24, SATURDAY))],
            audiences=["visitors", "residents"],
            themes=("science", "museums"),
            venue="naturalis",
            price=T("Museumentree", "Museum admission", "Museumseintritt"),
            ticket_url="https://example.org/tickets/naturalis-family-day",
        ),
        Event(
            slug=T("stadswandeling-pilgrims", "city-walk-pilgrims", "stadtrundgang-pilgervaeter"),
            title=T(
                "Stadswandeling: in de voetsporen van de Pilgrims",
                "City walk: in the footsteps of the Pilgrims",
                "Stadtrundgang: auf den Spuren der Pilgerväter",
            ),
            summary=T(
                "Een gids van de VVV loopt met je langs de plekken waar de Pilgrims woonden, werkten en kerkten.",
                "A VVV guide walks you past the places where the Pilgrims lived, worked and worshipped.",
                "Ein Gästeführer des VVV zeigt Ihnen, wo die Pilgerväter lebten, arbeiteten und beteten.",
            ),
            parts=(
                p(
                    "De wandeling begint bij de Pieterskerk en duurt anderhalf uur. Ook in het Engels.",
                    "The walk starts at the Pieterskerk and takes an hour and a half. Also in English.",
                ),
            ),
            occurrences=[session(on_weekday(22, SUNDAY), "11:00", "12:30")],
            audiences=["visitors", "internationals"],
            themes=("history",),
            venue="pieterskerk",
            price=T("€ 12,50", "€ 12.50", "12,50 €"),
            ticket_url="https://example.org/tickets/pilgrim-walk",
        ),
        Event(
            slug=T("japanse-theeceremonie", "japanese-tea-ceremony", "japanische-teezeremonie"),
            title=T("Japanse theeceremonie", "Japanese tea ceremony", "Japanische Teezeremonie"),
            summary=T(
                "Beleef de rust van een traditionele theeceremonie in het huis van Von Siebold.",
                "Experience the calm of a traditional tea ceremony in Von Siebold's house.",
                "Erleben Sie die Ruhe einer traditionellen Teezeremonie im Haus von Siebolds.",
            ),
            parts=(
                p(
                    "Een theemeester bereidt matcha en legt uit wat elk gebaar betekent. Maximaal twaalf gasten.",
                    "A tea master prepares matcha and explains the meaning of each gesture. Twelve guests at most.",
                ),
            ),
            occurrences=[
                session(on_weekday(35, SATURDAY), "14:00", "16:00", SOLD_OUT),
                session(on_weekday(35, SATURDAY) + timedelta(days=1), "14:00", "16:00"),
            ],
            audiences=["visitors", "residents", "internationals"],
            themes=("culture", "museums"),
            venue="siebold",
            price=T("€ 25 inclusief entree", "€ 25 including admission", "25 € inklusive Eintritt"),
            ticket_url="https://example.org/tickets/tea-ceremony",
        ),
        Event(
            slug=T(
                "zondagmiddagconcert-pieterskerk",
                "sunday-concert-pieterskerk",
                "sonntagskonzert-pieterskerk",
            ),
            title=T(
                "Zondagmiddagconcert in de Pieterskerk",
                "Sunday afternoon concert in the Pieterskerk",
                "Sonntagskonzert in der Pieterskerk",
            ),
            summary=T(
                "Orgel en koor onder de houten gewelven van de oudste kerk van de stad.",
                "Organ and choir under the wooden vaults of the city's oldest church.",
                "Orgel und Chor unter den Holzgewölben der ältesten Kirche der Stadt.",
            ),
            parts=(
                p(
                    "Neem een extra trui mee: de kerk is ook in de zomer koel.",
                    "Bring an extra jumper: the church stays cool even in summer.",
                ),
            ),
            occurrences=[session(on_weekday(42, SUNDAY), "15:00", "16:30")],
            audiences=["visitors", "residents"],
            themes=("culture", "history"),
            venue="pieterskerk",
            price=T("€ 17,50", "€ 17.50", "17,50 €"),
            ticket_url="https://example.org/tickets/pieterskerk-concert",
        ),
        Event(
            slug=T(
                "netwerkdag-life-sciences",
                "life-sciences-networking-day",
                "netzwerktag-life-sciences",
            ),
            title=T(
                "Netwerkdag life sciences",
                "Life sciences networking day",
                "Netzwerktag Life Sciences",
            ),
            summary=T(
                "Onderzoekers, start-ups en investeerders van het Leiden Bio Science Park ontmoeten elkaar.",
                "Researchers, start-ups and investors from the Leiden Bio Science Park meet.",
                "Forschende, Start-ups und Investoren des Leiden Bio Science Park treffen sich.",
            ),
            parts=(
                p(
                    "Met korte pitches, een markt en een rondleiding achter de schermen van Naturalis.",
                    "With short pitches, a market and a behind-the-scenes tour of Naturalis.",
                ),
            ),
            occurrences=[session(on_weekday(55, THURSDAY), "09:30", "17:30")],
            audiences=["business", "internationals"],
            themes=("business", "science"),
            venue="naturalis",
            price=T("€ 95; start-ups € 45", "€ 95; start-ups € 45", "95 €; Start-ups 45 €"),
            ticket_url="https://example.org/tickets/life-sciences-day",
        ),
        Event(
            slug=T(
                "welkomstavond-nieuwe-studenten",
                "welcome-evening-new-students",
                "willkommensabend-neue-studierende",
            ),
            title=T(
                "Welkomstavond voor nieuwe studenten",
                "Welcome evening for new students",
                "Willkommensabend für neue Studierende",
            ),
            summary=T(
                "Begin je binnenkort aan je studie? Maak kennis met de stad, studieverenigingen en elkaar.",
                "Starting your studies soon? Get to know the city, the student societies and each other.",
                "Studienbeginn steht bevor? Lernen Sie die Stadt, die Vereine und einander kennen.",
            ),
            parts=(
                p(
                    "Met een korte welkomst in het Academiegebouw, een informatiemarkt en muziek.",
                    "With a short welcome in the Academy Building, an information market and music.",
                ),
            ),
            occurrences=[session(on_weekday(64, MONDAY), "19:00", "23:00")],
            audiences=["students", "internationals"],
            themes=("students",),
            venue="academiegebouw",
        ),
        Event(
            slug=T("lezing-egypte-rmo", "lecture-egypt-rmo", "vortrag-aegypten-rmo"),
            title=T(
                "Lezing: leven aan de Nijl", "Lecture: life on the Nile", "Vortrag: Leben am Nil"
            ),
            summary=T(
                "Een egyptoloog vertelt wat opgravingen verraden over het dagelijks leven in het oude Egypte.",
                "An Egyptologist explains what excavations reveal about daily life in ancient Egypt.",
                "Eine Ägyptologin erzählt, was Ausgrabungen über den Alltag im alten Ägypten verraten.",
            ),
            parts=(
                p(
                    "Na afloop is de Egyptische zaal nog een uur open voor lezingbezoekers.",
                    "Afterwards the Egyptian gallery stays open for another hour for lecture guests.",
                ),
            ),
            occurrences=[session(on_weekday(76, WEDNESDAY), "19:30", "21:00")],
            audiences=["visitors", "residents", "students"],
            themes=("history", "museums"),
            venue="rmo",
            price=T("€ 10", "€ 10", "10 €"),
            ticket_url="https://example.org/tickets/rmo-lecture",
        ),
        Event(
            slug=T("open-molendag-de-valk", "open-mill-day-de-valk", "offener-muehlentag-de-valk"),
            title=T(
                "Open dag in Molen De Valk",
                "Open day at Molen De Valk",
                "Tag der offenen Mühle De Valk",
            ),
            summary=T(
                "De wieken draaien, de molenaars vertellen en je klimt gratis naar de stelling.",
                "The sails turn, the millers tell their story and you climb to the balcony for free.",
                "Die Flügel drehen sich, die Müller erzählen, und der Aufstieg zur Galerie ist frei.",
            ),
            parts=(
                p(
                    "Bij harde wind blijven de wieken stil; de molen is dan wel open.",
                    "In strong winds the sails stay still, but the mill remains open.",
                ),
            ),
            occurrences=[whole_days(on_weekday(83, SATURDAY))],
            audiences=["visitors", "residents"],
            themes=("history", "water-green"),
            venue="devalk",
        ),
        Event(
            slug=T(
                "natuurwandeling-singelpark",
                "nature-walk-singelpark",
                "naturspaziergang-singelpark",
            ),
            title=T(
                "Natuurwandeling door het Singelpark",
                "Nature walk through the Singelpark",
                "Naturspaziergang durch den Singelpark",
            ),
            summary=T(
                "Een stadsecoloog wijst je op vogels, oude bomen en de vestingwerken langs de singel.",
                "An urban ecologist points out birds, old trees and the fortifications along the moat.",
                "Eine Stadtökologin zeigt Vögel, alte Bäume und die Festungsreste am Stadtgraben.",
            ),
            parts=(
                p(
                    "Verzamelen bij Molen De Valk. De wandeling is vijf kilometer.",
                    "Meet at Molen De Valk. The walk is five kilometres.",
                ),
            ),
            occurrences=[session(on_weekday(97, SUNDAY), "10:30", "12:30")],
            audiences=["residents", "visitors"],
            themes=("water-green",),
            venue="singelpark",
        ),
        Event(
            slug=T("wetenschapscafe", "science-cafe", "wissenschaftscafe"),
            title=T(
                "Wetenschapscafé: vragen over het heelal",
                "Science café: questions about the universe",
                "Wissenschaftscafé: Fragen zum Universum",
            ),
            summary=T(
                "Twee Leidse sterrenkundigen beantwoorden alle vragen van het publiek, hoe eenvoudig ook.",
                "Two Leiden astronomers answer every question from the audience, however simple.",
                "Zwei Leidener Astronomen beantworten alle Fragen des Publikums.",
            ),
            parts=(
                p(
                    "Gratis, in het Engels, met een drankje van de bar.",
                    "Free, in English, with a drink from the bar.",
                ),
            ),
            occurrences=[session(on_weekday(104, TUESDAY), "20:00", "22:00")],
            audiences=["students", "residents", "internationals"],
            themes=("science", "students"),
            venue_name=T(
                "Studentencafé in de binnenstad",
                "Student café in the old town",
                "Studentencafé in der Altstadt",
            ),
            venue_address="Breestraat, Leiden",
            picture="academiegebouw",
        ),
        Event(
            slug=T(
                "cabaret-stadsgehoorzaal",
                "comedy-night-stadsgehoorzaal",
                "kabarett-stadsgehoorzaal",
            ),
            title=T(
                "Cabaretavond in de Stadsgehoorzaal",
                "Comedy night at the Stadsgehoorzaal",
                "Kabarettabend in der Stadsgehoorzaal",
            ),
            summary=T(
                "Drie jonge cabaretiers testen hun nieuwe programma voor een Leids publiek.",
                "Three young comedians try out their new shows on a Leiden audience.",
                "Drei junge Kabarettisten testen ihr neues Programm vor Leidener Publikum.",
            ),
            parts=(p("In het Nederlands.", "In Dutch."),),
            occurrences=[session(on_weekday(112, FRIDAY), "20:15", "22:30")],
            audiences=["residents", "students"],
            themes=("culture",),
            venue="stadsgehoorzaal",
            price=T("€ 19,50", "€ 19.50", "19,50 €"),
            ticket_url="https://example.org/tickets/comedy-night",
        ),
    ]


def yearly_events() -> list[Event]:
    """The city's own festivals, on their next real date (sometimes beyond four months)."""
    kerstmarkt = next_yearly(lambda year: nth_weekday(year, 12, 4, 2), 2)  # 2nd Friday of Dec
    jazzweek = next_yearly(lambda year: nth_weekday(year, 1, 4, 3), 9)  # 3rd Friday of Jan
    museumnacht = next_yearly(lambda year: nth_weekday(year, 5, 5, -1))  # last Saturday of May
    lakenfeesten = next_yearly(lambda year: nth_weekday(year, 7, 4, 1), 9)  # 1st Friday of July
    ontzet = next_yearly(lambda year: date(year, 10, 3))
    return [
        Event(
            slug=T(
                "winterlichtjes-en-kerstmarkt",
                "winter-lights-and-christmas-market",
                "winterlichter-und-weihnachtsmarkt",
            ),
            title=T(
                "Winterlichtjes en kerstmarkt",
                "Winter lights and Christmas market",
                "Winterlichter und Weihnachtsmarkt",
            ),
            summary=T(
                "Lichtjes langs de grachten en kramen met glühwein, oliebollen en cadeaus rond de Nieuwe Rijn.",
                "Lights along the canals and stalls with mulled wine, oliebollen and presents around the Nieuwe Rijn.",
                "Lichter an den Grachten und Stände mit Glühwein, Oliebollen und Geschenken an der Nieuwe Rijn.",
            ),
            parts=(
                p(
                    "Drie dagen lang staat de binnenstad in het teken van de winter, met koren op de bruggen en een verlichte botenparade op zaterdagavond.",
                    "For three days the old town is all about winter, with choirs on the bridges and an illuminated boat parade on Saturday evening.",
                ),
            ),
            occurrences=[
                session(kerstmarkt, "16:00", "22:00"),
                session(kerstmarkt + timedelta(days=1), "11:00", "22:00"),
                session(kerstmarkt + timedelta(days=2), "11:00", "18:00"),
            ],
            audiences=["visitors", "residents"],
            themes=("food", "culture"),
            venue="markt",
        ),
        Event(
            slug=T("leidse-jazzweek", "leiden-jazz-week", "leidener-jazzwoche"),
            title=T("Leidse Jazzweek", "Leiden Jazz Week", "Leidener Jazzwoche"),
            summary=T(
                "Een week lang jazz in zalen en cafés door de hele stad, met de grote concerten in de Stadsgehoorzaal.",
                "A week of jazz in halls and cafés all over town, with the big concerts in the Stadsgehoorzaal.",
                "Eine Woche Jazz in Sälen und Cafés der ganzen Stadt, mit den großen Konzerten in der Stadsgehoorzaal.",
            ),
            parts=(
                p(
                    "De Jazzweek is elk jaar in januari. Naast de concerten in de Stadsgehoorzaal spelen er studentenbands en jamsessies in de kroegen; die zijn meestal gratis.",
                    "The Jazz Week comes round every January. Besides the concerts in the Stadsgehoorzaal there are student bands and jam sessions in the bars, most of them free.",
                ),
            ),
            occurrences=[
                session(jazzweek, "20:15", "23:00"),
                session(jazzweek + timedelta(days=1), "20:15", "23:00"),
                session(jazzweek + timedelta(days=8), "20:15", "23:30"),
            ],
            audiences=["visitors", "residents", "students"],
            themes=("culture",),
            venue="stadsgehoorzaal",
            price=T(
                "Concerten € 22 tot € 35; cafés gratis",
                "Concerts € 22 to € 35; cafés free",
                "Konzerte 22 bis 35 €; Cafés frei",
            ),
            ticket_url="https://example.org/tickets/jazzweek",
        ),
        Event(
            slug=T("museumnacht-leiden", "museum-night-leiden", "museumsnacht-leiden"),
            title=T("Museumnacht Leiden", "Leiden Museum Night", "Leidener Museumsnacht"),
            summary=T(
                "Eén avond, één polsbandje: de Leidse musea zijn tot diep in de nacht open, met muziek, lezingen en performances.",
                "One night, one wristband: Leiden's museums stay open until late, with music, talks and performances.",
                "Ein Abend, ein Armband: die Leidener Museen sind bis spät in die Nacht geöffnet.",
            ),
            parts=(
                p(
                    "De nacht begint met een opening op de Beestenmarkt; daarna volg je het nachtpad langs de deelnemende musea. Studenten organiseren de avond samen met de musea.",
                    "The night opens on the Beestenmarkt; then you follow the night trail past the museums taking part. Students organise the evening together with the museums.",
                ),
            ),
            occurrences=[
                child_rows(
                    start=at(museumnacht, "20:00"),
                    end=at(museumnacht + timedelta(days=1), "01:00"),
                    all_day=False,
                    status=SCHEDULED,
                )
            ],
            audiences=["visitors", "residents", "students"],
            themes=("museums", "culture"),
            venue_name=T(
                "Beestenmarkt en de Leidse musea",
                "Beestenmarkt and Leiden's museums",
                "Beestenmarkt und die Leidener Museen",
            ),
            venue_address="Beestenmarkt, Leiden",
            price=T(
                "Polsbandje € 22,50; studenten € 17,50",
                "Wristband € 22.50; students € 17.50",
                "Armband 22,50 €; Studierende 17,50 €",
            ),
            ticket_url="https://example.org/tickets/museumnacht",
            picture="lakenhal",
        ),
        Event(
            slug=T("lakenfeesten", "lakenfeesten", "lakenfeesten"),
            title=T("Lakenfeesten", "Lakenfeesten summer festival", "Lakenfeesten"),
            summary=T(
                "Tien dagen zomerfeest in de stad, genoemd naar het laken waarmee Leiden ooit rijk werd.",
                "Ten days of summer festival in the city, named after the cloth that once made Leiden rich.",
                "Zehn Tage Sommerfest, benannt nach dem Tuch, das Leiden einst reich machte.",
            ),
            parts=(
                p(
                    "Met een kermis, muziek op de pleinen, de botenoptocht en activiteiten voor kinderen. De meeste onderdelen zijn gratis.",
                    "With a funfair, music on the squares, the boat parade and activities for children. Most of it is free.",
                ),
            ),
            occurrences=[whole_days(lakenfeesten, lakenfeesten + timedelta(days=9))],
            audiences=["visitors", "residents"],
            themes=("culture", "history"),
            venue_name=T("Binnenstad", "City centre", "Innenstadt"),
            venue_address="Leiden",
            picture="lakenhal",
        ),
        Event(
            slug=T("leidens-ontzet", "leidens-ontzet-3-october", "leidens-ontzet-3-oktober"),
            title=T(
                "Leidens Ontzet (3 oktober)",
                "Leidens Ontzet (3 October)",
                "Leidens Ontzet (3. Oktober)",
            ),
            summary=T(
                "De stad viert het einde van het beleg van 1574 met een optocht, kermis, hutspot, haring en wittebrood.",
                "The city celebrates the end of the siege of 1574 with a parade, a funfair, hutspot, herring and white bread.",
                "Die Stadt feiert das Ende der Belagerung von 1574 mit Umzug, Kirmes, Hutspot, Hering und Weißbrot.",
            ),
            parts=(
                p(
                    "De dag begint vroeg met de reveille en de uitdeling van haring en wittebrood in de Waag. Daarna volgen de optocht en 's avonds het vuurwerk.",
                    "The day starts early with the reveille and the handing out of herring and white bread at the Waag. Then comes the parade, and fireworks in the evening.",
                ),
            ),
            occurrences=[whole_days(ontzet)],
            audiences=["visitors", "residents", "students", "internationals"],
            themes=("history", "food", "culture"),
            venue_name=T("Binnenstad", "City centre", "Innenstadt"),
            venue_address="Leiden",
            picture="burcht",
        ),
    ]


def past_events() -> list[Event]:
    """Two events that are over, so past-event pages exist in the demo."""
    return [
        Event(
            slug=T("herfstlezing-clusius", "autumn-lecture-clusius", "herbstvortrag-clusius"),
            title=T(
                "Herfstlezing: Clusius en de eerste tulpen",
                "Autumn lecture: Clusius and the first tulips",
                "Herbstvortrag: Clusius und die ersten Tulpen",
            ),
            summary=T(
                "Hoe een Leidse hoogleraar de tulp naar Nederland bracht.",
                "How a Leiden professor brought the tulip to the Netherlands.",
                "Wie ein Leidener Professor die Tulpe in die Niederlande brachte.",
            ),
            parts=(
                p(
                    "Een lezing in de Hortus, met bollen om mee naar huis te nemen.",
                    "A lecture in the Hortus, with bulbs to take home.",
                ),
            ),
            occurrences=[session(on_weekday(-40, THURSDAY), "19:30", "21:00")],
            audiences=["visitors", "residents"],
            themes=("science", "water-green", "history"),
            venue="hortus",
            price=T("€ 8", "€ 8", "8 €"),
            ticket_url="https://example.org/tickets/clusius",
        ),
        Event(
            slug=T("proeverij-leidse-kaas", "tasting-leiden-cheese", "verkostung-leidener-kaese"),
            title=T(
                "Proeverij: Leidse kaas en stadsbier",
                "Tasting: Leiden cheese and local beer",
                "Verkostung: Leidener Käse und Stadtbier",
            ),
            summary=T(
                "Proef Leidse komijnekaas met bier van brouwers uit de stad.",
                "Taste Leiden cumin cheese with beer from the city's brewers.",
                "Probieren Sie Leidener Kümmelkäse mit Bier aus der Stadt.",
            ),
            parts=(
                p(
                    "Leidse kaas herken je aan de gekruiste sleutels in de korst.",
                    "You can tell Leiden cheese by the crossed keys on its rind.",
                ),
            ),
            occurrences=[session(on_weekday(-20, SATURDAY), "16:00", "18:00")],
            audiences=["visitors", "residents", "internationals"],
            themes=("food",),
            venue="markt",
            price=T("€ 15", "€ 15", "15 €"),
            ticket_url="https://example.org/tickets/cheese-tasting",
        ),
    ]


def load_events(pages, places, themes, report) -> dict[str, EventPage]:
    index = pages["discoveries:agenda"]
    events = {}
    for event in [*relative_events(), *yearly_events(), *past_events()]:
        fields, related = event_fields(event, places, themes)
        events[event.slug.en] = upsert_page(
            index, EventPage, event.slug, report, related=related, **fields
        )
    return events


# --- Stories ----------------------------------------------------------------------------------


@dataclass
class Story:
    slug: T
    title: T
    intro: T
    author: str
    days_ago: int
    picture: Picture
    parts: tuple
    themes: tuple[str, ...]
    places: tuple[str, ...] = ()
    events: tuple[str, ...] = ()  # English slugs of events


STORIES = [
    Story(
        slug=T(
            "rembrandt-jonge-jaren-in-leiden",
            "rembrandts-youth-in-leiden",
            "rembrandts-jugend-in-leiden",
        ),
        title=T(
            "De jonge Rembrandt: een molenaarszoon uit Leiden",
            "Young Rembrandt: a miller's son from Leiden",
            "Der junge Rembrandt: ein Müllerssohn aus Leiden",
        ),
        intro=T(
            "Voor hij in Amsterdam beroemd werd, leerde Rembrandt van Rijn het vak in zijn geboortestad. Een wandeling langs de plekken van zijn jeugd.",
            "Before he became famous in Amsterdam, Rembrandt van Rijn learned his craft in his home town. A walk past the places of his youth.",
            "Bevor er in Amsterdam berühmt wurde, lernte Rembrandt van Rijn sein Handwerk in seiner Geburtsstadt.",
        ),
        author="Sanne de Wit",
        days_ago=12,
        picture=pic(
            "Rembrandt in Leiden",
            "windmill",
            RED_BLUE,
            "Getekende windmolen aan het water op een rood-blauwe achtergrond, met de woorden Rembrandt in Leiden",
            "Drawing of a windmill by the water on a red and blue background, with the words Rembrandt in Leiden",
            "Zeichnung einer Windmühle am Wasser vor rot-blauem Hintergrund mit den Worten Rembrandt in Leiden",
        ),
        parts=(
            p(
                "Rembrandt werd in 1606 geboren in de Weddesteeg, vlak bij de Rijn. Zijn vader had een aandeel in een moutmolen aan de stadswal; het gezin was welgesteld genoeg om de zoon naar de Latijnse school te sturen.",
                "Rembrandt was born in 1606 in the Weddesteeg, close to the Rhine. His father owned a share in a malt mill on the city wall; the family was comfortable enough to send their son to the Latin school.",
            ),
            h("Van universiteit naar atelier", "From university to studio"),
            p(
                "Hij schreef zich in 1620 in bij de universiteit, maar koos al snel voor de schilderkunst. Na een leertijd bij Jacob van Swanenburgh en een half jaar in Amsterdam opende hij rond 1625 een eigen werkplaats in Leiden, samen met zijn vriend Jan Lievens.",
                "He enrolled at the university in 1620 but soon chose painting instead. After an apprenticeship with Jacob van Swanenburgh and half a year in Amsterdam, he set up his own workshop in Leiden around 1625, together with his friend Jan Lievens.",
            ),
            q(
                "In Leiden schilderde Rembrandt zichzelf steeds opnieuw, als oefening in licht en uitdrukking.",
                "In Leiden Rembrandt painted himself again and again, as an exercise in light and expression.",
                "Conservator, Museum De Lakenhal",
                "Curator, Museum De Lakenhal",
            ),
            p(
                "In Museum De Lakenhal hangen werken uit die Leidse jaren. Een gevelsteen in de Weddesteeg wijst zijn geboortehuis aan.",
                "Museum De Lakenhal shows works from those Leiden years. A stone plaque in the Weddesteeg marks the house where he was born.",
            ),
        ),
        themes=("history", "museums"),
        places=("lakenhal", "devalk"),
        events=("city-walk-pilgrims",),
    ),
    Story(
        slug=T("de-pilgrims-van-1620", "the-pilgrims-of-1620", "die-pilgervaeter-von-1620"),
        title=T(
            "De Pilgrims: elf jaar Leiden, toen Amerika",
            "The Pilgrims: eleven years in Leiden, then America",
            "Die Pilgerväter: elf Jahre Leiden, dann Amerika",
        ),
        intro=T(
            "Engelse geloofsvluchtelingen vonden in 1609 een thuis in Leiden. In 1620 vertrok een deel van hen met de Mayflower naar de Nieuwe Wereld.",
            "English religious refugees found a home in Leiden in 1609. In 1620 some of them sailed for the New World on the Mayflower.",
            "Englische Glaubensflüchtlinge fanden 1609 in Leiden eine Heimat. 1620 brachen einige mit der Mayflower auf.",
        ),
        author="Tom Verhoeven",
        days_ago=27,
        picture=pic(
            "De Pilgrims",
            "tower",
            BLUE_TEAL,
            "Getekende kerktoren op een blauwgroene achtergrond, met de woorden De Pilgrims",
            "Drawing of a church tower on a blue-green background, with the words De Pilgrims",
            "Zeichnung eines Kirchturms vor blaugrünem Hintergrund mit den Worten De Pilgrims",
        ),
        parts=(
            p(
                "Rond 1609 kwam een groep van ongeveer honderd Engelse separatisten naar Leiden, waar ze hun geloof vrij konden belijden. Ze werkten vooral in de textielnijverheid en woonden rond de Pieterskerk.",
                "Around 1609 a group of about a hundred English separatists came to Leiden, where they could practise their faith freely. Most of them worked in the cloth trade and lived around the Pieterskerk.",
            ),
            h("Het vertrek", "The departure"),
            p(
                "In de zomer van 1620 vertrok een deel van de groep via Delfshaven naar Engeland, en van daar met de Mayflower naar Amerika. Hun voorganger John Robinson bleef in Leiden en werd in 1625 in de Pieterskerk begraven.",
                "In the summer of 1620 part of the group left via Delfshaven for England, and from there on the Mayflower for America. Their minister John Robinson stayed in Leiden and was buried in the Pieterskerk in 1625.",
            ),
            p(
                "Amerikanen die Thanksgiving vieren, kijken zo ook een beetje naar Leiden. Een gedenksteen bij het Jean Pesijnhofje markeert waar Robinson woonde.",
                "Americans who celebrate Thanksgiving are, in a way, looking back at Leiden too. A memorial stone at the Jean Pesijnhofje marks where Robinson lived.",
            ),
        ),
        themes=("history",),
        places=("pieterskerk", "pesijn"),
        events=("city-walk-pilgrims",),
    ),
    Story(
        slug=T(
            "de-eerste-botanische-tuin", "the-first-botanical-garden", "der-erste-botanische-garten"
        ),
        title=T(
            "1590: de eerste botanische tuin van Nederland",
            "1590: the first botanical garden in the Netherlands",
            "1590: der erste botanische Garten der Niederlande",
        ),
        intro=T(
            "Een tuin om van te leren: hoe de Hortus botanicus begon, en hoe de tulp via Leiden Nederland veroverde.",
            "A garden to learn from: how the Hortus botanicus began, and how the tulip conquered the Netherlands by way of Leiden.",
            "Ein Garten zum Lernen: wie der Hortus botanicus begann und wie die Tulpe über Leiden die Niederlande eroberte.",
        ),
        author="Sanne de Wit",
        days_ago=45,
        picture=pic(
            "De eerste tulpen",
            "leaf",
            TEAL_YELLOW,
            "Drie getekende bladeren op een groen-gele achtergrond, met de woorden De eerste tulpen",
            "Three drawn leaves on a green and yellow background, with the words De eerste tulpen",
            "Drei gezeichnete Blätter vor grün-gelbem Hintergrund mit den Worten De eerste tulpen",
        ),
        parts=(
            p(
                "Artsen moesten hun planten kennen. Daarom legde de jonge universiteit in 1590 achter het Academiegebouw een tuin aan, de eerste botanische tuin van de Nederlanden.",
                "Physicians had to know their plants. So in 1590 the young university laid out a garden behind the Academy Building, the first botanical garden in the Low Countries.",
            ),
            h("Clusius en de tulp", "Clusius and the tulip"),
            p(
                "De Vlaamse botanicus Carolus Clusius kwam in 1593 naar Leiden en nam bollen mee die hij via contacten uit het Ottomaanse Rijk had gekregen. Zijn tulpen bloeiden hier; de rest is geschiedenis, inclusief de tulpenmanie.",
                "The Flemish botanist Carolus Clusius came to Leiden in 1593, bringing bulbs he had obtained through contacts in the Ottoman Empire. His tulips flowered here; the rest is history, including tulip mania.",
            ),
        ),
        themes=("science", "water-green", "history"),
        places=("hortus", "academiegebouw"),
        events=("guided-tour-hortus-glasshouses", "autumn-lecture-clusius"),
    ),
    Story(
        slug=T("einstein-en-lorentz", "einstein-and-lorentz", "einstein-und-lorentz"),
        title=T(
            "Einstein en Lorentz: vriendschap in de natuurkunde",
            "Einstein and Lorentz: a friendship in physics",
            "Einstein und Lorentz: eine Freundschaft in der Physik",
        ),
        intro=T(
            "Albert Einstein noemde Hendrik Lorentz de belangrijkste man in zijn leven. Hun gesprekken vonden plaats in Leiden.",
            "Albert Einstein called Hendrik Lorentz the most important person in his life. Their conversations took place in Leiden.",
            "Albert Einstein nannte Hendrik Lorentz den wichtigsten Menschen seines Lebens. Ihre Gespräche fanden in Leiden statt.",
        ),
        author="Jasper Kool",
        days_ago=63,
        picture=pic(
            "Einstein en Lorentz",
            "books",
            BLUE_TEAL,
            "Getekende boekenplank op een blauwgroene achtergrond, met de woorden Einstein en Lorentz",
            "Drawing of a bookshelf on a blue-green background, with the words Einstein en Lorentz",
            "Zeichnung eines Bücherregals vor blaugrünem Hintergrund mit den Worten Einstein en Lorentz",
        ),
        parts=(
            p(
                "Lorentz kreeg in 1902 de Nobelprijs voor natuurkunde, samen met zijn leerling Pieter Zeeman. Zijn formules voor bewegende lichamen werden een bouwsteen van Einsteins relativiteitstheorie.",
                "Lorentz received the Nobel Prize in Physics in 1902, together with his student Pieter Zeeman. His equations for moving bodies became a building block of Einstein's theory of relativity.",
            ),
            h("Bijzonder hoogleraar", "Visiting professor"),
            p(
                "Vanaf 1920 was Einstein bijzonder hoogleraar in Leiden. Hij logeerde bij zijn vriend Paul Ehrenfest, speelde viool in diens huiskamer en zette zijn handtekening op de muur van de trap.",
                "From 1920 Einstein was a visiting professor in Leiden. He stayed with his friend Paul Ehrenfest, played the violin in his living room and signed the wall by the stairs.",
            ),
            p(
                "In Rijksmuseum Boerhaave zie je de instrumenten van deze gouden eeuw van de Leidse natuurkunde.",
                "At Rijksmuseum Boerhaave you can see the instruments of this golden age of Leiden physics.",
            ),
        ),
        themes=("science", "history"),
        places=("boerhaave", "academiegebouw"),
        events=("lecture-lorentz-and-einstein",),
    ),
    Story(
        slug=T("hofjes-verborgen-tuinen", "hofjes-hidden-gardens", "hofjes-verborgene-gaerten"),
        title=T(
            "Hofjes: de verborgen tuinen van Leiden",
            "Hofjes: Leiden's hidden gardens",
            "Hofjes: Leidens verborgene Gärten",
        ),
        intro=T(
            "Achter onopvallende poorten liggen tientallen hofjes. Wat zijn het, en hoe bezoek je ze met respect?",
            "Behind unassuming gates lie dozens of almshouse courtyards. What are they, and how do you visit them respectfully?",
            "Hinter unscheinbaren Toren liegen Dutzende Hofjes. Was sind sie, und wie besucht man sie respektvoll?",
        ),
        author="Tom Verhoeven",
        days_ago=82,
        picture=pic(
            "Leidse hofjes",
            "gables",
            TEAL_YELLOW,
            "Getekende rij huisjes met gevels op een groen-gele achtergrond, met de woorden Leidse hofjes",
            "Drawing of a row of small gabled houses on a green and yellow background, with the words Leidse hofjes",
            "Zeichnung einer Reihe kleiner Giebelhäuser vor grün-gelbem Hintergrund mit den Worten Leidse hofjes",
        ),
        parts=(
            p(
                "Leiden telt meer hofjes dan bijna elke andere Nederlandse stad. Rijke burgers stichtten ze vanaf de late middeleeuwen, vaak in ruil voor gebeden voor hun zielenheil.",
                "Leiden has more hofjes than almost any other Dutch city. Wealthy citizens founded them from the late Middle Ages onwards, often in return for prayers for their souls.",
            ),
            h("Zo bezoek je een hofje", "How to visit a hofje"),
            p(
                "Veel hofjes zijn overdag open. Er wonen mensen, dus praat zacht, blijf op de paden en laat de fiets buiten.",
                "Many hofjes are open during the day. People live there, so speak softly, keep to the paths and leave your bike outside.",
            ),
        ),
        themes=("history",),
        places=("annahofje", "brouchoven", "pesijn"),
    ),
    Story(
        slug=T(
            "3-oktober-hutspot-haring-wittebrood",
            "3-october-hutspot-herring-white-bread",
            "3-oktober-hutspot-hering-weissbrot",
        ),
        title=T(
            "3 oktober: hutspot, haring en wittebrood",
            "3 October: hutspot, herring and white bread",
            "3. Oktober: Hutspot, Hering und Weißbrot",
        ),
        intro=T(
            "Waarom heel Leiden elk jaar op 3 oktober feest viert, en wat er op tafel komt.",
            "Why all of Leiden celebrates every year on 3 October, and what is on the table.",
            "Warum ganz Leiden jedes Jahr am 3. Oktober feiert und was auf den Tisch kommt.",
        ),
        author="Jasper Kool",
        days_ago=101,
        picture=pic(
            "Leidens Ontzet",
            "keys",
            RED_BLUE,
            "Twee gekruiste sleutels op een rood-blauwe achtergrond, met de woorden Leidens Ontzet",
            "Two crossed keys on a red and blue background, with the words Leidens Ontzet",
            "Zwei gekreuzte Schlüssel vor rot-blauem Hintergrund mit den Worten Leidens Ontzet",
        ),
        parts=(
            p(
                "In 1574 belegerden Spaanse troepen de stad maandenlang; velen stierven van de honger. Door de dijken door te steken kon de vloot van de Geuzen Leiden bereiken, en op 3 oktober was de stad bevrijd.",
                "In 1574 Spanish troops besieged the city for months; many died of hunger. By breaching the dykes the Sea Beggars' fleet could reach Leiden, and on 3 October the city was relieved.",
            ),
            h("Wat je eet", "What you eat"),
            p(
                "De bevrijders deelden haring en wittebrood uit. In het verlaten Spaanse kamp zou een jongen een pot hutspot hebben gevonden. Alle drie staan op 3 oktober nog op het menu.",
                "The liberators handed out herring and white bread. In the deserted Spanish camp a boy is said to have found a pot of hutspot. All three are still on the menu on 3 October.",
            ),
            q(
                "Een Leidenaar vraagt op 3 oktober niet of je komt, maar hoe laat.",
                "On 3 October a Leidener does not ask whether you are coming, only what time.",
                "Leids gezegde",
                "Leiden saying",
            ),
        ),
        themes=("history", "food", "culture"),
        places=("burcht", "markt"),
        events=("leidens-ontzet-3-october",),
    ),
]


def upsert_story(index, story: Story, places, events, themes, report) -> StoryPage:
    return upsert_page(
        index,
        StoryPage,
        story.slug,
        report,
        related={
            "themes": [themes[slug] for slug in story.themes],
            "related_places": [places[key] for key in story.places],
            "related_events": [events[slug] for slug in story.events],
        },
        title=story.title,
        intro=story.intro,
        image=story.picture.get(),
        image_alt=story.picture.alt,
        author=story.author,
        date=today() - timedelta(days=story.days_ago),
        body=body(*story.parts),
    )


def load_stories(pages, places, events, themes, report) -> list[StoryPage]:
    index = pages["discoveries:stories"]
    return [upsert_story(index, story, places, events, themes, report) for story in STORIES]


# --- Routes -----------------------------------------------------------------------------------


def stop(place_key: str, nl: str, en: str, de: str | None = None) -> tuple[str, T]:
    return place_key, T(nl, en, de)


ROUTES = [
    {
        "slug": T("museumwandeling", "museum-walk", "museumsspaziergang"),
        "title": T("Museumwandeling", "Museum walk", "Museumsspaziergang"),
        "intro": T(
            "Van de dinosaurussen van Naturalis tot de mummies aan het Rapenburg: zes musea in één wandeling.",
            "From the dinosaurs at Naturalis to the mummies on the Rapenburg: six museums in one walk.",
            "Von den Dinosauriern in Naturalis bis zu den Mumien am Rapenburg: sechs Museen auf einem Spaziergang.",
        ),
        "picture": "rmo",
        "mode": "walk",
        "distance_km": Decimal("3.4"),
        "duration_minutes": 75,
        "wheelchair_friendly": True,
        "themes": ("museums", "history", "science"),
        "stops": [
            stop(
                "naturalis",
                "Begin aan de achterkant van het station.",
                "Start behind the station.",
                "Start hinter dem Bahnhof.",
            ),
            stop(
                "devalk",
                "Klim naar de stelling voor het uitzicht.",
                "Climb to the balcony for the view.",
                "Steigen Sie auf die Galerie.",
            ),
            stop(
                "lakenhal",
                "Rembrandts vroege werk.",
                "Rembrandt's early work.",
                "Rembrandts Frühwerk.",
            ),
            stop(
                "boerhaave",
                "Microscopen en vloeibaar helium.",
                "Microscopes and liquid helium.",
                "Mikroskope und flüssiges Helium.",
            ),
            stop(
                "siebold",
                "Japan aan het Rapenburg.",
                "Japan on the Rapenburg.",
                "Japan am Rapenburg.",
            ),
            stop(
                "rmo",
                "Eindig in de Tempel van Taffeh.",
                "Finish in the Temple of Taffeh.",
                "Ende im Tempel von Taffeh.",
            ),
        ],
    },
    {
        "slug": T("hofjeswandeling", "almshouse-walk", "hofje-spaziergang"),
        "title": T("Hofjeswandeling", "Almshouse (hofjes) walk", "Hofje-Spaziergang"),
        "intro": T(
            "Een rustige wandeling langs verborgen binnentuinen, de burcht en de Pieterskerk.",
            "A quiet walk past hidden courtyard gardens, the citadel and the Pieterskerk.",
            "Ein ruhiger Spaziergang zu verborgenen Gärten, der Burg und der Pieterskerk.",
        ),
        "picture": "annahofje",
        "mode": "walk",
        "distance_km": Decimal("2.6"),
        "duration_minutes": 60,
        "wheelchair_friendly": False,
        "themes": ("history",),
        "stops": [
            stop(
                "annahofje", "Kijk in de kapel.", "Look inside the chapel.", "Blick in die Kapelle."
            ),
            stop("brouchoven", "Rozen in de zomer.", "Roses in summer.", "Rosen im Sommer."),
            stop(
                "burcht",
                "Klim de heuvel op voor het uitzicht.",
                "Climb the mound for the view.",
                "Hinauf auf den Hügel.",
            ),
            stop(
                "pieterskerk",
                "Het graf van John Robinson.",
                "John Robinson's grave.",
                "Das Grab von John Robinson.",
            ),
            stop(
                "pesijn",
                "De gedenksteen bij de poort.",
                "The memorial stone by the gate.",
                "Der Gedenkstein am Tor.",
            ),
        ],
    },
    {
        "slug": T(
            "grachten-en-singels-per-boot",
            "canals-and-singelpark-by-boat",
            "grachten-und-singelpark-per-boot",
        ),
        "title": T(
            "Grachten en singels per boot",
            "Canals and Singelpark by boat",
            "Grachten und Singelpark per Boot",
        ),
        "intro": T(
            "Huur een sloep of stap in een rondvaartboot: langs de molen, de burcht, het Singelpark en het Rapenburg.",
            "Hire a small boat or take a canal tour: past the windmill, the citadel, the Singelpark and the Rapenburg.",
            "Mieten Sie ein Boot oder machen Sie eine Grachtenfahrt: vorbei an Mühle, Burg, Singelpark und Rapenburg.",
        ),
        "picture": "singelpark",
        "mode": "boat",
        "distance_km": Decimal("6.0"),
        "duration_minutes": 90,
        "wheelchair_friendly": False,
        "themes": ("water-green", "history"),
        "stops": [
            stop(
                "devalk",
                "Vaar de singel op bij de molen.",
                "Join the moat by the windmill.",
                "Am Stadtgraben bei der Mühle starten.",
            ),
            stop(
                "singelpark",
                "Groen aan beide oevers.",
                "Green on both banks.",
                "Grün an beiden Ufern.",
            ),
            stop(
                "burcht",
                "Waar Oude en Nieuwe Rijn samenkomen.",
                "Where the Old and New Rhine meet.",
                "Wo Alter und Neuer Rhein zusammenfließen.",
            ),
            stop(
                "markt",
                "Aanleggen voor kibbeling op marktdag.",
                "Moor up for kibbeling on market day.",
                "Anlegen für Kibbeling am Markttag.",
            ),
            stop(
                "hortus",
                "Langs het Rapenburg terug.",
                "Back along the Rapenburg.",
                "Zurück über den Rapenburg.",
            ),
        ],
    },
]


def route_body(route: dict) -> T:
    return body(
        p(
            "Alle stops staan op de kaart; download de route als GPX-bestand voor je telefoon.",
            "All stops are on the map; download the route as a GPX file for your phone.",
        ),
        img(PLACES_BY_KEY[route["picture"]].picture, route["title"]),
    )


def upsert_route(home, route: dict, places, themes, report) -> RoutePage:
    picture = PLACES_BY_KEY[route["picture"]].picture
    return upsert_page(
        home,
        RoutePage,
        route["slug"],
        report,
        related={
            "themes": [themes[slug] for slug in route["themes"]],
            "stops": [child_rows(place=places[key], note=note) for key, note in route["stops"]],
        },
        title=route["title"],
        intro=route["intro"],
        image=places[route["picture"]].image,
        image_alt=picture.alt,
        mode=route["mode"],
        distance_km=route["distance_km"],
        duration_minutes=route["duration_minutes"],
        wheelchair_friendly=route["wheelchair_friendly"],
        accessibility_note=T("", "", ""),
        body=route_body(route),
    )


def load_routes(home, places, themes, report) -> list[RoutePage]:
    return [upsert_route(home, route, places, themes, report) for route in ROUTES]


# --- Congress venues --------------------------------------------------------------------------


def room(nl: str, en: str, area: int, theatre=None, classroom=None, banquet=None, reception=None):
    return child_rows(
        name=T(nl, en, None),
        area_m2=area,
        theatre=theatre,
        classroom=classroom,
        banquet=banquet,
        reception=reception,
    )


HOTEL = pic(
    "Congreshotel bij Leiden Centraal",
    "keys",
    BLUE_ORANGE,
    "Twee gekruiste sleutels op een blauw-oranje achtergrond, met de woorden Congreshotel bij Leiden Centraal",
    "Two crossed keys on a blue and orange background, with the words Congreshotel bij Leiden Centraal",
    "Zwei gekreuzte Schlüssel vor blau-orangem Hintergrund mit den Worten Congreshotel bij Leiden Centraal",
)

VENUES = [
    {
        "slug": T("stadsgehoorzaal", "stadsgehoorzaal", "stadsgehoorzaal"),
        "title": T("Stadsgehoorzaal Leiden", "Stadsgehoorzaal Leiden", "Stadsgehoorzaal Leiden"),
        "place": "stadsgehoorzaal",
        "intro": T(
            "Een congres in een negentiende-eeuwse concertzaal, midden in de winkelstraat.",
            "A congress in a nineteenth-century concert hall, right on the main shopping street.",
            "Ein Kongress in einem Konzertsaal aus dem 19. Jahrhundert, mitten in der Einkaufsstraße.",
        ),
        "text": (
            "De Grote Zaal is geschikt voor plenaire sessies tot duizend deelnemers; de foyers en de Kleine Zaal voor parallelle sessies en de lunch.",
            "The Main Hall suits plenary sessions of up to a thousand delegates; the foyers and the Small Hall work for parallel sessions and lunch.",
        ),
        "street_address": "Breestraat 60",
        "walking": 12,
        "facilities": ["wifi", "av", "catering", "breakout", "accessible"],
        "rooms": [
            room("Grote Zaal", "Main Hall", 900, theatre=1000, reception=1200),
            room(
                "Kleine Zaal",
                "Small Hall",
                280,
                theatre=250,
                classroom=120,
                banquet=180,
                reception=300,
            ),
            room("Foyer", "Foyer", 350, banquet=220, reception=400),
        ],
    },
    {
        "slug": T("naturalis", "naturalis", "naturalis"),
        "title": T(
            "Naturalis Biodiversity Center",
            "Naturalis Biodiversity Center",
            "Naturalis Biodiversity Center",
        ),
        "place": "naturalis",
        "intro": T(
            "Vergaderen tussen de dinosaurussen, met het Bio Science Park om de hoek.",
            "Meet among the dinosaurs, with the Bio Science Park around the corner.",
            "Tagen zwischen Dinosauriern, mit dem Bio Science Park um die Ecke.",
        ),
        "text": (
            "Het auditorium en de zalen met daglicht zijn ideaal voor wetenschappelijke congressen; 's avonds kan het diner in de museumzalen.",
            "The auditorium and the daylit rooms are ideal for scientific congresses; in the evening, dinner can be served in the galleries.",
        ),
        "street_address": "Darwinweg 2",
        "walking": 8,
        "facilities": ["wifi", "av", "catering", "daylight", "breakout", "parking", "accessible"],
        "rooms": [
            room("Auditorium", "Auditorium", 420, theatre=450),
            room(
                "Zaal Darwin",
                "Darwin room",
                160,
                theatre=140,
                classroom=80,
                banquet=100,
                reception=160,
            ),
            room(
                "Dinozaal (na sluitingstijd)",
                "Dinosaur hall (after hours)",
                900,
                banquet=400,
                reception=800,
            ),
        ],
    },
    {
        "slug": T("pieterskerk", "pieterskerk", "pieterskerk"),
        "title": T("Pieterskerk", "Pieterskerk", "Pieterskerk"),
        "place": "pieterskerk",
        "intro": T(
            "Een gotische kerk voor openingssessies, galadiners en recepties die niemand vergeet.",
            "A Gothic church for opening sessions, gala dinners and receptions nobody forgets.",
            "Eine gotische Kirche für Eröffnungen, Galadiners und Empfänge, die niemand vergisst.",
        ),
        "text": (
            "Het middenschip biedt ruimte aan grote gezelschappen; de koorruimte en de consistorie zijn geschikt voor kleinere sessies.",
            "The nave has room for large groups; the choir and the vestry suit smaller sessions.",
        ),
        "street_address": "Kloksteeg 16",
        "walking": 18,
        "facilities": ["wifi", "av", "catering", "accessible"],
        "rooms": [
            room("Middenschip", "Nave", 1200, theatre=1000, banquet=700, reception=1500),
            room("Koor", "Choir", 300, theatre=250, banquet=160, reception=300),
            room("Consistorie", "Vestry", 70, classroom=30, banquet=40, reception=60),
        ],
    },
    {
        "slug": T("academiegebouw", "academy-building", "akademiegebaeude"),
        "title": T("Academiegebouw", "Academy Building", "Akademiegebäude"),
        "place": "academiegebouw",
        "intro": T(
            "Vergader waar de universiteit al sinds 1581 promoties houdt.",
            "Meet where the university has held its PhD ceremonies since 1581.",
            "Tagen, wo die Universität seit 1581 ihre Promotionen feiert.",
        ),
        "text": (
            "Het Groot Auditorium en de Senaatskamer zijn beschikbaar voor wetenschappelijke bijeenkomsten, in overleg met de universiteit.",
            "The Great Auditorium and the Senate Room are available for academic meetings, by arrangement with the university.",
        ),
        "street_address": "Rapenburg 73",
        "walking": 16,
        "facilities": ["wifi", "av", "catering", "daylight"],
        "rooms": [
            room("Groot Auditorium", "Great Auditorium", 250, theatre=300),
            room("Senaatskamer", "Senate Room", 90, classroom=40, banquet=50, reception=80),
        ],
    },
    {
        "slug": T(
            "congreshotel-leiden-centraal",
            "conference-hotel-leiden-centraal",
            "kongresshotel-leiden-centraal",
        ),
        "title": T(
            "Congreshotel Leiden Centraal",
            "Conference hotel Leiden Centraal",
            "Kongresshotel Leiden Centraal",
        ),
        "place": "",
        "intro": T(
            "Een hotel met congrescentrum op twee minuten van het perron: ideaal voor meerdaagse congressen.",
            "A hotel with a conference centre two minutes from the platform: ideal for congresses that last several days.",
            "Ein Hotel mit Kongresszentrum zwei Minuten vom Bahnsteig: ideal für mehrtägige Kongresse.",
        ),
        "text": (
            "Met 200 hotelkamers, twaalf zalen met daglicht en een eigen parkeergarage. Dit is een voorbeeldlocatie in de demo.",
            "With 200 hotel rooms, twelve daylit meeting rooms and its own car park. This is an example venue in the demo.",
        ),
        "street_address": "Stationsplein 2",
        "walking": 2,
        "facilities": ["wifi", "av", "catering", "daylight", "breakout", "parking", "accessible"],
        "rooms": [
            room(
                "Plenaire zaal",
                "Plenary hall",
                600,
                theatre=650,
                classroom=320,
                banquet=420,
                reception=700,
            ),
            room(
                "Zaal Lorentz",
                "Lorentz room",
                120,
                theatre=100,
                classroom=60,
                banquet=70,
                reception=120,
            ),
            room(
                "Zaal Clusius",
                "Clusius room",
                60,
                theatre=40,
                classroom=24,
                banquet=30,
                reception=50,
            ),
        ],
    },
]


def upsert_venue(index, venue: dict, places, report) -> VenuePage:
    place_spec = PLACES_BY_KEY.get(venue["place"])
    picture = place_spec.picture if place_spec else HOTEL
    return upsert_page(
        index,
        VenuePage,
        venue["slug"],
        report,
        # The rooms are set before the page is saved, so VenuePage.save sees them.
        related={"rooms": venue["rooms"]},
        title=venue["title"],
        intro=venue["intro"],
        image=picture.get(),
        image_alt=picture.alt,
        body=body(p(*venue["text"]), img(picture, venue["title"])),
        place=places.get(venue["place"]),
        street_address=venue["street_address"],
        facilities=venue["facilities"],
        walking_minutes_from_station=venue["walking"],
    )


def load_venues(pages, places, report) -> list[VenuePage]:
    index = pages["discoveries:venues"]
    return [upsert_venue(index, venue, places, report) for venue in VENUES]


# --- Putting it together ----------------------------------------------------------------------


def load(home, pages: dict, report) -> None:
    """Everything above, in the order the links need; fills `pages` for the home and menus."""
    themes = load_themes()
    load_index_pages(home, pages, report)
    places = load_places(pages, themes, report)
    events = load_events(pages, places, themes, report)
    stories = load_stories(pages, places, events, themes, report)
    routes = load_routes(home, places, themes, report)
    venues = load_venues(pages, places, report)
    pages["discoveries:featured_stories"] = stories[:3]
    pages["discoveries:highlights"] = [
        places["rmo"],
        places["hortus"],
        routes[0],
        routes[1],
        venues[0],
        places["lakenhal"],
    ]
    pages["discoveries:museum_walk"] = routes[0]


def home_fields(pages: dict) -> dict:
    """The home page's editor picks, as StreamField values."""
    return {
        "featured_stories": [("story", story) for story in pages["discoveries:featured_stories"]],
        "highlights": [("page", page) for page in pages["discoveries:highlights"]],
    }
