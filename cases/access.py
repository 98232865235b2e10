"""Access of the cases app."""
