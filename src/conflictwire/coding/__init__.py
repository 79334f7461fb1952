"""Code: events in ACLED's taxonomy with evidence; quotes, claims, background vs reported."""
