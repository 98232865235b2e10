"""Access of the sessions_log app."""
