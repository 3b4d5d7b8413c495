"""The Team section (supervisors only): dashboard, case review, escalated flags, handover."""
