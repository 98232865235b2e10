"""Tasks of the sessions_log app."""
