"""``python -m newsclaims``: the same as the ``newsclaims`` command."""

import sys

from ._cli import main

sys.exit(main())
