"""The consultation-hours certificate as a PDF (fpdf2). Nothing clinical: name, period, hours,
facilitators and a verification code."""

from __future__ import annotations

from fpdf import FPDF

from sessions_log.models import Certificate


def _hours(minutes: int) -> str:
    return f"{minutes / 60:.2f} hours ({minutes} minutes)"


def _latin(text: str) -> str:
    # The core fonts are Latin-1; anything else is replaced rather than failing the download.
    return text.encode("latin-1", "replace").decode("latin-1")


def certificate(issued: Certificate, *, verify_url: str) -> bytes:
    doc = FPDF(format="A4")
    doc.set_title("Consultation hours certificate")
    doc.set_author("Practica")
    doc.add_page()
    doc.set_font("Helvetica", "B", 20)
    doc.cell(0, 14, "Consultation hours certificate", new_x="LMARGIN", new_y="NEXT")
    doc.set_font("Helvetica", "", 12)
    doc.ln(4)
    holder = issued.holder_name + (
        f", {issued.holder_credentials}" if issued.holder_credentials else ""
    )
    lines = [
        f"This certifies that {holder}",
        f"took part in peer consultation from {issued.period_start:%d %B %Y} to "
        f"{issued.period_end:%d %B %Y}:",
        "",
        f"Signed-off group consultation: {_hours(issued.meeting_minutes)}",
        f"Self-reported external consultation: {_hours(issued.self_reported_minutes)}",
        f"Total: {_hours(issued.total_minutes)}",
        "",
        "Facilitators, with their credentials as recorded at each sign-off:",
        *[f"  - {name}" for name in issued.facilitators or ["(none recorded)"]],
        "",
        f"Issued {issued.created_at:%d %B %Y} by Practica.",
        f"Verification code: {issued.code}",
        f"Check it at {verify_url}",
    ]
    for line in lines:
        doc.multi_cell(0, 7, _latin(line), new_x="LMARGIN", new_y="NEXT")
    return bytes(doc.output())
