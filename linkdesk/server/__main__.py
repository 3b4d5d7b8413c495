"""`python -m linkdesk.server` runs the linkdesk-server command."""

from linkdesk.server.cli import main

raise SystemExit(main())
