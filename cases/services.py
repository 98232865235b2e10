"""Services of the cases app."""
