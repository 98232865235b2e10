"""The table: printed, and written to bench/results/latest.md and latest.json."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any


def _num(value: Any, digits: int = 1) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def markdown(report: dict[str, Any]) -> str:
    m, v, s = report["machine"], report.get("versions", {}), report.get("settings", {})
    lines = [
        "# Practica benchmark",
        "",
        f"Run {report['generated_at']}, took {report.get('duration_s', 0):.0f} s.",
        "",
        f"- **Machine**: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB memory, "
        f"Linux {m['kernel']}; load average {m['load_average_at_start']:.2f} at start.",
        "- **Versions**: " + ", ".join(f"{k} {val}" for k, val in v.items()),
        "- **Settings**: " + "; ".join(f"{k}: {val}" for k, val in s.items()),
    ]
    seed = report.get("seed", {})
    if seed:
        counts = ", ".join(f"{k.replace('_', ' ')} {val:,}" for k, val in seed["counts"].items())
        lines.append(
            f"- **Data**: {counts} (seeded in {seed['seconds']:.0f} s"
            + (", reused" if seed.get("reused") else "")
            + ")."
        )
        lines += [f"  - {note}" for note in seed.get("notes", [])]
    if report.get("warnings"):
        lines += ["", "**Warnings**", ""] + [f"- ⚠ {w}" for w in report["warnings"]]
    if report.get("pages"):
        lines += [
            "",
            "## Pages",
            "",
            "| page | path | req/s | p50 ms | p99 ms | CPU ms/req | queries | of ceiling | notes |",
            "|---|---|---:|---:|---:|---:|---:|---:|---|",
        ]
        for entry in report["pages"]:
            if entry.get("status") != "ok":
                lines.append(
                    f"| {entry['title']} | {entry.get('path') or '–'} | {entry.get('status')} "
                    f"| | | | {_num(entry.get('queries'))} | | {entry.get('note', '')} |"
                )
                continue
            notes = []
            if entry.get("cv", 0) > 0.10:
                notes.append(f"noisy (cv {entry['cv']:.0%})")
            if entry.get("errors"):
                notes.append(f"{entry['errors']} errors")
            ratio = entry.get("ceiling_ratio")
            lines.append(
                f"| {entry['title']} | `{entry['path']}` | {_num(entry['rps'])} "
                f"| {_num(entry['p50_ms'])} | {_num(entry['p99_ms'])} | {_num(entry['cpu_ms'])} "
                f"| {entry['queries']} | {f'{ratio:.0%}' if ratio is not None else '–'} "
                f"| {', '.join(notes)} |"
            )
        rss = report.get("worker_rss_mb") or {}
        if rss:
            lines += [
                "",
                "Web worker memory after the run (RSS): "
                + ", ".join(f"{val:.0f} MB" for val in rss.values())
                + ".",
            ]
    if report.get("jobs"):
        lines += ["", "## Background work", "", "| job | figures | notes |", "|---|---|---|"]
        for job in report["jobs"]:
            figures = job.get("summary") or job.get("status", "")
            lines.append(f"| {job['title']} | {figures} | {job.get('note', '')} |")
    if report.get("targets"):
        lines += ["", "## Targets", "", "| target | figure | met |", "|---|---|---|"]
        for check in report["targets"]:
            met = {True: "yes", False: "**no**", None: "not measured"}[check["met"]]
            lines.append(f"| {check['target']} | {check['figure']} | {met} |")
    return "\n".join(lines) + "\n"


def write(report: dict[str, Any], text: str, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "latest.md").write_text(text)
    (folder / "latest.json").write_text(json.dumps(report, indent=2, default=str) + "\n")
