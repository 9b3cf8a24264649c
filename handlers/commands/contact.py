"""The « ; contact : … » part of /moi: a member's own email or phone, and
whether the rest of the group may see them (default: no).

    /moi Hospice général ; insertion ; contact : jeanne@example.org oui
    /moi ; contact : non          (hide it again)
    /moi ; contact : effacer      (remove it)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from handlers.context import Context
from handlers.messages import Reply, UserError
from handlers.views import member_lines
from storage.models import replace
from storage.search import fold

__all__ = ["ContactChange", "apply_contact", "split_contact"]

_EMAIL = re.compile(r"^[^@\s;<>]+@[^@\s;<>]+\.[^@\s;<>]+$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ().\-/]{5,28}$")
MAX_CONTACT = 200


@dataclass(frozen=True)
class ContactChange:
    details: str | None  # None: unchanged; "": removed
    consent: bool | None  # None: unchanged


def split_contact(args: str, usage: str) -> tuple[str, ContactChange | None]:
    """/moi's arguments without their « contact : … » field, and what it asks."""
    fields = args.split(";")
    for index, raw in enumerate(fields):
        head, sep, value = raw.partition(":")
        if not sep or fold(head) != "contact":
            continue
        rest = ";".join(fields[:index] + fields[index + 1:]).strip().strip(";").strip()
        return rest, _parse(value.strip(), usage)
    return args, None


def _parse(value: str, usage: str) -> ContactChange:
    if len(value) > MAX_CONTACT:
        raise UserError(f"Le contact est trop long (limite {MAX_CONTACT} caractères).", usage)
    words = value.split()
    consent: bool | None = None
    if words and fold(words[-1]) in ("oui", "non"):
        consent = fold(words.pop()) == "oui"
    text = " ".join(words)
    if fold(text) in ("effacer", "aucun", "supprimer"):
        return ContactChange("", False)
    if not text:
        if consent is None:
            raise UserError("Après « contact : », écrivez votre email ou téléphone, puis oui ou non.", usage)
        return ContactChange(None, consent)
    parts = [p.strip() for p in re.split(r",|\bet\b", text) if p.strip()]
    for part in parts:
        if not (_EMAIL.match(part) or _PHONE.match(part)):
            raise UserError(f"« {part[:40]} » n'est ni une adresse email ni un numéro de téléphone.", usage)
    return ContactChange(" · ".join(parts), consent)


def apply_contact(ctx: Context, change: ContactChange, before: Reply | None) -> Reply:
    """Save the change on the sender's card; `before` is /moi's own answer, if any."""
    me = ctx.data.member_by_platform_id(ctx.message.platform, ctx.message.sender_id)
    if me is None:
        raise UserError("Créez d'abord votre fiche : /moi <organisation> ; contact : <email> oui")

    def changed(stored):  # type: ignore[no-untyped-def]
        details = stored.contact if change.details is None else change.details
        consent = stored.contact_consent if change.consent is None else change.consent
        return replace(stored, contact=details, contact_consent=consent and bool(details))

    me = ctx.data.update_member(me.number, changed) or me
    if not me.contact:
        note = "Aucun contact enregistré sur votre fiche."
    else:
        seen = "visible par les membres du groupe" if me.contact_consent else "visible par vous seul (ajoutez « oui » pour le partager)"
        note = f"Contact enregistré : {me.contact} — {seen}."
    lines = before.lines if before is not None else Reply.of(*member_lines(me)).lines
    return Reply((*lines, *Reply.of(note).lines))
