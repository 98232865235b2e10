# Practica's production image: gunicorn serving Django, the same image runs the Celery worker and
# beat (docker-compose.yml). Static files are collected at build time and served by WhiteNoise.
FROM python:3.13-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PRACTICA_VAR_DIR=/app/var

WORKDIR /app

# Dependencies first, resolved exactly as requirements.lock pins them, so code edits keep the layer.
COPY pyproject.toml requirements.lock README.md ./
# pyproject.toml declares no packages of its own, so this installs only the runtime dependencies.
RUN python -m pip install -c requirements.lock .

COPY manage.py ./
COPY config ./config
COPY communities ./communities
COPY cases ./cases
COPY sessions_log ./sessions_log
COPY templates ./templates
COPY static ./static

# collectstatic needs settings but no database, broker or mail server: throwaway build values.
RUN DEBUG=false \
    SECRET_KEY=build-only-not-a-secret-build-only-not-a-secret-build-only-0123456789 \
    DATABASE_URL=postgres://build@127.0.0.1:1/build \
    REDIS_URL=redis://127.0.0.1:1/0 \
    EMAIL_URL=console:// \
    ALLOWED_HOSTS=localhost \
    SITE_URL=https://localhost \
    python manage.py collectstatic --noinput

RUN useradd --system --create-home --home-dir /home/practica --uid 10001 practica \
    && mkdir -p /app/var \
    && chown -R practica /app/var
USER practica

EXPOSE 8000
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", \
     "--timeout", "30", "--no-control-socket", "--access-logfile", "-"]
