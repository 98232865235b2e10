"""Rows for the project-wide pages and for allauth's account pages."""

from __future__ import annotations

from tests.matrix import LOGIN, Route, answers, signed_in

# allauth sends signed-in people away from the pages for signing in or up.
SIGNED_OUT_PAGE = answers(302, anonymous=200, suspended=200)

ROUTES = [
    Route("home", "/", answers(200)),
    Route("healthz", "/healthz", answers(200)),
    Route("account_login", "/accounts/login/", SIGNED_OUT_PAGE),
    Route("account_signup", "/accounts/signup/", SIGNED_OUT_PAGE),
    Route("account_logout", "/accounts/logout/", answers(200, anonymous=302, suspended=302)),
    Route("account_inactive", "/accounts/inactive/", answers(200)),
    Route("account_reauthenticate", "/accounts/reauthenticate/", signed_in(200)),
    Route(
        "account_request_reauthentication_code",
        "/accounts/reauthenticate/code/",
        signed_in(200),
    ),
    Route(
        "account_confirm_reauthentication_code",
        "/accounts/reauthenticate/code/confirm/",
        signed_in(302),
    ),
    Route("account_email", "/accounts/email/", signed_in(200)),
    Route("account_email_verification_sent", "/accounts/confirm-email/", answers(200)),
    Route("account_change_password", "/accounts/password/change/", signed_in(200)),
    Route("account_set_password", "/accounts/password/set/", signed_in(302)),
    Route("account_reset_password", "/accounts/password/reset/", answers(200)),
    Route("account_reset_password_done", "/accounts/password/reset/done/", answers(200)),
    Route("account_confirm_login_code", "/accounts/login/code/confirm/", answers(302)),
    Route(
        "account_confirm_email",
        "/accounts/confirm-email/not-a-real-key/",
        answers(200),
    ),
    Route(
        "account_reset_password_from_key",
        "/accounts/password/reset/key/1-not-a-real-key/",
        answers(200),
    ),
    Route(
        "account_reset_password_from_key_done",
        "/accounts/password/reset/key/done/",
        answers(200),
    ),
    Route("mfa_index", "/accounts/2fa/", signed_in(200)),
    Route("mfa_authenticate", "/accounts/2fa/authenticate/", answers(302)),
    Route(
        "mfa_reauthenticate",
        "/accounts/2fa/reauthenticate/",
        signed_in(302, facilitator=200, moderator=200),
    ),
    Route(
        "mfa_activate_totp",
        "/accounts/2fa/totp/activate/",
        # allauth asks for the password again before a second factor is changed.
        signed_in(302),
    ),
    Route(
        "mfa_deactivate_totp",
        "/accounts/2fa/totp/deactivate/",
        signed_in(404, facilitator=302, moderator=302),
    ),
    Route("mfa_view_recovery_codes", "/accounts/2fa/recovery-codes/", signed_in(404)),
    Route("mfa_generate_recovery_codes", "/accounts/2fa/recovery-codes/generate/", signed_in(302)),
    Route("mfa_download_recovery_codes", "/accounts/2fa/recovery-codes/download/", signed_in(404)),
    Route("mfa_list_webauthn", "/accounts/2fa/webauthn/", signed_in(200)),
    Route("mfa_add_webauthn", "/accounts/2fa/webauthn/add/", signed_in(302)),
    Route("mfa_reauthenticate_webauthn", "/accounts/2fa/webauthn/reauthenticate/", signed_in(302)),
    Route("mfa_remove_webauthn", "/accounts/2fa/webauthn/keys/999999/remove/", signed_in(302)),
    Route("mfa_edit_webauthn", "/accounts/2fa/webauthn/keys/999999/edit/", signed_in(302)),
    Route("mfa_login_webauthn", "/accounts/2fa/webauthn/login/", answers(302)),
    Route("usersessions_list", "/accounts/sessions/", signed_in(200)),
]

# Every page of the Django admin: signed-out people are sent to sign in; nobody but staff
# (none of the personas) gets in.
ADMIN_EXPECT = answers(302)
ADMIN_LOGIN_EXPECT = answers(403, anonymous=LOGIN, suspended=LOGIN)
