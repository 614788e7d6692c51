"""The context around a number that decides what kind of number it is.

:class:`Context` holds one line's tokens and answers the questions the
scanner (:mod:`._extract`) asks about a number phrase: is it a year, a date,
an ordinal, a score, a phone number, part of a name or a compound; which
hedge stands before it; which words between it and its noun are adjectives.
Each question looks at a few tokens around the phrase, never more, so the
scan stays linear.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from ._lexer import NUMBER, WORD, Token, lex
from ._nouns import Counted, lemma, noun_at, unit_at
from ._phrase import ARTICLE, CARDINAL, COMPOUND, Phrase, glued, number_at
from ._tables import Vocabulary, vocabulary
from ._words import ordinal_value

SIGNS = {"-": -1, "−": -1, "–": -1, "+": 1}
DASHES = frozenset("-–—")
#: Marks of handles, tags and code around a number: "@12_31_84", "#9", "x=5".
_HANDLE_MARKS = frozenset("@_#=\\|<>^&")
OPENERS = frozenset("([/„“\"'»«‚‘")
SENTENCE_MARKS = frozenset('.!?:;"„“”»«')
_SPACES = re.compile(r"\s+")
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_DATE_WITHOUT_YEAR = re.compile(r"[0-9]{1,2}\.[0-9]{1,2}")
#: Plain integers longer than this without separators are identifiers (postcodes, ids)
#: unless a unit, a scale or a hedge says otherwise; German writes 10.000 with a dot.
_MAX_PLAIN_DIGITS = 4
_MAX_AGE = 120
#: Number words that are a bare scale: "mehrere hunderttausend" is vague.
ROUND_SCALES = frozenset({100, 1000, 10_000, 100_000})
_PHONE_PARTS = 6
MAX_ADJECTIVES = 3
#: Endings of German (and English) plural nouns, for telling a count from a model name.
_PLURAL_ENDINGS = ("e", "n", "r", "s")
_GENDER_ENDINGS = frozenset({"innen", "Innen"})
#: Separators of lists and tables: a number after them followed by a full stop is a rank.
_LIST_MARKS = frozenset(":;–-—/•·|")
#: After the end of a sentence, "3." opens an item of a numbered list.
_SENTENCE_ENDS = frozenset(".?!")
#: "Vogt (GER) 225,2 (94,0/91,0) 5. Yuki Ito": after a bracket, a small "N." is a rank.
_RANK_DIGITS = 2
_YEARS = (1000, 2100)
#: Hours and minutes written with a full stop ("22.45"); German decimals take a comma.
_CLOCK = re.compile(r"([0-9]{1,2})\.[0-5][0-9]")
#: Digits in groups of three, as German writes amounts ("6.500", "1.234.567").
_GROUPED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")
#: After an acronym, a plain number this big counts ("CDC 647 Fälle"); smaller ones name
#: ("NDR 1 Niedersachsen").
_MIN_AMOUNT = 100
_DAY_DIGITS = 2
_MAX_HOUR = 24
#: Years a word like "seit" announces even when a noun follows them.
_MODERN_YEARS = (1900, 2100)
#: Words that join the numbers of a list of identifiers ("Artikel 5 und 6").
_COORDINATORS = frozenset({"und", "oder", "bis", ",", "/", "-", "–", "sowie"})
_MAX_COORDINATED = 4
_SHORT_NAME = 4
_AFTER_NOTE = frozenset({"und", "oder", "sowie"})
_MAX_PARTS = 4


class Lead(NamedTuple):
    """What comes before the number: a currency written first, a sign."""

    first: int  # the first token of the quantity
    number: int  # the token where the number starts
    sign: int
    prefix: Counted | None


class Context:
    """One line's tokens, and what the words around a number say about it."""

    def __init__(self, text: str, tokens: Sequence[Token], sentence_end: Callable[[int], bool]):
        self.text = text
        self.tokens = tokens
        self.sentence_end = sentence_end
        self.vocab: Vocabulary = vocabulary()
        self.roles = self.vocab.roles

    def _role(self, role: str) -> frozenset[str]:
        return self.roles.get(role, frozenset())

    def _digits_excluded(self, lead: Lead, phrase: Phrase) -> int | None:
        tokens, k, stop = self.tokens, phrase.first, phrase.stop
        number = tokens[k].text
        if k > 0 and glued(tokens, k):
            before = tokens[k - 1]
            if before.kind == WORD and lead.sign == 1:
                return stop  # "G7", "A380"
            if (
                (before.text in DASHES or before.text in SIGNS)
                and k > 1
                and glued(tokens, k - 1)
                and tokens[k - 2].kind in (WORD, NUMBER)
            ):
                return stop  # "Covid-19", the 13 of "2024-08-13"
            if before.text in ":/." and k > 1 and tokens[k - 2].kind == NUMBER:
                return stop  # the 33 of "1:01:33"
            if (
                before.text == "."
                and k > 1
                and glued(tokens, k - 1)
                and _short_name(tokens[k - 2])
                and f"{tokens[k - 2].text.lower()}." not in self.vocab.hedges
            ):
                return stop  # "ID.4", "Nr.5": a name or reference written without a space
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
        if (
            after.text in ":/"
            and stop + 1 < len(tokens)
            and tokens[stop + 1].kind == NUMBER
            and glued(tokens, stop + 1)
        ):
            return stop + 2  # "2:1", "14:30", "2023/24", "24/7"; not "(2019: 3,1)"
        if after.text == "." and stop == k + 1:
            if _DATE_WITHOUT_YEAR.fullmatch(number):
                return stop + 1  # "5.11."
            if self._spaced_date(stop + 1):
                return stop + 4  # "26. 10. 2015"
            # "(84. Sollbauer)", "1. FC Köln" at the start of a line, "– 50. Paul
            # Gerstgraser" in a result list, "? 3. Wie ..." in a numbered list, "seines
            # 70. Geburtstages" after a determiner: ordinals, whatever follows them
            opened = k == lead.first and (
                k == 0
                or (tokens[k - 1].text == "(" and glued(tokens, k))
                or tokens[k - 1].text in _LIST_MARKS
                or tokens[k - 1].text in _SENTENCE_ENDS
                or (tokens[k - 1].text == "," and self._result_before(k - 2))
                or (tokens[k - 1].text == ")" and number.isdigit() and len(number) <= _RANK_DIGITS)
                or tokens[k - 1].text in self._role("singular-determiner")
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
        if after.text in DASHES and stop + 1 < len(tokens) and glued(tokens, stop + 1):
            following = tokens[stop + 1]
            if following.kind == NUMBER and self._date_chain(stop + 1):
                return stop + 2  # "2024-08-13"
        return None

    def _result_before(self, j: int) -> bool:
        """Whether ``tokens[j]`` ends a result in a ranking: "77,24", "1:20:29"."""
        tokens = self.tokens
        return (
            j > 0
            and tokens[j].kind == NUMBER
            and ("," in tokens[j].text or (tokens[j - 1].text == ":" and glued(tokens, j)))
        )

    def _spaced_date(self, j: int) -> bool:
        """Whether ``tokens[j:]`` continue a day with a month and a year: "26. 10. 2015"."""
        tokens = self.tokens
        return (
            j + 2 < len(tokens)
            and tokens[j].kind == NUMBER
            and len(tokens[j].text) <= 2
            and tokens[j + 1].text == "."
            and glued(tokens, j + 1)
            and tokens[j + 2].kind == NUMBER
            and len(tokens[j + 2].text) == 4
            and tokens[j + 2].text.isdigit()
        )

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
            and tokens[k - 1].text in DASHES
            and glued(tokens, k - 1)
            and tokens[k - 2].kind == WORD
        )

    def _date_chain(self, j: int) -> bool:
        """Whether the number at ``j`` is followed by another glued "-" and number."""
        tokens = self.tokens
        return (
            j + 2 < len(tokens)
            and tokens[j + 1].text in DASHES
            and glued(tokens, j + 1)
            and glued(tokens, j + 2)
            and tokens[j + 2].kind == NUMBER
        )

    def _hyphen_compound(self, dash: int) -> int:
        """Skip a compound that starts with a number ("Sieben-Tage-Inzidenz")."""
        tokens, j = self.tokens, dash
        while (
            j + 1 < len(tokens)
            and tokens[j].text in DASHES
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
        """Whether a word before the number makes it part of a name or an address.

        "Paragraf 218", "Nr. 5", and house numbers after a street ("Schlossstraße
        50", "Karl-Marx-Str. 3").
        """
        previous = self._previous_word(k)
        if previous is None:
            return False
        if previous in self._role("identifier"):
            # "in der 11. Runde zwei Tore": after an ordinal the word names no number
            return not self._ordinal_before(k - 1)
        lower = previous.lower()
        return previous[:1].isupper() and any(
            lower.endswith(ending) and len(lower) > len(ending) for ending in self._role("street")
        )

    def _coordinated(self, stop: int) -> int:
        """The index after the numbers coordinated with an identifier's number.

        "Artikel 5 und 6", "auf den Plätzen elf und zwölf", "Nummer 32, 33":
        the numbers after the first one name things too.  A number with a
        unit or noun after it starts something new ("Platz drei und 20 Punkte").
        """
        tokens = self.tokens
        for _ in range(_MAX_COORDINATED):
            if stop + 1 >= len(tokens) or tokens[stop].text not in _COORDINATORS:
                break
            following = number_at(tokens, stop + 1)
            if following is None or following.kind != CARDINAL or following.scaled:
                break
            if (
                unit_at(self.text, tokens, following.stop) is not None
                or noun_at(tokens, following.stop, plural=True) is not None
            ):
                break
            stop = following.stop
        return stop

    def _period_named(self, k: int) -> bool:
        """Whether a definite article or an ordinal names the period at ``tokens[k]``.

        "im ersten Halbjahr", "das vergangene Vierteljahr", "in der ersten
        Viertelstunde" name a period; "ein weiteres Halbjahr" and "eine
        Viertelstunde" last that long.
        """
        tokens, j = self.tokens, k
        for _ in range(MAX_ADJECTIVES):
            if j == 0 or self._ordinal_before(j):
                return j > 0
            before = tokens[j - 1]
            if before.text in self._role("definite"):
                return True
            if (
                before.kind == WORD
                and before.text.islower()
                and before.text.endswith(_ADJECTIVE_ENDINGS)
            ):
                j -= 1
                continue
            return False
        return False

    def _ordinal_before(self, k: int) -> bool:
        """Whether an ordinal stands right before ``tokens[k]`` ("11." or "elften")."""
        tokens = self.tokens
        if k == 0:
            return False
        before = tokens[k - 1]
        if before.text == "." and k > 1 and glued(tokens, k - 1):
            return tokens[k - 2].kind == NUMBER
        return before.kind == WORD and ordinal_value(before.text) is not None

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
        if word in self._role("month"):
            # "im März 30.000"; "November 5, 2023" is a date
            return self.tokens[k].text.isdigit() and len(self.tokens[k].text) <= _DAY_DIGITS
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

    def _is_year(self, lead: Lead, phrase: Phrase, counted: Counted | None, hedged: bool) -> bool:
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
                counted is None
                or (
                    _MODERN_YEARS[0] <= phrase.value <= _MODERN_YEARS[1]
                    and previous not in self._role("count-cue")
                )
            ):
                return True  # "seit 2019 Bundeskanzler", "bis 2030"; not "ab 1000 Teilnehmer"
            determiner = previous
            if previous in self._role("particle") and k > 1:
                determiner = tokens[k - 2].text  # "ein bereits 1896 gegründeter"
            if (
                determiner in self._role("singular-determiner")
                and counted is not None
                and not tokens[phrase.stop].text[:1].isupper()
            ):
                return True  # "dem 1868 gegründeten Verein": one thing, dated
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

    def _model_name(self, lead: Lead, phrase: Phrase, counted: Counted) -> bool:
        """ "iPhone 11 Pro", "Sky Sport 1 HD", "Witcher 3 Switch": a name, a number, a name.

        After a name a number counts the noun that follows only when that noun
        looks plural ("Laut Polizei 300 Menschen").
        """
        tokens, k = self.tokens, phrase.first
        if phrase.words or lead.sign != 1 or lead.prefix is not None or not self._name_before(k):
            return False
        name = tokens[k - 1].text
        if name.isupper() and not self._big_amount(phrase):
            return True  # "NDR 1 Niedersachsen", "TSV 1860 München"
        if any(char.isupper() for char in name[1:]) and not name.isupper():
            return True  # "iPhone", "macOS"
        nouns = [t.text for t in tokens[counted.first : counted.stop] if t.kind == WORD]
        head = nouns[-1] if nouns else ""
        if head in _GENDER_ENDINGS:
            return False
        return lemma(head) == head and not head.endswith(_PLURAL_ENDINGS)

    def _big_amount(self, phrase: Phrase) -> bool:
        """Whether a number reads as an amount, not a model number: "6.500", "647", "1,4 Mio."."""
        written = self.tokens[phrase.first].text
        if phrase.scaled or "," in written or _GROUPED.fullmatch(written):
            return True
        return phrase.value >= _MIN_AMOUNT and not self._year_like(phrase)

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

    def _bare_number_rejected(self, lead: Lead, phrase: Phrase, approx: str | None) -> bool:
        """Whether a number with nothing after it to count is a name or an id, not a quantity."""
        if lead.sign != 1 or lead.prefix is not None or phrase.kind != CARDINAL or phrase.scaled:
            return False  # "795 Millionen" is an amount whatever stands before it
        tokens, k, stop = self.tokens, phrase.first, phrase.stop
        if not phrase.words and (
            (k > 0 and tokens[k - 1].kind == NUMBER)
            or (stop < len(tokens) and tokens[stop].kind == NUMBER)
        ):
            return True  # "2 3 4 5 6 7 8": a calendar or a table row
        if not phrase.words and self._bracket_note(k, stop):
            return True  # "wie Studien zeigen (4).", "7:6 (5)": a reference, a tie-break
        written = tokens[k].text
        if not phrase.words and self._clock_time(k, written):
            return True  # "gegen 22.45", "Bis 23.15, ZDF": a time without "Uhr"
        if not phrase.words and self._name_before(phrase.first) and "," not in written:
            return True  # "Boeing 737", "iOS 9"
        # "10115 Berlin": German writes counts above 9999 with separators
        return (
            written.isdigit()
            and len(written) > _MAX_PLAIN_DIGITS
            and approx is None
            and not phrase.scaled
        )

    def _bracket_note(self, k: int, stop: int) -> bool:
        """Whether a bare number alone in brackets is a note, not an amount.

        A footnote after a clause ("wie Studien belegen (4)."), a numbered
        item at the start of a line ("(16) Das Update"), a tie-break after a
        score ("7:6 (5)").  After a name it stays an amount or an age
        ("München (829)", "Kreissl (63)").
        """
        tokens = self.tokens
        if k == 0 or tokens[k - 1].text != "(" or stop >= len(tokens) or tokens[stop].text != ")":
            return False
        if k == 1:
            return True
        before = tokens[k - 2]
        if before.kind == NUMBER:
            return k > 2 and tokens[k - 3].text == ":"
        if before.kind != WORD:
            return True  # "belegen „Studien“ (4)"
        if number_at(tokens, k - 2) is not None:
            return False  # "auf Platz vier (3,2)"
        if self._name_start(k - 2)[:1].isupper():
            return False  # "München (829)", "An Hyong-chan (56)"
        # after a lower-case word a note closes the clause: punctuation or a conjunction
        # follows ("die Hälfte davon (948) lebte in Heimen" counts people)
        after = tokens[stop + 1] if stop + 1 < len(tokens) else None
        return after is None or after.kind != WORD or after.text in _AFTER_NOTE

    def _name_start(self, k: int) -> str:
        """The first part of the hyphenated word that ends at ``tokens[k]`` ("Hyong" of "Hyong-chan")."""
        tokens, start = self.tokens, k
        for _ in range(_MAX_PARTS):
            if (
                start > 1
                and tokens[start - 1].text in DASHES
                and glued(tokens, start)
                and glued(tokens, start - 1)
                and tokens[start - 2].kind == WORD
            ):
                start -= 2
            else:
                break
        return tokens[start].text

    def _clock_time(self, k: int, written: str) -> bool:
        """ "gegen 22.45", "(20.15)": hours and minutes after a word that announces a time."""
        match = _CLOCK.fullmatch(written)
        if match is None or int(match[1]) > _MAX_HOUR:
            return False
        return k == 0 or self.tokens[k - 1].text in self._role("clock-cue")

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
            and self._name_start(k - 2)[:1].isupper()
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

    def _year_like(self, phrase: Phrase) -> bool:
        """Whether a phrase is four plain digits that could be a year of any age ("1623")."""
        text = self.tokens[phrase.first].text
        return (
            not phrase.words
            and len(text) == 4
            and text.isdigit()
            and _YEARS[0] <= phrase.value <= _YEARS[1]
        )

    def _plain_year(self, phrase: Phrase) -> bool:
        """Whether a phrase is four plain digits in the range of modern years ("2035")."""
        text = self.tokens[phrase.first].text
        return (
            not phrase.words
            and not phrase.scaled
            and len(text) == 4
            and text.isdigit()
            and _MODERN_YEARS[0] <= phrase.value <= _MODERN_YEARS[1]
        )

    def _both_years(self, low: Phrase, high: Phrase) -> bool:
        def year(phrase: Phrase) -> bool:
            text = self.tokens[phrase.first].text
            return not phrase.words and text.isdigit() and len(text) in (2, 4) and not phrase.scaled

        return year(low) and year(high) and len(self.tokens[low.first].text) == 4

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
                if approx and not self._capitalised_inside(end - size):
                    return None if self._preposition(end - size, first) else approx
            if end > 0 and tokens[end - 1].text.lower() in self._role("particle"):
                end -= 1
                continue
            break
        return None

    def _preposition(self, k: int, first: int) -> bool:
        """Whether the hedge word at ``tokens[k]`` is a preposition, governed by what precedes it.

        "ein Vertrag über 10 Millionen Dosen", "eine Umfrage unter 4400
        Unternehmen", "ein Brief an die vier Marktführer", "der Streit um die
        300 Stellen": the words of the roles ``governs-über`` and the like
        (a noun also as the head of a compound, "Liefervertrag").  Before a
        duration the word hedges all the same ("sprachen über zwei Stunden").
        "bis" after a number joins a range ("zwei bis drei"), it hedges nothing.
        """
        tokens = self.tokens
        if k == 0 or number_at(tokens, first) is None:
            return False  # "über die Hälfte" is more than half
        before = tokens[k - 1]
        word = tokens[k].text.lower()
        if word == "bis" and first == k + 1:
            return (
                before.kind == NUMBER
                or number_at(tokens, k - 1) is not None
                or (before.text in DASHES and k > 1 and tokens[k - 2].kind == NUMBER)
            )
        governors = self._role(f"governs-{word}")
        if not governors or before.kind != WORD:
            return False
        lower = before.text.lower()
        governed = before.text in governors or (
            before.text[:1].isupper()
            and any(
                governor[:1].isupper() and lower.endswith(governor.lower())
                for governor in governors
            )
        )
        return governed and not self._duration_at(first)

    def _duration_at(self, first: int) -> bool:
        """Whether the number at ``tokens[first]`` is followed by a unit of time."""
        number = number_at(self.tokens, first)
        if number is None:
            return False
        unit = unit_at(self.text, self.tokens, number.stop, words=number.words)
        return unit is not None and unit.unit is not None and unit.unit.kind == "time"

    def _capitalised_inside(self, k: int) -> bool:
        """Whether ``tokens[k]`` is capitalised inside a sentence: "in der 11. Runde", a noun,
        not the hedge "runde"; "Rund 300" opens a sentence."""
        tokens = self.tokens
        if not tokens[k].text[:1].isupper() or k == 0:
            return False
        before = tokens[k - 1]
        if before.text == ".":
            return not self.sentence_end(before.end)  # "der 11. Runde"
        # a dash ends a dateline: "Wien – Rund 300 Menschen"
        return (
            before.text not in SENTENCE_MARKS
            and before.text not in OPENERS
            and before.text not in DASHES
        )

    def _inner_hedge(self, start: int, stop: int) -> str | None:
        """A hedging adjective between an article and its unit ("eine knappe Stunde")."""
        for token in self.tokens[start:stop]:
            approx = self.vocab.hedges.get(token.text.lower())
            if approx:
                return approx
        return None

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


def _short_name(token: Token) -> bool:
    """An abbreviation or a short name ("ID", "Nr", "Art"), not the last word of a sentence."""
    return (
        token.kind == WORD
        and token.text[:1].isupper()
        and (len(token.text) <= _SHORT_NAME or token.text.isupper())
    )


@functools.cache
def _hedge_endings() -> frozenset[str]:
    """The last token of every hedge ("als" of "mehr als", "." of "ca.")."""
    return frozenset(lex(phrase, 0, len(phrase))[-1].text for phrase in vocabulary().hedges)


@functools.cache
def _idioms() -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """Each word of an idiom, with the idioms it is in and its position there."""
    index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for idiom in vocabulary().idioms:
        for position, word in enumerate(idiom):
            index.setdefault(word, []).append((idiom, position))
    return index
