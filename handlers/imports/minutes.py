"""Minutes (compte rendu) as lines of text, and the small readers the
section parser (handlers/imports/minutes_parse.py) is built from.

The shapes are those of real working-group minutes: a « Date & Lieu » header
with the date on the next line; « Participants : » followed by organisation
bullets (« · Ville de X » then « Name (rôle) » lines, or « · Org : Name /
Name / Name »), or « Madame **NOM Prénom**, rôle »; « Excusé(s) : Name
(Org), … »; « Prochaine séance le 17 septembre 09h00 – 11h30 » with its
place on the next line; « Prochaines étapes » bullets, and « Pilote(s) »
blocks. A .docx is read through python-docx after the archive checks, its
bold runs kept as ** so « Madame **NOM** » reads the same as in Markdown.
Nothing here writes.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache

from babel.dates import get_month_names

from handlers.imports.files import ImportRefused, check_size, decode_text, open_zip, read_member, strip_controls


__all__ = ["Minutes", "NextMeeting", "Person", "Step", "bare", "find_date", "minutes_text", "person", "plain", "split_people"]

MAX_LINES = 20000
MAX_FIELD = 300
# A paragraph longer than this is discussion, never a name list or a date
# line; skipping it also keeps a 10 MB line from slowing the reader down.
MAX_LINE = 5000


@dataclass(frozen=True)
class Person:
    name: str
    organisation: str = ""
    role: str = ""


@dataclass(frozen=True)
class Step:
    text: str
    pilot: str = ""
    due: date | None = None


@dataclass(frozen=True)
class NextMeeting:
    start: datetime
    end: datetime | None
    has_time: bool
    place: str = ""


@dataclass
class Minutes:
    held_on: date | None = None
    place: str = ""
    participants: list[Person] = field(default_factory=list)
    excused: list[Person] = field(default_factory=list)
    next_meeting: NextMeeting | None = None
    steps: list[Step] = field(default_factory=list)


# -- text out of the file --------------------------------------------------------

_ARTIFACT = re.compile(r"\[(bookmark|image):[^\]]*\]")


def _docx_lines(data: bytes, name: str) -> list[str]:
    archive = open_zip(data, name)
    read_member(archive, "word/document.xml", name)  # enforces the inflated size on the real bytes
    import docx  # imported here: only .docx imports need it

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on a damaged file
        raise ImportRefused(f"{name} : document Word illisible ({type(exc).__name__}). Rien n'a été importé.") from None

    def paragraph(p: object) -> str:
        # Bold runs keep their ** so « Madame **NOM** » reads the same as in Markdown.
        return "".join(f"**{r.text}**" if r.bold and r.text.strip() else r.text for r in p.runs)  # type: ignore[attr-defined]

    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, docx.table.Table):
            for row in block.rows:
                for cell in row.cells:
                    lines += [line for p in cell.paragraphs for line in paragraph(p).split("\n")]
                    lines.append("")  # a cell ends a section, as a blank line does
        else:
            lines += paragraph(block).split("\n")
    return lines


def minutes_text(data: bytes, name: str) -> list[str]:
    """The minutes as lines of text (.txt, .md or .docx), refusing hostile files."""
    check_size(data, name)
    if name.lower().endswith(".docx") or data.startswith(b"PK\x03\x04"):
        raw = _docx_lines(data, name)
    elif name.lower().endswith((".doc", ".pdf", ".odt")):
        raise ImportRefused(f"{name} : format non pris en charge ; enregistrez le compte rendu en .docx, .txt ou .md. Rien n'a été importé.")
    else:
        raw = decode_text(data, name)[0].splitlines()
    if len(raw) > MAX_LINES:
        raise ImportRefused(f"{name} : plus de {MAX_LINES} lignes : ce n'est pas un compte rendu. Rien n'a été importé.")
    lines = []
    for line in raw:
        if len(line) > MAX_LINE:
            lines.append("")
            continue
        flat, bad = strip_controls(_ARTIFACT.sub("", line))
        lines.append("" if bad else flat)  # a line with control characters is dropped, never half-read
    return lines


# -- small readers -----------------------------------------------------------------



@cache
def _months() -> dict[str, int]:
    names = get_month_names("wide", locale="fr")
    return {plain(str(label)): number for number, label in names.items()}


def _date_pattern() -> re.Pattern[str]:
    months = "|".join(sorted(_months(), key=len, reverse=True))
    return re.compile(
        r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})\b"
        rf"|\b(?P<d2>\d{{1,2}})(?:er)?\s+(?P<month>{months})\s+(?P<y2>\d{{4}})\b",
        re.IGNORECASE,
    )


def plain(value: str) -> str:
    """Lower case without accents, punctuation kept (storage.search.fold drops it)."""
    decomposed = unicodedata.normalize("NFKD", value.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def find_date(line: str) -> tuple[date, int, int] | None:
    """The first full date in a line (17.09.2021, 17/09/2021, 17 septembre 2021), with its span."""
    found = _date_pattern().search(plain(line))
    if not found:
        return None
    try:
        if found.group("d"):
            day = date(int(found.group("y")), int(found.group("m")), int(found.group("d")))
        else:
            day = date(int(found.group("y2")), _months()[found.group("month").lower()], int(found.group("d2")))
    except ValueError:
        return None
    return day, found.start(), found.end()


def bare(value: str) -> str:
    """Markdown emphasis and stray punctuation off a field."""
    return " ".join(value.replace("**", "").replace("__", "").strip(" .;,:-–\t").split())[:MAX_FIELD]


_TITLES = re.compile(r"^(madame|monsieur|mme|mlle|m\.|mr|dr|me)\s+", re.IGNORECASE)
_PARTICLES = {"de", "du", "des", "la", "le", "van", "von", "der", "di", "da", "d'", "el", "ben"}


def _proper(name: str) -> str:
    """« DUPONT Marie » -> « Marie Dupont »: the French « NOM Prénom » order,
    with the surname in capitals, becomes the directory's « Prénom Nom »."""
    words = name.split()
    upper = [w.isupper() and len(w) > 1 for w in words]
    if any(upper) and not all(upper) and upper[0]:
        cut = upper.index(False)
        if all(not u for u in upper[cut:]):
            words = words[cut:] + words[:cut]
    return " ".join(w.title() if w.isupper() and len(w) > 1 else w for w in words)


def person(piece: str, organisation: str) -> Person | None:
    """« Name (role) », « Name role words », « Madame **NAME**, role »."""
    piece = _TITLES.sub("", bare(piece))
    bold = re.match(r"^\*\*(?P<n>[^*]+)\*\*\s*,?\s*(?P<r>.*)$", piece)
    if bold:
        return Person(_proper(bare(bold.group("n"))), organisation, bare(bold.group("r")))
    role = ""
    paren = re.search(r"\(([^)]*)\)", piece)
    if paren:
        role = bare(paren.group(1))
        piece = (piece[: paren.start()] + piece[paren.end():]).strip()
    words = piece.replace("**", "").split()
    name_words: list[str] = []
    for word in words:
        if word[:1].isupper() or (name_words and plain(word) in _PARTICLES):
            name_words.append(word)
        else:
            break
    while name_words and plain(name_words[-1]) in _PARTICLES:
        name_words.pop()
    if not name_words or len(name_words) > 5:
        return None
    rest = bare(" ".join(words[len(name_words):]))
    role = ", ".join(x for x in (role, rest) if x)
    return Person(_proper(bare(" ".join(name_words))), organisation, role)


def split_people(text: str) -> list[str]:
    """« A / B (x, y) et C » -> [A, B (x, y), C]: separators outside parentheses."""
    pieces, depth, current = [], 0, ""
    i = 0
    while i < len(text):
        char = text[i]
        depth += char == "("
        depth -= char == ")" and depth > 0
        if depth == 0 and (char in "/;," or text.startswith(" et ", i)):
            pieces.append(current)
            current = ""
            i += 4 if char == " " else 1
            continue
        current += char
        i += 1
    return [p for p in (*pieces, current) if p.strip()]
