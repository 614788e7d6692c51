"""Every Hypothesis strategy of the test suite lives here (one home, as in attrs).

Plugin tests add their strategies to this file too, in a section of their own.
"""

from __future__ import annotations

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
