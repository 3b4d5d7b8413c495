"""Report figures computed in SQL over the record tables; shared by the desktop store and the server.

Both sides have the same columns (records/ field families), so one set of queries serves the worker's
own caseload, a supervisor's synced team and the region-wide server database (SQLite and PostgreSQL).
"""

from linkdesk.records.reporting.build import ReportScope, ReportTables, build_report

__all__ = ["ReportScope", "ReportTables", "build_report"]
