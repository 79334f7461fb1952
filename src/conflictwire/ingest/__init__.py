"""Ingest: files, folders, archives and feeds in; one Article record per document out."""
from .readers import read_file, read_inputs

__all__ = ["read_file", "read_inputs"]
