"""Quantities in German news text (work in progress: see issue 4)."""
