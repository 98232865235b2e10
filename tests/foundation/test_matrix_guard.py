"""The authorization matrix notices a URL that nobody wrote rows for."""

from __future__ import annotations

import pytest
from pytest_django.fixtures import Settings as SettingsWrapper

from tests import test_authorization_matrix as matrix


def test_a_url_without_matrix_rows_fails_the_suite(settings: SettingsWrapper) -> None:
    settings.ROOT_URLCONF = "tests.foundation.boom_urls"  # the project's URLs plus /boom/
    with pytest.raises(AssertionError, match=r"without authorization-matrix rows:\n.*boom/"):
        matrix.test_every_url_pattern_has_rows_in_the_matrix()
