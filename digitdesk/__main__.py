"""``python -m digitdesk``: the same as the ``digitdesk`` command."""

import sys

from .cli import main

sys.exit(main())
