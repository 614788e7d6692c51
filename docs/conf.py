"""Sphinx configuration for the newsclaims documentation."""

from __future__ import annotations

import newsclaims

project = "newsclaims"
author = "newsclaims developers"
copyright = "2026, newsclaims developers"
version = release = newsclaims.__version__

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]

# No intersphinx: the documentation must build offline.
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

doctest_global_setup = """
import newsclaims
"""

html_theme = "alabaster"
html_static_path = ["_static"]
html_theme_options = {
    "description": "German news articles in, checkable and attributed claims out.",
    "fixed_sidebar": True,
}
exclude_patterns = ["_build"]
