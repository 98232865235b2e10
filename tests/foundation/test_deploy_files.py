"""The production shape on paper: docker-compose.yml and the Dockerfile.

No container engine runs here, so ``docker compose config`` cannot; the YAML is parsed and its
shape checked instead.
"""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_compose_brings_up_every_service_with_a_healthcheck() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert set(services) == {"postgres", "redis", "web", "worker", "beat", "mailpit"}
    for name, service in services.items():
        assert "healthcheck" in service, f"{name} has no healthcheck"
    web = " ".join(services["web"]["command"])
    assert "migrate" in web
    assert "collectstatic" in web
    assert "--no-control-socket" in web
    assert services["worker"]["env_file"] == ".env"
    assert "beat" in services["beat"]["command"]


def test_the_env_example_names_every_production_setting() -> None:
    names = {
        line.split("=", 1)[0]
        for line in (ROOT / ".env.example").read_text().splitlines()
        if line and not line.startswith("#")
    }
    required = {"SECRET_KEY", "DATABASE_URL", "REDIS_URL", "EMAIL_URL", "ALLOWED_HOSTS"}
    assert required | {"SITE_URL", "DEBUG"} <= names


def test_the_image_runs_gunicorn_as_a_non_root_user() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert dockerfile.startswith("#") and "FROM python:3.13-slim" in dockerfile
    assert "collectstatic" in dockerfile
    assert "\nUSER practica\n" in dockerfile
    assert '"--no-control-socket"' in dockerfile
