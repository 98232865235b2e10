"""Practica's settings: one module, every value from the environment.

Production needs SECRET_KEY, DATABASE_URL, REDIS_URL, EMAIL_URL, ALLOWED_HOSTS and SITE_URL.
With DEBUG=true and nothing else set, it runs the zero-set-up demo: SQLite, Celery's
filesystem broker and mail written to files under var/.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

from config.env import env_bool, env_choice, env_int, env_list, env_str, mailer_from_url

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("PRACTICA_VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DEBUG", False)

if DEBUG:
    SECRET_KEY = env_str("SECRET_KEY", "insecure-demo-key-only-for-debug-" + "x" * 32)
else:
    SECRET_KEY = env_str("SECRET_KEY")
    if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
        raise ImproperlyConfigured("SECRET_KEY must be at least 50 varied characters.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000" if DEBUG else None).rstrip("/")
# Behind TLS in production; the demo and the browser tests run over plain http on loopback.
HTTPS = env_bool("HTTPS", not DEBUG)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.humanize",
    "django_htmx",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "communities",
    "cases",
    "sessions_log",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "communities.middleware.ThrottledUserSessionsMiddleware",
    "communities.middleware.SessionLifetimeMiddleware",
    "communities.middleware.UserTimeZoneMiddleware",
    "communities.middleware.RequireMfaMiddleware",
    "communities.middleware.NeverCacheAuthenticatedMiddleware",
]

# `make bench` only (PRACTICA_BENCH=true): an X-Query-Count header on every response and the
# trivial /bench/ceiling view. Never set in production or tests.
PRACTICA_BENCH = env_bool("PRACTICA_BENCH", False)
if PRACTICA_BENCH:
    MIDDLEWARE.insert(0, "bench.middleware.QueryCountMiddleware")

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "communities.context_processors.site",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
DATABASE_URL = env_str("DATABASE_URL", "" if DEBUG else None)
if DATABASE_URL:
    _db = dj_database_url.parse(DATABASE_URL)
    if _db["ENGINE"] == "django.db.backends.postgresql" and env_bool("DATABASE_POOL", True):
        # psycopg's pool replaces persistent connections; the two cannot be combined.
        _db["CONN_MAX_AGE"] = 0
        _db["OPTIONS"] = {
            "pool": {
                "min_size": 1,
                "max_size": env_int("DATABASE_POOL_MAX", 8, minimum=1),
                "timeout": 10,
            }
        }
    DATABASES = {"default": _db}
else:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(VAR_DIR / "demo.sqlite3"),
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL;",
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Redis: cache and Celery broker ---------------------------------------------------------
REDIS_URL = env_str("REDIS_URL", "" if DEBUG else None)
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "communities.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "practica"),
            # A Redis outage must cost a request a fraction of a second, never hang it.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

CELERY_TASK_ALWAYS_EAGER = False
if REDIS_URL:
    CELERY_BROKER_URL = REDIS_URL
    CELERY_BROKER_TRANSPORT_OPTIONS: dict[str, object] = {
        "socket_connect_timeout": 1,
        "socket_timeout": 2,
        "visibility_timeout": 3600,
        "max_retries": 0,
    }
else:
    CELERY_BROKER_URL = "filesystem://"
    _broker_dir = VAR_DIR / "broker"
    for _folder in ("out", "processed", "control"):
        (_broker_dir / _folder).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker_dir / "out"),
        "data_folder_out": str(_broker_dir / "out"),
        "processed_folder": str(_broker_dir / "processed"),
        # Broadcast (pidbox) messages; kombu would otherwise write ./control in the cwd.
        "control_folder": str(_broker_dir / "control"),
    }
CELERY_BROKER_CONNECTION_TIMEOUT = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_PUBLISH_RETRY = False
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_IGNORE_RESULT = True
CELERY_RESULT_BACKEND = None
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "UTC"
CELERY_BEAT_SCHEDULE: dict[str, dict[str, object]] = {
    "purge-expired-cases": {"task": "cases.tasks.purge_expired_cases", "schedule": 24 * 3600.0},
    "dispatch-outbox": {
        "task": "communities.tasks.dispatch_outbox",
        "schedule": float(env_int("PRACTICA_DISPATCH_EVERY_SECONDS", 10, minimum=1)),
        # A tick that waited longer than one interval is pointless: the next one catches up.
        "options": {"expires": float(env_int("PRACTICA_DISPATCH_EVERY_SECONDS", 10, minimum=1))},
    },
    # The clock of sessions_log: reminders look 30 minutes ahead, so a 5-minute tick is plenty.
    "plan-reminders": {
        "task": "sessions_log.tasks.plan_reminders",
        "schedule": 300.0,
        "options": {"expires": 300.0},
    },
    "plan-digests": {
        "task": "sessions_log.tasks.plan_digests",
        "schedule": 900.0,
        "options": {"expires": 900.0},
    },
}

# --- Mail -----------------------------------------------------------------------------------
EMAIL_URL = env_str("EMAIL_URL", f"file://{VAR_DIR / 'mail'}" if DEBUG else None)
MAILERS = {"default": mailer_from_url(EMAIL_URL)}
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Practica <no-reply@practica.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The outbox dispatcher (communities/outbox.py). A claimed row is skipped by other dispatchers
# for OUTBOX_LEASE seconds; a row caught mid-SMTP by a crash is marked uncertain once its send
# lease (longer than the SMTP timeout) has run out. Retries back off exponentially from
# OUTBOX_BACKOFF up to OUTBOX_BACKOFF_MAX, at most OUTBOX_MAX_ATTEMPTS times.
PRACTICA_OUTBOX_LEASE_SECONDS = env_int("PRACTICA_OUTBOX_LEASE_SECONDS", 120, minimum=1)
PRACTICA_OUTBOX_SEND_LEASE_SECONDS = env_int("PRACTICA_OUTBOX_SEND_LEASE_SECONDS", 60, minimum=1)
PRACTICA_OUTBOX_BACKOFF_SECONDS = env_int("PRACTICA_OUTBOX_BACKOFF_SECONDS", 60, minimum=0)
PRACTICA_OUTBOX_BACKOFF_MAX_SECONDS = env_int(
    "PRACTICA_OUTBOX_BACKOFF_MAX_SECONDS", 6 * 60 * 60, minimum=0
)
PRACTICA_OUTBOX_MAX_ATTEMPTS = env_int("PRACTICA_OUTBOX_MAX_ATTEMPTS", 8, minimum=1)
PRACTICA_OUTBOX_HARD_BOUNCE_LIMIT = env_int("PRACTICA_OUTBOX_HARD_BOUNCE_LIMIT", 3, minimum=1)

# --- Accounts (django-allauth) --------------------------------------------------------------
AUTH_USER_MODEL = "communities.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = False
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 3
ACCOUNT_PREVENT_ENUMERATION = True
# allauth's rate limits are on by default (ACCOUNT_RATE_LIMITS unset); they count in the
# default cache, which is Redis in production.
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_ADAPTER = "communities.adapters.AccountAdapter"
ACCOUNT_FORMS = {"signup": "communities.forms.SignupForm"}
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Practica] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if HTTPS else "http"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_PASSKEY_LOGIN_ENABLED = True
MFA_TOTP_ISSUER = "Practica"
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = not HTTPS
USERSESSIONS_TRACK_ACTIVITY = True

# none | facilitators | all: who must enrol a second factor before doing anything else.
PRACTICA_REQUIRE_MFA = env_choice(
    "PRACTICA_REQUIRE_MFA", "facilitators", ("none", "facilitators", "all")
)
PRACTICA_IDLE_TIMEOUT = timedelta(minutes=env_int("PRACTICA_IDLE_MINUTES", 30, minimum=1))
PRACTICA_ABSOLUTE_SESSION_LIFETIME = timedelta(
    hours=env_int("PRACTICA_SESSION_HOURS", 12, minimum=1)
)

# --- Sessions, cookies and security headers -------------------------------------------------
SESSION_ENGINE = "django.contrib.sessions.backends.db"
# Idleness is measured by communities.middleware.SessionLifetimeMiddleware, which touches the
# session at most once a minute; the row itself never outlives the absolute limit.
SESSION_COOKIE_AGE = int(PRACTICA_ABSOLUTE_SESSION_LIFETIME.total_seconds())
SESSION_SAVE_EVERY_REQUEST = False
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
if HTTPS:
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [SITE_URL])
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
}

# --- Internationalisation and time ----------------------------------------------------------
LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Static files ---------------------------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
if DEBUG:
    # Without collectstatic (the demo) WhiteNoise would warn on every request about the folder.
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env_bool("STATIC_MANIFEST", not DEBUG)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}
ADMINS: list[tuple[str, str]] = []
