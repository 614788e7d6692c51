"""Direct and indirect quotes with their speakers, resolved to sources (see issue 6)."""

from .plugin import newsclaims_extract

__all__ = ["newsclaims_extract"]
