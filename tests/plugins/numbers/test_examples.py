"""What the numbers plugin finds in German sentences, case by case (examples written for these tests)."""

from __future__ import annotations

import pytest

import newsclaims
from newsclaims import Approx
from newsclaims.testing import assert_spans_valid
from newsclaims_numbers import find_quantities

# (sentence, [(text, value, value_max, unit, approx)]) for every quantity expected
FOUND = [
    # digits with German separators, scales, currencies
    (
        "Das Land zahlt rund 2,4 Millionen Euro.",
        [("2,4 Millionen Euro", 2.4e6, None, "Euro", Approx.ABOUT)],
    ),
    ("Die Firma will 7 Mio. Dollar sparen.", [("7 Mio. Dollar", 7e6, None, "Dollar", None)]),
    ("Der Schaden liegt bei 4,2 Mrd. €.", [("4,2 Mrd. €", 4.2e9, None, "Euro", None)]),
    ("Die Stadt gibt 300 Tsd. Euro dazu.", [("300 Tsd. Euro", 3e5, None, "Euro", None)]),
    ("Ein Kaffee kostet € 3,20.", [("€ 3,20", 3.2, None, "Euro", None)]),
    ("Strafe: US-$ 4,5 Mio. für den Konzern.", [("US-$ 4,5 Mio.", 4.5e6, None, "Dollar", None)]),
    ("Das Ticket kostet 7,- Euro.", [("7,- Euro", 7, None, "Euro", None)]),
    ("Es kamen 12.500 Fans.", [("12.500 Fans", 12500, None, "Fan", None)]),
    ("Es kamen 12 500 Fans.", [("12 500 Fans", 12500, None, "Fan", None)]),
    ("Die Miete stieg auf 1.234,56 Euro.", [("1.234,56 Euro", 1234.56, None, "Euro", None)]),
    ("Die Aktie fiel um 35 Cent.", [("35 Cent", 35, None, "Cent", None)]),
    (
        "Der Bau kostet 90 Millionen Franken.",
        [("90 Millionen Franken", 9e7, None, "Franken", None)],
    ),
    # signs
    ("Das Defizit betrug -1,7 Prozent.", [("-1,7 Prozent", -1.7, None, "Prozent", None)]),
    (
        "Der Saldo lag bei –3,1 Milliarden Euro.",
        [("–3,1 Milliarden Euro", -3.1e9, None, "Euro", None)],
    ),
    ("Nachts waren es −4 °C.", [("−4 °C", -4, None, "Grad Celsius", None)]),
    ("Es wurde minus 8 Grad kalt.", [("minus 8 Grad", -8, None, "Grad Celsius", None)]),
    # words
    (
        "Dreihundertfünfundzwanzigtausend Menschen kamen.",
        [("Dreihundertfünfundzwanzigtausend Menschen", 325000, None, "Mensch", None)],
    ),
    ("Es waren einundzwanzig Teams am Start.", [("einundzwanzig Teams", 21, None, "Team", None)]),
    (
        "Neun Millionen Haushalte profitieren.",
        [("Neun Millionen Haushalte", 9e6, None, "Haushalt", None)],
    ),
    ("Sie verhandelten zwei Stunden lang.", [("zwei Stunden", 2, None, "Stunde", None)]),
    ("Zwölf Kinder wurden verletzt.", [("Zwölf Kinder", 12, None, "Kind", None)]),
    ("Die Rede dauerte eine Stunde.", [("eine Stunde", 1, None, "Stunde", None)]),
    ("Er wartete einen ganzen Tag.", [("einen ganzen Tag", 1, None, "Tag", None)]),
    ("Sie blieb ein halbes Jahr.", [("ein halbes Jahr", 0.5, None, "Jahr", None)]),
    # fractions, halves, multiples
    ("Ein Viertel der Befragten ist dagegen.", [("Ein Viertel", 0.25, None, None, None)]),
    ("Drei Viertel stimmten zu.", [("Drei Viertel", 0.75, None, None, None)]),
    ("Mehr als die Hälfte blieb zu Hause.", [("Hälfte", 0.5, None, None, Approx.MORE_THAN)]),
    (
        "Sie warteten eine Dreiviertelstunde.",
        [("eine Dreiviertelstunde", 0.75, None, "Stunde", None)],
    ),
    (
        "Nach einer Viertelstunde war alles vorbei.",
        [("einer Viertelstunde", 0.25, None, "Stunde", None)],
    ),
    ("Der Umbau dauerte anderthalb Jahre.", [("anderthalb Jahre", 1.5, None, "Jahr", None)]),
    (
        "Das kostet eineinhalb Millionen Euro.",
        [("eineinhalb Millionen Euro", 1.5e6, None, "Euro", None)],
    ),
    ("Er saß zweieinhalb Jahre in Haft.", [("zweieinhalb Jahre", 2.5, None, "Jahr", None)]),
    (
        "Es fehlt eine halbe Milliarde Euro.",
        [("eine halbe Milliarde Euro", 5e8, None, "Euro", None)],
    ),
    ("Ein Dutzend Boote lag im Hafen.", [("Ein Dutzend Boote", 12, None, "Boot", None)]),
    ("Die Preise sind doppelt so hoch.", [("doppelt", 2, None, None, None)]),
    ("Die Kosten stiegen um das Doppelte.", [("Doppelte", 2, None, None, None)]),
    ("Jeder Zehnte hat keinen Arzt.", [("Jeder Zehnte", 0.1, None, None, None)]),
    (
        "Drei von vier Befragten sind zufrieden.",
        [("Drei von vier Befragten", 0.75, None, None, None)],
    ),
    ("Er ist dreifacher Weltmeister.", [("dreifacher", 3, None, None, None)]),
    ("Sie traf zweimal.", [("zweimal", 2, None, "Mal", None)]),
    ("Sie fliegen 3 mal im Jahr.", [("3 mal", 3, None, "Mal", None)]),
    # percentages and points
    ("Die Quote liegt bei 5,3 Prozent.", [("5,3 Prozent", 5.3, None, "Prozent", None)]),
    ("Die Quote liegt bei 5,3 %.", [("5,3 %", 5.3, None, "Prozent", None)]),
    ("Die Quote liegt bei 5,3%.", [("5,3%", 5.3, None, "Prozent", None)]),
    ("Sie sank um 0,4 Prozentpunkte.", [("0,4 Prozentpunkte", 0.4, None, "Prozentpunkt", None)]),
    # units
    ("Der Zug fährt 250 km/h.", [("250 km/h", 250, None, "Kilometer pro Stunde", None)]),
    ("Der Stau war 8 Kilometer lang.", [("8 Kilometer", 8, None, "Kilometer", None)]),
    ("Der Park erzeugt 40 Megawatt.", [("40 Megawatt", 40, None, "Megawatt", None)]),
    ("Die Wohnung hat 85 m².", [("85 m²", 85, None, "Quadratmeter", None)]),
    ("Sie liefen 10km.", [("10km", 10, None, "Kilometer", None)]),
    ("Der Turm ist 120 Meter hoch.", [("120 Meter", 120, None, "Meter", None)]),
    (
        "Es dauerte drei schwierige Verhandlungswochen.",
        [("drei schwierige Verhandlungswochen", 3, None, "Woche", None)],
    ),
    ("Sie leisteten 400 Überstunden.", [("400 Überstunden", 400, None, "Stunde", None)]),
    # hedges
    ("Es kamen etwa 300 Gäste.", [("300 Gäste", 300, None, "Gast", Approx.ABOUT)]),
    ("Es kamen ca. 300 Gäste.", [("300 Gäste", 300, None, "Gast", Approx.ABOUT)]),
    ("Es kamen an die 300 Gäste.", [("300 Gäste", 300, None, "Gast", Approx.ABOUT)]),
    ("Es kamen knapp 300 Gäste.", [("300 Gäste", 300, None, "Gast", Approx.ALMOST)]),
    ("Es kamen über 300 Gäste.", [("300 Gäste", 300, None, "Gast", Approx.MORE_THAN)]),
    ("Es kamen gut 300 Gäste.", [("300 Gäste", 300, None, "Gast", Approx.MORE_THAN)]),
    ("Es kamen weniger als 300 Gäste.", [("300 Gäste", 300, None, "Gast", Approx.LESS_THAN)]),
    ("Es kamen bis zu 300 Gäste.", [("300 Gäste", 300, None, "Gast", Approx.UP_TO)]),
    ("Es kamen mindestens 300 Gäste.", [("300 Gäste", 300, None, "Gast", Approx.AT_LEAST)]),
    ("Es kamen höchstens 300 Gäste.", [("300 Gäste", 300, None, "Gast", Approx.AT_MOST)]),
    ("Es kamen nicht mehr als 300 Gäste.", [("300 Gäste", 300, None, "Gast", Approx.AT_MOST)]),
    ("Es kamen mindestens aber 300 Gäste.", [("300 Gäste", 300, None, "Gast", Approx.AT_LEAST)]),
    ("Es dauerte eine knappe Stunde.", [("eine knappe Stunde", 1, None, "Stunde", Approx.ALMOST)]),
    # ranges: the lower bound carries value_max, the upper bound is an item too
    (
        "Das dauert 30 bis 40 Minuten.",
        [("30", 30, 40, "Minute", None), ("40 Minuten", 40, None, "Minute", None)],
    ),
    (
        "Das dauert zwischen 30 und 40 Minuten.",
        [("30", 30, 40, "Minute", None), ("40 Minuten", 40, None, "Minute", None)],
    ),
    (
        "Das dauert 30-40 Minuten.",
        [("30", 30, 40, "Minute", None), ("40 Minuten", 40, None, "Minute", None)],
    ),
    (
        "Das dauert 30–40 Minuten.",
        [("30", 30, 40, "Minute", None), ("40 Minuten", 40, None, "Minute", None)],
    ),
    (
        "Es kostet 2,5 bis 3 Milliarden Euro.",
        [("2,5", 2.5e9, 3e9, "Euro", None), ("3 Milliarden Euro", 3e9, None, "Euro", None)],
    ),
    (
        "Es kostet 900 Mio. bis 1,1 Mrd. Euro.",
        [("900 Mio.", 9e8, 1.1e9, "Euro", None), ("1,1 Mrd. Euro", 1.1e9, None, "Euro", None)],
    ),
    (
        "Es dauert ein bis zwei Tage.",
        [("ein", 1, 2, "Tag", None), ("zwei Tage", 2, None, "Tag", None)],
    ),
    (
        "Sie blieben zwei oder drei Tage.",
        [("zwei", 2, None, "Tag", None), ("drei Tage", 3, None, "Tag", None)],
    ),
    (
        "Die Zahl stieg von 800 auf 950 Fälle.",
        [("800", 800, None, "Fall", None), ("950 Fälle", 950, None, "Fall", None)],
    ),
    # ages (the guidelines count them as quantities of years)
    ("Der 81-Jährige trat zurück.", [("81-Jährige", 81, None, "Jahr", None)]),
    ("Die 27-jährige Läuferin siegte.", [("27-jährige", 27, None, "Jahr", None)]),
    ("Bürgermeisterin Huber (58) bleibt im Amt.", [("58", 58, None, "Jahr", None)]),
    ("Ein zehnjähriger Junge wurde gerettet.", [("zehnjähriger", 10, None, "Jahr", None)]),
    ("Es folgte ein zweistündiges Gespräch.", [("zweistündiges", 2, None, "Stunde", None)]),
    # vague plurals
    (
        "Hunderte Menschen protestierten.",
        [("Hunderte Menschen", 100, None, "Mensch", Approx.MORE_THAN)],
    ),
    ("Es geht um Millionen Euro.", [("Millionen Euro", 1e6, None, "Euro", Approx.MORE_THAN)]),
    (
        "Mehrere tausend Menschen kamen.",
        [("tausend Menschen", 1000, None, "Mensch", Approx.MORE_THAN)],
    ),
    # counts that look like years
    ("Der Konzern streicht 1500 Stellen.", [("1500 Stellen", 1500, None, "Stelle", None)]),
    ("Das Fahrrad kostete 2024 Euro.", [("2024 Euro", 2024, None, "Euro", None)]),
    (
        "In diesem Jahr 2025 Teilnehmer zu gewinnen, war das Ziel.",
        [("2025 Teilnehmer", 2025, None, "Teilnehmer", None)],
    ),
    # a count at the end of a sentence, gendered plurals
    ("Heute sind es noch 87.", [("87", 87, None, None, None)]),
    ("Er wurde 55. Danach zog er weg.", [("55", 55, None, None, None)]),
    ("Es kamen 40 Besucher*innen.", [("40 Besucher*innen", 40, None, "Besucher", None)]),
    ("Es kamen 40 Leser:innen.", [("40 Leser:innen", 40, None, "Leser", None)]),
    (
        "Sie hatte Tausende Follower, rund 3.000 davon aktiv.",
        [
            ("Tausende Follower", 1000, None, "Follower", Approx.MORE_THAN),
            ("3.000", 3000, None, None, Approx.ABOUT),
        ],
    ),
    ("Die Inzidenz stieg auf 212,4.", [("212,4", 212.4, None, None, None)]),
    # tallies, ages by decade, amounts in compounds, vague dozens
    (
        "Der Antrag wurde mit 41 zu 19 Stimmen angenommen.",
        [("41", 41, None, "Stimme", None), ("19 Stimmen", 19, None, "Stimme", None)],
    ),
    ("Die Ärztin, Mitte 50, lebt in Graz.", [("50", 50, None, "Jahr", None)]),
    (
        "Ab 1000 Besuchern gilt eine Maskenpflicht.",
        [("1000 Besuchern", 1000, None, "Besucher", Approx.AT_LEAST)],
    ),
    (
        "Die 800 neu eingestellten Lehrer beginnen im Herbst.",
        [("800 neu eingestellten Lehrer", 800, None, "Lehrer", None)],
    ),
    (
        "Das 300-Milliarden-Euro-Programm läuft an.",
        [("300-Milliarden-Euro", 3e11, None, "Euro", None)],
    ),
    ("Fast halbe Million Euro Schaden", [("halbe Million Euro", 5e5, None, "Euro", Approx.ALMOST)]),
    (
        "Mehrere Dutzend Polizisten waren vor Ort.",
        [("Dutzend Polizisten", 12, None, "Polizist", Approx.MORE_THAN)],
    ),
    ("Die Werte stiegen um den Faktor 4.", [("4", 4, None, None, None)]),
    (
        "Dort leben 12 von 20 Millionen Menschen auf dem Land.",
        [("12", 12e6, None, "Mensch", None), ("20 Millionen Menschen", 20e6, None, "Mensch", None)],
    ),
    (
        "Es ging um mehrere hunderttausend Euro.",
        [("hunderttausend Euro", 1e5, None, "Euro", Approx.MORE_THAN)],
    ),
    ("Es gibt sieben Investoren.", [("sieben Investoren", 7, None, "Investor", None)]),
    ("Laut Polizei 300 Demonstranten.", [("300 Demonstranten", 300, None, "Demonstrant", None)]),
    (
        "Es gibt 120 Kranken- und Pflegeheime.",
        [("120 Kranken- und Pflegeheime", 120, None, "Pflegeheim", None)],
    ),
    # a list written for a range shares its unit; so does a part of a counted group
    (
        "Die Verhandlungen dauern wohl noch ein, zwei Tage.",
        [("ein", 1, None, "Tag", None), ("zwei Tage", 2, None, "Tag", None)],
    ),
    (
        "Das betrifft 30, 40 Prozent der Betriebe.",
        [("30", 30, None, "Prozent", None), ("40 Prozent", 40, None, "Prozent", None)],
    ),
    (
        "Es kostet 5, 10 oder 20 Euro.",
        [
            ("5", 5, None, "Euro", None),
            ("10", 10, None, "Euro", None),
            ("20 Euro", 20, None, "Euro", None),
        ],
    ),
    (
        "Im Ausschuss stimmten 17 von 23 Mitgliedern zu.",
        [("17", 17, None, "Mitglied", None), ("23 Mitgliedern", 23, None, "Mitglied", None)],
    ),
    (
        "Die Partei hält 14 der 60 Sitze.",
        [("14", 14, None, "Sitz", None), ("60 Sitze", 60, None, "Sitz", None)],
    ),
    (
        "Die Bibliothek ist eine von drei Stiftungen im Land.",
        [("drei Stiftungen", 3, None, "Stiftung", None)],
    ),
    (
        "Neun von zehn Betrieben melden Engpässe.",
        [("Neun von zehn Betrieben", 0.9, None, None, None)],
    ),
    # halves of dozens, hedged "einmal", a year after "bis", ages after hyphenated names
    (
        "Die Polizei nahm ein halbes Dutzend Verdächtige fest.",
        [("ein halbes Dutzend Verdächtige", 6, None, "Verdächtige", None)],
    ),
    (
        "Er meldete sich mehr als einmal bei der Behörde.",
        [("einmal", 1, None, "Mal", Approx.MORE_THAN)],
    ),
    ("Geplant sind 12 Gigawatt bis 2032.", [("12 Gigawatt", 12, None, "Gigawatt", None)]),
    ("Es kandidiert Ahn Min-ho (38).", [("38", 38, None, "Jahr", None)]),
    ("Sie liegt auf Rang zwei (4,1).", [("4,1", 4.1, None, None, None)]),
    (
        "Die Hälfte davon (948) lebt allein.",
        [("Hälfte", 0.5, None, None, None), ("948", 948, None, None, None)],
    ),
    # units: abbreviations after number words, "pro" in the dative, frequencies;
    # numbers inside hyphenated nouns, and model names that are no nouns
    ("Das Handy hat drei GB Speicher.", [("drei GB", 3, None, "Gigabyte", None)]),
    (
        "Die Kapsel erreichte 240 Metern pro Sekunde.",
        [("240 Metern pro Sekunde", 240, None, "Meter pro Sekunde", None)],
    ),
    ("Der Chip taktet mit 3,1 GHz.", [("3,1 GHz", 3.1, None, "Gigahertz", None)]),
    (
        "Es lagen sechs Covid-19-Patienten auf der Station.",
        [("sechs Covid-19-Patienten", 6, None, "Covid-19-Patient", None)],
    ),
    ("Das Gerät hat zwei X5 an Bord.", [("zwei", 2, None, None, None)]),
    # hedge words that are prepositions, governed by the word before them;
    # before a duration they hedge all the same
    (
        "Der Bund unterschrieb einen Liefervertrag über 40 Millionen Dosen.",
        [("40 Millionen Dosen", 4e7, None, "Dose", None)],
    ),
    ("Eine Umfrage unter 1200 Lehrern zeigt das.", [("1200 Lehrern", 1200, None, "Lehrer", None)]),
    (
        "Der Verband schrieb an die drei Ministerien.",
        [("drei Ministerien", 3, None, "Ministerium", None)],
    ),
    (
        "Das Ministerium verfügt über 120 Dienstwagen.",
        [("120 Dienstwagen", 120, None, "Dienstwagen", None)],
    ),
    ("Sie berieten über drei Stunden.", [("drei Stunden", 3, None, "Stunde", Approx.MORE_THAN)]),
    ("Es warteten an die 500 Fans.", [("500 Fans", 500, None, "Fan", Approx.ABOUT)]),
    (
        "Kinder unter zehn Jahren zahlen nichts.",
        [("zehn Jahren", 10, None, "Jahr", Approx.LESS_THAN)],
    ),
    # "bis" joins a range, also after a suspended hyphen, and up to a compound
    (
        "Betroffen sind vor allem die 18- bis 25-Jährigen.",
        [("18", 18, 25, "Jahr", None), ("25-Jährigen", 25, None, "Jahr", None)],
    ),
    (
        "Er trainiert drei bis viermal pro Woche.",
        [("drei", 3, 4, "Mal", None), ("viermal", 4, None, "Mal", None)],
    ),
    ("Es gibt bis zu 30 Prozent Rabatt.", [("30 Prozent", 30, None, "Prozent", Approx.UP_TO)]),
    # four digits: a count after "von", a date after a month
    ("Die Zahl stieg um 300. Das ist viel.", [("300", 300, None, None, None)]),
    # a part of a group named without its size, or with fillers before its size
    ("Es kamen rund 400 der Flüchtlinge an.", [("400", 400, None, "Flüchtling", Approx.ABOUT)]),
    (
        "Bis zu 30 der insgesamt etwa 90 Filialen schließen.",
        [
            ("30", 30, None, "Filiale", Approx.UP_TO),
            ("90 Filialen", 90, None, "Filiale", Approx.ABOUT),
        ],
    ),
    ("Davon kamen 40 von der Bundeswehr.", [("40", 40, None, None, None)]),
    (
        "Zwei der nur 30 Zentimeter hohen Poller fielen um.",
        [("Zwei", 2, None, None, None), ("30 Zentimeter", 30, None, "Zentimeter", None)],
    ),
    ("Die Quote stieg (2019: 3,1).", [("3,1", 3.1, None, None, None)]),
    # ranks in result lists: after a result and a comma, after a bracket
    (
        "Ergebnisse: 4. Lauer (GER) 21,58, 5. Grün (AUT) 21,00",
        [("21,58", 21.58, None, None, None), ("21,00", 21.0, None, None, None)],
    ),
    (
        "Ergebnisse: Lauer (GER) 218,4 (87,0/88,0) 13. Grün (AUT) 215,0",
        [("218,4", 218.4, None, None, None), ("215,0", 215.0, None, None, None)],
    ),
    ("Die Miete von 1800 Haushalten steigt.", [("1800 Haushalten", 1800, None, "Haushalt", None)]),
    (
        "Die Schulden stiegen seit März 2021 von 3,4 Millionen Euro auf 4 Millionen Euro.",
        [
            ("3,4 Millionen Euro", 3.4e6, None, "Euro", None),
            ("4 Millionen Euro", 4e6, None, "Euro", None),
        ],
    ),
    # a capitalised hedge word inside a sentence is a noun; after an ordinal, no identifier
    ("In der 5. Runde fielen drei Tore.", [("drei Tore", 3, None, "Tor", None)]),
    ("Der Vertrag läuft ein weiteres Halbjahr.", [("Halbjahr", 0.5, None, "Jahr", None)]),
    # after a weekday or a month a number counts; after an acronym only an amount does
    (
        "Am Sonntag 4.044, am Montag 3.980.",
        [("4.044", 4044, None, None, None), ("3.980", 3980, None, None, None)],
    ),
    ("Zuletzt meldete das Amt 2.117 Fälle.", [("2.117 Fälle", 2117, None, "Fall", None)]),
    ("Zuletzt zählte die WHO 310 Fälle.", [("310 Fälle", 310, None, "Fall", None)]),
    ("Das kostet 20 Türkische Lira.", [("20 Türkische Lira", 20, None, "Lira", None)]),
    ("Linz – Rund 800 Gäste kamen.", [("800 Gäste", 800, None, "Gast", Approx.ABOUT)]),
]

# sentences in which nothing is a quantity
NOTHING = [
    "Die Wahl findet am 5. Oktober statt.",
    "Das Paket kam am 14.02.2023 an.",
    "Am 3.10. ist Feiertag.",
    "Der Termin ist am 2024-05-17.",
    "Die Sitzung beginnt um 9.30 Uhr.",
    "Die Sitzung beginnt um 14 Uhr.",
    "Sie läuft von 9 bis 17 Uhr.",
    "Der Anpfiff ist um 20:45.",
    "Das Spiel endete 3:1.",
    "Es stand zwei zu eins.",
    "2023 war ein schwieriges Jahr.",
    "Seit 2019 ist sie Ministerin.",
    "Im Jahr 2021 begann alles.",
    "Bis 2035 soll das Werk fertig sein.",
    "Das war im Mai 2022.",
    "Von 2015 bis 2019 regierte sie.",
    "In den 1980er-Jahren war das anders.",
    "Die Saison 2023/24 ist vorbei.",
    "Zum dritten Mal gewann sie.",
    "Der Verein liegt auf Platz vier.",
    "Sie kam in der 88. Minute.",
    "Der G20-Gipfel tagt in Rom.",
    "Die G7 beraten.",
    "Covid-19 hat die Welt verändert.",
    "Der Airbus A350 landete sicher.",
    "Nach Paragraf 219a ist das verboten.",
    "Artikel 3 des Grundgesetzes gilt.",
    "Die Bundesstraße 27 ist gesperrt.",
    "Das Update kommt mit iOS 17.",
    "Die Nr. 1 der Welt verlor.",
    "Ein Sprecher bestätigte das.",
    "Ein Gespräch fand nicht statt.",
    "Sie versuchte es noch einmal.",
    "Eines Tages kam er zurück.",
    "Er hatte ein paar Fragen.",
    "Das ist ganz einfach.",
    "Er ließ die Regel außer Acht.",
    "Sie sprachen unter vier Augen.",
    "Die zweite Hälfte war besser.",
    "Die doppelte Staatsbürgerschaft bleibt.",
    "Die Sieben-Tage-Inzidenz sinkt.",
    "Die Zwei-Drittel-Mehrheit fehlt.",
    "Er lief den 100-Meter-Lauf.",
    "Das Postfach 10115 Berlin ist voll.",
    "Sie wohnt in 10115 Berlin.",
    "Hannover 96 verlor.",
    "Schalke 04 gewann.",
    "Er lebt an einem Montag wie jedem anderen.",
    "Der Film heißt „Apollo 13“.",
    "Die Tabelle zeigt es: 1:0, 2:0, 3:1.",
    "Der Film lief um halb acht.",
    "Das 49-Euro-Ticket kommt.",
    "Sie lief den 92,5-Meter-Sprung.",
    "Rufen Sie an: 0661 - 480 488 151.",
    "1. FC Köln gegen 2. Bundesliga",
    "Ergebnis: 4. Krog 390 – 5. Graabak 362 – 6. Gruber 296.",
    "Folgen Sie @news_24 und #Wahl2024.",
    "Das belegen „Studien“ (4).",
    "© 2023 Verlag",
    "Im Wahlkampf 2021 ein klarer Hinweis.",
    "Das Spiel läuft auf Sky Sport 2 HD.",
    "Das Update für das iPhone 15 Pro kommt.",
    "Er ehrte seinen 1994 gestorbenen Vater.",
    "Die Wahl ist am 15 April.",
    "Die Top-Elf des Spieltags steht.",
    "42",
    "Bei der digitalen 137. Sitzung fiel die Entscheidung.",
    "Sie zogen sich in ihre vier Wände zurück.",
    "Im Haus Schlossstraße 50 hängen Briefkästen.",
    "Das Büro ist in der Karl-Marx-Str. 3.",
    "Die in Satz 1 genannten Vereine.",
    "Wie Studien gezeigt haben (12), wirkt das Mittel.",
    "(3) Die Regel gilt ab sofort.",
    "Sie siegte 6:4, 7:6 (5).",
    "Gegen 21.45 fuhr die Streife vor.",
    "Der Film läuft bis 23.10, danach kommen Nachrichten.",
    "Die Teams landeten auf den Plätzen sieben und acht.",
    "Das gilt für Artikel 12 und 13.",
    "Der neue ID.7 kommt im Frühjahr.",
    "Er ist einer von uns.",
    "Der Verein ging aus dem 1871 gegründeten Turnclub hervor.",
    "Es ist ein schon 1904 erbautes Haus.",
    "Das Spiel war zäh. 52. Minute: Ein Kopfball geht vorbei.",
    "Was tun? 2. Wie geht es weiter?",
    "Nach der Feier seines 80. Geburtstages reiste er ab.",
    "Der Artikel erschien am 16. 5. 2016.",
    "Die Klassenstufen vier bis sechs lernen zu Hause.",
    "Die Sonate opus 1 erklang zuerst.",
    "Das 3. Entlastungspaket kommt.",
    "Im ersten Halbjahr sank der Absatz.",
    "In der letzten Viertelstunde fiel kein Tor.",
    "Er moderiert auf NDR 1 Niedersachsen.",
    "Posted by @anna November 5, 2023",
]


def _summary(q: newsclaims.Quantity) -> tuple[object, ...]:
    return (q.text, q.value, q.value_max, q.unit, q.approx)


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_found(sentence: str, expected: list[tuple[object, ...]]) -> None:
    found = find_quantities(sentence)
    assert_spans_valid(sentence, found)
    assert [_summary(q) for q in found] == [
        (text, pytest.approx(value), None if high is None else pytest.approx(high), unit, approx)
        for text, value, high, unit, approx in expected
    ]


@pytest.mark.parametrize("sentence", NOTHING)
def test_nothing(sentence: str) -> None:
    assert find_quantities(sentence) == []


def test_soft_hyphens_and_no_break_spaces() -> None:
    text = (
        "Es kamen 3,5\u00a0Mil\u00adlionen Men\u00adschen und zahlten 20\u00a0Pro\u00adzent mehr."
    )
    found = find_quantities(text)
    assert_spans_valid(text, found)
    assert [(q.value, q.unit) for q in found] == [(3.5e6, "Mensch"), (20, "Prozent")]


def test_vague_flag() -> None:
    [hundreds, exact] = find_quantities("Hunderte kamen, genau 312 blieben.")
    assert hundreds.vague
    assert not exact.vague


def test_offsets_point_into_the_whole_text() -> None:
    text = "Einleitung.\nDer Bau kostet 3 Millionen Euro.\n"
    [quantity] = find_quantities(text)
    assert text[quantity.start : quantity.end] == "3 Millionen Euro"


def test_part_of_a_text() -> None:
    text = "Erst 5 Euro, dann 7 Euro."
    start = text.index("dann")
    [quantity] = find_quantities(text, start)
    assert (quantity.text, quantity.start) == ("7 Euro", text.index("7 Euro"))
