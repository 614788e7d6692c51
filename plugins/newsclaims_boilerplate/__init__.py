"""Boilerplate removal for German news text and HTML (work in progress: see issue 3)."""
