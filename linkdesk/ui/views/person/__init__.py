"""The person record: header, timeline and the tabs of their case."""
