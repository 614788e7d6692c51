"""German time expressions normalised to TIMEX3 (work in progress: see issue 5)."""
