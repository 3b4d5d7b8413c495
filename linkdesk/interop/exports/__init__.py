"""Exports of aggregate report figures (no personal information)."""
