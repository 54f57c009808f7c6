import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE"}}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "innoprocure.settings.production",
    "SECRET_KEY": "k" * 30 + "-production-secret-key-for-the-check-0123456789",
    "ALLOWED_HOSTS": "innoprocure.example.eu",
    # A shared cache is required (core/checks.py); nothing connects to it during these checks.
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}


def test_deploy_check_is_clean_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_its_secrets(missing):
    env = dict(PRODUCTION)
    env[missing] = ""
    result = manage("check", **env)
    assert result.returncode != 0
    assert missing in result.stderr
