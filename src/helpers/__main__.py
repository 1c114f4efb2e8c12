"""``python -m helpers run`` — see :mod:`helpers.pipeline`."""

import sys

from helpers.pipeline import main

sys.exit(main())
