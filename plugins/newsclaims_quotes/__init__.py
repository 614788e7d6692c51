"""Direct and indirect quotes with their speakers (work in progress: see issue 6)."""
