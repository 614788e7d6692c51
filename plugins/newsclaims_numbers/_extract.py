"""Find the quantities of a line: number phrases judged by their context.

The scanner walks the tokens of one line.  At each token that can start a
number it reads the number phrase (:mod:`._phrase`), then decides from the
tokens around it (:mod:`._context`) whether the phrase quantifies something
(see ``docs/plugins/numbers.rst``): years, dates, clock times, ordinals,
scores and numbers in names are left alone.  What stays gets its unit or counted noun,
its hedge, and for a range its upper bound.

Every look-around is bounded by a few tokens, so a line is scanned in linear
time whatever it holds.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import NamedTuple

import newsclaims

from ._context import (
    DASHES,
    MAX_ADJECTIVES,
    OPENERS,
    ROUND_SCALES,
    SENTENCE_MARKS,
    SIGNS,
    Context,
    Lead,
)
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
from ._tables import ARTICLE_FORMS, vocabulary
from ._words import ordinal_value

#: "drei von vier" is a share; out of larger totals only round ones in words are.
_MAX_SMALL_TOTAL = 5
#: Words a hyphen is suspended before: "20- bis 54-Jährige", "Drei- und Vierjährige".
_SUSPENDED_BY = frozenset({"bis", "und", "oder"})
#: Units whose amounts a part may be taken of ("300 der 800 Euro", "30 der 60 Minuten");
#: not measures ("zwei der 30 Zentimeter hohen Poller").
_PARTS_OF = frozenset({"count", "money", "percent", "time"})
#: "ein, zwei Tage", "30, 40 Prozent": in a list written for a range each number is at
#: most this many times the one before; also the most numbers such a list runs on for.
_MAX_LIST_STEP = 4


class _Item(NamedTuple):
    first: int
    stop: int
    value: Fraction
    unit: str | None
    value_max: Fraction | None = None


class Scanner(Context):
    """The quantities of one line of ``text``, given its tokens."""

    def __init__(self, text: str, tokens: Sequence[Token], sentence_end: Callable[[int], bool]):
        super().__init__(text, tokens, sentence_end)
        self.found: list[newsclaims.Quantity] = []

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
                    token.text in SIGNS
                    and i + 1 < len(tokens)
                    and tokens[i + 1].kind == NUMBER
                    and glued(tokens, i + 1)
                )
            i = max(i + 1, self._match(i)) if candidate else i + 1
        return self.found

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

    def _lead(self, i: int) -> Lead | None:
        tokens, first, sign, prefix = self.tokens, i, 1, None
        if tokens[i].kind != NUMBER:
            unit = unit_at(self.text, tokens, i, before=True)
            if unit is not None and unit.unit is not None and unit.stop < len(tokens):
                prefix, i = unit, unit.stop
        sign_value = SIGNS.get(tokens[i].text)
        if (
            sign_value is not None
            and i + 1 < len(tokens)
            and tokens[i + 1].kind == NUMBER
            and glued(tokens, i + 1)
            and (not glued(tokens, i) or tokens[i - 1].text in OPENERS)
        ):
            sign, i = sign_value, i + 1
        elif (
            tokens[i].text in self._role("sign")
            and i + 1 < len(tokens)
            and tokens[i + 1].kind in (NUMBER, WORD)
        ):
            sign, i = -1, i + 1
        return Lead(first, i, sign, prefix)

    def _excluded(self, lead: Lead, phrase: Phrase) -> int | None:
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
            and after.text in DASHES
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
            return self._coordinated(
                stop
            )  # "Paragraf 218", "Plätze drei und vier"; not "S. sechs Wochen"
        if after is not None and (
            after.text in self._role("clock") or after.text in self._role("month")
        ):
            return stop + 1  # "20 Uhr", "am 15 April" (a date without its full stop)
        if self._score(phrase):
            return stop + 2
        return None

    def _measure_compound(self, lead: Lead, phrase: Phrase) -> int | None:
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
            and tokens[end].text in DASHES
            and glued(tokens, end)
            and glued(tokens, k)
        ):
            counted = unit_at(self.text, tokens, k, compounds=False)
            if counted is not None and counted.unit is not None and counted.unit.kind == "money":
                unit, end = counted.lemma, counted.stop
        self._add(_Item(lead.first, end, value, unit), None, vague=False)
        return self._hyphen_compound(end)

    def _build(self, lead: Lead, phrase: Phrase) -> int:
        tokens = self.tokens
        kind = phrase.kind
        if kind in (HALF, MULTIPLE):
            return self._half_or_multiple(phrase)
        if kind == MEASURE and lead.first == phrase.first and self._period_named(phrase.first):
            return phrase.stop  # "im ersten Halbjahr": a period, not a duration
        approx = self._hedge(lead.first)
        if kind == COMPOUND and phrase.unit == "Mal" and phrase.value == 1 and approx is None:
            return phrase.stop  # "einmal" counts only when hedged: "mehr als einmal"
        vague = kind == VAGUE or (
            phrase.words
            and phrase.kind == CARDINAL
            and phrase.value in ROUND_SCALES
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
        if counted is None and lead.prefix is None and kind in (CARDINAL, ARTICLE) and not vague:
            shared = self._shared_unit(phrase)
            if shared is not None:
                self._add(_Item(lead.first, phrase.stop, value, shared.lemma), approx, vague)
                return phrase.stop

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
        while k < len(tokens) and k - j < MAX_ADJECTIVES:
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
        elif phrase.kind == HALF and (k == 0 or tokens[k - 1].text in SENTENCE_MARKS):
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
        """ "vier von zehn", "drei von vier Befragten": a share written as a count out of a total.

        Only out of a small or a round total, the way shares are told; "68 von
        70 Mitgliedern" and "eine von vier Institutionen" count a group and
        its members, two quantities (see :meth:`_share_unit`).
        """
        tokens, j = self.tokens, phrase.stop
        if phrase.kind != CARDINAL or phrase.scaled or j + 1 >= len(tokens):
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
            or not _share_total(total.value, words=phrase.words)
        ):
            return None
        return total.value, total.stop

    def _shared_unit(self, phrase: Phrase) -> Counted | None:
        """The unit or noun a bare number shares with the number after it.

        "ein, zwei Tage" and "30, 40 Prozent" (a loose range written as a
        list), "68 von 70 Mitgliedern", "21 der 36 Sitze" (a part of a
        group).  The number after it is found on its own when the scan gets
        there; ``None`` when nothing is shared.
        """
        tokens, j = self.tokens, phrase.stop
        if j + 1 >= len(tokens) or phrase.scaled or self._plain_year(phrase):
            return None
        joint = tokens[j].text
        if joint == ",":
            if not glued(tokens, j):
                return None
            following = number_at(tokens, j + 1)
            if (
                following is None
                or following.kind != CARDINAL
                or following.scaled
                or following.words != phrase.words
                or not phrase.value < following.value <= _MAX_LIST_STEP * phrase.value
            ):
                return None
            return self._unit_at_end(following)
        if joint not in ("von", "der") or phrase.kind != CARDINAL:
            return None  # "eine von vier Institutionen": the article counts nothing
        if joint == "von" and j + 1 < len(tokens) and tokens[j + 1].text in ("den", "diesen"):
            j += 1  # "300 von den 600 Angestellten"
        # "35 der letzten 41 Rennen", "300 der insgesamt etwa 600 Angestellten"
        for _ in range(_MAX_LIST_STEP):
            if j + 2 < len(tokens) and self._partitive_filler(j + 1):
                j += 1
        total = number_at(tokens, j + 1)
        if total is None:
            if joint != "der" or self._year_like(phrase):
                return None  # "sieben von den Forschern" may name who did it
            # "rund 400 der Flüchtlinge"; not "Tabelle 3 der Studie"
            group = noun_at(tokens, j + 1, plural=True)
            if group is None or lemma(tokens[group.stop - 1].text) == tokens[group.stop - 1].text:
                return None
            return group
        if (
            total.kind != CARDINAL
            or total.scaled
            or total.value <= phrase.value
            or self._plain_year(total)
        ):
            return None
        counted = self._counted(total.stop, plural=True, words=total.words)
        if counted is not None and counted.unit is not None and counted.unit.kind not in _PARTS_OF:
            return None  # "zwei der 30 Zentimeter hohen Poller": a part of a count only
        return counted

    def _partitive_filler(self, k: int) -> bool:
        """A word between "der" and the group it names: "der letzten", "der insgesamt etwa"."""
        word = self.tokens[k].text
        return (
            self.tokens[k].kind == WORD
            and word.islower()
            and number_at(self.tokens, k) is None
            and (
                self._adjective(k, article=False)
                or word in self.vocab.hedges
                or word in self._role("group-filler")
            )
        )

    def _unit_at_end(self, phrase: Phrase) -> Counted | None:
        """The unit or noun after the last number of a list ("40, 50 oder 60 Prozent")."""
        for _ in range(_MAX_LIST_STEP):
            counted = self._counted(phrase.stop, plural=True, words=phrase.words)
            if counted is not None:
                return counted
            j = phrase.stop
            if j + 1 >= len(self.tokens) or self.tokens[j].text not in (",", "oder", "und", "bis"):
                return None
            following = number_at(self.tokens, j + 1)
            if following is None or following.kind != CARDINAL or following.scaled:
                return None
            phrase = following
        return None

    def _range(
        self,
        lead: Lead,
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
        if (
            self._plain_year(low)
            and low.first > 0
            and tokens[low.first - 1].text in self._role("month")
        ):
            return None  # "Ende Dezember 2019 von 12,6 Millionen Euro": a date
        j = low_counted.stop if low_counted is not None and lead.prefix is None else low.stop
        if low_counted is not None and low_counted.unit is None:
            return None  # "zwei Männer und drei Frauen"
        if j + 1 >= len(tokens):
            return None
        joint = tokens[j].text
        suspended = (
            joint in DASHES
            and glued(tokens, j)
            and not glued(tokens, j + 1)
            and tokens[j + 1].text in _SUSPENDED_BY
            and j + 2 < len(tokens)
        )
        if suspended:
            j += 1  # "20- bis 54-Jährige", "Drei- und Vierjährige": a suspended hyphen
            joint = tokens[j].text
        if joint in DASHES:
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
            if not is_range and not suspended:
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
        if (
            high is None
            or high.kind not in (CARDINAL, COMPOUND)
            or (high.kind == COMPOUND and joint not in _SUSPENDED_BY and joint not in DASHES)
            or (joint == "von" and not high.scaled)
        ):
            return None  # a compound closes "fünf bis sechsmal", "20- bis 54-Jährige"
        if high.stop < len(tokens) and tokens[high.stop].text in self._role("clock"):
            return high.stop + 1  # "9 bis 17 Uhr", "23.00 bis 05.00 Uhr"
        if not high.words and tokens[high.first].text[:1] == "0" and high.value >= 1:
            return None  # "2024-08": a month
        if self._digits_glued_after(high):
            return None
        high_counted = (
            None
            if high.kind == COMPOUND
            else self._counted(high.stop, plural=True, words=high.words and not high.scaled)
        )
        if (
            joint == "bis"
            and low_counted is not None
            and low_counted.unit is not None
            and high_counted is None
            and self._plain_year(high)
        ):
            return None  # "15 Gigawatt bis 2035": until a year
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
        unit = unit_source.lemma if unit_source is not None else high.unit
        low_stop = low_counted.stop if low_counted is not None and lead.prefix is None else low.stop
        high_stop = high_counted.stop if high_counted is not None else high.stop
        self._add(
            _Item(lead.first, low_stop, low_value, unit, high_value if is_range else None),
            approx,
            vague=False,
        )
        self._add(_Item(upper_lead.first, high_stop, high_value, unit), approx, vague=False)
        return high_stop


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
    words.update(("bis", "oder", "von", ","))
    return frozenset(words)


def _share_total(total: Fraction, *, words: bool) -> bool:
    """Whether "n von <total>" tells a share: out of 2 to 5, or in words out of a power
    of ten ("sechs von zehn"); "1361 von 100.000 Einwohnern" keeps its two counts."""
    if total <= _MAX_SMALL_TOTAL:
        return True
    if not words:
        return False
    while total % 10 == 0:
        total /= 10
    return total == 1


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


def scan_line(
    text: str, start: int, end: int, sentence_end: Callable[[int], bool]
) -> list[newsclaims.Quantity]:
    """The quantities in ``text[start:end]`` (one line, or part of one)."""
    tokens = lex(text, start, end)
    if not tokens:
        return []
    return Scanner(text, tokens, sentence_end).scan()
