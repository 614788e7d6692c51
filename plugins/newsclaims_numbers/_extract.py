"""Find the quantities of a line: number phrases judged by their context.

The scanner walks the tokens of one line.  At each token that can start a
number it reads the number phrase (:mod:`._phrase`), then decides from the
tokens around it whether the phrase quantifies something (see
``docs/plugins/numbers.rst``): years, dates, clock times, ordinals, scores and
numbers in names are left alone.  What stays gets its unit or counted noun,
its hedge, and for a range its upper bound.

Every look-around is bounded by a few tokens, so a line is scanned in linear
time whatever it holds.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Container, Sequence
from fractions import Fraction
from typing import NamedTuple

import newsclaims

from ._lexer import NUMBER, WORD, Token, lex
from ._nouns import Counted, lemma, noun_at, unit_at
from ._phrase import (
    ARTICLE,
    CARDINAL,
    COMPOUND,
    HALF,
    MEASURE,
    MULTIPLE,
    VAGUE,
    Phrase,
    glued,
    number_at,
)
from ._tables import ARTICLE_FORMS, Vocabulary, vocabulary
from ._words import ordinal_value

_SIGNS = {"-": -1, "−": -1, "–": -1, "+": 1}
_DASHES = frozenset("-–—")
#: Marks of handles, tags and code around a number: "@12_31_84", "#9", "x=5".
_HANDLE_MARKS = frozenset("@_#=\\|<>^&")
_OPENERS = frozenset("([/„“\"'»«‚‘")
_SENTENCE_MARKS = frozenset('.!?:;"„“”»«')
_SPACES = re.compile(r"\s+")
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_DATE_WITHOUT_YEAR = re.compile(r"[0-9]{1,2}\.[0-9]{1,2}")
#: Plain integers longer than this without separators are identifiers (postcodes, ids)
#: unless a unit, a scale or a hedge says otherwise; German writes 10.000 with a dot.
_MAX_PLAIN_DIGITS = 4
_MAX_AGE = 120
#: Number words that are a bare scale: "mehrere hunderttausend" is vague.
_ROUND_SCALES = frozenset({100, 1000, 10_000, 100_000})
_PHONE_PARTS = 6
_MAX_ADJECTIVES = 3
#: Endings of German (and English) plural nouns, for telling a count from a model name.
_PLURAL_ENDINGS = ("e", "n", "r", "s")
_GENDER_ENDINGS = frozenset({"innen", "Innen"})
#: Separators of lists and tables: a number after them followed by a full stop is a rank.
_LIST_MARKS = frozenset(":;–-—/•·|")
_YEARS = (1000, 2100)
#: Years a word like "seit" announces even when a noun follows them.
_MODERN_YEARS = (1900, 2100)


class _Lead(NamedTuple):
    """What comes before the number: a currency written first, a sign."""

    first: int  # the first token of the quantity
    number: int  # the token where the number starts
    sign: int
    prefix: Counted | None


class _Item(NamedTuple):
    first: int
    stop: int
    value: Fraction
    unit: str | None
    value_max: Fraction | None = None


class Scanner:
    """The quantities of one line of ``text``, given its tokens."""

    def __init__(self, text: str, tokens: Sequence[Token], sentence_end: Callable[[int], bool]):
        self.text = text
        self.tokens = tokens
        self.sentence_end = sentence_end
        self.vocab: Vocabulary = vocabulary()
        self.roles = self.vocab.roles
        self.found: list[newsclaims.Quantity] = []

    # --- the walk -------------------------------------------------------------------------

    def scan(self) -> list[newsclaims.Quantity]:
        """Every quantity of the line, in text order."""
        tokens, i = self.tokens, 0
        if not any(token.kind == WORD for token in tokens):
            return self.found  # a line of digits and signs: a counter, a table cell, a date
        prefilter, starters = self.vocab.prefilter, _starters()
        while i < len(tokens):
            token = tokens[i]
            if token.kind == NUMBER or token.text in starters:
                candidate = True
            elif token.kind == WORD:
                candidate = token.text[:3].lower() in prefilter
            else:
                candidate = (
                    token.text in _SIGNS
                    and i + 1 < len(tokens)
                    and tokens[i + 1].kind == NUMBER
                    and glued(tokens, i + 1)
                )
            i = max(i + 1, self._match(i)) if candidate else i + 1
        return self.found

    def _role(self, role: str) -> Container[str]:
        return self.roles.get(role, frozenset())

    def _match(self, i: int) -> int:
        """Try a quantity at ``tokens[i]``; the index to go on from."""
        tokens = self.tokens
        if tokens[i].text.lower() in ARTICLE_FORMS and (
            i + 1 == len(tokens) or tokens[i + 1].text not in _article_followers()
        ):
            return i + 1  # "ein Gespräch": most articles, at the cost of one lookup
        if tokens[i].text in self._role("every"):
            return self._share(i)
        lead = self._lead(i)
        if lead is None:
            return i + 1
        phrase = number_at(tokens, lead.number)
        if phrase is None:
            return i + 1
        skip = self._excluded(lead, phrase)
        if skip is not None:
            return skip
        return self._build(lead, phrase)

    def _lead(self, i: int) -> _Lead | None:
        tokens, first, sign, prefix = self.tokens, i, 1, None
        if tokens[i].kind != NUMBER:
            unit = unit_at(self.text, tokens, i, before=True)
            if unit is not None and unit.unit is not None and unit.stop < len(tokens):
                prefix, i = unit, unit.stop
        sign_value = _SIGNS.get(tokens[i].text)
        if (
            sign_value is not None
            and i + 1 < len(tokens)
            and tokens[i + 1].kind == NUMBER
            and glued(tokens, i + 1)
            and (not glued(tokens, i) or tokens[i - 1].text in _OPENERS)
        ):
            sign, i = sign_value, i + 1
        elif (
            tokens[i].text in self._role("sign")
            and i + 1 < len(tokens)
            and tokens[i + 1].kind in (NUMBER, WORD)
        ):
            sign, i = -1, i + 1
        return _Lead(first, i, sign, prefix)

    # --- what is not a quantity -----------------------------------------------------------

    def _excluded(self, lead: _Lead, phrase: Phrase) -> int | None:
        """The index to go on from when the phrase is no quantity; ``None`` when it may be one."""
        tokens, k, stop = self.tokens, phrase.first, phrase.stop
        after = tokens[stop] if stop < len(tokens) else None
        if not phrase.words:
            skip = self._digits_excluded(lead, phrase)
            if skip is not None:
                return skip
        elif (
            self._idiom(k)
            or self._after_hyphen(k)
            or (
                k > 0
                and tokens[k - 1].text in self._role("clock-before")
                and phrase.kind == CARDINAL
            )
        ):
            return stop
        if (
            after is not None
            and after.text in _DASHES
            and glued(tokens, stop)
            and stop + 1 < len(tokens)
            and glued(tokens, stop + 1)
            and tokens[stop + 1].kind == WORD
            and not phrase.scaled
        ):
            measured = self._measure_compound(lead, phrase)
            if measured is not None:
                return measured  # "ein 500-Milliarden-Euro-Paket", "ein 92,5-Meter-Sprung"
            return self._hyphen_compound(stop)  # "Sieben-Tage-Inzidenz", "Fünf-Prozent-Hürde"
        if (
            k > 0
            and lead.prefix is None
            and lead.sign == 1
            and self._identifier_before(k)
            and unit_at(self.text, tokens, stop, words=phrase.words) is None
        ):
            return stop  # "Paragraf 218", "Platz drei"; but "S. sechs Wochen"
        if after is not None and (
            after.text in self._role("clock") or after.text in self._role("month")
        ):
            return stop + 1  # "20 Uhr", "am 15 April" (a date without its full stop)
        if self._score(phrase):
            return stop + 2
        return None

    def _digits_excluded(self, lead: _Lead, phrase: Phrase) -> int | None:
        tokens, k, stop = self.tokens, phrase.first, phrase.stop
        number = tokens[k].text
        if k > 0 and glued(tokens, k):
            before = tokens[k - 1]
            if before.kind == WORD and lead.sign == 1:
                return stop  # "G7", "A380"
            if (
                (before.text in _DASHES or before.text in _SIGNS)
                and k > 1
                and glued(tokens, k - 1)
                and tokens[k - 2].kind in (WORD, NUMBER)
            ):
                return stop  # "Covid-19", the 13 of "2024-08-13"
            if before.text in ":/." and k > 1 and tokens[k - 2].kind == NUMBER:
                return stop  # the 33 of "1:01:33"
        if k > 0 and glued(tokens, k) and tokens[k - 1].text in _HANDLE_MARKS:
            return stop  # "@12_31", "#9", "ID=5"
        if len(number) > 1 and number[0] == "0" and number[1].isdigit():
            return stop  # "030", "Schalke 04"
        if self._phone(k):
            return stop  # "0661 - 480 488 151"
        after = tokens[stop] if stop < len(tokens) else None
        if after is None or not glued(tokens, stop):
            return None
        if after.text in _HANDLE_MARKS:
            return stop + 1  # "12_31", "5@"
        if after.text in ":/" and stop + 1 < len(tokens) and tokens[stop + 1].kind == NUMBER:
            return stop + 2  # "2:1", "14:30", "2023/24", "24/7"
        if after.text == "." and stop == k + 1:
            if _DATE_WITHOUT_YEAR.fullmatch(number):
                return stop + 1  # "5.11."
            # "(84. Sollbauer)", "1. FC Köln" at the start of a line, "– 50. Paul
            # Gerstgraser" in a result list: ordinals, whatever follows them
            opened = k == lead.first and (
                k == 0
                or (tokens[k - 1].text == "(" and glued(tokens, k))
                or tokens[k - 1].text in _LIST_MARKS
                or self._declined_before(k)
            )
            if not opened and (stop + 1 == len(tokens) or self.sentence_end(after.end)):
                return None  # the full stop ends the sentence: "heute sind es noch 412."
            return stop + 1  # an ordinal: "5. November", "89. Minute", "(84. Sollbauer)"
        if (
            after.kind == WORD
            and phrase.kind != COMPOUND
            and unit_at(self.text, tokens, stop) is None
        ):
            return stop + 1  # "17a", "1990er", "5G"
        if after.text in _DASHES and stop + 1 < len(tokens) and glued(tokens, stop + 1):
            following = tokens[stop + 1]
            if following.kind == NUMBER and self._date_chain(stop + 1):
                return stop + 2  # "2024-08-13"
        return None

    def _declined_before(self, k: int) -> bool:
        """ "der digitalen 137. Session": a determiner and an adjective make "N." an ordinal."""
        tokens = self.tokens
        return (
            k > 1
            and tokens[k - 1].kind == WORD
            and tokens[k - 1].text.islower()
            and tokens[k - 1].text.endswith(_ADJECTIVE_ENDINGS)
            and tokens[k - 2].text in self._role("determiner")
        )

    def _phone(self, k: int) -> bool:
        """Whether digits before the number, back to one with a leading zero, make a phone number."""
        tokens, j = self.tokens, k - 1
        while j >= 0 and k - j <= _PHONE_PARTS:
            token = tokens[j]
            if token.kind == NUMBER:
                if token.text[:1] == "0" and len(token.text) > 1:
                    return True
            elif token.text not in "-/–" or token.text == "":
                return False
            j -= 1
        return False

    def _after_hyphen(self, k: int) -> bool:
        """Whether a word number ends a hyphenated compound ("Top-Elf", "Formel-Eins")."""
        tokens = self.tokens
        return (
            k > 1
            and glued(tokens, k)
            and tokens[k - 1].text in _DASHES
            and glued(tokens, k - 1)
            and tokens[k - 2].kind == WORD
        )

    def _date_chain(self, j: int) -> bool:
        """Whether the number at ``j`` is followed by another glued "-" and number."""
        tokens = self.tokens
        return (
            j + 2 < len(tokens)
            and tokens[j + 1].text in _DASHES
            and glued(tokens, j + 1)
            and glued(tokens, j + 2)
            and tokens[j + 2].kind == NUMBER
        )

    def _measure_compound(self, lead: _Lead, phrase: Phrase) -> int | None:
        """A compound that starts with an amount in digits and a scale: "500-Milliarden-Euro-Paket".

        Without a scale the compound names a thing ("49-Euro-Ticket",
        "100-Meter-Lauf", "7-Tage-Inzidenz", "5-Prozent-Hürde") and is left alone.
        """
        tokens = self.tokens
        if phrase.words or lead.prefix is not None:
            return None
        scale = self.vocab.scales.get(tokens[phrase.stop + 1].text.lower())
        if scale is None:
            return None
        value, unit, end = phrase.value * lead.sign * scale[0], None, phrase.stop + 2
        k = end + 1
        if (
            k < len(tokens)
            and tokens[end].text in _DASHES
            and glued(tokens, end)
            and glued(tokens, k)
        ):
            counted = unit_at(self.text, tokens, k, compounds=False)
            if counted is not None and counted.unit is not None and counted.unit.kind == "money":
                unit, end = counted.lemma, counted.stop
        self._add(_Item(lead.first, end, value, unit), None, vague=False)
        return self._hyphen_compound(end)

    def _hyphen_compound(self, dash: int) -> int:
        """Skip a compound that starts with a number ("Sieben-Tage-Inzidenz")."""
        tokens, j = self.tokens, dash
        while (
            j + 1 < len(tokens)
            and tokens[j].text in _DASHES
            and glued(tokens, j)
            and glued(tokens, j + 1)
        ):
            j += 2
        return j

    def _idiom(self, k: int) -> bool:
        tokens = self.tokens
        for idiom, position in _idioms().get(tokens[k].text.lower(), ()):
            begin = k - position
            if begin < 0 or begin + len(idiom) > len(tokens):
                continue
            if all(tokens[begin + n].text.lower() == part for n, part in enumerate(idiom)):
                return True
        return False

    def _previous_word(self, k: int) -> str | None:
        """The word before ``tokens[k]``, with the full stop of an abbreviation ("Nr.")."""
        tokens = self.tokens
        previous = tokens[k - 1]
        if previous.text == "." and k > 1 and glued(tokens, k - 1) and tokens[k - 2].kind == WORD:
            return tokens[k - 2].text + "."
        return previous.text

    def _identifier_before(self, k: int) -> bool:
        """Whether a word before the number makes it part of a name ("Paragraf 218")."""
        previous = self._previous_word(k)
        return previous is not None and previous in self._role("identifier")

    def _name_before(self, k: int) -> bool:
        """Whether a name stands right before the number ("iOS 9", "Boeing 737").

        Only asked when nothing follows the number that it could count.
        """
        tokens = self.tokens
        if k == 0 or tokens[k - 1].kind != WORD or glued(tokens, k):
            return False
        word = tokens[k - 1].text
        if (
            word in self.vocab.units
            or word.lower() in self.vocab.hedges
            or word in self._role("not-noun")
        ):
            return False
        # capitalised: a name ("Hannover 96"), also at the start of a sentence, where
        # function words and adverbs are capitalised too (they are in not-noun)
        return word[:1].isupper() or any(char.isupper() for char in word[1:])

    def _score(self, phrase: Phrase) -> bool:
        """ "2:1", "2 : 1", "zwei zu eins": two numbers joined by a colon or "zu".

        A colon with a space after it only ("2018: 98 Fälle") introduces a value.
        """
        tokens, stop = self.tokens, phrase.stop
        if stop + 1 >= len(tokens) or tokens[stop].text not in (":", "zu"):
            return False
        following = tokens[stop + 1]
        if tokens[stop].text == "zu" and not phrase.words:
            return False  # "mit 97 zu 26 Stimmen" is a tally of two quantities
        if tokens[stop].text == ":":
            return (
                following.kind == NUMBER
                and glued(tokens, stop) == glued(tokens, stop + 1)
                and phrase.kind in (CARDINAL, ARTICLE)
                and not phrase.scaled
            )
        if not phrase.words or following.kind != WORD:
            return False
        number = number_at(tokens, stop + 1)
        return (
            number is not None
            and number.kind in (CARDINAL, ARTICLE)
            and unit_at(self.text, tokens, number.stop) is None
        )

    def _is_year(self, lead: _Lead, phrase: Phrase, counted: Counted | None, hedged: bool) -> bool:
        tokens, k = self.tokens, phrase.first
        number = tokens[k].text
        if (
            phrase.words
            or phrase.kind != CARDINAL
            or phrase.scaled
            or not number.isdigit()
            or len(number) != 4
            or lead.sign != 1
            or lead.prefix is not None
            or not _YEARS[0] <= phrase.value <= _YEARS[1]
        ):
            return False
        if counted is not None and counted.unit is not None:
            return False  # "2024 Euro"
        if k > 0:
            previous = tokens[k - 1].text
            if previous in self._role("month"):
                return True  # "im Mai 2024"
            if previous in self._role("year-cue") and (
                counted is None or _MODERN_YEARS[0] <= phrase.value <= _MODERN_YEARS[1]
            ):
                return True  # "seit 2019 Bundeskanzler", "bis 2030"; not "ab 1000 Teilnehmer"
            if (
                previous in self._role("year-noun")
                and k > 1
                and tokens[k - 2].text in self._role("article")
            ):
                return True
        if hedged:
            return False  # "rund 2000"
        if (
            counted is not None
            and _MODERN_YEARS[0] <= phrase.value <= _MODERN_YEARS[1]
            and not tokens[phrase.stop].text[:1].isupper()
        ):
            return True  # "seinen 1994 gestorbenen Großvater"
        return counted is None

    # --- what is one ----------------------------------------------------------------------

    def _build(self, lead: _Lead, phrase: Phrase) -> int:
        tokens = self.tokens
        kind = phrase.kind
        if kind in (HALF, MULTIPLE):
            return self._half_or_multiple(phrase)
        if kind == COMPOUND and phrase.unit == "Mal" and phrase.value == 1:
            return phrase.stop  # "einmal"
        approx = self._hedge(lead.first)
        vague = kind == VAGUE or (
            phrase.words
            and phrase.kind == CARDINAL
            and phrase.value in _ROUND_SCALES
            and lead.first > 0
            and tokens[lead.first - 1].text in self._role("vague-before")
        )
        if vague and approx is None:
            approx = "more_than"
        value = phrase.value * lead.sign

        ratio = self._ratio(phrase)
        if ratio is not None:
            denominator, stop = ratio
            total_of = self._counted(stop, plural=True, words=phrase.words)
            end = total_of.stop if total_of else stop
            self._add(_Item(lead.first, end, value / denominator, None), approx, vague)
            return end

        counted: Counted | None
        if lead.prefix is not None:
            counted = lead.prefix
        elif kind in (MEASURE, COMPOUND):
            counted = None
        else:
            counted = self._counted(
                phrase.stop,
                plural=phrase.value != 1,
                words=phrase.words and not phrase.scaled,
                article=kind == ARTICLE,
            )

        span = self._range(lead, phrase, counted, approx, vague)
        if span is not None:
            return span

        if kind == ARTICLE:
            if counted is None or counted.unit is None or counted.unit.kind == "count":
                return phrase.stop  # "ein Gespräch", "ein Mal": the article
            approx = approx or self._inner_hedge(phrase.stop, counted.stop)
        if self._is_year(lead, phrase, counted, approx is not None) or self._postcode(phrase):
            return phrase.stop
        if counted is not None and counted.unit is None and self._model_name(lead, phrase, counted):
            return phrase.stop
        stop = counted.stop if counted is not None and lead.prefix is None else phrase.stop
        if (
            counted is None
            and not phrase.words
            and (self._age(phrase) or self._decade_of_life(phrase))
        ):
            self._add(_Item(lead.first, phrase.stop, value, "Jahr"), approx, vague)
            return phrase.stop
        if counted is None and self._bare_number_rejected(lead, phrase, approx):
            return phrase.stop
        unit = phrase.unit if kind in (MEASURE, COMPOUND) else (counted.lemma if counted else None)
        self._add(_Item(lead.first, stop, value, unit), approx, vague)
        return stop

    def _model_name(self, lead: _Lead, phrase: Phrase, counted: Counted) -> bool:
        """ "iPhone 11 Pro", "Sky Sport 1 HD", "Witcher 3 Switch": a name, a number, a name.

        After a name a number counts the noun that follows only when that noun
        looks plural ("Laut Polizei 300 Menschen").
        """
        tokens, k = self.tokens, phrase.first
        if phrase.words or lead.sign != 1 or lead.prefix is not None or not self._name_before(k):
            return False
        if any(char.isupper() for char in tokens[k - 1].text[1:]):
            return True  # "iPhone", "macOS"
        nouns = [t.text for t in tokens[counted.first : counted.stop] if t.kind == WORD]
        head = nouns[-1] if nouns else ""
        if head in _GENDER_ENDINGS:
            return False
        return lemma(head) == head and not head.endswith(_PLURAL_ENDINGS)

    def _postcode(self, phrase: Phrase) -> bool:
        """ "in 10115 Berlin", "Hauptstraße 9, 17489 Greifswald": five plain digits in an address."""
        tokens, k = self.tokens, phrase.first
        written = tokens[k].text
        if phrase.words or phrase.scaled or len(written) != 5 or not written.isdigit() or k == 0:
            return False
        previous = tokens[k - 1]
        if previous.text in ("in", "In") or previous.kind == NUMBER:
            return True
        return previous.text == "," and k > 1 and tokens[k - 2].kind == NUMBER

    def _bare_number_rejected(self, lead: _Lead, phrase: Phrase, approx: str | None) -> bool:
        """Whether a number with nothing after it to count is a name or an id, not a quantity."""
        if lead.sign != 1 or lead.prefix is not None or phrase.kind != CARDINAL or phrase.scaled:
            return False  # "795 Millionen" is an amount whatever stands before it
        tokens, k, stop = self.tokens, phrase.first, phrase.stop
        if not phrase.words and (
            (k > 0 and tokens[k - 1].kind == NUMBER)
            or (stop < len(tokens) and tokens[stop].kind == NUMBER)
        ):
            return True  # "2 3 4 5 6 7 8": a calendar or a table row
        if (
            not phrase.words
            and k > 1
            and tokens[k - 1].text == "("
            and tokens[k - 2].kind not in (WORD, NUMBER)
        ):
            return True  # "erheblich verdeckt sind“ (4).": a reference
        written = tokens[k].text
        if not phrase.words and self._name_before(phrase.first) and "," not in written:
            return True  # "Boeing 737", "iOS 9"
        # "10115 Berlin": German writes counts above 9999 with separators
        return (
            written.isdigit()
            and len(written) > _MAX_PLAIN_DIGITS
            and approx is None
            and not phrase.scaled
        )

    def _add(self, item: _Item, approx: str | None, vague: bool) -> None:
        tokens = self.tokens
        start, end = tokens[item.first].start, tokens[item.stop - 1].end
        self.found.append(
            newsclaims.Quantity.at(
                self.text,
                start,
                end,
                value=float(item.value),
                value_max=None if item.value_max is None else float(item.value_max),
                unit=item.unit,
                approx=approx,
                vague=vague,
            )
        )

    def _counted(
        self, j: int, *, plural: bool, words: bool, article: bool = False
    ) -> Counted | None:
        """The unit or counted noun after a number, over at most two adjectives."""
        tokens = self.tokens
        if j >= len(tokens):
            return None
        unit = unit_at(self.text, tokens, j, words=words, compounds=not article)
        if unit is not None:
            return unit
        k = j
        while k < len(tokens) and k - j < _MAX_ADJECTIVES:
            if self._adjective(k, article=article):
                k += 1
            elif not article and self._adverb(k) and self._adjective(k + 1, article=False):
                k += 2  # "1500 positiv getestete Mitarbeiter"
            else:
                break
        if k > j and k < len(tokens):
            unit = unit_at(self.text, tokens, k, words=words, compounds=not article)
            if unit is not None:
                return unit._replace(first=j)
        if article:
            return None
        noun = noun_at(tokens, k, plural=plural)
        return noun._replace(first=j) if noun is not None else None

    def _adjective(self, k: int, *, article: bool) -> bool:
        token = self.tokens[k]
        if token.kind != WORD:
            return False
        word = token.text
        if article:
            return word in self._role("filler") or word.lower() in self.vocab.hedges
        return (
            word[:1].islower()
            and len(word) > 3
            and word.endswith(_ADJECTIVE_ENDINGS)
            and word not in self._role("not-adjective")
            and ordinal_value(word) is None  # "1995 erster Präsident"
            and number_at(self.tokens, k) is None
        )

    def _adverb(self, k: int) -> bool:
        """An uninflected lower-case word that may stand before an adjective ("neu", "schwer")."""
        if k + 1 >= len(self.tokens) or self.tokens[k].kind != WORD:
            return False
        word = self.tokens[k].text
        return word.islower() and len(word) > 2 and word not in self._role("not-adjective")

    def _inner_hedge(self, start: int, stop: int) -> str | None:
        """A hedging adjective between an article and its unit ("eine knappe Stunde")."""
        for token in self.tokens[start:stop]:
            approx = self.vocab.hedges.get(token.text.lower())
            if approx:
                return approx
        return None

    def _hedge(self, first: int) -> str | None:
        """The hedge that ends right before ``tokens[first]`` ("rund", "mehr als", "bis zu")."""
        tokens, hedges, end = self.tokens, self.vocab.hedges, first
        endings = _hedge_endings()
        for _ in range(2):
            if end == 0 or tokens[end - 1].text.lower() not in endings:
                size_limit = 0
            else:
                size_limit = min(self.vocab.hedge_words, end)
            for size in range(size_limit, 0, -1):
                form = self.text[tokens[end - size].start : tokens[end - 1].end]
                approx = hedges.get(_SPACES.sub(" ", form).lower())
                if approx:
                    return approx
            if end > 0 and tokens[end - 1].text.lower() in self._role("particle"):
                end -= 1
                continue
            break
        return None

    def _age(self, phrase: Phrase) -> bool:
        """ "Kreissl (63)": a number in brackets right after a name is an age."""
        tokens, k = self.tokens, phrase.first
        return (
            k > 1
            and tokens[k - 1].text == "("
            and glued(tokens, k)
            and phrase.stop < len(tokens)
            and tokens[phrase.stop].text in "),"
            and tokens[k - 2].kind == WORD
            and tokens[k - 2].text[:1].isupper()
            and tokens[k].text.isdigit()
            and 0 < phrase.value <= _MAX_AGE
        )

    def _decade_of_life(self, phrase: Phrase) -> bool:
        """ "eine Frau Anfang 40", "beide Mitte 50": an age."""
        tokens, k = self.tokens, phrase.first
        return (
            k > 0
            and tokens[k - 1].text in self._role("age-before")
            and tokens[k].text.isdigit()
            and 10 <= phrase.value < 100
        )

    def _half_or_multiple(self, phrase: Phrase) -> int:
        """ "die Hälfte", "das Doppelte", "doppelt so viele": a share or a multiple."""
        tokens, k = self.tokens, phrase.first
        determiners = self._role("determiner")
        has_determiner = k > 0 and tokens[k - 1].text in determiners
        if phrase.kind == MULTIPLE and tokens[k].text.islower():
            if not (phrase.stop < len(tokens) and tokens[phrase.stop].text == "so"):
                return phrase.stop  # "doppelte Staatsbürgerschaft"
            hedge_from = k
        elif has_determiner:
            hedge_from = k - 1
        elif phrase.kind == HALF and (k == 0 or tokens[k - 1].text in _SENTENCE_MARKS):
            hedge_from = k
        else:
            return phrase.stop  # "die zweite Hälfte"
        approx = self._hedge(hedge_from)
        self._add(_Item(k, phrase.stop, phrase.value, None), approx, vague=False)
        return phrase.stop

    def _share(self, i: int) -> int:
        """ "jeder Fünfte", "jede dritte Frau": one in n."""
        tokens = self.tokens
        if i + 1 >= len(tokens):
            return i + 1
        following = tokens[i + 1]
        n: int | None = None
        stop = i + 2
        if following.kind == WORD:
            n = ordinal_value(following.text)
        elif (
            following.kind == NUMBER
            and following.text.isdigit()
            and stop < len(tokens)
            and tokens[stop].text == "."
            and glued(tokens, stop)
        ):
            n, stop = int(following.text), stop + 1
        if n is None or n < 2:
            return i + 1
        counted = (
            self._counted(stop, plural=False, words=True) if following.text[:1].islower() else None
        )
        end = counted.stop if counted is not None and counted.unit is None else stop
        self._add(_Item(i, end, Fraction(1, n), None), self._hedge(i), vague=False)
        return end

    def _ratio(self, phrase: Phrase) -> tuple[Fraction, int] | None:
        """ "vier von zehn": a share written as a count out of a total."""
        tokens, j = self.tokens, phrase.stop
        if phrase.kind not in (CARDINAL, ARTICLE) or phrase.scaled or j + 1 >= len(tokens):
            return None
        if tokens[j].text != "von":
            return None
        total = number_at(tokens, j + 1)
        if (
            total is None
            or total.kind != CARDINAL
            or total.words != phrase.words
            or total.scaled
            or total.value <= phrase.value
            or total.value.denominator != 1
            or phrase.value.denominator != 1
            or unit_at(self.text, tokens, total.stop) is not None
        ):
            return None
        return total.value, total.stop

    def _range(
        self,
        lead: _Lead,
        low: Phrase,
        low_counted: Counted | None,
        approx: str | None,
        vague: bool,
    ) -> int | None:
        """ "40 bis 50 Minuten", "zwischen 40 und 50", "40-50", "zwei oder drei Tage".

        A range gives two items: the lower bound with ``value_max`` (the
        range), and the upper bound on its own, so that every number written
        in the text lies in exactly one quantity.  The upper bound's unit and
        scale apply to the lower one when it has none ("1,5 bis 2 Milliarden
        Euro").  Returns the index after the range, ``None`` when there is none.
        """
        tokens = self.tokens
        if low.kind not in (CARDINAL, ARTICLE) or vague:
            return None
        j = low_counted.stop if low_counted is not None and lead.prefix is None else low.stop
        if low_counted is not None and low_counted.unit is None:
            return None  # "zwei Männer und drei Frauen"
        if j + 1 >= len(tokens):
            return None
        joint = tokens[j].text
        if joint in _DASHES:
            if glued(tokens, j) != glued(tokens, j + 1):
                return None
            is_range = True
        elif joint == "bis":
            is_range = True
            if tokens[j + 1].text == "zu" and j + 2 < len(tokens):
                j += 1
        elif joint == "und":
            before = lead.first - 1
            is_range = before >= 0 and tokens[before].text in self._role("range-start")
            if not is_range:
                return None
        elif (
            joint == "oder"
            or (joint == "auf" and lead.first > 0 and tokens[lead.first - 1].text in ("von", "Von"))
            or (joint == "zu" and not low.words and tokens[j + 1].kind == NUMBER)
            or (joint == "von" and not low.scaled)
        ):
            # "zwei oder drei Tage", "von 1,4 auf 2,8 Millionen", "97 zu 26", "25 von 30 Millionen"
            is_range = False
        else:
            return None
        upper_lead = self._lead(j + 1)
        if upper_lead is None or upper_lead.prefix is not None:
            return None
        high = number_at(tokens, upper_lead.number)
        if high is None or high.kind != CARDINAL or (joint == "von" and not high.scaled):
            return None
        if high.stop < len(tokens) and tokens[high.stop].text in self._role("clock"):
            return high.stop + 1  # "9 bis 17 Uhr", "23.00 bis 05.00 Uhr"
        if not high.words and tokens[high.first].text[:1] == "0" and high.value >= 1:
            return None  # "2024-08": a month
        if self._digits_glued_after(high):
            return None
        high_counted = self._counted(high.stop, plural=True, words=high.words and not high.scaled)
        if high_counted is not None and high_counted.unit is None and low.kind == ARTICLE:
            high_counted = None
        low_value = low.value * lead.sign
        high_value = high.value * upper_lead.sign
        if low.scale == 1 and high.scaled and _close(low.value * high.scale, high.value):
            low_value *= high.scale  # "1,5 bis 2 Milliarden", not "zwischen 500 und 1 Million"
        if is_range and high_value <= low_value:
            return None  # "Graabak 362 – 6. Gruber": a list, not a range
        unit_source = low_counted if low_counted is not None else high_counted
        if (unit_source is None or unit_source.unit is None) and self._both_years(low, high):
            return high.stop  # "2019 bis 2021", "von 1990 bis 1995 erster Präsident"
        if low.kind == ARTICLE and (high_counted is None or high_counted.unit is None):
            return None
        unit = unit_source.lemma if unit_source is not None else None
        low_stop = low_counted.stop if low_counted is not None and lead.prefix is None else low.stop
        high_stop = high_counted.stop if high_counted is not None else high.stop
        self._add(
            _Item(lead.first, low_stop, low_value, unit, high_value if is_range else None),
            approx,
            vague=False,
        )
        self._add(_Item(upper_lead.first, high_stop, high_value, unit), approx, vague=False)
        return high_stop

    def _digits_glued_after(self, phrase: Phrase) -> bool:
        """Whether a digit phrase runs on into letters, a full stop or a colon ("5. Mai")."""
        tokens, stop = self.tokens, phrase.stop
        if phrase.words or stop >= len(tokens) or not glued(tokens, stop):
            return False
        after = tokens[stop]
        if after.text == ".":
            return not (stop + 1 == len(tokens) or self.sentence_end(after.end))
        return after.text in ":/" or (
            after.kind == WORD and unit_at(self.text, tokens, stop) is None
        )

    def _both_years(self, low: Phrase, high: Phrase) -> bool:
        def year(phrase: Phrase) -> bool:
            text = self.tokens[phrase.first].text
            return not phrase.words and text.isdigit() and len(text) in (2, 4) and not phrase.scaled

        return year(low) and year(high) and len(self.tokens[low.first].text) == 4


@functools.cache
def _hedge_endings() -> frozenset[str]:
    """The last token of every hedge ("als" of "mehr als", "." of "ca.")."""
    return frozenset(lex(phrase, 0, len(phrase))[-1].text for phrase in vocabulary().hedges)


@functools.cache
def _article_followers() -> frozenset[str]:
    """Tokens after "ein" that may make it a number: units, fractions, scales, halves,
    fillers and hedging adjectives ("eine knappe Stunde"), "bis" and "oder" of a range."""
    vocab = vocabulary()
    words: set[str] = {lex(form, 0, len(form))[0].text for form in vocab.units}
    for lower in (*vocab.fractions, *vocab.scales):
        words.update((lower, lower.capitalize()))
    words.update(vocab.roles.get("filler", ()))
    words.update(phrase for phrase in vocab.hedges if " " not in phrase)
    words.update(("bis", "oder", "von"))
    return frozenset(words)


def _close(a: Fraction, b: Fraction) -> bool:
    """Whether two bounds are within a factor of 100 of each other."""
    return a > 0 and b > 0 and max(a, b) <= 100 * min(a, b)


@functools.cache
def _starters() -> frozenset[str]:
    """Tokens that may start a quantity without being a number: currencies written first,
    "minus", "jeder"."""
    vocab = vocabulary()
    firsts = {lex(form, 0, len(form))[0].text for form, unit in vocab.units.items() if unit.before}
    return frozenset(firsts | vocab.roles.get("every", set()) | vocab.roles.get("sign", set()))


@functools.cache
def _idioms() -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """Each word of an idiom, with the idioms it is in and its position there."""
    index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for idiom in vocabulary().idioms:
        for position, word in enumerate(idiom):
            index.setdefault(word, []).append((idiom, position))
    return index


def scan_line(
    text: str, start: int, end: int, sentence_end: Callable[[int], bool]
) -> list[newsclaims.Quantity]:
    """The quantities in ``text[start:end]`` (one line, or part of one)."""
    tokens = lex(text, start, end)
    if not tokens:
        return []
    return Scanner(text, tokens, sentence_end).scan()
