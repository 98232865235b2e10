"""Forms of the sessions_log app."""
