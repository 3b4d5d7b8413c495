"""The Reports section: figures for a date range as tables and charts, with CSV and PDF exports."""
