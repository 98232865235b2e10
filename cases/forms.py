"""Forms of the cases app."""
