"""The screens of the desktop app."""
