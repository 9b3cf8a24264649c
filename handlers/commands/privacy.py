"""Members' control over their data: /mes_donnees (everything stored about
me, privately, as a JSON file plus a summary) and /oublie_moi (erase it,
after « /oublie_moi confirmer »). Coordinators erase a departed member with
« /membre_retirer <nom> ; effacer ».

Each action is logged with the group and the card's number, never with a
name, an id or any of the data itself.
"""

from __future__ import annotations

import json
import logging

from handlers.context import Context
from handlers.messages import Attachment, Reply, UserError, bold
from handlers.registry import Command
from storage.erasure import FORMER_MEMBER, erase_member, member_data
from storage.models import Member

__all__ = ["COMMANDS", "erase_for_coordinator"]

log = logging.getLogger(__name__)


def _keys(member: Member | None, extra: str | None = None) -> set[str]:
    keys = {f"{platform}:{uid}" for platform, uid in (member.platform_ids if member else {}).items()}
    return keys | ({extra} if extra else set())


def _names(ctx: Context, member: Member | None, keys: set[str], display: str | None) -> list[str]:
    """Every name the person is stored under: card, display name, as an author."""
    names = {member.name} if member else set()
    if display:
        names.add(display)
    for d in ctx.data.decisions():
        names |= {rev.by for rev in d.history if rev.by_id in keys}
        if d.recorded_by_id in keys:
            names.add(d.recorded_by)
    for m in ctx.data.meetings():
        names |= {item.proposed_by for item in m.agenda if item.proposed_by_id in keys}
    return sorted(n for n in names if n and n != FORMER_MEMBER)


def mes_donnees(ctx: Context, args: str) -> Reply:
    if not ctx.message.private:
        return Reply.of("Vos données sont personnelles : écrivez-moi /mes_donnees en message privé, "
                        "je vous les enverrai là (rien n'est affiché ici).")
    me = ctx.sender.member
    keys = _keys(me, ctx.sender.key)
    data = member_data(ctx.data, me, keys)
    assert ctx.group is not None
    lines: list[object] = [[bold(f"Ce que le groupe « {ctx.group.name} » conserve à votre sujet")]]
    if me is None:
        lines.append("Aucune fiche à votre nom (créez-la avec /moi <organisation>).")
    else:
        details = ", ".join(x for x in (me.organisation, me.role) if x)
        lines.append(f"Fiche n°{me.number} : {me.name}" + (f" — {details}" if details else ""))
        if me.contact:
            lines.append(f"Contact : {me.contact} ({'visible par le groupe' if me.contact_consent else 'visible par vous seul'})")
    lines.append("Identifiants : " + ", ".join(data["identifiants"]))
    decisions = data["décisions enregistrées ou modifiées"]
    lines.append(f"Décisions enregistrées ou modifiées : {len(decisions)}"
                 + (" (" + ", ".join(f"n°{d['number']}" for d in decisions[:20]) + ")" if decisions else ""))
    proposed = data["points proposés à l'ordre du jour"]
    lines.append(f"Points proposés à l'ordre du jour : {len(proposed)}")
    lines.append(f"Tâches dont vous êtes pilote : {len(data['tâches'])}")
    lines.append("Le détail complet est dans le fichier joint. Pour tout effacer : /oublie_moi")
    log.info("personal data sent: group=%s card=%s", ctx.data.slug, me.number if me else "-")
    payload = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    return Reply.of(*lines).with_attachment(Attachment("mes_donnees.json", "application/json", payload))  # type: ignore[arg-type]


def _erase(ctx: Context, member: Member | None, keys: set[str], display: str | None, by: str) -> str:
    keep = bool(getattr(ctx.group, "keep_author_names", False))
    names = _names(ctx, member, keys, display)
    done = erase_member(ctx.data, member, keys, names, keep)
    log.info("personal data erased: group=%s card=%s by=%s decisions=%d meetings=%d deadlines=%d tasks=%d",
             ctx.data.slug, member.number if member else "-", by, done.decisions, done.meetings, done.deadlines, done.tasks)
    author = "gardé comme auteur (réglage du groupe)" if keep else f"remplacé par « {FORMER_MEMBER} »"
    return (f"fiche, identifiants et contact effacés ; nom {author} dans {done.decisions} décision(s) "
            f"et {done.meetings} séance(s)")


def oublie_moi(ctx: Context, args: str) -> Reply:
    me = ctx.sender.member
    keys = _keys(me, ctx.sender.key)
    word = args.strip().casefold()
    if word and word not in ("confirmer", "confirme"):
        raise UserError(f"/oublie_moi ne connaît pas « {args.strip()[:30]} ».", "/oublie_moi, puis /oublie_moi confirmer")
    has_traces = me is not None or bool(_names(ctx, None, keys, None))
    if not has_traces:
        return Reply.of("Ce groupe ne conserve aucune donnée à votre sujet.")
    if not word:
        return Reply.of(
            [bold("Effacer vos données de ce groupe ?")],
            "Seront effacés définitivement : votre fiche (nom, organisation, rôle, contact) et vos identifiants.",
            f"Là où vous êtes l'auteur d'une décision ou d'un point, votre nom deviendra « {FORMER_MEMBER} »"
            + (" (sauf si le groupe garde le nom des auteurs)." if not getattr(ctx.group, "keep_author_names", False)
               else " — ce groupe garde toutefois le nom des auteurs de ses décisions."),
            "Pour confirmer : /oublie_moi confirmer",
        )
    summary = _erase(ctx, me, keys, ctx.message.sender_name, "self")
    return Reply.of(f"C'est fait : {summary}.",
                    "Les sauvegardes antérieures de l'hébergeur disparaissent à leur expiration (voir le README).")


def erase_for_coordinator(ctx: Context, member: Member) -> Reply:
    summary = _erase(ctx, member, _keys(member), None, "coordinator")
    return Reply.of(f"{member.name} a été retiré(e) du répertoire et ses données effacées : {summary}.")


COMMANDS = (
    Command("mes_donnees", mes_donnees, "tout ce que le groupe conserve à votre sujet (en privé)"),
    Command("oublie_moi", oublie_moi, "effacer vos données de ce groupe (avec confirmation)", "[confirmer]",
            aliases=("oubliez_moi",)),
)
