"""Resolve: mentions to canonical actors (ACLED names, regime years), gazetteer places and admin names."""
