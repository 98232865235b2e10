"""Services of the sessions_log app."""
