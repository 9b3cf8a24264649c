"""A member list as rows of named fields, whatever the spreadsheet looked like.

CSV with commas or semicolons (sniffed), UTF-8 with or without BOM or
Windows-1252, or an `.xlsx` workbook (first sheet, through openpyxl after
the archive checks). Header names are recognised in French and English, in
any order, with or without accents; unknown columns are reported and left
aside.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from handlers.imports.files import ImportRefused, check_size, decode_text, open_zip
from storage.search import fold

__all__ = ["FIELDS", "Sheet", "read_sheet"]

# field -> the header names (folded) that mean it
FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("nom", "name", "nom complet", "full name", "nom et prenom", "prenom et nom", "membre", "nom prenom", "last name", "surname", "nom de famille"),
    "first_name": ("prenom", "first name", "firstname", "given name"),
    "organisation": ("organisation", "organization", "structure", "organisme", "institution", "entite", "employeur", "company", "societe", "service"),
    "role": ("role", "fonction", "titre", "poste", "title", "position", "job title"),
    "email": ("email", "e mail", "courriel", "mail", "adresse e mail", "adresse email", "adresse electronique"),
    "phone": ("telephone", "tel", "phone", "mobile", "portable", "numero de telephone", "phone number"),
    "consent": ("consentement", "consent", "contact visible", "partage du contact", "accord", "accord contact"),
}
_BY_HEADER = {header: name for name, headers in FIELDS.items() for header in headers}
# A row longer than this (all cells together) is not a member.
MAX_ROW_CHARS = 4000
MAX_ROWS = 5000


@dataclass
class Sheet:
    rows: list[tuple[int, dict[str, str]]]  # (line number in the file, field -> cell)
    source: str  # "CSV « ; », UTF-8" — how it was read, for the preview
    ignored: list[str] = field(default_factory=list)
    too_long: list[int] = field(default_factory=list)  # line numbers of rows over MAX_ROW_CHARS


def _header_key(cell: str) -> str:
    return " ".join(fold(cell).replace("-", " ").replace("_", " ").replace("(", " ").replace(")", " ").split())


def _columns(header: list[str], name: str) -> tuple[dict[int, str], list[str]]:
    columns: dict[int, str] = {}
    ignored: list[str] = []
    for index, cell in enumerate(header):
        key = _BY_HEADER.get(_header_key(cell))
        if key is None or key in columns.values():
            if cell.strip():
                ignored.append(cell.strip()[:40])
            continue
        columns[index] = key
    if "name" not in columns.values():
        found = ", ".join(f"« {c.strip()[:30]} »" for c in header[:8] if c.strip()) or "aucune"
        raise ImportRefused(
            f"{name} : pas de colonne « nom » sur la première ligne (colonnes trouvées : {found}). "
            "Attendu : nom, prénom, organisation, rôle, email, téléphone, consentement. Rien n'a été importé."
        )
    return columns, ignored


def _build(raw_rows: list[tuple[int, list[str]]], name: str, source: str) -> Sheet:
    if not raw_rows:
        raise ImportRefused(f"{name} : aucune ligne. Rien n'a été importé.")
    columns, ignored = _columns(raw_rows[0][1], name)
    sheet = Sheet([], source, ignored)
    if len(raw_rows) > MAX_ROWS + 1:
        raise ImportRefused(f"{name} : plus de {MAX_ROWS} lignes : ce n'est pas une liste de membres. Rien n'a été importé.")
    for line, cells in raw_rows[1:]:
        if not any(c.strip() for c in cells):
            continue
        if sum(len(c) for c in cells) > MAX_ROW_CHARS:
            sheet.too_long.append(line)
            continue
        sheet.rows.append((line, {key: cells[i] if i < len(cells) else "" for i, key in columns.items()}))
    return sheet


def _read_csv(data: bytes, name: str) -> Sheet:
    text, encoding = decode_text(data, name)
    sample = text[:20000]
    try:
        delimiter = csv.Sniffer().sniff(sample.split("\n", 1)[0] or sample, delimiters=";,\t").delimiter
    except csv.Error:
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    try:
        for cells in reader:
            rows.append((reader.line_num, cells))
    except csv.Error:
        # Raised by a field over the csv module's 128 KiB limit (a hostile
        # row) or a malformed quote: the rows after it cannot be trusted.
        raise ImportRefused(
            f"{name} : ligne {reader.line_num} illisible (champ démesuré ou guillemets mal fermés). Rien n'a été importé."
        ) from None
    shown = {";": "point-virgule", ",": "virgule", "\t": "tabulation"}[delimiter]
    return _build(rows, name, f"CSV séparé par {shown}, {encoding}")


def _read_xlsx(data: bytes, name: str) -> Sheet:
    open_zip(data, name)  # refuses zip bombs before openpyxl inflates anything
    import openpyxl  # imported here: only workbook imports need it

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        rows = [
            (index, ["" if v is None else str(v) for v in values])
            for index, values in enumerate(sheet.iter_rows(values_only=True, max_row=MAX_ROWS + 2), start=1)
        ]
        book.close()
    except Exception as exc:  # openpyxl raises many kinds on a damaged workbook
        raise ImportRefused(f"{name} : classeur illisible ({type(exc).__name__}). Rien n'a été importé.") from None
    return _build(rows, name, "classeur Excel (première feuille)")


def read_sheet(data: bytes, name: str) -> Sheet:
    """The rows of a member list file; raises `ImportRefused` for the whole file."""
    check_size(data, name)
    lowered = name.lower()
    if data.startswith(b"PK\x03\x04"):
        if lowered.endswith((".xlsx", ".xlsm")):
            return _read_xlsx(data, name)
        open_zip(data, name)
        raise ImportRefused(f"{name} : c'est une archive (Word ? zip ?), pas une liste de membres. Envoyez un CSV ou un .xlsx. Rien n'a été importé.")
    if lowered.endswith((".xls", ".ods", ".docx", ".pdf")):
        raise ImportRefused(f"{name} : format non pris en charge ; enregistrez la liste en CSV ou .xlsx. Rien n'a été importé.")
    return _read_csv(data, name)
