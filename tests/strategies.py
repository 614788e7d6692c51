"""Every Hypothesis strategy of the test suite lives here (one home, as in attrs).

Plugin tests add their strategies to this file too, in a section of their own.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import NamedTuple

from hypothesis import strategies as st

import newsclaims

# --- text -------------------------------------------------------------------

#: Characters that break naive text code: NUL, CR/LF, combining marks, emoji
#: and their joiners, right-to-left marks, soft hyphens, non-breaking and
#: zero-width spaces, quotation marks of every style, surrogate-free astral
#: code points.
AWKWARD_CHARACTERS = (
    "\x00\r\n\t\u00a0\u00ad\u200b\u200d\u200e\u202e\u2028\u2029\ufeff"
    "\u0301\u0308\U0001f600\U0001f44d\U0001f3fd„“”»«‚‘’‹›\"'"
    ".!?…:;,-–—()[]0123456789"
)

GERMAN_WORDS = [
    "Die",
    "Regierung",
    "sagte",
    "am",
    "Montag",
    ",",
    "dass",
    "40.000",
    "Menschen",
    "rund",
    "1,2",
    "Millionen",
    "Euro",
    "erhalten",
    "hätten",
    ".",
    "„",
    "Das",
    "ist",
    "gut",
    "“",
    ",",
    "betonte",
    "Müller",
    ".",
    "Dr.",
    "Meier",
    "z.",
    "B.",
    "im",
    "Januar",
    "2021",
    "laut",
    "Polizei",
    "nach",
    "Angaben",
    "des",
    "Ministeriums",
    "5.",
    "November",
    "um",
    "20",
    "Uhr",
]

awkward_text = st.text(
    alphabet=st.one_of(
        st.sampled_from(AWKWARD_CHARACTERS),
        st.characters(codec="utf-8"),  # anything encodable, astral planes included
    ),
    max_size=300,
)

german_text = st.lists(
    st.one_of(st.sampled_from(GERMAN_WORDS), st.sampled_from(["\n", "\n\n", "\r\n", " "])),
    max_size=80,
).map(" ".join)

#: Text of the kinds above, sometimes with one very long line.
any_text = st.one_of(
    awkward_text,
    german_text,
    st.tuples(german_text, st.integers(1_000, 100_000), st.sampled_from("x .„")).map(
        lambda parts: parts[0] + parts[2] * parts[1]
    ),
)

partial_dates = st.builds(
    lambda date, precision: newsclaims.PartialDate(
        year=date.year,
        month=date.month if precision > 0 else None,
        day=date.day if precision > 1 else None,
    ),
    st.dates(),
    st.integers(0, 2),
)

articles = st.builds(
    newsclaims.Article,
    text=any_text,
    id=st.none() | st.text(max_size=20),
    title=st.none() | st.text(max_size=40),
    published=st.none() | partial_dates,
)


@st.composite
def spans_in(draw: st.DrawFn, text: str) -> tuple[int, int]:
    """``(start, end)`` with ``0 <= start <= end <= len(text)``."""
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return start, end


# --- numbers plugin ---------------------------------------------------------

# Imported here, not at the top, so that each plugin's section stays self-contained.

#: How German text writes the thousands separator (none, dot, spaces).
THOUSANDS_SEPARATORS = ("", ".", " ", "\u00a0", "\u202f")
#: Minus signs German text uses before a number.
MINUS_SIGNS = ("-", "−", "–")


def german_digits(value: int, separator: str = ".") -> str:
    """``value`` in digits, with ``separator`` between groups of three ("1.234.567")."""
    digits = str(abs(value))
    groups = []
    while digits:
        groups.append(digits[-3:])
        digits = digits[:-3]
    return ("-" if value < 0 else "") + separator.join(reversed(groups))


@st.composite
def german_integers(draw: st.DrawFn) -> tuple[str, int]:
    """An integer written in digits as German text does: ("1.234.567", 1234567), ("−5", -5)."""
    value = draw(st.integers(0, 10**15))
    text = german_digits(value, draw(st.sampled_from(THOUSANDS_SEPARATORS)))
    if value and draw(st.booleans()):
        return draw(st.sampled_from(MINUS_SIGNS)) + text, -value
    return text, value


@st.composite
def german_decimals(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A decimal written as German text does: ("1.234,56", Decimal("1234.56"))."""
    whole = draw(st.integers(0, 10**9))
    places = draw(st.integers(1, 6))
    fraction = draw(st.integers(0, 10**places - 1))
    fraction_text = str(fraction).rjust(places, "0")
    text = f"{german_digits(whole, draw(st.sampled_from(THOUSANDS_SEPARATORS)))},{fraction_text}"
    value = Decimal(f"{whole}.{fraction_text}")
    if draw(st.booleans()):
        return draw(st.sampled_from(MINUS_SIGNS)) + text, -value
    return text, value


def _german_words(value: int | Decimal) -> str:
    from num2words import num2words  # test-only oracle

    return str(num2words(value, lang="de"))


#: A whole number in German words, by num2words: ("dreihundertfünfundzwanzigtausend", 325000).
german_number_words = st.integers(0, 10**15).map(lambda n: (_german_words(n), n))

#: A decimal in German words: ("zwei Komma fünf", Decimal("2.5")).
german_decimal_words = st.decimals(
    min_value=0, max_value=10**6, places=3, allow_nan=False, allow_infinity=False
).map(lambda d: (_german_words(d), d))

#: Units a quantity sentence may count in: (written form, lemma).
NUMBER_UNITS = (
    ("Euro", "Euro"),
    ("Prozent", "Prozent"),
    ("Menschen", "Mensch"),
    ("Minuten", "Minute"),
    ("Kilometer", "Kilometer"),
    ("Tonnen", "Tonne"),
    ("Wohnungen", "Wohnung"),
    ("Stunden", "Stunde"),
)
#: Units of NUMBER_UNITS that a part may be taken of.
PART_UNITS = ("Euro", "Prozent", "Menschen", "Minuten", "Wohnungen", "Stunden")
#: Hedges before a number, with the Approx they give.
NUMBER_HEDGES = (
    ("", None),
    ("rund ", newsclaims.Approx.ABOUT),
    ("etwa ", newsclaims.Approx.ABOUT),
    ("mehr als ", newsclaims.Approx.MORE_THAN),
    ("fast ", newsclaims.Approx.ALMOST),
    ("knapp ", newsclaims.Approx.ALMOST),
    ("weniger als ", newsclaims.Approx.LESS_THAN),
    ("bis zu ", newsclaims.Approx.UP_TO),
    ("mindestens ", newsclaims.Approx.AT_LEAST),
    ("höchstens ", newsclaims.Approx.AT_MOST),
)


class QuantitySentence(NamedTuple):
    """A sentence with one quantity and what the numbers plugin should find in it."""

    text: str
    number_start: int
    number_end: int
    value: int
    unit: str
    approx: newsclaims.Approx | None


@st.composite
def quantity_sentences(draw: st.DrawFn) -> QuantitySentence:
    """ "Nach Angaben der Stadt kamen rund 1.200 Menschen zur Eröffnung."  In digits or words."""
    value = draw(st.integers(2, 999_999))
    if draw(st.booleans()):
        number = _german_words(value)
    else:
        separator = "." if value >= 10_000 else draw(st.sampled_from(("", ".")))
        number = german_digits(value, separator)
    hedge, approx = draw(st.sampled_from(NUMBER_HEDGES))
    form, lemma = draw(st.sampled_from(NUMBER_UNITS))
    lead = draw(
        st.sampled_from(
            (
                "Nach Angaben der Stadt kamen ",
                "Die Behörde meldete am Dienstag ",
                "Der Bericht nennt ",
                "Insgesamt waren es ",
            )
        )
    )
    tail = draw(st.sampled_from((".", " zur Eröffnung.", ", teilte die Polizei mit.", "!")))
    start = len(lead) + len(hedge)
    text = f"{lead}{hedge}{number} {form}{tail}"
    return QuantitySentence(text, start, start + len(number), value, lemma, approx)


#: Sentences without a number, to put around another sentence.
UNRELATED_SENTENCES = (
    "Das Wetter war schön.",
    "Der Bürgermeister äußerte sich nicht dazu.",
    "Was kommt als Nächstes?",
    "„Wir sind zufrieden“, sagte die Sprecherin.",
    "Die Opposition kritisierte das Vorhaben scharf.",
)

unrelated_text = st.lists(st.sampled_from(UNRELATED_SENTENCES), max_size=3).map(" ".join)

#: Fragments that exercise every rule of the numbers plugin when thrown together.
NUMBER_FRAGMENTS = (
    *("ein", "eine", "einer", "eins", "null", "zwei", "Drei", "zwölf", "hundert", "Tausend"),
    *("dreihundertfünfundzwanzigtausend", "anderthalb", "zweieinhalb", "Hälfte", "Drittel"),
    *("Dutzend", "Hunderte", "Millionen", "Mio.", "Mrd", "halbe", "doppelt", "Doppelte"),
    *("zweistündige", "78-Jährige", "dreimal", "jeder", "Fünfte", "minus", "Komma"),
    *("1", "1,5", "2024", "12.500", "1 234", "5,-", "10115", "030", "12.03.2024", "3.5"),
    *("rund", "mehr als", "bis zu", "bis", "zwischen", "und", "oder", "von", "auf", "zu"),
    *("Euro", "€", "US-$", "%", "Prozent", "km/h", "Grad", "Jahre", "Menschen", "Uhr"),
    *("Platz", "Nr.", "Paragraf", "G", "iOS", "seit", "im", "Jahr", "Mai", "die", "so"),
    *("-", "–", "−", ":", "/", ".", ",", "(", ")", "@", "_", "*innen", "\n"),
)

#: Random sequences of those fragments, glued or spaced.
number_soup = st.lists(
    st.tuples(st.sampled_from(NUMBER_FRAGMENTS), st.sampled_from(("", " ", " ", " "))),
    max_size=40,
).map(lambda parts: "".join(fragment + space for fragment, space in parts))


@st.composite
def listed_sentences(draw: st.DrawFn) -> tuple[str, list[tuple[int, str]]]:
    """ "Das dauert wohl 30, 40 Minuten.": a list written for a range, with the
    (value, unit lemma) of each of its two quantities."""
    low = draw(st.integers(2, 999))
    high = draw(st.integers(low + 1, 4 * low))
    form, lemma = draw(st.sampled_from(NUMBER_UNITS))
    if draw(st.booleans()):
        low_text, high_text = _german_words(low), _german_words(high)
    else:
        low_text, high_text = str(low), str(high)
    text = f"Das betrifft wohl {low_text}, {high_text} {form} im Jahr."
    return text, [(low, lemma), (high, lemma)]


@st.composite
def part_sentences(draw: st.DrawFn) -> tuple[str, list[tuple[int, str]]]:
    """ "Zugestimmt haben 68 von 70 Menschen.": a part of a counted group, two quantities
    of one noun (the total is neither small nor round, so it is no share)."""
    part = draw(st.integers(1, 998))
    total = draw(st.integers(max(part + 1, 6), 1899).filter(lambda n: n % 10))
    # counts, money and time have parts; measures do not ("zwei der 30 Meter hohen Masten")
    form, lemma = draw(st.sampled_from([unit for unit in NUMBER_UNITS if unit[0] in PART_UNITS]))
    joint = draw(st.sampled_from(("von", "der")))
    return f"Zugestimmt haben {part} {joint} {total} {form}.", [(part, lemma), (total, lemma)]


#: Clauses that a footnote number in brackets may close.
NOTED_CLAUSES = (
    "Das belegen mehrere Studien eindeutig",
    "So steht es im Bericht geschrieben",
    "Die Forscher haben das mehrfach gezeigt",
)

#: "Das belegen mehrere Studien eindeutig (12).": a note, no quantity.
noted_sentences = st.builds(
    lambda clause, number, end: f"{clause} ({number}){end}",
    st.sampled_from(NOTED_CLAUSES),
    st.integers(1, 999),
    st.sampled_from((".", ", sagte sie.", " und mehr.")),
)

# --- dates plugin -------------------------------------------------------------

#: German month names as the dates plugin reads them (standard spelling)
GERMAN_MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip

calendar_days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


def render_date(day: dt.date, style: str) -> str:
    """A date written the way German news writes it, in one of several styles."""
    month = GERMAN_MONTHS[day.month - 1]
    return {
        "long": f"{day.day}. {month} {day.year}",
        "long-padded": f"{day.day:02d}. {month} {day.year}",
        "numeric": f"{day.day:02d}.{day.month:02d}.{day.year}",
        "numeric-short": f"{day.day}.{day.month}.{day.year}",
        "numeric-spaced": f"{day.day}. {day.month}. {day.year}",
        "iso": day.isoformat(),
        # "Mai" has no abbreviation
        "abbreviated": f"{day.day}. {month[:3] + '.' if len(month) > 3 else month} {day.year}",
    }[style]


DATE_STYLES = (
    "long",
    "long-padded",
    "numeric",
    "numeric-short",
    "numeric-spaced",
    "iso",
    "abbreviated",
)

#: (German unit word in the plural, TIMEX3 unit, whether it belongs after the T)
DURATION_UNITS = (
    ("Sekunden", "S", True),
    ("Minuten", "M", True),
    ("Stunden", "H", True),
    ("Tage", "D", False),
    ("Wochen", "W", False),
    ("Monate", "M", False),
    ("Jahre", "Y", False),
)

GERMAN_NUMBER_WORDS = (
    "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
)  # fmt: skip

duration_amounts = st.one_of(
    st.integers(2, 999).map(lambda n: (str(n), n)),
    st.sampled_from(list(enumerate(GERMAN_NUMBER_WORDS, start=2))).map(lambda p: (p[1], p[0])),
)

#: groups of people whose age news gives with "N Jahre" ("Kinder unter zwölf Jahren")
PERSON_GROUPS = ("Kinder", "Menschen", "Jugendliche", "Frauen", "Männer", "Personen", "Erwachsene")


@st.composite
def group_ages(draw: st.DrawFn) -> str:
    """ "Kinder unter 12 Jahren", "Menschen zwischen 18 und 65 Jahren", "Frauen ab 50 Jahren"."""
    group = draw(st.sampled_from(PERSON_GROUPS))
    low = draw(st.integers(1, 90))
    high = draw(st.integers(low + 1, 99))
    form = draw(st.sampled_from(["unter", "über", "ab", "bis", "zwischen", "von"]))
    if form == "zwischen":
        return f"{group} zwischen {low} und {high} Jahren"
    if form == "von":
        return f"{group} von {low} bis {high} Jahren"
    return f"{group} {form} {high} Jahren"


#: places and kinds of events for the items of an events listing
LISTING_PLACES = ("Bozen", "Brixen", "Meran", "Linz", "Graz", "Wels", "Steyr", "Innsbruck")
LISTING_EVENTS = ("Konzert im Dom", "Lesung im Stadtsaal", "Flohmarkt am Hauptplatz", "Kabarett")


@st.composite
def listing_items(draw: st.DrawFn) -> list[tuple[str, int]]:
    """Items of an events listing: ("Graz: Lesung im Stadtsaal, 19.30 Uhr.", 19)."""
    items = []
    for _ in range(draw(st.integers(4, 8))):
        hour = draw(st.integers(8, 22))
        minute = draw(st.sampled_from(["", ".30", ".15"]))
        place, event = draw(st.sampled_from(LISTING_PLACES)), draw(st.sampled_from(LISTING_EVENTS))
        items.append((f"{place}: {event}, {hour}{minute} Uhr.", hour))
    return items


# --- boilerplate plugin -------------------------------------------------------

#: Words of news prose: enough function words to read as running text.
PROSE_SUBJECTS = (
    "Die Regierung",
    "Der Bürgermeister",
    "Die Polizei",
    "Ein Sprecher der Stadt",
    "Die Gewerkschaft",
    "Das Gericht",
    "Der Verband",
    "Die Ministerin",
)
PROSE_VERBS = ("teilte am Montag mit", "erklärte", "sagte", "kündigte an", "betonte")
PROSE_CLAUSES = (
    "dass die Preise im kommenden Jahr um rund zwölf Prozent steigen werden",
    "dass die Arbeiten an der Brücke noch bis zum Herbst dauern",
    "dass mehr als 300 Menschen an der Versammlung teilgenommen hätten",
    "dass man die Entscheidung sorgfältig prüfen und erst danach bewerten wolle",
    "dass die Kosten für Strom und Diesel zuletzt deutlich gestiegen seien",
    "dass der Verkehr in der Innenstadt am Wochenende umgeleitet wird",
)
HEADLINE_WORDS = (
    "Preise",
    "steigen",
    "deutlich",
    "Streit",
    "um",
    "die",
    "neue",
    "Brücke",
    "im",
    "Rathaus",
    "Wahl",
    "Verkehr",
    "Stadt",
)

prose_sentences = st.builds(
    lambda subject, verb, clause: f"{subject} {verb}, {clause}.",
    st.sampled_from(PROSE_SUBJECTS),
    st.sampled_from(PROSE_VERBS),
    st.sampled_from(PROSE_CLAUSES),
)

#: A paragraph of one to four sentences.
paragraphs = st.lists(prose_sentences, min_size=1, max_size=4).map(" ".join)

headlines = st.lists(st.sampled_from(HEADLINE_WORDS), min_size=3, max_size=9).map(
    lambda words: " ".join(words).capitalize()
)


def headline_set(blocks: list[str]) -> set[str]:
    return {block for block in blocks if not block.endswith(".")}


@st.composite
def clean_articles(draw: st.DrawFn) -> str:
    """An article without furniture: a headline, paragraphs, now and then a crosshead.

    No block repeats another (a repeated paragraph is a duplicate, which is
    boilerplate).
    """
    blocks = [draw(headlines)]
    for _ in range(draw(st.integers(1, 8))):
        if draw(st.booleans()) and len(blocks) > 2:
            blocks.append(draw(headlines))
        blocks.append(draw(paragraphs))
    blocks = list(dict.fromkeys(blocks))
    while blocks[-1] in headline_set(blocks):
        blocks.pop()  # an article ends with a paragraph, not with a crosshead
    separator = draw(st.sampled_from(["\n", "\n\n", "\r\n"]))
    return separator.join(blocks)


#: Lines of page furniture as they appear in scraped text.  The list
#: headings ("Mehr zum Thema") come last: what follows them is a teaser.
FURNITURE_LINES = (
    "Zum Inhalt springen",
    "Menü",
    "Suche",
    "Startseite",
    "Politik",
    "Wirtschaft",
    "Anzeige",
    "Newsletter abonnieren",
    "Artikel teilen",
    "Facebook",
    "Twitter",
    "Drucken",
    "Impressum",
    "Datenschutz",
    "Kontakt",
    "© 2024 Beispielverlag",
    "Foto: Anna Muster/dpa",
    "20. März 2021 - 15:00 Uhr",
    "Von Max Mustermann",
    "Kommentare",
    "Schreiben Sie einen Kommentar",
    "Antworten",
)
LIST_HEADINGS = ("Mehr zum Thema", "Meistgelesen", "Lesen Sie auch:", "meistkommentiert")


@st.composite
def pages(draw: st.DrawFn) -> str:
    """A scraped page: furniture, then an article, then more furniture, mixed with odd lines."""
    head = draw(st.lists(st.sampled_from(FURNITURE_LINES), max_size=12))
    tail = draw(
        st.lists(
            st.sampled_from(FURNITURE_LINES + LIST_HEADINGS + tuple(HEADLINE_WORDS)), max_size=12
        )
    )
    noise = draw(st.lists(st.one_of(awkward_text, german_text), max_size=3))
    lines = [*head, draw(clean_articles()), *tail]
    for extra in noise:
        lines.insert(draw(st.integers(0, len(lines))), extra)
    return "\n".join(lines)


#: Anything the cleaner may be handed: text of every kind, articles, pages.
cleaner_inputs = st.one_of(any_text, clean_articles(), pages())

# --- quotes plugin ---------------------------------------------------------------

_SYLLABLES = (
    "ka",
    "lo",
    "mi",
    "ter",
    "bun",
    "sa",
    "vel",
    "dor",
    "ni",
    "pra",
    "gu",
    "zen",
    "rof",
    "tau",
)


def _pseudo_word(syllables: list[str]) -> str:
    return "".join(syllables)


def _not_in_quotes_lexicon(word: str) -> bool:
    """Pseudo-words must not collide with a word the quotes plugin knows."""
    from newsclaims_quotes.vocabulary import vocabulary

    words = vocabulary()
    lower = word.lower()
    return (
        lower not in words.verbs
        and lower not in words.konjunktiv
        and lower not in words.function_words
        and lower not in words.phrases
        and words.descriptor_kind(word) is None
        and not words.is_anonymous(word)
        and not words.is_speech_noun(word)
        and not words.is_attribution_noun(word)
    )


#: A lowercase pseudo-word such as "kalomi" (never a word of the lexicons).
pseudo_words = (
    st.lists(st.sampled_from(_SYLLABLES), min_size=2, max_size=4)
    .map(_pseudo_word)
    .filter(_not_in_quotes_lexicon)
)

#: A person's name as written in news: one or two capitalised pseudo-words.
person_names = st.lists(pseudo_words.map(str.capitalize), min_size=1, max_size=2).map(" ".join)

#: What a speaker says: a few pseudo-words ending in a full stop or not.
quote_contents = st.tuples(
    st.lists(pseudo_words, min_size=1, max_size=8).map(" ".join),
    st.sampled_from(["", ".", "!", "?"]),
).map(lambda parts: parts[0][:1].upper() + parts[0][1:] + parts[1])

#: A verb of saying in the third person singular past, with its lemma.
speech_verbs = st.sampled_from(
    [
        ("sagte", "sagen"),
        ("erklärte", "erklären"),
        ("betonte", "betonen"),
        ("behauptete", "behaupten"),
    ]
)

#: Quotation mark pairs of German, Swiss and English news.
quote_mark_pairs = st.sampled_from([("„", "“"), ("»", "«"), ("«", "»"), ("“", "”"), ('"', '"')])

#: Text with no quotation mark and no speech verb: plain pseudo-word sentences.
plain_text = st.lists(
    st.lists(pseudo_words, min_size=1, max_size=10).map(
        lambda words: " ".join(words).capitalize() + "."
    ),
    min_size=1,
    max_size=12,
).map(" ".join)

#: Role nouns of news appositions ("die Sprecherin der Partei, Anna Keller,").
role_nouns = st.sampled_from(["Sprecherin", "Vorsitzende", "Ministerin", "Leiterin", "Chefin"])
