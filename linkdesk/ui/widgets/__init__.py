"""Reusable widgets: form fields with labels and errors, chips, empty states, the navigation rail."""
