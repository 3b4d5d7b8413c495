"""A supervisor's work on the team's synced caseloads: dashboard, case review, handover, escalated flags.

A supervisor's laptop holds the whole team after a sync (the server computes that scope), so the figures
are read from the local encrypted database; the team's membership and device sync times come from the
server (GET /team) and are kept on the laptop for offline use.
"""
