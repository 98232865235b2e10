#!/usr/bin/env python
import os
import sys


def main() -> None:
    if sys.version_info < (3, 12):  # noqa: UP036 - a clear sentence beats a SyntaxError
        sys.exit("Practica needs Python 3.12 or newer (3.13 recommended, see .python-version).")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
