"""`python -m linkdesk` runs the command line."""

from linkdesk.cli import main

raise SystemExit(main())
