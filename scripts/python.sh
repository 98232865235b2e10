#!/usr/bin/env bash
# Prints the path of a Python >= 3.12 to build the virtual environment with, or explains.
set -euo pipefail
for candidate in "${PYTHON:-}" python3 python3.13 python3.12 python; do
  [ -n "$candidate" ] || continue
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
    command -v "$candidate"
    exit 0
  fi
done
echo "Practica needs Python 3.12 or newer (3.13 is pinned in .python-version)." >&2
echo "Install it (for example 'pyenv install 3.13') or set PYTHON=/path/to/python3.13." >&2
exit 1
