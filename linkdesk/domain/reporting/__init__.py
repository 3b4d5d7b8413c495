"""Outcome reporting: the report period, the figures, their statistics and small-cell suppression (pure)."""
