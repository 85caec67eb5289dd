"""Demo content for "Leiden, City of Discoveries", the brand site: editorial and confident."""
# ruff: noqa: E501 -- prose in three languages reads better unbroken than split mid-sentence

from leiden_site.models import FormPage, StandardPage

from . import (
    BLUE_TEAL,
    RED_BLUE,
    Picture,
    T,
    brand_content,
    bullets,
    call_to_action,
    card_grid,
    faq,
    form_field,
    heading,
    image,
    menu,
    paragraph,
    partners,
    per_language,
    quote,
    say,
    timeline,
    update_page,
    upsert_page,
)

HERO = Picture(
    "Leiden, Stad van Ontdekkingen",
    "keys",
    RED_BLUE,
    T(
        "Twee gekruiste witte sleutels, het wapen van Leiden, op een rood-blauwe achtergrond met de woorden Leiden, Stad van Ontdekkingen",
        "Two crossed white keys, the arms of Leiden, on a red and blue background with the words Leiden, Stad van Ontdekkingen (City of Discoveries)",
        "Zwei gekreuzte weiße Schlüssel, das Wappen von Leiden, vor rot-blauem Hintergrund mit den Worten Leiden, Stad van Ontdekkingen",
    ),
)
RAPENBURG = Picture(
    "Rapenburg",
    "gables",
    RED_BLUE,
    T(
        "Getekende rij grachtenpanden met trap-, hals- en puntgevels die in de gracht spiegelen, met het woord Rapenburg",
        "Drawing of a row of canal houses with stepped, neck and pointed gables reflected in the canal, with the word Rapenburg",
        "Zeichnung einer Reihe Grachtenhäuser mit verschiedenen Giebeln, die sich in der Gracht spiegeln, mit dem Wort Rapenburg",
    ),
)
HORTUS = Picture(
    "Hortus botanicus Leiden",
    "leaf",
    BLUE_TEAL,
    T(
        "Drie getekende bladeren met nerven op een blauwgroene achtergrond, met de woorden Hortus botanicus Leiden",
        "Three drawn leaves with veins on a blue-green background, with the words Hortus botanicus Leiden",
        "Drei gezeichnete Blätter mit Adern vor blaugrünem Hintergrund mit den Worten Hortus botanicus Leiden",
    ),
)
BURCHT = Picture(
    "De Burcht",
    "castle",
    RED_BLUE,
    T(
        "Getekende ronde burcht met kantelen en een vlag op een heuvel, met de woorden De Burcht",
        "Drawing of a round citadel with battlements and a flag on a mound, with the words De Burcht",
        "Zeichnung einer runden Burg mit Zinnen und Fahne auf einem Hügel mit den Worten De Burcht",
    ),
)
UNIVERSITY = Picture(
    "Universiteit Leiden",
    "books",
    RED_BLUE,
    T(
        "Getekende boekenplank met staande en gestapelde boeken, met de woorden Universiteit Leiden",
        "Drawing of a bookshelf with standing and stacked books, with the words Universiteit Leiden",
        "Zeichnung eines Bücherregals mit stehenden und gestapelten Büchern mit den Worten Universiteit Leiden",
    ),
)
DE_VALK = Picture(
    "Molen De Valk",
    "windmill",
    RED_BLUE,
    T(
        "Getekende stellingmolen met vier wieken, met de woorden Molen De Valk",
        "Drawing of a tower windmill with a balcony and four sails, with the words Molen De Valk",
        "Zeichnung einer Galerieholländermühle mit vier Flügeln und den Worten Molen De Valk",
    ),
)
OUDE_RIJN = Picture(
    "Oude Rijn",
    "bridge",
    BLUE_TEAL,
    T(
        "Getekende stenen boogbrug over het water, met de woorden Oude Rijn",
        "Drawing of an arched stone bridge over the water, with the words Oude Rijn",
        "Zeichnung einer steinernen Bogenbrücke über dem Wasser mit den Worten Oude Rijn",
    ),
)

SLUGS = {
    "discover": T("ontdek-leiden", "discover-leiden", "leiden-entdecken"),
    "visit": T("plan-je-bezoek", "plan-your-visit", "besuch-planen"),
    "study": T("studeren-in-leiden", "study-in-leiden", "studieren-in-leiden"),
    "about": T("over-leiden-marketing", "about-leiden-marketing", "ueber-leiden-marketing"),
    "contact": T("contact", "contact", "kontakt"),
}


def load(home, pages: dict, report) -> None:
    pages["discoveries:contact"] = contact_page(home, report)
    pages["discoveries:discover"] = discover_page(home, report)
    pages["discoveries:visit"] = visit_page(home, pages, report)
    pages["discoveries:study"] = study_page(home, pages, report)
    pages["discoveries:about"] = about_page(home, pages, report)
    brand_content.load(home, pages, report)  # themes, places, agenda, stories, routes, venues
    update_home(home, pages, report)
    partners.load(home, pages, report)  # the city-partner directory, profiles and board


def discover_page(home, report):
    hortus, burcht = HORTUS.get(), BURCHT.get()

    def body(lang):
        return [
            paragraph(
                say(
                    lang,
                    "Leiden is klein genoeg om te voet te verkennen en groot in wat er is bedacht, geschilderd en ontdekt. Vier eeuwen kennis liggen hier op loopafstand van elkaar.",
                    "Leiden is small enough to explore on foot and large in what was thought, painted and discovered here. Four centuries of knowledge lie within walking distance of each other.",
                    "Leiden ist klein genug, um es zu Fuß zu erkunden, und groß in dem, was hier gedacht, gemalt und entdeckt wurde.",
                )
            ),
            heading(
                say(
                    lang,
                    "1575: de eerste universiteit van Nederland",
                    "1575: the first university in the Netherlands",
                    "1575: die erste Universität der Niederlande",
                )
            ),
            paragraph(
                say(
                    lang,
                    "Willem van Oranje stichtte de Leidse universiteit in 1575, een jaar na het beleg van de stad. Het is de oudste universiteit van het land, en haar wapenspreuk <i>Praesidium Libertatis</i> noemt haar een bolwerk van de vrijheid.",
                    "William of Orange founded Leiden's university in 1575, a year after the siege of the city. It is the oldest university in the country, and its motto <i>Praesidium Libertatis</i> calls it a bastion of freedom.",
                    "Wilhelm von Oranien gründete die Leidener Universität 1575, ein Jahr nach der Belagerung der Stadt. Sie ist die älteste des Landes.",
                )
            ),
            heading(
                say(
                    lang,
                    "1590: de Hortus botanicus",
                    "1590: the Hortus botanicus",
                    "1590: der Hortus botanicus",
                )
            ),
            paragraph(
                say(
                    lang,
                    "Achter het Academiegebouw ligt sinds 1590 de Hortus botanicus, de eerste botanische tuin van Nederland. Hier werd gestudeerd op geneeskrachtige planten, en hier bloeiden de eerste tulpen van het land.",
                    "Behind the Academy Building lies the Hortus botanicus, the first botanical garden in the Netherlands, laid out in 1590. Students learned about medicinal plants here, and some of the country's first tulips flowered here.",
                    "Hinter dem Academiegebouw liegt seit 1590 der Hortus botanicus, der erste botanische Garten der Niederlande.",
                )
            ),
            image(
                hortus,
                HORTUS.alt.get(lang),
                say(
                    lang,
                    "De Hortus botanicus, sinds 1590.",
                    "The Hortus botanicus, since 1590.",
                    "Der Hortus botanicus, seit 1590.",
                ),
            ),
            heading(say(lang, "1606: Rembrandt", "1606: Rembrandt", "1606: Rembrandt")),
            paragraph(
                say(
                    lang,
                    "Rembrandt van Rijn werd in 1606 in Leiden geboren, als zoon van een molenaar. Hij ging hier naar de Latijnse school en schilderde zijn eerste werken in de stad, voor hij naar Amsterdam vertrok. Museum De Lakenhal laat zien waar hij begon.",
                    "Rembrandt van Rijn was born in Leiden in 1606, the son of a miller. He went to the Latin school here and painted his first works in the city before he moved to Amsterdam. Museum De Lakenhal shows where he began.",
                    "Rembrandt van Rijn wurde 1606 in Leiden als Sohn eines Müllers geboren und malte hier seine ersten Werke.",
                )
            ),
            heading(say(lang, "1620: de Pilgrims", "1620: the Pilgrims", "1620: die Pilgerväter")),
            paragraph(
                say(
                    lang,
                    "Een groep Engelse geloofsvluchtelingen vond ruim tien jaar onderdak in Leiden. In 1620 vertrok een deel van hen naar Amerika, waar ze als de Pilgrims bekend werden. Rond de Pieterskerk vind je nog hun sporen.",
                    "A group of English religious refugees found a home in Leiden for more than ten years. In 1620 some of them left for America, where they became known as the Pilgrims. Around the Pieterskerk you can still find their traces.",
                    "Englische Glaubensflüchtlinge lebten über zehn Jahre in Leiden. 1620 brach ein Teil von ihnen nach Amerika auf; man kennt sie als die Pilgerväter.",
                )
            ),
            heading(
                say(
                    lang,
                    "Lorentz, Einstein en de koudste plek op aarde",
                    "Lorentz, Einstein and the coldest place on earth",
                    "Lorentz, Einstein und der kälteste Ort der Erde",
                )
            ),
            paragraph(
                say(
                    lang,
                    "Hendrik Lorentz won in 1902 de Nobelprijs voor natuurkunde; Albert Einstein kwam als bijzonder hoogleraar graag naar Leiden om met hem te praten. In 1908 maakte Heike Kamerlingh Onnes hier voor het eerst helium vloeibaar.",
                    "Hendrik Lorentz won the Nobel Prize in Physics in 1902; Albert Einstein, as a visiting professor, liked to come to Leiden to talk with him. In 1908 Heike Kamerlingh Onnes liquefied helium here for the first time.",
                    "Hendrik Lorentz erhielt 1902 den Nobelpreis für Physik; Albert Einstein kam als Gastprofessor gern nach Leiden. 1908 wurde hier erstmals Helium verflüssigt.",
                )
            ),
            image(
                burcht,
                BURCHT.alt.get(lang),
                say(
                    lang,
                    "Vanaf De Burcht kijk je over de daken van de binnenstad.",
                    "From De Burcht you look out over the rooftops of the old town.",
                    "Von der Burcht blickt man über die Dächer der Altstadt.",
                ),
            ),
            quote(
                "Praesidium Libertatis",
                say(
                    lang,
                    "Wapenspreuk van de Universiteit Leiden",
                    "Motto of Leiden University",
                    "Wahlspruch der Universität Leiden",
                ),
            ),
        ]

    return upsert_page(
        home,
        StandardPage,
        SLUGS["discover"],
        report,
        title=T("Ontdek Leiden", "Discover Leiden", "Leiden entdecken"),
        intro=T(
            "Van de eerste universiteit tot vloeibaar helium: een korte geschiedenis van een stad vol ontdekkingen.",
            "From the first university to liquid helium: a short history of a city full of discoveries.",
            "Von der ersten Universität bis zum flüssigen Helium: eine kurze Geschichte einer Stadt voller Entdeckungen.",
        ),
        body=per_language(body),
    )


def visit_page(home, pages, report):
    de_valk, oude_rijn = DE_VALK.get(), OUDE_RIJN.get()

    def body(lang):
        return [
            heading(say(lang, "Hoe kom je in Leiden?", "Getting there", "Anreise")),
            paragraph(
                say(
                    lang,
                    "Met de trein ben je er zo: Leiden Centraal ligt op ongeveer een kwartier van Schiphol en heeft snelle verbindingen met Amsterdam, Den Haag en Rotterdam. Vanaf het station loop je in een paar minuten de binnenstad in, langs Molen De Valk.",
                    "The train is the easy way in: Leiden Centraal is about a quarter of an hour from Schiphol airport and has fast connections to Amsterdam, The Hague and Rotterdam. From the station you walk into the city centre in a few minutes, past Molen De Valk.",
                    "Mit dem Zug ist es einfach: Leiden Centraal liegt etwa eine Viertelstunde vom Flughafen Schiphol entfernt, mit schnellen Verbindungen nach Amsterdam, Den Haag und Rotterdam.",
                )
            ),
            image(
                de_valk,
                DE_VALK.alt.get(lang),
                say(
                    lang,
                    "Molen De Valk, op weg van het station naar het centrum.",
                    "Molen De Valk, on the way from the station to the centre.",
                    "Die Mühle De Valk auf dem Weg vom Bahnhof ins Zentrum.",
                ),
            ),
            heading(
                say(
                    lang,
                    "Langs en over de grachten",
                    "Along and on the canals",
                    "An und auf den Grachten",
                )
            ),
            paragraph(
                say(
                    lang,
                    "Het Rapenburg en de Oude Rijn zijn de mooiste grachten om langs te wandelen. Vanaf het water zie je de stad van een andere kant: stap in een rondvaartboot of huur een sloep. Het Singelpark volgt de oude stadsgracht rond de binnenstad.",
                    "The Rapenburg and the Oude Rijn are the finest canals to stroll along. From the water you see the city from another side: take a canal tour or hire a small boat. The Singelpark follows the old moat around the city centre.",
                    "Rapenburg und Oude Rijn sind die schönsten Grachten für einen Spaziergang. Vom Wasser aus sehen Sie die Stadt von einer anderen Seite.",
                )
            ),
            image(oude_rijn, OUDE_RIJN.alt.get(lang)),
            bullets(
                say(lang, "Elk jaar terug:", "Every year:", "Jedes Jahr:"),
                [
                    say(
                        lang,
                        "Leidens Ontzet op 3 oktober, met hutspot, haring en wittebrood",
                        "Leidens Ontzet on 3 October, with hutspot, herring and white bread",
                        "Leidens Ontzet am 3. Oktober, mit Hutspot, Hering und Weißbrot",
                    ),
                    say(
                        lang,
                        "de Lakenfeesten in de zomer",
                        "the Lakenfeesten in summer",
                        "die Lakenfeesten im Sommer",
                    ),
                    say(
                        lang,
                        "Museumnacht Leiden",
                        "Leiden Museum Night",
                        "die Leidener Museumsnacht",
                    ),
                    say(
                        lang, "de Leidse Jazzweek", "the Leiden Jazz Week", "die Leidener Jazzwoche"
                    ),
                ],
            ),
            faq(
                say(lang, "Praktische vragen", "Practical questions", "Praktische Fragen"),
                [
                    (
                        say(
                            lang,
                            "Kan ik met de auto naar het centrum?",
                            "Can I drive into the centre?",
                            "Kann ich mit dem Auto ins Zentrum fahren?",
                        ),
                        say(
                            lang,
                            "Het centrum is klein en druk; parkeer liever aan de rand van de stad en loop of neem de bus het laatste stuk.",
                            "The centre is compact and busy; it is easier to park on the edge of town and walk or take the bus for the last stretch.",
                            "Das Zentrum ist klein und belebt; parken Sie besser am Stadtrand und gehen Sie zu Fuß.",
                        ),
                    ),
                    (
                        say(
                            lang,
                            "Is Leiden geschikt voor een dagje uit?",
                            "Is Leiden good for a day trip?",
                            "Eignet sich Leiden für einen Tagesausflug?",
                        ),
                        say(
                            lang,
                            "Zeker. Met een wandeling langs de grachten, een museum en een terras aan het water heb je een volle dag. Wie de musea echt wil zien, blijft een nacht langer.",
                            "Certainly. A canal walk, a museum and a terrace by the water make a full day. If you really want to see the museums, stay the night.",
                            "Auf jeden Fall. Ein Grachtenspaziergang, ein Museum und eine Terrasse am Wasser füllen einen Tag.",
                        ),
                    ),
                    (
                        say(
                            lang,
                            "Waar vind ik de VVV?",
                            "Where is the VVV?",
                            "Wo finde ich den VVV?",
                        ),
                        say(
                            lang,
                            "Op een paar minuten lopen van Leiden Centraal. Daar helpen ze je met kaarten, rondleidingen en tips.",
                            "A few minutes' walk from Leiden Centraal. They help you with maps, tours and tips.",
                            "Wenige Gehminuten von Leiden Centraal entfernt.",
                        ),
                    ),
                ],
            ),
            call_to_action(
                say(
                    lang,
                    "Met een gids de stad in",
                    "See the city with a guide",
                    "Mit Führung durch die Stadt",
                ),
                say(
                    lang,
                    "De VVV organiseert wandelingen en rondvaarten.",
                    "The VVV runs walking tours and canal trips.",
                    "Der VVV bietet Rundgänge und Grachtenfahrten an.",
                ),
                page=pages["vvv:tours"],
            ),
        ]

    return upsert_page(
        home,
        StandardPage,
        SLUGS["visit"],
        report,
        title=T("Plan je bezoek", "Plan your visit", "Ihren Besuch planen"),
        intro=T(
            "Met de trein naar Leiden Centraal, te voet langs de grachten: alles wat je nodig hebt voor een dag of een weekend in Leiden.",
            "By train to Leiden Centraal, on foot along the canals: everything you need for a day or a weekend in Leiden.",
            "Mit dem Zug nach Leiden Centraal, zu Fuß an den Grachten entlang: alles für einen Tag oder ein Wochenende in Leiden.",
        ),
        body=per_language(body),
    )


def study_page(home, pages, report):
    university = UNIVERSITY.get()

    def body(lang):
        return [
            paragraph(
                say(
                    lang,
                    "Studenten horen bij Leiden, en dat merk je: in de collegezalen aan het Rapenburg, in de bibliotheken en op de terrassen. Studenten uit de hele wereld kiezen voor Leiden.",
                    "Students are everywhere in Leiden, and you notice it: in the lecture halls on the Rapenburg, in the libraries and on the terraces. Students from all over the world choose Leiden.",
                    "In Leiden prägen Studierende das Stadtbild: in den Hörsälen am Rapenburg, in den Bibliotheken und auf den Terrassen.",
                )
            ),
            image(university, UNIVERSITY.alt.get(lang)),
            bullets(
                say(
                    lang,
                    "Waar je kunt studeren:",
                    "Where you can study:",
                    "Wo Sie studieren können:",
                ),
                [
                    say(
                        lang,
                        "de Universiteit Leiden, sinds 1575 de oudste van Nederland",
                        "Leiden University, the oldest in the Netherlands since 1575",
                        "die Universität Leiden, seit 1575 die älteste der Niederlande",
                    ),
                    say(
                        lang,
                        "het LUMC, het academisch ziekenhuis en de medische faculteit",
                        "LUMC, the university hospital and medical faculty",
                        "das LUMC, Universitätsklinikum und medizinische Fakultät",
                    ),
                    say(
                        lang,
                        "de Hogeschool Leiden, voor beroepsgerichte opleidingen",
                        "Leiden University of Applied Sciences, for professional degrees",
                        "die Hogeschool Leiden für praxisnahe Studiengänge",
                    ),
                ],
            ),
            paragraph(
                say(
                    lang,
                    "Na je studie hoef je niet ver te zoeken: in het Leiden Bio Science Park werken bedrijven en onderzoekers aan nieuwe medicijnen en behandelingen, en Naturalis en de musea zoeken altijd jonge onderzoekers.",
                    "After graduating you need not look far: at the Leiden Bio Science Park companies and researchers work on new medicines and treatments, and Naturalis and the museums are always looking for young researchers.",
                    "Nach dem Studium arbeiten viele im Leiden Bio Science Park an neuen Medikamenten und Therapien.",
                )
            ),
            call_to_action(
                say(
                    lang,
                    "Uit het buitenland?",
                    "Coming from abroad?",
                    "Sie kommen aus dem Ausland?",
                ),
                say(
                    lang,
                    "Het Expat Centre helpt met inschrijven, wonen en zorg.",
                    "The Expat Centre helps with registration, housing and healthcare.",
                    "Das Expat Centre hilft bei Anmeldung, Wohnen und Gesundheit.",
                ),
                page=pages["expat:settling"],
            ),
        ]

    return upsert_page(
        home,
        StandardPage,
        SLUGS["study"],
        report,
        title=T("Studeren in Leiden", "Study in Leiden", "Studieren in Leiden"),
        intro=T(
            "Studeren in de oudste universiteitsstad van Nederland.",
            "Study in the oldest university city of the Netherlands.",
            "Studieren in der ältesten Universitätsstadt der Niederlande.",
        ),
        body=per_language(body),
    )


def about_page(home, pages, report):
    def body(lang):
        return [
            paragraph(
                say(
                    lang,
                    "Leiden Marketing brengt de stad onder de aandacht bij bezoekers, congresgangers, studenten en nieuwe inwoners, onder één merk: Leiden, Stad van Ontdekkingen. We doen dat samen met de organisaties die de stad maken.",
                    "Leiden Marketing puts the city on the map for visitors, congress guests, students and new residents, under one brand: Leiden, City of Discoveries. We do it together with the organisations that make the city.",
                    "Leiden Marketing macht die Stadt bekannt, bei Gästen, Kongressbesuchern, Studierenden und neuen Einwohnern, unter einer Marke: Leiden, Stadt der Entdeckungen.",
                )
            ),
            timeline(
                say(lang, "Hoe het begon", "How it started", "Wie es begann"),
                [
                    (
                        "2004",
                        say(
                            lang,
                            "Een visie voor de stad",
                            "A vision for the city",
                            "Eine Vision für die Stadt",
                        ),
                        say(
                            lang,
                            "De gemeente schetst haar toekomstvisie ‘Leiden, Stad van Ontdekkingen’ en onderzoekt hoe de partijen die de stad al promoten kunnen samenwerken.",
                            "The municipality sets out its vision for the future, ‘Leiden, City of Discoveries’, and looks at how the parties already promoting the city could work as one.",
                            "Die Gemeinde formuliert ihre Zukunftsvision „Leiden, Stadt der Entdeckungen“ und prüft, wie die Akteure, die schon für die Stadt werben, zusammenarbeiten können.",
                        ),
                    ),
                    (
                        "2005–2006",
                        say(
                            lang,
                            "Praten over de structuur",
                            "Working out the structure",
                            "Gespräche über die Struktur",
                        ),
                        say(
                            lang,
                            "Gesprekken met partners in de stad over rollen en verantwoordelijkheden van de partners en over de bestuurslagen.",
                            "Talks with partners in the city about the roles and responsibilities of the partners and about the layers of management.",
                            "Gespräche mit Partnern in der Stadt über Rollen und Verantwortung der Partner und über die Leitungsebenen.",
                        ),
                    ),
                    (
                        say(lang, "Eind 2007", "End of 2007", "Ende 2007"),
                        say(
                            lang,
                            "Stadspartners Leiden opgericht",
                            "Stadspartners Leiden founded",
                            "Stadspartners Leiden gegründet",
                        ),
                        say(
                            lang,
                            "Achttien stadspartners richten de koepelstichting Stadspartners Leiden op en Leiden Marketing gaat van start. Elke partner mag een vertegenwoordiger in het bestuur kiezen; het gezamenlijke doel gaat voor het eigen belang.",
                            "Eighteen city partners found the umbrella foundation Stadspartners Leiden and Leiden Marketing begins. Each partner may choose a representative on the board; the shared goal comes before its own interest.",
                            "Achtzehn Stadtpartner gründen die Dachstiftung Stadspartners Leiden, und Leiden Marketing startet. Jeder Partner darf einen Vertreter in den Vorstand entsenden; das gemeinsame Ziel geht vor.",
                        ),
                    ),
                    (
                        say(lang, "Nu", "Today", "Heute"),
                        say(lang, "Negentien partners", "Nineteen partners", "Neunzehn Partner"),
                        say(
                            lang,
                            "Negentien organisaties vormen samen het Netwerk Stadspartners Leiden Stad van Ontdekkingen en promoten de stad vanuit één gedeelde visie.",
                            "Nineteen organisations together form the Netwerk Stadspartners Leiden Stad van Ontdekkingen and promote the city from one shared vision.",
                            "Neunzehn Organisationen bilden gemeinsam das Netzwerk Stadspartners Leiden Stad van Ontdekkingen und werben aus einer gemeinsamen Vision für die Stadt.",
                        ),
                    ),
                ],
            ),
            heading(
                say(lang, "Samen voor de stad", "Together for the city", "Gemeinsam für die Stadt")
            ),
            paragraph(
                say(
                    lang,
                    "Elke partner koopt zich in en mag een vertegenwoordiger kiezen die namens hem in het bestuur van de stichting zit. Er is één voorwaarde: het eigen belang komt op de tweede plaats, na het gezamenlijke doel, de marketing van Leiden.",
                    "Each partner buys in and may choose a representative who speaks for it on the foundation's board. There is one condition: the partner's own interest comes second, after the shared goal of marketing Leiden.",
                    "Jeder Partner beteiligt sich finanziell und kann einen Vertreter in den Vorstand der Stiftung entsenden. Die eine Bedingung: das Eigeninteresse steht hinter dem gemeinsamen Ziel zurück.",
                ),
                say(
                    lang,
                    "De partners doen mee uit overtuiging, omdat ze samen het karakter van de stad bepalen, en uit welbegrepen eigenbelang: een sterk imago van Leiden straalt op ieder van hen af. Naast de partners is ook de gemeente betrokken bij het bestuur en de activiteiten.",
                    "The partners take part out of conviction, because together they shape the character of the city, and out of enlightened self-interest: a strong image of Leiden reflects on each of them. Beside the partners, the municipality takes part in the management and the activities.",
                    "Die Partner machen aus Überzeugung mit und aus wohlverstandenem Eigeninteresse: ein starkes Bild von Leiden strahlt auf jeden von ihnen ab.",
                ),
            ),
            quote(
                say(
                    lang,
                    "Samen bereikt ieder zijn eigen doelen efficiënter.",
                    "Together, each of us reaches our own goals more efficiently.",
                    "Gemeinsam erreicht jeder seine Ziele effizienter.",
                ),
                say(
                    lang,
                    "Uitgangspunt van de stadspartners",
                    "Principle of the city partners",
                    "Grundsatz der Stadtpartner",
                ),
            ),
            heading(
                say(
                    lang,
                    "Ook van Leiden Marketing",
                    "Also run by Leiden Marketing",
                    "Auch von Leiden Marketing",
                )
            ),
            card_grid(
                "",
                [
                    (
                        pages["vvv:home"],
                        say(
                            lang,
                            "De VVV helpt bezoekers aan de balie en online met tips, kaarten, rondleidingen en souvenirs.",
                            "The VVV helps visitors at its desk and online with tips, maps, guided tours and souvenirs.",
                            "Der VVV hilft Gästen am Schalter und online mit Tipps, Karten, Führungen und Souvenirs.",
                        ),
                    ),
                    (
                        pages["expat:home"],
                        say(
                            lang,
                            "Het Expat Centre helpt internationale nieuwkomers zich thuis te voelen in de regio, van registratie tot huisvesting.",
                            "The Expat Centre helps international newcomers settle in the region, from registration to housing.",
                            "Das Expat Centre hilft internationalen Neuankömmlingen, in der Region anzukommen, von der Anmeldung bis zur Wohnung.",
                        ),
                    ),
                ],
            ),
            call_to_action(
                say(lang, "Partner worden?", "Become a partner?", "Partner werden?"),
                say(
                    lang,
                    "We vertellen je graag hoe je kunt meedoen.",
                    "We are happy to tell you how to join.",
                    "Wir erklären Ihnen gern, wie Sie mitmachen können.",
                ),
                page=pages["discoveries:contact"],
            ),
        ]

    return upsert_page(
        home,
        StandardPage,
        SLUGS["about"],
        report,
        title=T("Over Leiden Marketing", "About Leiden Marketing", "Über Leiden Marketing"),
        intro=T(
            "Wie we zijn, hoe we begonnen en met wie we samenwerken.",
            "Who we are, how we started and who we work with.",
            "Wer wir sind, wie wir begannen und mit wem wir arbeiten.",
        ),
        body=per_language(body),
    )


def contact_page(home, report):
    return upsert_page(
        home,
        FormPage,
        SLUGS["contact"],
        report,
        title=T("Contact", "Contact", "Kontakt"),
        intro=T(
            "Een vraag voor Leiden Marketing, over een bezoek, een congres, de pers of een partnerschap?",
            "A question for Leiden Marketing about a visit, a congress, the press or a partnership?",
            "Eine Frage an Leiden Marketing zu Besuch, Kongress, Presse oder Partnerschaft?",
        ),
        thank_you_text=T(
            "<p>Dank je wel voor je bericht. We reageren binnen drie werkdagen.</p>",
            "<p>Thank you for your message. We will reply within three working days.</p>",
            "<p>Vielen Dank für Ihre Nachricht. Wir antworten innerhalb von drei Werktagen.</p>",
        ),
        to_address="webteam@localhost",
        from_address="noreply@localhost",
        subject="Leiden Marketing: contactformulier",
        form_fields=[
            form_field("singleline", T("Naam", "Name", "Name")),
            form_field("email", T("E-mailadres", "Email address", "E-Mail-Adresse")),
            form_field(
                "dropdown",
                T("Onderwerp", "Topic", "Thema"),
                choices=T(
                    "Bezoek\nCongres\nPers\nPartnerschap\nIets anders",
                    "Visit\nCongress\nPress\nPartnership\nSomething else",
                    "Besuch\nKongress\nPresse\nPartnerschaft\nEtwas anderes",
                ),
            ),
            form_field("multiline", T("Bericht", "Message", "Nachricht")),
            form_field(
                "checkbox",
                T(
                    "Stuur mij de nieuwsbrief",
                    "Send me the newsletter",
                    "Schicken Sie mir den Newsletter",
                ),
                required=False,
            ),
        ],
    )


def update_home(home, pages, report):
    hero, rapenburg = HERO.get(), RAPENBURG.get()

    def body(lang):
        return [
            paragraph(
                say(
                    lang,
                    "Hier begon de eerste universiteit van Nederland, werd Rembrandt geboren en maakte de natuurkunde wereldgeschiedenis. Vandaag ontdek je Leiden langs grachten, hofjes, musea en terrassen.",
                    "This is where the first Dutch university began, where Rembrandt was born and where physics made world history. Today you discover Leiden along its canals, almshouses, museums and terraces.",
                    "Hier begann die erste Universität der Niederlande, hier wurde Rembrandt geboren und hier schrieb die Physik Weltgeschichte.",
                )
            ),
            card_grid(
                say(lang, "Begin hier", "Start here", "Hier beginnen"),
                [
                    (
                        pages["discoveries:discover"],
                        say(
                            lang,
                            "Vier eeuwen ontdekkingen op loopafstand.",
                            "Four centuries of discoveries within walking distance.",
                            "Vier Jahrhunderte Entdeckungen in Gehweite.",
                        ),
                    ),
                    (
                        pages["discoveries:visit"],
                        say(
                            lang,
                            "Alles voor een dag of een weekend.",
                            "Everything for a day or a weekend.",
                            "Alles für einen Tag oder ein Wochenende.",
                        ),
                    ),
                    (
                        pages["discoveries:study"],
                        say(
                            lang,
                            "De oudste universiteitsstad van het land.",
                            "The country's oldest university city.",
                            "Die älteste Universitätsstadt des Landes.",
                        ),
                    ),
                    (
                        pages["discoveries:about"],
                        say(
                            lang,
                            "De stad promoten, samen met 19 partners.",
                            "Promoting the city with 19 partners.",
                            "Die Stadt gemeinsam mit 19 Partnern bekannt machen.",
                        ),
                    ),
                ],
            ),
            image(
                rapenburg,
                RAPENBURG.alt.get(lang),
                say(
                    lang,
                    "Het Rapenburg, de statigste gracht van Leiden.",
                    "The Rapenburg, Leiden's grandest canal.",
                    "Der Rapenburg, Leidens prächtigste Gracht.",
                ),
            ),
            quote(
                "Praesidium Libertatis",
                say(
                    lang,
                    "Wapenspreuk van de Universiteit Leiden, 1575",
                    "Motto of Leiden University, 1575",
                    "Wahlspruch der Universität Leiden, 1575",
                ),
            ),
            call_to_action(
                say(lang, "Plan je bezoek", "Plan your visit", "Besuch planen"),
                say(
                    lang,
                    "Met de trein ben je zo in Leiden Centraal.",
                    "By train you are at Leiden Centraal in no time.",
                    "Mit dem Zug sind Sie schnell in Leiden Centraal.",
                ),
                page=pages["discoveries:visit"],
            ),
        ]

    return update_page(
        home,
        report,
        hero_title=T(
            "Leiden, Stad van Ontdekkingen",
            "Leiden, City of Discoveries",
            "Leiden, Stadt der Entdeckungen",
        ),
        intro=T(
            "Universiteitsstad, geboortestad van Rembrandt en thuishaven van de Pilgrims: ontdek Leiden.",
            "University city, Rembrandt's birthplace and home port of the Pilgrims: discover Leiden.",
            "Universitätsstadt, Geburtsort Rembrandts und Zuflucht der Pilgerväter: entdecken Sie Leiden.",
        ),
        image=hero,
        image_alt=HERO.alt,
        body=per_language(body),
        **brand_content.home_fields(pages),
    )


def site_settings(pages) -> dict:
    return {
        "identity": {
            "tagline": T("Stad van Ontdekkingen", "City of Discoveries", "Stadt der Entdeckungen"),
            "street_address": "Breestraat 1",
            "postal_code": "2311 CG",
            "phone": "+31 71 555 0101",
            "email": "info@example.org",
            "contact_note": T(
                "Bereikbaar op werkdagen van 9 tot 17 uur.",
                "Available on weekdays from 9:00 to 17:00.",
                "Erreichbar werktags von 9 bis 17 Uhr.",
            ),
            "footer_text": T(
                "Leiden Marketing promoot Leiden samen met negentien stadspartners.",
                "Leiden Marketing promotes Leiden together with nineteen city partners.",
                "Leiden Marketing wirbt gemeinsam mit neunzehn Stadtpartnern für Leiden.",
            ),
        },
        # Six items fit the menu on a phone; the rest lives in the footer.
        "main_menu": menu(
            pages["discoveries:agenda"],
            pages["discoveries:places"],
            pages["discoveries:stories"],
            pages["discoveries:visit"],
            pages["discoveries:venues"],
            pages["discoveries:about"],
        ),
        "footer_links": menu(
            pages["discoveries:discover"],
            pages["discoveries:themes"],
            pages["discoveries:study"],
            pages["discoveries:newsletter"],
            pages["discoveries:contact"],
            pages["discoveries:partners"],
            pages["vvv:home"],
            pages["expat:home"],
        ),
    }
