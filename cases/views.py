"""Views of the cases app."""
