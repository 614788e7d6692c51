"""Every Hypothesis strategy of the test suite lives here (one home, as in attrs).

Plugin tests add their strategies to this file too, in a section of their own.
"""

from __future__ import annotations

import datetime as dt

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
