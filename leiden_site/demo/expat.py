"""Demo content for Expat Centre Leiden: calm, step by step, reassuring."""
# ruff: noqa: E501 -- prose in three languages reads better unbroken than split mid-sentence

from leiden_site.models import FormPage, StandardPage

from . import (
    TEAL_YELLOW,
    Picture,
    T,
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
    update_page,
    upsert_page,
)

HERO = Picture(
    "Expat Centre Leiden",
    "gables",
    TEAL_YELLOW,
    T(
        "Getekende rij Leidse grachtenpanden aan het water, op een groen-gele achtergrond met de woorden Expat Centre Leiden",
        "Drawing of a row of Leiden canal houses by the water, on a green and yellow background with the words Expat Centre Leiden",
        "Zeichnung einer Reihe Leidener Grachtenhäuser am Wasser vor grün-gelbem Hintergrund mit den Worten Expat Centre Leiden",
    ),
)
SETTLING = Picture(
    "Wonen in Leiden",
    "bridge",
    TEAL_YELLOW,
    T(
        "Getekende stenen boogbrug over een gracht, met de woorden Wonen in Leiden",
        "Drawing of an arched stone bridge over a canal, with the words Wonen in Leiden (living in Leiden)",
        "Zeichnung einer steinernen Bogenbrücke über eine Gracht mit den Worten Wonen in Leiden (Wohnen in Leiden)",
    ),
)

SLUGS = {
    "settling": T("aan-de-slag-in-leiden", "settling-in-leiden", "ankommen-in-leiden"),
    "faq": T("veelgestelde-vragen", "faq", "haeufige-fragen"),
    "contact": T("contact", "contact", "kontakt"),
}


def load(home, pages: dict, report) -> None:
    pages["expat:contact"] = contact_page(home, report)
    pages["expat:settling"] = settling_page(home, pages, report)
    pages["expat:faq"] = faq_page(home, pages, report)
    update_home(home, pages, report)


def settling_page(home, pages, report):
    picture = SETTLING.get()

    def step(lang, number, title_nl, title_en, title_de, text_nl, text_en, text_de):
        return [
            heading(f"{number}. {say(lang, title_nl, title_en, title_de)}", "h3"),
            paragraph(say(lang, text_nl, text_en, text_de)),
        ]

    def body(lang):
        return [
            paragraph(
                say(
                    lang,
                    "Verhuizen naar een ander land is veel tegelijk. Deze stappen helpen je in de eerste weken; bij elke stap kun je bij ons terecht met vragen.",
                    "Moving to another country is a lot at once. These steps help you through the first weeks; you can come to us with questions at every step.",
                    "Ein Umzug in ein anderes Land ist viel auf einmal. Diese Schritte helfen in den ersten Wochen; bei jeder Frage sind wir für Sie da.",
                )
            ),
            *step(
                lang,
                1,
                "Inschrijven bij de gemeente",
                "Register with the municipality",
                "Anmeldung bei der Gemeinde",
                "Blijf je langer dan vier maanden in Nederland, dan schrijf je je in bij de gemeente waar je woont, binnen vijf dagen na aankomst. Neem je paspoort of identiteitskaart mee en een bewijs van je adres, zoals een huurcontract.",
                "If you stay in the Netherlands for more than four months, you register with the municipality where you live within five days of arrival. Bring your passport or identity card and proof of your address, such as a rental contract.",
                "Wer länger als vier Monate in den Niederlanden bleibt, meldet sich innerhalb von fünf Tagen nach der Ankunft bei der Wohngemeinde an. Bringen Sie Ausweis und einen Nachweis Ihrer Adresse mit, etwa den Mietvertrag.",
            ),
            *step(
                lang,
                2,
                "Je burgerservicenummer (BSN)",
                "Your citizen service number (BSN)",
                "Ihre Bürgerservicenummer (BSN)",
                "Bij de inschrijving krijg je een BSN. Dat nummer heb je nodig voor je werkgever, de bank, de zorgverzekering en de Belastingdienst.",
                "When you register you receive a BSN. You need this number for your employer, the bank, your health insurance and the tax office.",
                "Bei der Anmeldung erhalten Sie eine BSN. Sie brauchen die Nummer für Arbeitgeber, Bank, Krankenversicherung und Finanzamt.",
            ),
            *step(
                lang,
                3,
                "Een woning vinden",
                "Finding a home",
                "Eine Wohnung finden",
                "Woonruimte in Leiden en omgeving is gewild. Begin op tijd, lees een huurcontract goed voor je tekent en controleer of je je op het adres mag inschrijven.",
                "Housing in and around Leiden is in demand. Start early, read a rental contract carefully before you sign and check that you may register at the address.",
                "Wohnraum in und um Leiden ist gefragt. Beginnen Sie früh, lesen Sie den Mietvertrag genau und prüfen Sie, ob Sie sich unter der Adresse anmelden dürfen.",
            ),
            image(picture, SETTLING.alt.get(lang)),
            *step(
                lang,
                4,
                "Zorg en zorgverzekering",
                "Healthcare and health insurance",
                "Gesundheit und Krankenversicherung",
                "Wie in Nederland woont of werkt, is meestal verplicht een basiszorgverzekering af te sluiten. Schrijf je daarnaast in bij een huisarts in de buurt: die is je eerste aanspreekpunt voor zorg.",
                "Anyone who lives or works in the Netherlands usually has to take out basic health insurance. Also register with a general practitioner (huisarts) nearby: the GP is your first point of contact for care.",
                "Wer in den Niederlanden wohnt oder arbeitet, muss in der Regel eine Basis-Krankenversicherung abschließen. Melden Sie sich außerdem bei einem Hausarzt (huisarts) in der Nähe an.",
            ),
            *step(
                lang,
                5,
                "School en kinderopvang",
                "Schools and childcare",
                "Schule und Kinderbetreuung",
                "Kinderen gaan in Nederland vanaf hun vijfde verplicht naar school. In de regio zijn Nederlandstalige, tweetalige en internationale scholen; meld je kind op tijd aan.",
                "In the Netherlands children must go to school from the age of five. The region has Dutch-language, bilingual and international schools; enrol your child in good time.",
                "In den Niederlanden besteht ab fünf Jahren Schulpflicht. In der Region gibt es niederländische, zweisprachige und internationale Schulen.",
            ),
            call_to_action(
                say(lang, "Maak een afspraak", "Make an appointment", "Termin vereinbaren"),
                say(
                    lang,
                    "Werk je bij een aangesloten werkgever of universiteit? Dan regel je sommige stappen in één afspraak bij ons.",
                    "Do you work for a participating employer or university? Then you can arrange some steps in a single appointment with us.",
                    "Arbeiten Sie bei einem teilnehmenden Arbeitgeber oder einer Universität? Dann erledigen Sie manche Schritte in einem Termin bei uns.",
                ),
                page=pages["expat:contact"],
            ),
        ]

    return upsert_page(
        home,
        StandardPage,
        SLUGS["settling"],
        report,
        title=T("Aan de slag in Leiden", "Settling in Leiden", "Ankommen in Leiden"),
        intro=T(
            "De eerste stappen na je verhuizing: inschrijving, BSN, wonen, zorg en school.",
            "Your first steps after the move: registration, BSN, housing, healthcare and school.",
            "Die ersten Schritte nach dem Umzug: Anmeldung, BSN, Wohnen, Gesundheit und Schule.",
        ),
        body=per_language(body),
    )


def faq_page(home, pages, report):
    def body(lang):
        return [
            faq(
                say(lang, "Veelgestelde vragen", "Frequently asked questions", "Häufige Fragen"),
                [
                    (
                        say(
                            lang,
                            "Voor wie is het Expat Centre?",
                            "Who is the Expat Centre for?",
                            "Für wen ist das Expat Centre da?",
                        ),
                        say(
                            lang,
                            "Voor internationale werknemers, onderzoekers, studenten en hun gezinnen die in de regio Leiden komen wonen, en voor de organisaties die hen aannemen.",
                            "For international employees, researchers, students and their families who come to live in the Leiden region, and for the organisations that hire them.",
                            "Für internationale Fachkräfte, Forschende, Studierende und ihre Familien in der Region Leiden und für die Organisationen, die sie einstellen.",
                        ),
                    ),
                    (
                        say(
                            lang,
                            "Wat kost een afspraak?",
                            "What does an appointment cost?",
                            "Was kostet ein Termin?",
                        ),
                        say(
                            lang,
                            "Informatie en advies zijn gratis. Voor officiële documenten betaal je de gewone leges van de gemeente of de IND.",
                            "Information and advice are free. For official documents you pay the usual fees of the municipality or the IND.",
                            "Information und Beratung sind kostenlos. Für amtliche Dokumente zahlen Sie die üblichen Gebühren.",
                        ),
                    ),
                    (
                        say(
                            lang,
                            "Hoe snel krijg ik mijn BSN?",
                            "How soon do I get my BSN?",
                            "Wie schnell erhalte ich meine BSN?",
                        ),
                        say(
                            lang,
                            "Meestal hoor je je BSN bij of kort na de inschrijving bij de gemeente. Zonder BSN kun je vaak nog geen salaris ontvangen, dus plan de inschrijving vroeg.",
                            "Usually you learn your BSN at or shortly after your registration with the municipality. Without a BSN you often cannot be paid yet, so plan your registration early.",
                            "Meist erhalten Sie die BSN bei oder kurz nach der Anmeldung. Ohne BSN ist oft noch keine Gehaltszahlung möglich.",
                        ),
                    ),
                    (
                        say(
                            lang,
                            "Moet ik Nederlands spreken?",
                            "Do I need to speak Dutch?",
                            "Muss ich Niederländisch sprechen?",
                        ),
                        say(
                            lang,
                            "In Leiden red je je goed in het Engels. Wie Nederlands leert, voelt zich wel sneller thuis; we wijzen je graag op taalcursussen.",
                            "In Leiden you get by well in English. Learning Dutch does help you feel at home sooner; we can point you to language courses.",
                            "In Leiden kommen Sie mit Englisch gut zurecht. Mit Niederländisch fühlen Sie sich schneller zu Hause.",
                        ),
                    ),
                ],
            ),
            call_to_action(
                say(
                    lang,
                    "Staat je vraag er niet bij?",
                    "Is your question not listed?",
                    "Ihre Frage ist nicht dabei?",
                ),
                say(lang, "Stuur ons een bericht.", "Send us a message.", "Schreiben Sie uns."),
                page=pages["expat:contact"],
            ),
        ]

    return upsert_page(
        home,
        StandardPage,
        SLUGS["faq"],
        report,
        title=T("Veelgestelde vragen", "FAQ", "Häufige Fragen"),
        intro=T(
            "Korte antwoorden op de vragen die we het vaakst horen.",
            "Short answers to the questions we hear most.",
            "Kurze Antworten auf die häufigsten Fragen.",
        ),
        body=per_language(body),
    )


def contact_page(home, report):
    return upsert_page(
        home,
        FormPage,
        SLUGS["contact"],
        report,
        title=T(
            "Contact met het Expat Centre", "Contact the Expat Centre", "Kontakt zum Expat Centre"
        ),
        intro=T(
            "Stel een vraag of vraag een afspraak aan. We reageren binnen twee werkdagen.",
            "Ask a question or request an appointment. We reply within two working days.",
            "Stellen Sie eine Frage oder bitten Sie um einen Termin. Wir antworten innerhalb von zwei Werktagen.",
        ),
        thank_you_text=T(
            "<p>Bedankt voor je bericht. We nemen binnen twee werkdagen contact met je op.</p>",
            "<p>Thank you for your message. We will get back to you within two working days.</p>",
            "<p>Danke für Ihre Nachricht. Wir melden uns innerhalb von zwei Werktagen.</p>",
        ),
        to_address="webteam@localhost",
        from_address="noreply@localhost",
        subject="Expat Centre: new enquiry (website)",
        form_fields=[
            form_field("singleline", T("Naam", "Name", "Name")),
            form_field("email", T("E-mailadres", "Email address", "E-Mail-Adresse")),
            form_field(
                "singleline",
                T(
                    "Werkgever of onderwijsinstelling",
                    "Employer or university",
                    "Arbeitgeber oder Hochschule",
                ),
                required=False,
            ),
            form_field(
                "dropdown",
                T("Ik wil graag", "I would like to", "Ich möchte"),
                choices=T(
                    "een afspraak maken\neen vraag stellen",
                    "make an appointment\nask a question",
                    "einen Termin vereinbaren\neine Frage stellen",
                ),
            ),
            form_field("multiline", T("Bericht", "Message", "Nachricht")),
            form_field(
                "checkbox",
                T(
                    "Ik ga ermee akkoord dat het Expat Centre mijn gegevens bewaart om mijn vraag te beantwoorden",
                    "I agree that the Expat Centre keeps my details to answer my question",
                    "Ich bin einverstanden, dass das Expat Centre meine Daten zur Beantwortung speichert",
                ),
            ),
        ],
    )


def update_home(home, pages, report):
    picture = HERO.get()

    def body(lang):
        return [
            card_grid(
                say(lang, "Zo helpen we je", "How we help", "So helfen wir"),
                [
                    (
                        pages["expat:settling"],
                        say(
                            lang,
                            "Stap voor stap door de eerste weken.",
                            "Step by step through the first weeks.",
                            "Schritt für Schritt durch die ersten Wochen.",
                        ),
                    ),
                    (
                        pages["expat:faq"],
                        say(
                            lang,
                            "Snel antwoord op veelgestelde vragen.",
                            "Quick answers to common questions.",
                            "Schnelle Antworten auf häufige Fragen.",
                        ),
                    ),
                    (
                        pages["expat:contact"],
                        say(
                            lang,
                            "Een vraag of een afspraak.",
                            "A question or an appointment.",
                            "Eine Frage oder ein Termin.",
                        ),
                    ),
                ],
            ),
            heading(
                say(
                    lang,
                    "Welkom in de regio Leiden",
                    "Welcome to the Leiden region",
                    "Willkommen in der Region Leiden",
                )
            ),
            paragraph(
                say(
                    lang,
                    "Of je nu komt werken in het Leiden Bio Science Park, onderzoek doet aan de universiteit of met je gezin meeverhuist: het Expat Centre is je eerste adres voor praktische vragen.",
                    "Whether you come to work at the Leiden Bio Science Park, do research at the university or move here with your family: the Expat Centre is your first stop for practical questions.",
                    "Ob Sie im Leiden Bio Science Park arbeiten, an der Universität forschen oder mit Ihrer Familie herziehen: das Expat Centre ist Ihre erste Anlaufstelle.",
                )
            ),
            image(picture, HERO.alt.get(lang)),
            call_to_action(
                say(lang, "Net aangekomen?", "Just arrived?", "Gerade angekommen?"),
                say(
                    lang,
                    "Begin met de eerste stappen.",
                    "Start with the first steps.",
                    "Beginnen Sie mit den ersten Schritten.",
                ),
                page=pages["expat:settling"],
            ),
        ]

    return update_page(
        home,
        report,
        hero_title=T("Thuis in Leiden", "Feel at home in Leiden", "Zuhause in Leiden"),
        intro=T(
            "Praktische hulp voor internationale nieuwkomers in Leiden en omgeving.",
            "Practical help for international newcomers in and around Leiden.",
            "Praktische Hilfe für internationale Neuankömmlinge in und um Leiden.",
        ),
        image=picture,
        image_alt=HERO.alt,
        body=per_language(body),
    )


def site_settings(pages) -> dict:
    return {
        "identity": {
            "tagline": T(
                "Voor internationale nieuwkomers in de regio Leiden",
                "For international newcomers to the Leiden region",
                "Für internationale Neuankömmlinge in der Region Leiden",
            ),
            "street_address": "Stationsplein 20",
            "postal_code": "2312 AK",
            "phone": "+31 71 555 0103",
            "email": "expatcentre@example.org",
            "contact_note": T(
                "Afspraken op werkdagen; bel of mail ons vooraf.",
                "Appointments on weekdays; call or email us first.",
                "Termine an Werktagen; bitte vorher anrufen oder mailen.",
            ),
            "footer_text": T(
                "Expat Centre Leiden is onderdeel van Leiden Marketing.",
                "Expat Centre Leiden is part of Leiden Marketing.",
                "Expat Centre Leiden gehört zu Leiden Marketing.",
            ),
        },
        "main_menu": menu(pages["expat:settling"], pages["expat:faq"], pages["expat:contact"]),
        "footer_links": menu(
            pages["expat:faq"], pages["expat:contact"], pages["discoveries:home"], pages["vvv:home"]
        ),
    }
