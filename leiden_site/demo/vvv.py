"""Demo content for VVV Leiden, the tourist information office: practical, "open now" first."""
# ruff: noqa: E501 -- prose in three languages reads better unbroken than split mid-sentence

from leiden_site.models import FormPage, StandardPage

from . import (
    BLUE_ORANGE,
    Picture,
    T,
    bullets,
    call_to_action,
    card_grid,
    faq,
    form_field,
    heading,
    image,
    menu,
    paragraph,
    per_language,
    say,
    table,
    update_page,
    upsert_page,
)

HERO = Picture(
    "VVV Leiden",
    "windmill",
    BLUE_ORANGE,
    T(
        "Getekende windmolen met wieken en een stelling, op een blauw-oranje achtergrond met de woorden VVV Leiden",
        "Drawing of a tower windmill with sails and a balcony, on a blue and orange background with the words VVV Leiden",
        "Zeichnung einer Windmühle mit Flügeln und Galerie vor blau-orangem Hintergrund mit den Worten VVV Leiden",
    ),
)
TOURS = Picture(
    "Rondleidingen langs de grachten",
    "gables",
    BLUE_ORANGE,
    T(
        "Getekende rij grachtenpanden met trapgevels die in het water spiegelen",
        "Drawing of a row of canal houses with stepped gables reflected in the water",
        "Zeichnung einer Reihe von Grachtenhäusern mit Treppengiebeln, die sich im Wasser spiegeln",
    ),
)
SHOP = Picture(
    "Souvenirs uit Leiden",
    "keys",
    BLUE_ORANGE,
    T(
        "Twee gekruiste witte sleutels, het wapen van Leiden, op een blauw-oranje achtergrond",
        "Two crossed white keys, the arms of Leiden, on a blue and orange background",
        "Zwei gekreuzte weiße Schlüssel, das Wappen von Leiden, vor blau-orangem Hintergrund",
    ),
)

SLUGS = {
    "tours": T("rondleidingen", "tours", "fuehrungen"),
    "shop": T("souvenirs-en-kaarten", "shop", "shop"),
    "hours": T("openingstijden", "opening-hours", "oeffnungszeiten"),
    "ask": T("vraag-het-de-vvv", "ask-the-vvv", "fragen-sie-den-vvv"),
}


def load(home, pages: dict, report) -> None:
    pages["vvv:ask"] = ask_page(home, report)
    pages["vvv:hours"] = opening_hours_page(home, pages, report)
    pages["vvv:tours"] = tours_page(home, pages, report)
    pages["vvv:shop"] = shop_page(home, pages, report)
    update_home(home, pages, report)


def opening_hours_page(home, pages, report):
    def body(lang):
        days = {
            "nl": ["Maandag", "Dinsdag t/m vrijdag", "Zaterdag", "Zondag", "Feestdagen"],
            "en": ["Monday", "Tuesday to Friday", "Saturday", "Sunday", "Public holidays"],
            "de": ["Montag", "Dienstag bis Freitag", "Samstag", "Sonntag", "Feiertage"],
        }[lang]
        closed = say(lang, "gesloten", "closed", "geschlossen")
        phone = say(lang, "Telefonisch", "By phone", "Telefonisch")
        return [
            table(
                say(
                    lang,
                    "Openingstijden van de VVV-winkel",
                    "Opening hours of the VVV shop",
                    "Öffnungszeiten des VVV-Ladens",
                ),
                [
                    [say(lang, "Dag", "Day", "Tag"), say(lang, "Winkel", "Shop", "Laden"), phone],
                    [days[0], "11:00–17:00", "10:00–16:00"],
                    [days[1], "10:00–17:00", "09:00–17:00"],
                    [days[2], "10:00–17:00", "10:00–16:00"],
                    [days[3], "11:00–16:00", closed],
                    [
                        days[4],
                        say(lang, "zie de aankondiging", "see the notice", "siehe Hinweis"),
                        closed,
                    ],
                ],
            ),
            paragraph(
                say(
                    lang,
                    "De VVV-winkel ligt op een paar minuten lopen van station Leiden Centraal. Rond Leidens Ontzet op 3 oktober en in de kerstperiode kunnen de tijden afwijken; dat melden we hier op tijd.",
                    "The VVV shop is a few minutes' walk from Leiden Centraal station. Around Leidens Ontzet on 3 October and over Christmas the hours may differ; we announce changes here in good time.",
                    "Der VVV-Laden liegt wenige Gehminuten vom Bahnhof Leiden Centraal entfernt. Rund um Leidens Ontzet am 3. Oktober und an Weihnachten können die Zeiten abweichen.",
                )
            ),
            call_to_action(
                say(
                    lang, "Vraag het liever online?", "Rather ask online?", "Lieber online fragen?"
                ),
                say(
                    lang,
                    "Stel je vraag via het formulier; we antwoorden binnen twee werkdagen.",
                    "Send us your question through the form; we answer within two working days.",
                    "Schicken Sie uns Ihre Frage über das Formular; wir antworten innerhalb von zwei Werktagen.",
                ),
                page=pages["vvv:ask"],
            ),
        ]

    return upsert_page(
        home,
        StandardPage,
        SLUGS["hours"],
        report,
        title=T("Openingstijden", "Opening hours", "Öffnungszeiten"),
        intro=T(
            "Wanneer de VVV-winkel open is en wanneer we de telefoon opnemen.",
            "When the VVV shop is open and when we answer the phone.",
            "Wann der VVV-Laden geöffnet ist und wann wir telefonisch erreichbar sind.",
        ),
        body=per_language(body),
    )


def tours_page(home, pages, report):
    picture = TOURS.get()

    def body(lang):
        blocks = [
            paragraph(
                say(
                    lang,
                    "Met een gids zie je meer: de hofjes achter de gewone voordeuren, de gevelstenen boven je hoofd en de plekken waar de Pilgrims woonden voor zij in 1620 naar Amerika vertrokken.",
                    "A guide shows you more: the almshouse courtyards behind ordinary front doors, the gable stones above your head and the streets where the Pilgrims lived before they left for America in 1620.",
                    "Mit einer Führung sehen Sie mehr: die Hofjes hinter unscheinbaren Türen, die Giebelsteine über Ihrem Kopf und die Orte, an denen die Pilgerväter vor 1620 lebten.",
                )
            ),
            image(
                picture,
                TOURS.alt.get(lang),
                say(
                    lang,
                    "De grachten zijn het decor van elke route.",
                    "The canals frame every route.",
                    "Die Grachten sind die Kulisse jeder Route.",
                ),
            ),
            table(
                say(
                    lang,
                    "Rondleidingen (demo-aanbod)",
                    "Tours (demo programme)",
                    "Führungen (Demo-Angebot)",
                ),
                [
                    [
                        say(lang, "Rondleiding", "Tour", "Führung"),
                        say(lang, "Duur", "Duration", "Dauer"),
                        say(lang, "Start", "Starts at", "Treffpunkt"),
                    ],
                    [
                        say(lang, "Hofjeswandeling", "Almshouse walk", "Hofjes-Spaziergang"),
                        say(lang, "1,5 uur", "1.5 hours", "1,5 Stunden"),
                        "VVV",
                    ],
                    [
                        say(
                            lang,
                            "In de voetsporen van de Pilgrims",
                            "In the footsteps of the Pilgrims",
                            "Auf den Spuren der Pilgerväter",
                        ),
                        say(lang, "2 uur", "2 hours", "2 Stunden"),
                        "Pieterskerk",
                    ],
                    [
                        say(
                            lang,
                            "Rembrandt in Leiden",
                            "Rembrandt in Leiden",
                            "Rembrandt in Leiden",
                        ),
                        say(lang, "1,5 uur", "1.5 hours", "1,5 Stunden"),
                        "Museum De Lakenhal",
                    ],
                    [
                        say(
                            lang,
                            "Rondvaart over de singels",
                            "Canal boat tour",
                            "Grachtenrundfahrt",
                        ),
                        say(lang, "1 uur", "1 hour", "1 Stunde"),
                        say(
                            lang,
                            "Steiger aan de Oude Rijn",
                            "Jetty on the Oude Rijn",
                            "Anleger an der Oude Rijn",
                        ),
                    ],
                ],
            ),
            faq(
                say(lang, "Goed om te weten", "Good to know", "Gut zu wissen"),
                [
                    (
                        say(
                            lang,
                            "Kan ik een rondleiding voor een groep boeken?",
                            "Can I book a tour for a group?",
                            "Kann ich eine Führung für eine Gruppe buchen?",
                        ),
                        say(
                            lang,
                            "Ja. Voor groepen plannen we een eigen gids op een tijd die jou past. Vraag het ons via het formulier.",
                            "Yes. For groups we plan a guide of your own at a time that suits you. Ask us through the form.",
                            "Ja. Für Gruppen planen wir eine eigene Führung zu Ihrer Wunschzeit. Fragen Sie uns über das Formular.",
                        ),
                    ),
                    (
                        say(
                            lang,
                            "Zijn de wandelingen toegankelijk met een rolstoel?",
                            "Are the walks wheelchair accessible?",
                            "Sind die Rundgänge rollstuhlgerecht?",
                        ),
                        say(
                            lang,
                            "De meeste routes wel; sommige hofjes hebben een drempel of kinderkopjes. We stellen graag een aangepaste route samen.",
                            "Most routes are; some courtyards have a step or cobblestones. We are happy to put together an adapted route.",
                            "Die meisten Routen ja; manche Hofjes haben eine Stufe oder Kopfsteinpflaster. Gern stellen wir eine angepasste Route zusammen.",
                        ),
                    ),
                ],
            ),
            call_to_action(
                say(
                    lang,
                    "Een rondleiding op maat?",
                    "A tailor-made tour?",
                    "Eine Führung nach Maß?",
                ),
                say(
                    lang,
                    "Vertel ons wat je wilt zien.",
                    "Tell us what you would like to see.",
                    "Sagen Sie uns, was Sie sehen möchten.",
                ),
                page=pages["vvv:ask"],
            ),
        ]
        return blocks

    return upsert_page(
        home,
        StandardPage,
        SLUGS["tours"],
        report,
        title=T("Rondleidingen", "Tours", "Führungen"),
        intro=T(
            "Wandel of vaar met een gids door de oude binnenstad.",
            "Walk or sail through the old city centre with a guide.",
            "Zu Fuß oder per Boot mit Führung durch die Altstadt.",
        ),
        body=per_language(body),
    )


def shop_page(home, pages, report):
    picture = SHOP.get()

    def body(lang):
        return [
            paragraph(
                say(
                    lang,
                    "In de VVV-winkel vind je wandelkaarten, fietsroutes, boeken over de stad en cadeaus met de Leidse sleutels. Ook kaartjes voor rondleidingen en voor een aantal evenementen koop je hier.",
                    "The VVV shop sells walking maps, cycling routes, books about the city and gifts with the Leiden keys. You can also buy tickets for tours and for a number of events here.",
                    "Im VVV-Laden finden Sie Stadtpläne, Radrouten, Bücher über die Stadt und Geschenke mit den Leidener Schlüsseln, dazu Karten für Führungen und Veranstaltungen.",
                )
            ),
            image(picture, SHOP.alt.get(lang)),
            bullets(
                say(
                    lang, "Populair bij bezoekers:", "Popular with visitors:", "Beliebt bei Gästen:"
                ),
                [
                    say(
                        lang,
                        "de wandelkaart van de binnenstad",
                        "the walking map of the city centre",
                        "der Stadtplan für Fußgänger",
                    ),
                    say(
                        lang,
                        "de Pilgrim-route als boekje",
                        "the Pilgrim route booklet",
                        "die Pilgerväter-Route als Heft",
                    ),
                    say(lang, "de VVV Cadeaukaart", "the VVV gift card", "die VVV-Geschenkkarte"),
                ],
            ),
            call_to_action(
                say(lang, "Wanneer zijn we open?", "When are we open?", "Wann haben wir geöffnet?"),
                "",
                page=pages["vvv:hours"],
            ),
        ]

    return upsert_page(
        home,
        StandardPage,
        SLUGS["shop"],
        report,
        title=T("Souvenirs en kaarten", "Shop", "Shop"),
        intro=T(
            "Kaarten, boeken, cadeaus en tickets voor je bezoek aan Leiden.",
            "Maps, books, gifts and tickets for your visit to Leiden.",
            "Karten, Bücher, Geschenke und Tickets für Ihren Besuch in Leiden.",
        ),
        body=per_language(body),
    )


def ask_page(home, report):
    return upsert_page(
        home,
        FormPage,
        SLUGS["ask"],
        report,
        title=T("Vraag het de VVV", "Ask the VVV", "Fragen Sie den VVV"),
        intro=T(
            "Een vraag over je bezoek, een rondleiding of een overnachting? Wij helpen je graag.",
            "A question about your visit, a tour or a place to stay? We are glad to help.",
            "Eine Frage zu Ihrem Besuch, einer Führung oder einer Unterkunft? Wir helfen gern.",
        ),
        thank_you_text=T(
            "<p>Dank je wel! We beantwoorden je vraag binnen twee werkdagen.</p>",
            "<p>Thank you! We will answer your question within two working days.</p>",
            "<p>Vielen Dank! Wir beantworten Ihre Frage innerhalb von zwei Werktagen.</p>",
        ),
        to_address="webteam@localhost",
        from_address="noreply@localhost",
        subject="Vraag aan de VVV (website)",
        form_fields=[
            form_field("singleline", T("Naam", "Name", "Name")),
            form_field("email", T("E-mailadres", "Email address", "E-Mail-Adresse")),
            form_field(
                "dropdown",
                T("Onderwerp", "Topic", "Thema"),
                choices=T(
                    "Rondleidingen\nKaarten en tickets\nOvernachten\nIets anders",
                    "Tours\nMaps and tickets\nPlaces to stay\nSomething else",
                    "Führungen\nKarten und Tickets\nÜbernachtung\nEtwas anderes",
                ),
            ),
            form_field(
                "singleline",
                T(
                    "Wanneer kom je naar Leiden?",
                    "When are you coming to Leiden?",
                    "Wann kommen Sie nach Leiden?",
                ),
                required=False,
            ),
            form_field("multiline", T("Je vraag", "Your question", "Ihre Frage")),
        ],
    )


def update_home(home, pages, report):
    picture = HERO.get()

    def body(lang):
        return [
            card_grid(
                say(
                    lang,
                    "Waarmee kunnen we je helpen?",
                    "How can we help?",
                    "Wie können wir helfen?",
                ),
                [
                    (
                        pages["vvv:hours"],
                        say(
                            lang,
                            "Vandaag open? Kijk hier.",
                            "Open today? Check here.",
                            "Heute geöffnet? Hier nachsehen.",
                        ),
                    ),
                    (
                        pages["vvv:tours"],
                        say(
                            lang,
                            "Met een gids door de stad.",
                            "See the city with a guide.",
                            "Mit Führung durch die Stadt.",
                        ),
                    ),
                    (
                        pages["vvv:shop"],
                        say(
                            lang,
                            "Kaarten, boeken en cadeaus.",
                            "Maps, books and gifts.",
                            "Karten, Bücher und Geschenke.",
                        ),
                    ),
                    (
                        pages["vvv:ask"],
                        say(
                            lang,
                            "Stel ons je vraag.",
                            "Send us your question.",
                            "Stellen Sie uns Ihre Frage.",
                        ),
                    ),
                ],
            ),
            heading(say(lang, "Welkom bij de VVV", "Welcome to the VVV", "Willkommen beim VVV")),
            paragraph(
                say(
                    lang,
                    "Net aangekomen op Leiden Centraal? Loop even binnen voor een plattegrond, een tip voor vanmiddag of een kaartje voor de rondvaart. Molen De Valk zie je al staan als je de stad in loopt.",
                    "Just arrived at Leiden Centraal? Drop in for a map, a tip for this afternoon or a ticket for the canal tour. You will see Molen De Valk as soon as you walk into town.",
                    "Gerade in Leiden Centraal angekommen? Kommen Sie vorbei für einen Stadtplan, einen Tipp für den Nachmittag oder ein Ticket für die Grachtenfahrt.",
                )
            ),
            image(picture, HERO.alt.get(lang)),
            call_to_action(
                say(lang, "Rondleidingen", "Tours", "Führungen"),
                say(
                    lang,
                    "Ontdek de hofjes, de Pilgrims en Rembrandt met een gids.",
                    "Discover the almshouses, the Pilgrims and Rembrandt with a guide.",
                    "Entdecken Sie Hofjes, Pilgerväter und Rembrandt mit Führung.",
                ),
                page=pages["vvv:tours"],
            ),
        ]

    return update_page(
        home,
        report,
        hero_title=T("Welkom in Leiden", "Welcome to Leiden", "Willkommen in Leiden"),
        intro=T(
            "Tips, kaarten en rondleidingen: de VVV helpt je op weg, aan de balie, aan de telefoon en online.",
            "Tips, maps and tours: the VVV helps you find your way, at the desk, on the phone and online.",
            "Tipps, Karten und Führungen: der VVV hilft Ihnen weiter, am Schalter, am Telefon und online.",
        ),
        image=picture,
        image_alt=HERO.alt,
        body=per_language(body),
    )


def site_settings(pages) -> dict:
    return {
        "identity": {
            "tagline": T("Je gids in Leiden", "Your guide to Leiden", "Ihr Wegweiser in Leiden"),
            "street_address": "Stationsweg 10",
            "postal_code": "2312 AV",
            "phone": "+31 71 555 0102",
            "email": "vvv@example.org",
            "contact_note": T(
                "Telefonisch bereikbaar op werkdagen van 9 tot 17 uur.",
                "We answer the phone on weekdays from 9:00 to 17:00.",
                "Telefonisch erreichbar werktags von 9 bis 17 Uhr.",
            ),
            "footer_text": T(
                "VVV Leiden is onderdeel van Leiden Marketing.",
                "VVV Leiden is part of Leiden Marketing.",
                "VVV Leiden gehört zu Leiden Marketing.",
            ),
        },
        "main_menu": menu(
            pages["vvv:tours"], pages["vvv:shop"], pages["vvv:hours"], pages["vvv:ask"]
        ),
        "footer_links": menu(
            pages["vvv:hours"], pages["vvv:ask"], pages["discoveries:home"], pages["expat:home"]
        ),
    }
