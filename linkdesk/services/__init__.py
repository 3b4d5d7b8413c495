"""Use cases: one small keyword-only function per user action; the only API that ui/ and cli call."""
