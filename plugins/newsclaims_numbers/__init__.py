"""Quantities in German news text: value, unit and hedge of every number that counts something.

The plugin registers as ``numbers`` and fills the ``quantities`` layer.  Its
parser and finder are public, for other plugins and for scripts:

>>> from newsclaims_numbers import find_quantities, parse_number
>>> parse_number("dreihundertfünfundzwanzigtausend")
325000.0
>>> [(q.text, q.value, q.value_max, q.unit) for q in find_quantities("Die Fahrt dauerte zwischen 40 und 50 Minuten.")]
[('40', 40.0, 50.0, 'Minute'), ('50 Minuten', 50.0, None, 'Minute')]

See ``docs/plugins/numbers.rst`` for what counts as a quantity.
"""

from .extract import find_quantities
from .parse import parse_fraction, parse_number
from .plugin import newsclaims_extract

__all__ = ["find_quantities", "newsclaims_extract", "parse_fraction", "parse_number"]
