"""Allow ``python -m networkjournal``."""

import sys

from networkjournal.cli import main

sys.exit(main())
