"""SQLModel field families shared by the desktop store, the server and the wire (no tables here)."""
