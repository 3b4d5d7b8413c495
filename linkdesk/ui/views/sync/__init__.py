"""The Sync page parts: translated texts, the conflicts inbox and the "not accepted" list."""
