"""Demo content for the Netwerk Stadspartners Leiden: the directory, nineteen partners,
the board of the Stadspartners Leiden foundation and two partner-editor accounts.

Facts from BRIEF.md: at the end of 2007 eighteen city partners founded the foundation;
today nineteen organisations form the network. Each partner may appoint a representative
on the board; the municipality is involved beside the partners (it is not a partner).
Addresses and names of institutions are public; phone numbers, e-mail addresses and the
board members are made up for the demo.
"""
# ruff: noqa: E501 -- prose in three languages reads better unbroken than split mid-sentence

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.utils import timezone

from discoveries.models import EventPage, StoryPage
from leiden_site.demo_images import get_or_create_demo_image
from partners.models import FOUNDING_YEAR, BoardMember, BoardPage, PartnerIndexPage, PartnerPage
from partners.rights import ensure_partner_rights

from . import (
    BLUE_ORANGE,
    BLUE_TEAL,
    RED_BLUE,
    TEAL_YELLOW,
    T,
    assign,
    assign_related,
    expand,
    heading,
    paragraph,
    upsert_page,
)

INDEX_SLUG = T("stadspartners", "city-partners", "stadtpartner")
BOARD_SLUG = T("bestuur", "board", "vorstand")

# username -> (Dutch slug of the partner's page, first name). Made by ensure_demo_users
# after the content, with the other demo accounts and the same password.
PARTNER_ACCOUNTS = {
    "naturalis": ("naturalis", "Noor"),
    "lakenhal": ("museum-de-lakenhal", "Lars"),
}


@dataclass
class Partner:
    slug: T
    title: str
    sector: str
    motif: str
    palette: tuple[str, str]
    website: str
    street_address: str
    postal_code: str
    phone: str
    intro: T
    about: T  # nl, en: what the partner does
    together: T  # nl, en: what it brings to the network
    member_since: int = FOUNDING_YEAR
    checked_days_ago: int = 30
    social: dict = field(default_factory=dict)

    @property
    def email(self) -> str:
        return f"{self.slug.nl}@example.org"


PARTNERS = [
    Partner(
        T("universiteit-leiden", "leiden-university", "universitaet-leiden"),
        "Universiteit Leiden",
        "education",
        "books",
        RED_BLUE,
        "https://www.universiteitleiden.nl/",
        "Rapenburg 70",
        "2311 EZ",
        "+31 71 555 0201",
        T(
            "De oudste universiteit van Nederland, opgericht in 1575, met studenten en onderzoekers uit de hele wereld.",
            "The oldest university in the Netherlands, founded in 1575, with students and researchers from all over the world.",
            "Die älteste Universität der Niederlande, gegründet 1575, mit Studierenden und Forschenden aus aller Welt.",
        ),
        T(
            "Van het Academiegebouw aan het Rapenburg tot de laboratoria op het Bio Science Park: de universiteit kleurt de stad al ruim vier eeuwen.",
            "From the Academy Building on the Rapenburg to the laboratories on the Bio Science Park, the university has shaped the city for over four centuries.",
        ),
        T(
            "De universiteit brengt congresgasten en nieuwe studenten naar Leiden en opent haar collecties en lezingen voor iedereen.",
            "The university brings congress guests and new students to Leiden and opens its collections and lectures to everyone.",
        ),
        checked_days_ago=12,
        social={"linkedin_url": "https://www.linkedin.com/school/leiden-university/"},
    ),
    Partner(
        T("lumc", "lumc", "lumc"),
        "LUMC",
        "health",
        "tower",
        BLUE_TEAL,
        "https://www.lumc.nl/",
        "Albinusdreef 2",
        "2333 ZA",
        "+31 71 555 0202",
        T(
            "Het Leids Universitair Medisch Centrum: zorg, onderzoek en onderwijs onder één dak.",
            "Leiden University Medical Center: care, research and teaching under one roof.",
            "Das Leidener Universitätsklinikum: Versorgung, Forschung und Lehre unter einem Dach.",
        ),
        T(
            "Het LUMC is een van de grootste werkgevers van de regio en trekt artsen en onderzoekers uit binnen- en buitenland.",
            "The LUMC is one of the largest employers in the region and attracts doctors and researchers from home and abroad.",
        ),
        T(
            "Samen met de stad heet het LUMC internationale medewerkers en hun gezinnen welkom.",
            "Together with the city, the LUMC welcomes international staff and their families.",
        ),
        checked_days_ago=45,
    ),
    Partner(
        T("hogeschool-leiden", "leiden-university-of-applied-sciences", "hochschule-leiden"),
        "Hogeschool Leiden",
        "education",
        "books",
        BLUE_TEAL,
        "https://www.hsleiden.nl/",
        "Zernikedreef 11",
        "2333 CK",
        "+31 71 555 0203",
        T(
            "Hoger beroepsonderwijs in zorg, onderwijs, techniek en economie, vlak bij station Leiden Centraal.",
            "Higher professional education in care, teaching, technology and business, close to Leiden Centraal station.",
            "Hochschulbildung in Pflege, Lehramt, Technik und Wirtschaft, nahe dem Bahnhof Leiden Centraal.",
        ),
        T(
            "De hogeschool leidt verpleegkundigen, leraren en laboranten op voor de stad en de regio.",
            "The university of applied sciences trains nurses, teachers and lab technicians for the city and the region.",
        ),
        T(
            "Studenten van de hogeschool helpen mee bij evenementen en onderzoek naar gastvrijheid in de binnenstad.",
            "Its students help at events and with research into hospitality in the city centre.",
        ),
        checked_days_ago=70,
    ),
    Partner(
        T("naturalis", "naturalis", "naturalis"),
        "Naturalis Biodiversity Center",
        "education",
        "leaf",
        TEAL_YELLOW,
        "https://www.naturalis.nl/",
        "Darwinweg 2",
        "2333 CR",
        "+31 71 555 0204",
        T(
            "Museum en onderzoeksinstituut voor biodiversiteit, met de T. rex Trix en een collectie van ruim veertig miljoen objecten.",
            "Museum and research institute for biodiversity, home to the T. rex Trix and a collection of over forty million objects.",
            "Museum und Forschungsinstitut für Biodiversität, mit dem T. rex Trix und einer Sammlung von über vierzig Millionen Objekten.",
        ),
        T(
            "In Naturalis werken onderzoekers aan de vraag hoe de natuur verandert, en zien bezoekers wat ze vinden.",
            "At Naturalis researchers study how nature is changing, and visitors see what they find.",
        ),
        T(
            "Naturalis trekt gezinnen en scholen uit het hele land naar Leiden en organiseert familiedagen met de stad.",
            "Naturalis draws families and schools from all over the country to Leiden and organises family days with the city.",
        ),
        checked_days_ago=8,
        social={
            "instagram_url": "https://www.instagram.com/naturalis/",
            "facebook_url": "https://www.facebook.com/naturalis/",
        },
    ),
    Partner(
        T(
            "rijksmuseum-van-oudheden",
            "national-museum-of-antiquities",
            "reichsmuseum-fuer-altertuemer",
        ),
        "Rijksmuseum van Oudheden",
        "culture",
        "castle",
        BLUE_ORANGE,
        "https://www.rmo.nl/",
        "Rapenburg 28",
        "2311 EW",
        "+31 71 555 0205",
        T(
            "Het nationale archeologiemuseum aan het Rapenburg, met de Egyptische tempel van Taffeh in de hal.",
            "The national museum of archaeology on the Rapenburg, with the Egyptian temple of Taffeh in its hall.",
            "Das nationale Archäologiemuseum am Rapenburg, mit dem ägyptischen Tempel von Taffeh in der Halle.",
        ),
        T(
            "Van Egypte en het Nabije Oosten tot de Romeinen in Nederland: het RMO laat vijfduizend jaar geschiedenis zien.",
            "From Egypt and the Near East to the Romans in the Netherlands, the museum shows five thousand years of history.",
        ),
        T(
            "Het museum doet mee aan Museumnacht en geeft lezingen samen met de universiteit.",
            "The museum takes part in Museum Night and gives lectures together with the university.",
        ),
        checked_days_ago=20,
    ),
    Partner(
        T("museum-de-lakenhal", "museum-de-lakenhal", "museum-de-lakenhal"),
        "Museum De Lakenhal",
        "culture",
        "gables",
        RED_BLUE,
        "https://www.lakenhal.nl/",
        "Oude Singel 32",
        "2312 RA",
        "+31 71 555 0206",
        T(
            "Het museum van de stad, in de zeventiende-eeuwse hal van de lakenhandel, met werk van Rembrandt en Lucas van Leyden.",
            "The city's museum, in the seventeenth-century hall of the cloth trade, with works by Rembrandt and Lucas van Leyden.",
            "Das Museum der Stadt, in der Tuchhalle aus dem 17. Jahrhundert, mit Werken von Rembrandt und Lucas van Leyden.",
        ),
        T(
            "De Lakenhal vertelt het verhaal van Leiden in kunst: van het Laatste Oordeel van Lucas van Leyden tot hedendaagse makers.",
            "De Lakenhal tells the story of Leiden in art, from Lucas van Leyden's Last Judgement to artists of today.",
        ),
        T(
            "Als partner brengt De Lakenhal Rembrandts geboortestad onder de aandacht bij bezoekers uit binnen- en buitenland.",
            "As a partner, De Lakenhal puts Rembrandt's birthplace on the map for visitors from home and abroad.",
        ),
        checked_days_ago=15,
        social={"instagram_url": "https://www.instagram.com/museumdelakenhal/"},
    ),
    Partner(
        T("rijksmuseum-boerhaave", "rijksmuseum-boerhaave", "rijksmuseum-boerhaave"),
        "Rijksmuseum Boerhaave",
        "culture",
        "books",
        BLUE_TEAL,
        "https://rijksmuseumboerhaave.nl/",
        "Lange Sint Agnietenstraat 10",
        "2312 WC",
        "+31 71 555 0207",
        T(
            "Het nationale museum voor de geschiedenis van wetenschap en geneeskunde, in een voormalig klooster.",
            "The national museum of the history of science and medicine, in a former convent.",
            "Das nationale Museum für die Geschichte der Wissenschaft und Medizin, in einem ehemaligen Kloster.",
        ),
        T(
            "Microscopen van Van Leeuwenhoek, het anatomisch theater en de instrumenten van Lorentz en Einstein: hier ziet u hoe Leiden ontdekte.",
            "Van Leeuwenhoek's microscopes, the anatomical theatre and the instruments of Lorentz and Einstein: this is where you see how Leiden discovered.",
        ),
        T(
            "Boerhaave maakt van de Stad van Ontdekkingen een verhaal dat bezoekers kunnen zien en vastpakken.",
            "Boerhaave turns the City of Discoveries into a story visitors can see and touch.",
        ),
        checked_days_ago=33,
    ),
    Partner(
        T("hortus-botanicus-leiden", "hortus-botanicus-leiden", "hortus-botanicus-leiden"),
        "Hortus botanicus Leiden",
        "culture",
        "leaf",
        TEAL_YELLOW,
        "https://www.hortusleiden.nl/",
        "Rapenburg 73",
        "2311 GJ",
        "+31 71 555 0208",
        T(
            "De oudste botanische tuin van Nederland, sinds 1590, waar Clusius de eerste tulpen plantte.",
            "The oldest botanical garden in the Netherlands, since 1590, where Clusius planted the first tulips.",
            "Der älteste botanische Garten der Niederlande, seit 1590, wo Clusius die ersten Tulpen pflanzte.",
        ),
        T(
            "Kassen vol tropische planten, de Clusiustuin en een Japanse tuin ter ere van Von Siebold: de Hortus is een groene plek midden in de stad.",
            "Glasshouses full of tropical plants, the Clusius garden and a Japanese garden honouring Von Siebold: the Hortus is a green place in the heart of the city.",
        ),
        T(
            "De Hortus hoort bij de universiteit en ontvangt elk jaar bezoekers uit de hele wereld.",
            "The Hortus belongs to the university and welcomes visitors from all over the world every year.",
        ),
        checked_days_ago=60,
    ),
    Partner(
        T("japanmuseum-sieboldhuis", "japan-museum-sieboldhuis", "japanmuseum-sieboldhuis"),
        "Japanmuseum SieboldHuis",
        "culture",
        "bridge",
        RED_BLUE,
        "https://www.sieboldhuis.org/",
        "Rapenburg 19",
        "2311 GE",
        "+31 71 555 0209",
        T(
            "Het huis van Philipp Franz von Siebold, vol Japanse voorwerpen die hij in de negentiende eeuw verzamelde.",
            "The house of Philipp Franz von Siebold, full of Japanese objects he collected in the nineteenth century.",
            "Das Haus von Philipp Franz von Siebold, voller japanischer Gegenstände, die er im 19. Jahrhundert sammelte.",
        ),
        T(
            "Het museum laat de eeuwenoude band tussen Nederland en Japan zien, met tentoonstellingen en theeceremonies.",
            "The museum shows the centuries-old bond between the Netherlands and Japan, with exhibitions and tea ceremonies.",
        ),
        T(
            "Het SieboldHuis trekt bezoekers uit Japan en Azië naar Leiden.",
            "The SieboldHuis draws visitors from Japan and Asia to Leiden.",
        ),
        checked_days_ago=95,
    ),
    Partner(
        T(
            "leidse-schouwburg-stadsgehoorzaal",
            "leiden-theatre-and-concert-hall",
            "theater-und-konzertsaal-leiden",
        ),
        "Leidse Schouwburg-Stadsgehoorzaal",
        "culture",
        "gables",
        BLUE_ORANGE,
        "https://www.leidseschouwburg-stadsgehoorzaal.nl/",
        "Breestraat 60",
        "2311 CS",
        "+31 71 555 0210",
        T(
            "Theater in de oudste nog bespeelde schouwburg van Nederland en concerten in de Stadsgehoorzaal uit 1891.",
            "Theatre in the oldest working playhouse of the Netherlands and concerts in the City Concert Hall of 1891.",
            "Theater im ältesten noch bespielten Schauspielhaus der Niederlande und Konzerte in der Stadsgehoorzaal von 1891.",
        ),
        T(
            "Toneel, dans, cabaret en klassieke muziek: twee podia midden in de binnenstad.",
            "Drama, dance, comedy and classical music: two stages in the heart of the city centre.",
        ),
        T(
            "De zalen ontvangen ook congressen en bijeenkomsten van de stadspartners.",
            "The halls also host congresses and meetings of the city partners.",
        ),
        checked_days_ago=27,
    ),
    Partner(
        T("leiden-bio-science-park", "leiden-bio-science-park", "leiden-bio-science-park"),
        "Leiden Bio Science Park",
        "business",
        "tower",
        BLUE_TEAL,
        "https://leidenbiosciencepark.nl/",
        "Galileiweg 8",
        "2333 BD",
        "+31 71 555 0211",
        T(
            "Het grootste life-sciencespark van Nederland, waar bedrijven, kennisinstellingen en start-ups samenwerken.",
            "The largest life sciences park in the Netherlands, where companies, knowledge institutions and start-ups work together.",
            "Der größte Life-Sciences-Park der Niederlande, in dem Unternehmen, Wissenseinrichtungen und Start-ups zusammenarbeiten.",
        ),
        T(
            "Op het park werken duizenden mensen aan nieuwe medicijnen, vaccins en diagnostiek.",
            "Thousands of people on the park work on new medicines, vaccines and diagnostics.",
        ),
        T(
            "Het park trekt internationaal talent aan; met het Expat Centre helpt het nieuwkomers op weg.",
            "The park attracts international talent; together with the Expat Centre it helps newcomers settle in.",
        ),
        checked_days_ago=40,
        social={"linkedin_url": "https://www.linkedin.com/company/leiden-bio-science-park/"},
    ),
    Partner(
        T(
            "centrummanagement-leiden",
            "leiden-city-centre-management",
            "innenstadtmanagement-leiden",
        ),
        "Centrummanagement Leiden",
        "retail",
        "gables",
        RED_BLUE,
        "https://example.org/centrummanagement-leiden",
        "Breestraat 117",
        "2311 CL",
        "+31 71 555 0212",
        T(
            "Ondernemers, vastgoedeigenaren en gemeente samen voor een levendige en gastvrije binnenstad.",
            "Shopkeepers, property owners and the municipality working together for a lively and welcoming city centre.",
            "Unternehmer, Immobilieneigentümer und Stadt gemeinsam für eine lebendige und gastfreundliche Innenstadt.",
        ),
        T(
            "Van de markt op zaterdag tot de winterlichtjes: het centrummanagement zorgt dat de binnenstad uitnodigt.",
            "From the Saturday market to the winter lights, city centre management makes the centre inviting.",
        ),
        T(
            "Het centrummanagement verbindt de winkels en horeca in de binnenstad met de campagnes van de stad.",
            "It connects the shops and cafés in the city centre with the city's campaigns.",
        ),
        checked_days_ago=18,
    ),
    Partner(
        T("khn-leiden", "khn-leiden", "khn-leiden"),
        "KHN Leiden",
        "hospitality",
        "keys",
        BLUE_ORANGE,
        "https://example.org/khn-leiden",
        "Nieuwe Rijn 9",
        "2312 JD",
        "+31 71 555 0213",
        T(
            "De Leidse afdeling van Koninklijke Horeca Nederland: cafés, restaurants en hotels van de stad.",
            "The Leiden branch of the Dutch hospitality association: the city's cafés, restaurants and hotels.",
            "Die Leidener Abteilung des niederländischen Gastgewerbeverbands: Cafés, Restaurants und Hotels der Stadt.",
        ),
        T(
            "Van een terras aan de Nieuwe Rijn tot een diner aan de gracht: de Leidse horeca maakt een bezoek compleet.",
            "From a terrace on the Nieuwe Rijn to dinner by the canal, Leiden's cafés and restaurants complete a visit.",
        ),
        T(
            "KHN Leiden zorgt dat gastvrijheid in de hele stad hetzelfde gezicht heeft.",
            "KHN Leiden makes sure hospitality has the same face all over the city.",
        ),
        checked_days_ago=52,
    ),
    Partner(
        T("hotel-nieuw-minerva", "hotel-nieuw-minerva", "hotel-nieuw-minerva"),
        "Hotel Nieuw Minerva",
        "hospitality",
        "gables",
        RED_BLUE,
        "https://example.org/hotel-nieuw-minerva",
        "Boommarkt 23",
        "2311 EA",
        "+31 71 555 0214",
        T(
            "Hotel aan de gracht in zes zeventiende-eeuwse grachtenpanden, op loopafstand van de musea.",
            "A canal-side hotel in six seventeenth-century canal houses, within walking distance of the museums.",
            "Hotel an der Gracht in sechs Grachtenhäusern aus dem 17. Jahrhundert, zu Fuß zu den Museen.",
        ),
        T(
            "Gasten slapen hier midden in de historische binnenstad, met de markt en de Burcht om de hoek.",
            "Guests stay in the heart of the historic centre, with the market and the Burcht round the corner.",
        ),
        T(
            "Het hotel ontvangt congresgasten en denkt mee over arrangementen met de musea.",
            "The hotel welcomes congress guests and works with the museums on packages.",
        ),
        checked_days_ago=75,
    ),
    Partner(
        T(
            "ondernemersvereniging-leiden",
            "leiden-business-association",
            "unternehmerverband-leiden",
        ),
        "Ondernemersvereniging Leiden",
        "business",
        "keys",
        BLUE_TEAL,
        "https://example.org/ondernemersvereniging-leiden",
        "Stationsweg 41",
        "2312 AT",
        "+31 71 555 0215",
        T(
            "Het netwerk van Leidse ondernemers, van zzp'er tot familiebedrijf.",
            "The network of Leiden's entrepreneurs, from freelancers to family firms.",
            "Das Netzwerk der Leidener Unternehmer, vom Selbstständigen bis zum Familienbetrieb.",
        ),
        T(
            "De vereniging behartigt de belangen van haar leden en brengt ze samen op netwerkavonden.",
            "The association represents its members' interests and brings them together at networking evenings.",
        ),
        T(
            "Een sterk imago van de stad helpt elk Leids bedrijf: daarom denkt de vereniging mee in het netwerk.",
            "A strong image of the city helps every Leiden business, which is why the association takes part in the network.",
        ),
        checked_days_ago=110,
    ),
    Partner(
        T("portaal-leiden", "portaal-leiden", "portaal-leiden"),
        "Portaal Leiden",
        "business",
        "gables",
        TEAL_YELLOW,
        "https://example.org/portaal-leiden",
        "Hooigracht 15",
        "2312 KM",
        "+31 71 555 0216",
        T(
            "Woningcorporatie met duizenden betaalbare huurwoningen in Leiden en omgeving.",
            "Housing association with thousands of affordable rented homes in and around Leiden.",
            "Wohnungsbaugenossenschaft mit Tausenden bezahlbaren Mietwohnungen in und um Leiden.",
        ),
        T(
            "Portaal werkt aan wijken waar het prettig wonen is, samen met bewoners en de gemeente.",
            "Portaal works on neighbourhoods that are good to live in, together with residents and the municipality.",
        ),
        T(
            "Een stad die trots is op zichzelf is ook een fijne stad om te wonen: daarom doet Portaal mee.",
            "A city that is proud of itself is a good city to live in too; that is why Portaal takes part.",
        ),
        checked_days_ago=64,
    ),
    Partner(
        T("leidsch-dagblad", "leidsch-dagblad", "leidsch-dagblad"),
        "Leidsch Dagblad",
        "media",
        "books",
        RED_BLUE,
        "https://www.leidschdagblad.nl/",
        "Rooseveltstraat 82",
        "2321 BM",
        "+31 71 555 0217",
        T(
            "De krant van Leiden en omstreken, sinds 1860.",
            "The newspaper of Leiden and its surroundings, since 1860.",
            "Die Zeitung für Leiden und Umgebung, seit 1860.",
        ),
        T(
            "Nieuws, achtergronden en uitgaanstips uit de stad, op papier en online.",
            "News, background stories and things to do in the city, in print and online.",
        ),
        T(
            "De krant deelt de agenda van de stad met haar lezers.",
            "The paper shares the city's agenda with its readers.",
        ),
        checked_days_ago=38,
    ),
    Partner(
        T("3-october-vereeniging", "3-october-association", "3-october-verein"),
        "3 October Vereeniging",
        "culture",
        "keys",
        RED_BLUE,
        "https://www.3october.nl/",
        "Lange Brug 3",
        "2312 JA",
        "+31 71 555 0218",
        T(
            "De vereniging die elk jaar Leidens Ontzet viert, met optocht, kermis, hutspot, haring en wittebrood.",
            "The association that celebrates the Relief of Leiden every year, with a parade, a fair, hutspot, herring and white bread.",
            "Der Verein, der jedes Jahr Leidens Entsatz feiert, mit Umzug, Kirmes, Hutspot, Hering und Weißbrot.",
        ),
        T(
            "Op 3 oktober viert Leiden het einde van het Spaanse beleg van 1574. De vereniging organiseert het feest al sinds 1886.",
            "On 3 October Leiden celebrates the end of the Spanish siege of 1574. The association has organised the festival since 1886.",
        ),
        T(
            "De vereniging brengt het grootste feest van de stad onder de aandacht, ook bij bezoekers van buiten.",
            "The association makes the city's biggest festival known, to visitors from elsewhere as well.",
        ),
        checked_days_ago=22,
        social={"facebook_url": "https://www.facebook.com/3octobervereeniging/"},
    ),
    Partner(
        T("sleutelstad", "sleutelstad", "sleutelstad"),
        "Sleutelstad",
        "media",
        "keys",
        BLUE_ORANGE,
        "https://www.sleutelstad.nl/",
        "Langebrug 38",
        "2311 TM",
        "+31 71 555 0219",
        T(
            "De lokale omroep van Leiden: nieuws, radio en televisie over de stad.",
            "Leiden's local broadcaster: news, radio and television about the city.",
            "Der lokale Sender von Leiden: Nachrichten, Radio und Fernsehen über die Stadt.",
        ),
        T(
            "Sleutelstad maakt programma's met en over Leidenaren, gemaakt door een grote groep vrijwilligers.",
            "Sleutelstad makes programmes with and about the people of Leiden, made by a large team of volunteers.",
        ),
        T(
            "Sleutelstad sloot zich later aan bij het netwerk en vertelt de verhalen van de stad aan haar eigen bewoners.",
            "Sleutelstad joined the network later and tells the city's stories to its own residents.",
        ),
        member_since=2016,
        checked_days_ago=5,
    ),
]

BOARD = [
    # (name, role, Dutch slug of the partner or None for the municipality, term start, term end)
    ("Marijke van der Wal", "chair", "universiteit-leiden", date(2021, 1, 1), None),
    ("Joost Brouwer", "vice_chair", "lumc", date(2022, 1, 1), None),
    ("Sanne de Graaf", "secretary", "museum-de-lakenhal", date(2020, 6, 1), None),
    ("Pieter Verhoeven", "treasurer", "hotel-nieuw-minerva", date(2019, 1, 1), None),
    ("Amira El Idrissi", "member", "naturalis", date(2023, 1, 1), None),
    ("Thomas Jansen", "member", "centrummanagement-leiden", date(2022, 9, 1), None),
    ("Ruud Hoogland", "member", "leiden-bio-science-park", date(2024, 1, 1), None),
    ("Ingrid Bakker", "member", None, date(2022, 5, 1), None),
    # Former member: kept for the record, no longer shown.
    ("Henk Smit", "member", "leidsch-dagblad", date(2014, 1, 1), date(2022, 12, 31)),
]

# Dutch slugs of demo events (made by brand_content) -> Dutch slug of their organiser.
EVENT_ORGANISERS = {
    "familiedag-naturalis": "naturalis",
    "lezing-egypte-rmo": "rijksmuseum-van-oudheden",
    "japanse-theeceremonie": "japanmuseum-sieboldhuis",
    "lezing-lorentz-en-einstein": "rijksmuseum-boerhaave",
    "rondleiding-kassen-hortus": "hortus-botanicus-leiden",
    "cabaret-stadsgehoorzaal": "leidse-schouwburg-stadsgehoorzaal",
    "netwerkdag-life-sciences": "leiden-bio-science-park",
    "leidens-ontzet": "3-october-vereeniging",
}

# Dutch slugs of demo stories -> Dutch slugs of the partners they feature.
STORY_PARTNERS = {
    "einstein-en-lorentz": ["universiteit-leiden", "rijksmuseum-boerhaave"],
    "de-eerste-botanische-tuin": ["hortus-botanicus-leiden", "universiteit-leiden"],
    "rembrandt-jonge-jaren-in-leiden": ["museum-de-lakenhal"],
    "3-oktober-hutspot-haring-wittebrood": ["3-october-vereeniging"],
}


def logo(partner: Partner):
    """A small badge with the partner's name; real logos arrive through the CMS."""
    return get_or_create_demo_image(
        f"{partner.title} · Stadspartner",
        partner.motif,
        partner.palette,
        alt=f"Illustratie met de naam {partner.title}, stadspartner van Leiden",
        size=(600, 400),
    )


def partner_body(partner: Partner) -> T:
    return T(
        [
            heading("Wat we doen"),
            paragraph(partner.about.nl),
            heading("Samen voor Leiden"),
            paragraph(partner.together.nl),
        ],
        [
            heading("What we do"),
            paragraph(partner.about.en),
            heading("Together for Leiden"),
            paragraph(partner.together.en),
        ],
    )


def upsert_partner(index, partner: Partner, report) -> PartnerPage:
    page = upsert_page(
        index,
        PartnerPage,
        partner.slug,
        report,
        title=T(partner.title, partner.title, partner.title),
        sector=partner.sector,
        logo=logo(partner),
        intro=partner.intro,
        body=partner_body(partner),
        website=partner.website,
        email=partner.email,
        phone=partner.phone,
        street_address=partner.street_address,
        postal_code=partner.postal_code,
        city="Leiden",
        member_since=partner.member_since,
        founding_partner=partner.member_since == FOUNDING_YEAR,
        instagram_url=partner.social.get("instagram_url", ""),
        facebook_url=partner.social.get("facebook_url", ""),
        linkedin_url=partner.social.get("linkedin_url", ""),
        last_verified=timezone.localdate() - timedelta(days=partner.checked_days_ago),
    )
    if page.group_id is None:  # normally made by the signal when the page was created
        ensure_partner_rights(page)
    return page


def load_index(home, report) -> PartnerIndexPage:
    return upsert_page(
        home,
        PartnerIndexPage,
        INDEX_SLUG,
        report,
        title=T("Stadspartners", "City partners", "Stadtpartner"),
        intro=T(
            "Negentien Leidse organisaties vormen samen het Netwerk Stadspartners Leiden Stad van Ontdekkingen. Ze promoten de stad vanuit één gedeelde visie, uit overtuiging en uit welbegrepen eigenbelang.",
            "Nineteen Leiden organisations together form the network of city partners, Netwerk Stadspartners Leiden Stad van Ontdekkingen. They promote the city from one shared vision, out of conviction and well-understood self-interest.",
            "Neunzehn Leidener Organisationen bilden gemeinsam das Netzwerk der Stadtpartner, Netwerk Stadspartners Leiden Stad van Ontdekkingen. Sie werben aus einer gemeinsamen Vision für die Stadt, aus Überzeugung und wohlverstandenem Eigeninteresse.",
        ),
    )


def load_board_page(index, report) -> BoardPage:
    body = T(
        [
            heading("Hoe het bestuur werkt"),
            paragraph(
                "Eind 2007 richtten achttien stadspartners de stichting Stadspartners Leiden op; daarmee begon Leiden Marketing. Elke partner mag een vertegenwoordiger kiezen die in het bestuur van de stichting zijn belangen behartigt.",
                "Eén voorwaarde geldt voor iedereen: het eigen belang komt op de tweede plaats, na het gezamenlijke doel, de marketing van de stad. Naast de partners is de gemeente Leiden betrokken bij het bestuur en de activiteiten van Leiden Marketing.",
            ),
        ],
        [
            heading("How the board works"),
            paragraph(
                "At the end of 2007 eighteen city partners founded the Stadspartners Leiden foundation, and Leiden Marketing began. Each partner may choose a representative who speaks for its interests on the foundation's board.",
                "One condition applies to everyone: a partner's own interest comes second to the shared goal, the marketing of the city. Beside the partners, the Municipality of Leiden is involved in the management and the activities of Leiden Marketing.",
            ),
        ],
    )
    return upsert_page(
        index,
        BoardPage,
        BOARD_SLUG,
        report,
        title=T("Bestuur", "Board", "Vorstand"),
        intro=T(
            "Het bestuur van de stichting Stadspartners Leiden: vertegenwoordigers van de partners en van de gemeente.",
            "The board of the Stadspartners Leiden foundation: representatives of the partners and of the municipality.",
            "Der Vorstand der Stiftung Stadspartners Leiden: Vertreter der Partner und der Stadt.",
        ),
        body=body,
    )


def load_board(partners: dict[str, PartnerPage]) -> None:
    """Board members are snippets, not pages: found again by name and term start."""
    for name, role, partner_slug, term_start, term_end in BOARD:
        member = BoardMember.objects.filter(name=name, term_start=term_start).first()
        member = member or BoardMember(name=name, term_start=term_start)
        values = {
            "role": role,
            "partner": partners[partner_slug] if partner_slug else None,
            "represents_municipality": partner_slug is None,
            "term_end": term_end,
        }
        if assign(member, values) or member.pk is None:
            member.full_clean()
            member.save()


def publish_if_changed(page, report, **related) -> None:
    """Set organisers or featured partners on pages another module made; no revision if equal."""
    fields = {name: value for name, value in related.items() if name != "partners"}
    changed = assign(page, expand(fields))
    if "partners" in related:
        changed |= assign_related(page, {"partners": related["partners"]})
    if changed:
        page.save_revision().publish()
        report.note(page, "updated")


def link_events_and_stories(partners: dict[str, PartnerPage], report) -> None:
    """Skipped quietly for events or stories the brand content did not make."""
    for event_slug, partner_slug in EVENT_ORGANISERS.items():
        event = EventPage.objects.filter(slug_nl=event_slug).first()
        if event is not None:
            publish_if_changed(event, report, organiser=partners[partner_slug])
    for story_slug, partner_slugs in STORY_PARTNERS.items():
        story = StoryPage.objects.filter(slug_nl=story_slug).first()
        if story is not None:
            featured = [partners[slug] for slug in partner_slugs]
            publish_if_changed(story, report, partners=featured)


def load(home, pages: dict, report) -> None:
    index = load_index(home, report)
    pages["discoveries:partners"] = index
    partners = {partner.slug.nl: upsert_partner(index, partner, report) for partner in PARTNERS}
    pages["discoveries:board"] = load_board_page(index, report)
    load_board(partners)
    link_events_and_stories(partners, report)


def ensure_partner_accounts(password: str) -> list:
    """The partner editors' demo accounts, each in its partner's group (no staff rights)."""
    from django.contrib.auth import get_user_model

    users = []
    for username, (partner_slug, first_name) in PARTNER_ACCOUNTS.items():
        partner = PartnerPage.objects.filter(slug_nl=partner_slug).first()
        if partner is None:
            continue
        group = partner.group or ensure_partner_rights(partner)
        user, _created = get_user_model().objects.get_or_create(username=username)
        user.email = f"{username}@example.org"
        user.first_name = first_name
        user.is_active = True
        user.is_staff = user.is_superuser = False
        user.set_password(password)
        user.save()
        user.groups.set([group])
        users.append(user)
    return users
