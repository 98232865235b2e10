"""Views of the sessions_log app."""
