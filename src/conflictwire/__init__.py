"""conflictwire: news reports in, a sourced, geocoded conflict-event dataset in ACLED's conventions out."""

__version__ = "0.1.0"
