"""Merge: one event from many reports; near-duplicate articles; stories across outlets."""
