"""Settings for the test suite: the project's own settings, fed test values.

The environment still wins, so CI or a developer can point DATABASE_URL and REDIS_URL at other
servers.
"""

import os

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/practica")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/15")
os.environ.setdefault("EMAIL_URL", "memory://")
os.environ.setdefault("SECRET_KEY", "test-only-key-" + "k3y-for-the-test-suite-" * 3)
os.environ.setdefault("SITE_URL", "http://testserver")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
os.environ.setdefault("HTTPS", "false")
os.environ.setdefault("STATIC_MANIFEST", "false")
os.environ.setdefault("DATABASE_POOL", "false")
os.environ.setdefault("CACHE_KEY_PREFIX", "practica-test")

from config.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Rate limits are tested on purpose where they matter; elsewhere they would make tests flaky.
ACCOUNT_RATE_LIMITS = False
CELERY_TASK_ALWAYS_EAGER = False
# The suite serves static files through the finders; WhiteNoise only needs its folder to exist.
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405
