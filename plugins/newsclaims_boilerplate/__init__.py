"""Boilerplate removal for German news text and HTML pages.

The plugin marks page furniture (menus, ads, teaser lists, captions, bylines,
date lines, comment sections, appeals, footers, duplicates) as
:class:`newsclaims.Boilerplate` spans without changing the text, reads the
publication date, the authors and the headline from the page's metadata
lines, and reads ``.html`` pages through trafilatura (the ``html`` extra).

>>> import newsclaims
>>> from newsclaims.testing import make_pipeline
>>> import newsclaims_boilerplate
>>> page = "Anzeige\\nRegen im Oktober\\nIm Oktober fiel so viel Regen wie seit Jahren nicht mehr.\\nMehr zum Thema\\nSturm an der Ostsee"
>>> analysis = make_pipeline(newsclaims_boilerplate).analyze(page)
>>> [(b.text, b.reason) for b in analysis.boilerplate]
[('Anzeige', 'advertisement'), ('Mehr zum Thema\\nSturm an der Ostsee', 'related')]
"""

from .cleaner import clean
from .plugin import newsclaims_clean, newsclaims_read

__all__ = ["clean", "newsclaims_clean", "newsclaims_read"]
