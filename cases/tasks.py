"""Tasks of the cases app."""
