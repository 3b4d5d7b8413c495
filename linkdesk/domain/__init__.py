"""Pure social prescribing rules: enums, status machines, consent, instruments, clocks. No I/O."""
