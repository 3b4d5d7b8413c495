"""The intake workflow: referral, person, consent, what matters, goals, first follow-up."""
