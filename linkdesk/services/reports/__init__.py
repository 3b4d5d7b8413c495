"""Reports on the people this device holds: a worker's own caseload, a supervisor's synced team."""

from linkdesk.services.reports.figures import (
    WorkerChoice,
    export_report_csv,
    local_period,
    run_report,
    workers_on_device,
)

__all__ = ["WorkerChoice", "export_report_csv", "local_period", "run_report", "workers_on_device"]
