"""The draft minutes as a Word document (python-docx): what these groups
circulate. Same data as the Markdown (`handlers.minutes.Minutes`)."""

from __future__ import annotations

import io

from docx import Document

from handlers.minutes import Minutes

__all__ = ["render_docx"]


def _table(document: Document, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, title in zip(table.rows[0].cells, header, strict=True):
        cell.text = title
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value


def render_docx(minutes: Minutes) -> bytes:
    document = Document()
    status = f" ({minutes.status})" if minutes.status else ""
    document.add_heading(f"{minutes.group} — compte rendu de la séance n°{minutes.number}{status}", level=1)
    note = document.add_paragraph()
    note.add_run(f"Projet de compte rendu établi par Greffier le {minutes.generated}, à relire avant diffusion.").italic = True
    for label, value in (("Date", minutes.when), ("Lieu", minutes.place or "non précisé")):
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(f"{label} : ").bold = True
        paragraph.add_run(value)
    people = [(t, p) for t, p in (("Présents", minutes.present), ("Excusés", minutes.excused), ("Absents", minutes.absent)) if p]
    if not people:
        document.add_heading("Présences", level=2)
        document.add_paragraph("Non enregistrées.")
    for title, names in people:
        document.add_heading(f"{title} ({len(names)})", level=2)
        for name in names:
            document.add_paragraph(name, style="List Bullet")
    document.add_heading("Ordre du jour", level=2)
    if minutes.agenda:
        _table(document, ("N°", "Point", "Proposé par"), [(str(i), t, by) for i, (t, by) in enumerate(minutes.agenda, 1)])
    else:
        document.add_paragraph("Aucun point enregistré.")
    document.add_heading("Décisions", level=2)
    for number, text, note_ in minutes.decisions:
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(f"Décision n°{number}{f' ({note_})' if note_ else ''} : ").bold = True
        paragraph.add_run(text)
    if not minutes.decisions:
        document.add_paragraph("Aucune décision enregistrée.")
    document.add_heading("Prochaines étapes", level=2)
    if minutes.tasks:
        _table(document, ("N°", "Tâche", "Pilote", "Échéance"),
               [(str(n), t, p or "—", d or "—") for n, t, p, d in minutes.tasks])
    else:
        document.add_paragraph("Aucune tâche enregistrée.")
    document.add_heading("Prochaine séance", level=2)
    document.add_paragraph(minutes.next_meeting or "Pas encore fixée.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
