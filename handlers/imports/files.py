"""Safe first steps for an uploaded file: size, text encoding, zip archives.

Each refusal is an `ImportRefused` whose French message says what was wrong
and that nothing was imported.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile

__all__ = ["MAX_FILE_BYTES", "ImportRefused", "check_size", "decode_text", "open_zip", "read_member", "strip_controls"]

# A member list or a set of minutes is a few hundred kilobytes at most; a
# 50 MB upload is a mistake or an attack, refused before it is parsed.
MAX_FILE_BYTES = 20 * 1024 * 1024
# An office file unpacks to at most this much, and no member more than this
# many times its packed size: a zip bomb is refused before being inflated.
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_RATIO = 200
MAX_ZIP_MEMBERS = 2000


class ImportRefused(Exception):
    """The whole file is refused; `str()` is the French report."""


def check_size(data: bytes, name: str) -> None:
    if len(data) > MAX_FILE_BYTES:
        raise ImportRefused(
            f"{name} : fichier trop gros ({len(data) / 1024 / 1024:.1f} Mo ; limite {MAX_FILE_BYTES // 1024 // 1024} Mo). "
            "Rien n'a été importé."
        )
    if not data.strip():
        raise ImportRefused(f"{name} : le fichier est vide. Rien n'a été importé.")


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding name): UTF-8 with or without BOM, UTF-16 with a BOM, else Windows-1252.

    A file with NUL bytes is not text in any of these (a binary file, or
    UTF-16 without its BOM): refused rather than read as garbage."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise ImportRefused(f"{name} : encodage illisible (UTF-16 abîmé). Rien n'a été importé.") from None
    if b"\x00" in data:
        raise ImportRefused(
            f"{name} : ce n'est pas un fichier texte (octets nuls). Enregistrez-le en CSV UTF-8. Rien n'a été importé."
        )
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        raise ImportRefused(
            f"{name} : encodage inconnu (ni UTF-8 ni Windows-1252). Enregistrez-le en CSV UTF-8. Rien n'a été importé."
        ) from None


def open_zip(data: bytes, name: str) -> zipfile.ZipFile:
    """An office file's archive, after checking it cannot inflate past the limits.

    Sizes are read from the archive's directory, then enforced again while
    reading (see `read_member`): a lying header cannot get past both."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportRefused(f"{name} : archive illisible (fichier abîmé ?). Rien n'a été importé.") from None
    total = sum(info.file_size for info in members)
    worst = max((info.file_size / max(info.compress_size, 1) for info in members), default=0)
    if len(members) > MAX_ZIP_MEMBERS or total > MAX_UNPACKED_BYTES or worst > MAX_RATIO:
        raise ImportRefused(
            f"{name} : archive suspecte (elle se décompresserait en {total / 1024 / 1024:.0f} Mo, "
            f"taux de compression {worst:.0f}:1) : bombe de décompression probable. Rien n'a été importé."
        )
    return archive


def read_member(archive: zipfile.ZipFile, member: str, name: str) -> bytes:
    """One archive member, read with the size limit enforced on the real bytes."""
    try:
        with archive.open(member) as handle:
            data = handle.read(MAX_UNPACKED_BYTES + 1)
    except KeyError:
        raise ImportRefused(f"{name} : {member} manque dans l'archive. Rien n'a été importé.") from None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ImportRefused(f"{name} : archive illisible. Rien n'a été importé.") from None
    if len(data) > MAX_UNPACKED_BYTES:
        raise ImportRefused(f"{name} : archive suspecte (trop volumineuse une fois décompressée). Rien n'a été importé.")
    return data


def strip_controls(value: str) -> tuple[str, bool]:
    """The value with line breaks and tabs as spaces; and whether other control characters were found."""
    flattened = value.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").replace("\t", " ")
    bad = any(unicodedata.category(c) in ("Cc", "Cf") and c not in "\u00ad\u200b\u200c\u200d\ufeff" for c in flattened)
    return " ".join(flattened.split()), bad
