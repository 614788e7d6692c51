"""German time expressions normalised to TIMEX3 against the article's reference date.

The plugin finds dates ("am 5. November", "05.11.2024", "im Juli"), weekdays,
relative expressions ("gestern Abend", "vergangene Woche", "im Vorjahr"),
clock times ("um 20 Uhr Ortszeit"), durations ("45 Minuten lang"), recurring
times ("jeden Montag") and holidays, and gives each its TIMEX3 type and
value.  Use it through the pipeline, or directly:

>>> from newsclaims_dates import find_times
>>> [(t.text, t.type.value, t.value) for t in find_times("Vergangene Woche, um 20 Uhr.", "2024-08-13")]
[('Vergangene Woche', 'DATE', '2024-W32'), ('20 Uhr', 'TIME', '2024-08-13T20:00')]
"""

from .api import find_times, parse_date
from .plugin import newsclaims_extract, newsclaims_parse_date

__all__ = ["find_times", "newsclaims_extract", "newsclaims_parse_date", "parse_date"]
