"""Route modules: auth (login, refresh), sync (POST /sync), records (scoped reads), health."""
