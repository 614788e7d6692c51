"""From a decision per line to the :class:`newsclaims.Cleaning` the pipeline receives."""

from __future__ import annotations

from collections.abc import Sequence

import newsclaims

from .lines import Kind, Line, analyse
from .metadata import first_date
from .page import Decision, decide, published_candidates
from .vocabulary import Role, vocabulary

__all__ = ["clean"]

#: Date lines tried for the publication date, nearest to the headline first.
_DATE_TRIES = 6
#: A bare name names the author only right by the headline (further off it is a caption or a list).
_BARE_NAME_REACH = 6


def clean(
    article: newsclaims.Article, hooks: newsclaims.Hooks | None = None
) -> newsclaims.Cleaning:
    """Find the boilerplate of ``article`` and the metadata its lines carry.

    Without ``hooks`` no date is read (reading dates is the date-parsing
    hook's job).

    >>> import newsclaims
    >>> page = "Menü\\nSuche\\nRegen im Oktober\\nVon Anna Muster\\nIm Oktober fiel viel Regen, sagte der Wetterdienst am Montag.\\nAnzeige"
    >>> import newsclaims_boilerplate
    >>> cleaning = newsclaims_boilerplate.clean(newsclaims.Article(text=page))
    >>> [(b.text, b.reason) for b in cleaning.boilerplate]
    [('Menü\\nSuche', 'navigation'), ('Von Anna Muster', 'byline'), ('Anzeige', 'advertisement')]
    >>> cleaning.authors, cleaning.title
    (('Anna Muster',), 'Regen im Oktober')
    """
    text = article.text
    lines = analyse(text, vocabulary())
    decision = decide(lines)
    published = None
    if hooks is not None:
        candidates = published_candidates(lines, decision)[:_DATE_TRIES]
        published = first_date(
            (
                text[line.start : line.start + line.prefix] if line.prefix else line.text
                for line in candidates
            ),
            hooks,
            article.published,
        )
    return newsclaims.Cleaning(
        boilerplate=tuple(_spans(text, lines, decision)),
        published=published,
        authors=_authors(lines, decision),
        title=lines[decision.title].text if decision.title is not None else None,
    )


def _spans(text: str, lines: Sequence[Line], decision: Decision) -> list[newsclaims.Boilerplate]:
    """One span per run of boilerplate lines with the same reason, and one per date prefix."""
    spans: list[newsclaims.Boilerplate] = []
    run: tuple[int, int, str] | None = None  # start, end, reason
    for line, reason in zip(lines, decision.reasons, strict=True):
        if line.kind is Kind.EMPTY:
            continue
        if reason is None:
            if run is not None:
                spans.append(newsclaims.Boilerplate.at(text, run[0], run[1], reason=run[2]))
                run = None
            if line.prefix:
                end = line.start + line.prefix
                while end > line.start and text[end - 1].isspace():
                    end -= 1
                spans.append(newsclaims.Boilerplate.at(text, line.start, end, reason="dateline"))
            continue
        if run is not None and run[2] == reason:
            run = (run[0], line.end, reason)
        else:
            if run is not None:
                spans.append(newsclaims.Boilerplate.at(text, run[0], run[1], reason=run[2]))
            run = (line.start, line.end, reason)
    if run is not None:
        spans.append(newsclaims.Boilerplate.at(text, run[0], run[1], reason=run[2]))
    return spans


def _authors(lines: Sequence[Line], decision: Decision) -> tuple[str, ...]:
    """The names of the byline nearest to the headline (or to the article's start).

    A byline ("Von Anna Muster") wins over a bare name on a line of its own,
    which may as well name who is in a photo.
    """
    anchor = decision.title if decision.title is not None else decision.first
    candidates = [
        (line.role is not Role.BYLINE, abs(line.index - anchor), line.names)
        for line in lines
        if line.names
        and anchor - 30 <= line.index <= decision.last + 3
        and (line.role is Role.BYLINE or abs(line.index - anchor) <= _BARE_NAME_REACH)
    ]
    if not candidates:
        return ()
    return tuple(dict.fromkeys(min(candidates, key=lambda c: (c[0], c[1]))[2]))
