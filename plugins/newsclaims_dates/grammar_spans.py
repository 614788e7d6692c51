"""Grammar rules for clock times, durations, recurring times (sets) and vague references."""

from __future__ import annotations

import regex

from newsclaims import TimexType

from .frames import Frame, Kind
from .numbers import cardinal, format_amount, ordinal
from .patterns import END, ENDINGS, SP, alternation, stem_alternation
from .scanner import Context, Rule
from .vocabulary import Vocabulary

__all__ = ["duration_value", "span_rules", "span_triggers"]

HOUR = r"(?:[01]?\d|2[0-4])"
# how far back the words that make "N Jahre" an age are looked for
AGE_REACH = 12
# what may stand between a group and its age range: "zwischen 18 und 69 Jahren"
AGE_RANGE_LINKS = frozenset({"und", "bis", "zu", "-", "–"})
MINUTE = r"[0-5]\d"
# the order of units in an ISO duration: date part, then time part
UNIT_ORDER = (
    "L",
    "CE",
    "DE",
    "Y",
    "Q",
    "M",
    "W",
    "WE",
    "D",
    "TH",
    "TM",
    "TS",
    "TMO",
    "TAF",
    "TEV",
    "TNI",
)


def duration_value(amounts: list[tuple[str, str]]) -> str:
    """An ISO 8601 / TIMEX3 duration from ``(amount, unit)`` pairs: ``[("3", "Y"), ("4", "M")]`` → ``P3Y4M``."""
    ordered = sorted(amounts, key=lambda pair: UNIT_ORDER.index(pair[1]))
    date = "".join(amount + unit for amount, unit in ordered if not unit.startswith("T"))
    time = "".join(amount + unit[1:] for amount, unit in ordered if unit.startswith("T"))
    return "P" + date + ("T" + time if time else "")


def _fold(text: str | None) -> str:
    return (text or "").lower()


def span_triggers(v: Vocabulary) -> set[str]:
    """The words a clock time, duration, set or vague reference can start with."""
    words = set(v.cardinals) | set(v.fractions) | set(v.vague_counts) | set(v.hedges)
    words |= set(v.units) | set(v.set_adverbs) | set(v.unit_fractions) | set(v.vague)
    words |= {stem + "lang" for stem in v.unit_lang} | set(v.unit_vague_adjectives)
    # "zweistündiges": a number word and a unit adjective written as one word
    words |= {number + unit for number in v.cardinals for unit in v.unit_adjectives}
    words |= {"halb", "viertel", "dreiviertel", "jede", "pro", "je", "alle", "all", "mitternacht"}
    words |= {stem for stem, relative in v.modifiers.items()} | {"ganz"}
    return {word.split()[0].lower().rstrip("-.") for word in words if len(word) > 1}


def span_rules(v: Vocabulary) -> list[Rule]:
    """The rules for clock times, durations, sets and vague words."""
    ci = regex.IGNORECASE | regex.VERSION0
    cs = regex.VERSION0
    hours = {w: n for w, n in v.cardinals.items() if n == int(n) and 0 <= n <= 24}
    hour_word = alternation(hours)
    suffix = alternation(v.clock_suffixes)
    hedge = alternation(v.hedges)
    vague_count = rf"(?:{alternation(v.vague_counts)}|ein{SP}paar|all{SP}(?:diese|die))"
    number = (
        rf"(?:\d{{1,3}}(?:\.\d{{3}})++|\d{{1,4}}(?:,\d{{1,2}})?"
        rf"|(?i:{alternation(list(v.cardinals) + list(v.fractions))}){END})"
    )
    units = alternation(v.units)
    compound = rf"[A-ZÄÖÜ][a-zäöüß]{{2,30}}?{alternation(v.compound_units)}"
    modifier = stem_alternation([*v.modifiers, "ganz", "erst"])
    plural_units = alternation(
        w
        for w in v.units
        if w.endswith(("e", "en", "n"))
        and w not in {"sekunde", "minute", "stunde", "woche", "wochenende"}
    )
    set_units = alternation(v.set_units)
    not_adjective = alternation(v.context["not-adjective"])

    def unit_code(word: str) -> str | None:
        folded = word.lower()
        if folded in v.units:
            return v.units[folded]
        if folded in v.compound_stops:
            return None
        for ending in sorted(v.compound_units, key=len, reverse=True):
            if folded.endswith(ending):
                return v.units[ending]
        return None

    def mod_of(match: regex.Match[str]) -> str | None:
        words = match["hedge"]
        return v.hedges.get(regex.sub(r"\s+", " ", words).lower()) if words else None

    # --- clock times -------------------------------------------------------------

    def clock(start: int, end: int, hour: int, minute: int) -> Frame | None:
        if hour > 24 or (hour == 24 and minute):
            return None
        return Frame(
            start=start, end=end, kind=Kind.CLOCK, type=TimexType.TIME, hour=hour, minute=minute
        )

    def build_clock(match: regex.Match[str], context: Context) -> list[Frame] | None:
        hour = int(match["h"]) if match["h"] else int(hours[match["hw"].lower()])
        # "20 Uhr 15": the minutes after "Uhr"
        frame = clock(match.start(), match.end(), hour, int(match["m"] or match["m2"] or 0))
        return [frame] if frame else None

    def build_clock_bare(match: regex.Match[str], context: Context) -> list[Frame] | None:
        before = _fold(context.word_before(match.start()))
        last = context.last_frame()
        after_date = (
            last is not None
            and last.day is not None
            and match.group("sep") == ":"
            and not context.text[last.end : match.start()].strip(" ,-–|/\t")
        )
        if before not in v.context["clock-before"] and not after_date:
            return None
        if _fold(context.word_after(match.end())) in v.units:
            return None  # "7:13 Stunden": hours and minutes of a duration
        frame = clock(match.start(), match.end(), int(match["h"]), int(match["m"]))
        return [frame] if frame else None

    def build_clock_range(match: regex.Match[str], context: Context) -> list[Frame] | None:
        first = clock(
            match.start(),
            match.end("h1") if not match["m1"] else match.end("m1"),
            int(match["h1"]),
            int(match["m1"] or 0),
        )
        second = clock(match.start("h2"), match.end(), int(match["h2"]), int(match["m2"] or 0))
        if first is None or second is None:
            return None
        return [first, second]

    def build_half(match: regex.Match[str], context: Context) -> list[Frame] | None:
        number = cardinal(match["n"], v)
        if number is None or not 1 <= number <= 24 or number != int(number):
            return None
        frame = clock(match.start(), match.end(), int(number) - 1, 30)
        return [frame] if frame else None

    def build_quarter_hour(match: regex.Match[str], context: Context) -> list[Frame] | None:
        number = cardinal(match["n"], v)
        if number is None or not 1 <= number <= 24 or number != int(number):
            return None
        hour, minute = int(number), 15
        if match["rel"].lower() == "vor":
            hour, minute = hour - 1, 45
        frame = clock(match.start(), match.end(), hour, minute)
        return [frame] if frame else None

    def build_midnight(match: regex.Match[str], context: Context) -> list[Frame] | None:
        frame = clock(match.start(), match.end(), 24, 0)
        return [frame] if frame else None

    # --- durations ---------------------------------------------------------------

    def amount(word: str, half: str | None) -> str | None:
        folded = regex.sub(r"\s+", " ", word).lower()
        if folded in v.vague_counts or folded.startswith(("ein paar", "all")):
            return "X"
        value = cardinal(
            folded.replace(".", "") if regex.fullmatch(r"\d{1,3}(?:\.\d{3})+", folded) else folded,
            v,
        )
        if value is None:
            return None
        if half:
            if value != 1:
                return None
            value = 0.5
        return format_amount(value)

    def is_age(match: regex.Match[str], context: Context, unit: str) -> bool:
        """ "drei Jahre alt", "mit 18 Jahren", "Kinder unter zehn Jahren": an age, not a duration."""
        after = context.words_after(match.end(), 2)
        following = _fold(after[0]) if after else ""
        if following in v.context["age-after"]:
            return True
        if following == "und" and len(after) > 1 and _fold(after[1]) in v.context["age-after"]:
            return True  # "zehn Jahre und älter"
        if unit not in {"Y", "M", "W"}:
            return False
        raw = context.words_before(match.start(), AGE_REACH)
        before = [_fold(word) for word in raw]
        first, second = [*before, "", ""][:2]
        if first == "von" and second in v.context["age-before"]:
            return True
        if first == "als" and not v.context["age-comparison"].isdisjoint(before[1:3]):
            return True  # "älter als 65 Jahre", "älter sind als zehn Jahre"
        if first in v.context["age-copula"] and following in {",", ".", ";", ")"}:
            return True  # "Robert S. war 19 Jahre, als ..."
        if first == "," and following == "," and raw[1:2] and raw[1][:1].isupper():
            return True  # "Der Pneumologe, 67 Jahre, war ..."
        if group_age(before, preposition=bool(match["hedge"])):
            return True
        # an age noun earlier in the clause: "die Altersgrenze ... von 14 Jahren auf 18 Jahre"
        for word in before:
            if word in {",", ";", ":", ".", "(", ")"}:
                break
            if word in v.context["age-noun"]:
                return True
        following_raw = after[0] if after else ""
        return first == "mit" and not (following_raw[:1].isupper() and following_raw.isalpha())

    def group_age(before: list[str], *, preposition: bool) -> bool:
        """ "Kinder unter zehn Jahren", "Menschen zwischen 18 und 69 Jahren": a group's age."""
        for word in before:
            if word in v.context["age-preposition"]:
                preposition = True
            elif not (word[:1].isdigit() or word in v.cardinals or word in AGE_RANGE_LINKS):
                return preposition and word in v.context["person"]
        return False

    def duration_frame(match: regex.Match[str], amounts: list[tuple[str, str]]) -> list[Frame]:
        return [
            Frame(
                start=match.start(),
                end=match.end(),
                kind=Kind.FIXED,
                type=TimexType.DURATION,
                value=duration_value(amounts),
            )
        ]

    def build_duration(match: regex.Match[str], context: Context) -> list[Frame] | None:
        if not match["unit"][:1].isupper():
            return None
        unit = unit_code(match["unit"])
        count = amount(match["num"], match["half"])
        if unit is None or count is None:
            return None
        if match["num"].lower() == "eines" and match["unit"].lower() == "tages":
            return None  # "eines Tages": some day
        if is_age(match, context, unit):
            return None
        amounts = [(count, unit)]
        if match["num3"]:
            extra_unit, extra = unit_code(match["unit3"]), amount(match["num3"], None)
            if extra_unit is None or extra is None or extra_unit == unit:
                return None
            amounts.append((extra, extra_unit))
        # "vor fünfzig Jahren, als ...": the years point back to a year of the narrative
        ago = (
            int(count)
            if unit == "Y" and count.isdigit() and not match["num3"] and not match["hedge"]
            and _fold(context.word_before(match.start())) in v.context["ago-before"]
            else None
        )  # fmt: skip
        return [
            Frame(
                start=match.start(),
                end=match.end(),
                kind=Kind.FIXED,
                type=TimexType.DURATION,
                value=duration_value(amounts),
                mod=mod_of(match),
                years_ago=ago,
            )
        ]

    def build_plural(match: regex.Match[str], context: Context) -> list[Frame] | None:
        if not match["unit"][:1].isupper():
            return None
        if match["mod"] is None:
            before = [_fold(word) for word in context.words_before(match.start(), 2)]
            # "seit Jahren"; "in den Tagen um den 9. November", "über die Jahre hinweg"
            after_preposition = bool(before) and before[0] in v.context["plural-before"]
            after_article = (
                len(before) == 2
                and before[0] in {"den", "die"}
                and before[1] in v.context["plural-den"]
            )
            if not (after_preposition or after_article):
                return None
        unit = v.units[match["unit"].lower()]
        return duration_frame(match, [("X", unit)])

    def build_lang(match: regex.Match[str], context: Context) -> list[Frame] | None:
        unit = v.unit_lang[match["u"].lower()]
        return duration_frame(match, [("X", unit)])

    def build_vague_adjective(match: regex.Match[str], context: Context) -> list[Frame] | None:
        unit = v.unit_vague_adjectives[match["w"].lower()]
        return duration_frame(match, [("X", unit)])

    def build_unit_adjective(match: regex.Match[str], context: Context) -> list[Frame] | None:
        count = amount(match["num"].rstrip("-"), None)
        if count is None or count == "X":
            return None
        unit = v.unit_adjectives[match["u"].lower()]
        return duration_frame(match, [(count, unit)])

    def build_unit_fraction(match: regex.Match[str], context: Context) -> list[Frame] | None:
        value = v.unit_fractions[match["w"].lower().removesuffix("n")]
        return [
            Frame(
                start=match.start(),
                end=match.end(),
                kind=Kind.FIXED,
                type=TimexType.DURATION,
                value=value,
                mod=mod_of(match),
            )
        ]

    def build_unit_hyphen(match: regex.Match[str], context: Context) -> list[Frame] | None:
        """ "35-Stunden-Woche": a duration inside a compound."""
        unit = v.units.get(match["unit"].lower())
        if unit is None:
            return None
        return duration_frame(match, [(str(int(match["num"])), unit)])

    # --- sets --------------------------------------------------------------------

    def set_frame(match: regex.Match[str], value: str, *, recurring: bool = True) -> list[Frame]:
        return [
            Frame(
                start=match.start(),
                end=match.end(),
                kind=Kind.FIXED,
                type=TimexType.SET,
                value=value,
                recurring=recurring,
            )
        ]

    def build_set_adverb(match: regex.Match[str], context: Context) -> list[Frame] | None:
        adverb = match["adv"].lower()
        # "täglich" makes what follows recur, "der tägliche Bericht" does not
        return set_frame(match, v.set_adverbs[adverb], recurring=match.group().lower() == adverb)

    def build_set_each(match: regex.Match[str], context: Context) -> list[Frame] | None:
        what = match["what"].lower()
        if match["month"]:
            return set_frame(match, "P1M")  # "jeden dritten Mittwoch im Monat"
        if what in v.day_parts:
            return set_frame(match, f"XXXX-XX-XXT{v.day_parts[what].part}")
        if what in v.seasons:
            return set_frame(match, f"XXXX-{v.seasons[what]}")
        value = v.set_units.get(what)
        if value is None:
            return None
        if match["ord"]:
            number = ordinal(match["ord"], v)
            if number is None or number < 1:
                return None
            value = value.replace("1", str(number), 1)
        return set_frame(match, value)

    def build_set_per(match: regex.Match[str], context: Context) -> list[Frame] | None:
        return set_frame(match, v.set_units[match["unit"].lower()], recurring=False)

    def build_set_every(match: regex.Match[str], context: Context) -> list[Frame] | None:
        count = amount(match["num"], None)
        unit = v.units.get(match["unit"].lower())
        if count is None or unit is None:
            return None
        return set_frame(match, duration_value([(count, unit)]))

    def build_set_repeat(match: regex.Match[str], context: Context) -> list[Frame] | None:
        return set_frame(match, v.set_units[match["u"].lower()])

    def build_set_rate(match: regex.Match[str], context: Context) -> list[Frame] | None:
        """ "500 Menschen im Jahr": a rate, if a count comes shortly before."""
        before = context.words_before(match.start(), 5)
        if not before or _fold(before[0]) not in v.context["per-before"]:
            return None
        after = context.word_after(match.end())
        if after[:1].isdigit() or _fold(after) in v.context["not-per-after"]:
            return None  # "am Tag nach der Wahl", "am Tag 111"
        counted = any(
            word[:1].isdigit() or _fold(word) in v.cardinals or _fold(word).endswith("mal")
            for word in before[1:]
        )
        if not counted:
            return None
        return set_frame(match, v.set_units[match["unit"].lower()], recurring=False)

    def build_vague(match: regex.Match[str], context: Context) -> list[Frame] | None:
        key = regex.sub(r"\s+", " ", match["w"]).lower()
        return [Frame(start=match.start(), end=match.end(), kind=Kind.FIXED, value=v.vague[key])]

    each = r"jede[nmrs]?"
    day_part_nouns = alternation(w for w, p in v.day_parts.items() if p.use == "noun")
    return [
        Rule(
            "clock",
            regex.compile(
                rf"(?:(?P<h>{HOUR})(?:[.:](?P<m>{MINUTE}))?|(?P<hw>{hour_word})){SP}?Uhr{END}"
                # "20 Uhr 15", but not "um 20 Uhr 15 Besucher"
                rf"(?(m)|(?(h)(?:{SP}(?P<m2>{MINUTE})(?!\d|[.,:]\d|{SP}?\w))?))"
                rf"(?:{SP}(?P<suffix>{suffix}){END})?",
                ci,
            ),
            build_clock,
            digit=True,
        ),
        Rule(
            "clock_bare",
            regex.compile(
                rf"(?P<h>{HOUR})(?P<sep>[.:])(?P<m>{MINUTE})(?![\d]|[.,:]\d)(?:{SP}(?P<suffix>{suffix}){END})?",
                ci,
            ),
            build_clock_bare,
            digit=True,
            word=False,
        ),
        Rule(
            "clock_range",
            regex.compile(
                rf"(?P<h1>{HOUR})(?:[.:](?P<m1>{MINUTE}))?{SP}?(?:-|–|bis|/){SP}?"
                rf"(?P<h2>{HOUR})(?:[.:](?P<m2>{MINUTE}))?{SP}?Uhr{END}(?:{SP}(?P<suffix>{suffix}){END})?",
                ci,
            ),
            build_clock_range,
            digit=True,
            word=False,
        ),
        Rule(
            "half_hour",
            regex.compile(rf"halb{SP}(?P<n>\d{{1,2}}|{hour_word}){END}(?:{SP}Uhr{END})?", ci),
            build_half,
        ),
        Rule(
            "quarter_hour",
            regex.compile(
                rf"(?:drei{SP}?)?viertel{SP}(?P<rel>nach|vor){SP}(?P<n>\d{{1,2}}|{hour_word}){END}(?:{SP}Uhr{END})?",
                ci,
            ),
            build_quarter_hour,
        ),
        Rule("midnight", regex.compile(rf"Mitternacht{END}", ci), build_midnight),
        Rule(
            "duration",
            regex.compile(
                rf"(?:(?P<hedge>(?i:{hedge})){SP})?(?:(?i:{modifier}){SP})?"
                rf"(?P<num>{number}|(?i:{vague_count}))(?:{SP}(?:bis|-|–|oder){SP}{number})?"
                rf"(?:{SP}(?P<half>halbe[nmrs]?))?{SP}(?:(?!{not_adjective}{END})[a-zäöüß]{{2,25}}(?:e|en|er|es|em){SP}){{0,2}}+"
                rf"(?P<unit>(?i:{units})|{compound})(?!\w|-)"
                rf"(?:{SP}und{SP}(?P<num3>{number}){SP}(?P<unit3>(?i:{units}))(?!\w|-))?(?:{SP}lang{END})?",
                cs,
            ),
            build_duration,
            digit=True,
        ),
        Rule(
            "duration_plural",
            regex.compile(
                rf"(?:(?P<mod>(?i:{modifier})){SP})?(?P<unit>(?i:{plural_units})){END}",
                cs,
            ),
            build_plural,
        ),
        Rule(
            "duration_lang",
            regex.compile(
                rf"(?P<u>{alternation(v.unit_lang)})lang{ENDINGS}{END}",
                ci,
            ),
            build_lang,
        ),
        Rule(
            "duration_adjective",
            regex.compile(
                rf"(?P<num>\d{{1,3}}-|(?i:{alternation(v.cardinals)}))"
                rf"(?P<u>{alternation(v.unit_adjectives)}){ENDINGS}{END}",
                ci,
            ),
            build_unit_adjective,
            digit=True,
        ),
        Rule(
            "duration_vague_adjective",
            regex.compile(rf"(?P<w>{alternation(v.unit_vague_adjectives)}){ENDINGS}{END}", ci),
            build_vague_adjective,
        ),
        Rule(
            "duration_fraction",
            regex.compile(
                rf"(?:(?P<hedge>{hedge}){SP})?(?:ein(?:e[nmrs]?)?{SP})?"
                rf"(?P<w>{alternation(v.unit_fractions)})n?{END}",
                ci,
            ),
            build_unit_fraction,
        ),
        Rule(
            "duration_hyphen",
            regex.compile(
                rf"(?P<num>\d{{1,4}})-(?P<unit>(?i:{units}))-[A-ZÄÖÜ][\w-]{{1,30}}+",
                cs,
            ),
            build_unit_hyphen,
            digit=True,
            word=False,
        ),
        Rule(
            "set_adverb",
            regex.compile(rf"(?P<adv>{alternation(v.set_adverbs)}){ENDINGS}{END}", ci),
            build_set_adverb,
        ),
        Rule(
            "set_each",
            regex.compile(
                rf"{each}{SP}(?:(?P<ord>\d{{1,2}}\.|{stem_alternation(v.ordinals)}){SP})?"
                rf"(?P<what>{set_units}|{alternation(v.seasons)}|{day_part_nouns}){END}"
                rf"(?P<month>{SP}im{SP}Monat{END})?",
                ci,
            ),
            build_set_each,
        ),
        Rule(
            "set_each_weekday_month",
            regex.compile(
                rf"{each}{SP}(?:\d{{1,2}}\.|{stem_alternation(v.ordinals)}){SP}"
                rf"(?P<what>{alternation(w for w in v.weekdays if w not in v.weekday_abbreviations)}){END}"
                rf"(?P<month>{SP}im{SP}Monat){END}",
                ci,
            ),
            build_set_each,
        ),
        Rule(
            "set_per",
            regex.compile(rf"(?:pro|je){SP}(?P<unit>{set_units}){END}", ci),
            build_set_per,
        ),
        Rule(
            "set_every",
            regex.compile(
                rf"alle{SP}(?P<num>{number}|paar|(?i:{alternation(v.cardinals)})){SP}(?P<unit>{plural_units}){END}",
                ci,
            ),
            build_set_every,
        ),
        Rule(
            "set_repeat",
            regex.compile(
                rf"(?P<u>Jahr|Tag|Woche|Monat){SP}(?:für|um|nach){SP}(?P=u){END}",
                ci,
            ),
            build_set_repeat,
        ),
        Rule(
            "set_rate",
            regex.compile(rf"(?P<unit>Jahr|Tag|Monat|Woche|Stunde){END}", cs),
            build_set_rate,
        ),
        Rule("vague", regex.compile(rf"(?P<w>{alternation(v.vague)}){END}", ci), build_vague),
    ]
