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
