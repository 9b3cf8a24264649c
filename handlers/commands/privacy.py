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
from dataclasses import dataclass

from handlers.context import Context, GroupSettings
from handlers.messages import Attachment, Reply, UserError, bold
from handlers.registry import Command
from storage.erasure import FORMER_MEMBER, erase_member, member_data
from storage.group_export import group_slugs
from storage.models import Member
from storage.store import GroupStore

__all__ = ["COMMANDS", "erase_for_coordinator"]

log = logging.getLogger(__name__)


def _keys(member: Member | None, extra: str | None = None) -> set[str]:
    keys = {f"{platform}:{uid}" for platform, uid in (member.platform_ids if member else {}).items()}
    return keys | ({extra} if extra else set())


def _names(data: GroupStore, member: Member | None, keys: set[str], display: str | None) -> list[str]:
    """Every name the person is stored under: card, display name, as an author."""
    names = {member.name} if member else set()
    if display:
        names.add(display)
    for d in data.decisions():
        names |= {rev.by for rev in d.history if rev.by_id in keys}
        if d.recorded_by_id in keys:
            names.add(d.recorded_by)
    for m in data.meetings():
        names |= {item.proposed_by for item in m.agenda if item.proposed_by_id in keys}
    names |= {t.created_by for t in data.tasks() if t.created_by_id in keys}
    return sorted(n for n in names if n and n != FORMER_MEMBER)


@dataclass(frozen=True)
class _Place:
    """One group where the sender figures: their card there (if any) and data."""

    group: GroupSettings
    data: GroupStore
    card: Member | None


def _places(ctx: Context) -> tuple[list[_Place], set[str]]:
    """The groups where the sender figures — a card linked to their platform
    id, or traces under it (a decision recorded, an item proposed, a task
    written) — the current group first; and every id they are known by (a
    card may also link their id on another platform).

    A person is one platform id across groups: their rights reach every
    configured group at once, not only the one this chat is bound to."""
    assert ctx.group is not None
    others = [ctx.groups(slug) for slug in sorted(group_slugs(ctx.store) - {ctx.group.slug})]
    groups = [(g, ctx.store.group(g.slug)) for g in (ctx.group, *others) if g is not None]
    # Rows of a group no longer configured are skipped: not served, not ours to change.
    keys = {ctx.sender.key}
    for _ in range(2):  # then once more with the ids their cards link (telegram and matrix)
        cards = [(group, data, _card(data, keys)) for group, data in groups]
        keys = keys.union(*(_keys(card) for _, _, card in cards))
    places = [_Place(group, data, card) for group, data, card in cards
              if card is not None or _names(data, None, keys, None)]
    return places, keys


def _card(data: GroupStore, keys: set[str]) -> Member | None:
    """The group's card linked to one of `keys`."""
    return next((m for m in data.members() if _keys(m) & keys), None)


def _where(ctx: Context, places: list[_Place]) -> str:
    """« dans les 2 groupes où vous figurez (A, B) », or "" for this group alone."""
    if [p.group.slug for p in places] == [ctx.group.slug if ctx.group else None]:
        return ""
    names = ", ".join(p.group.name for p in places)
    if len(places) == 1:
        return f"dans le groupe où vous figurez ({names})"
    return f"dans les {len(places)} groupes où vous figurez ({names})"


def _summary(place: _Place) -> list[object]:
    """The readable part of /mes_donnees for one group."""
    me = place.card
    lines: list[object] = []
    if me is None:
        lines.append("Aucune fiche à votre nom (créez-la avec /moi <organisation>).")
    else:
        details = ", ".join(x for x in (me.organisation, me.role) if x)
        lines.append(f"Fiche n°{me.number} : {me.name}" + (f" — {details}" if details else ""))
        if me.contact:
            lines.append(f"Contact : {me.contact} ({'visible par le groupe' if me.contact_consent else 'visible par vous seul'})")
    return lines


def mes_donnees(ctx: Context, args: str) -> Reply:
    if not ctx.message.private:
        return Reply.of("Vos données sont personnelles : écrivez-moi /mes_donnees en message privé, "
                        "je vous les enverrai là (rien n'est affiché ici).")
    assert ctx.group is not None
    places, keys = _places(ctx)
    if not places:  # nothing stored anywhere: still say so for this group
        places = [_Place(ctx.group, ctx.data, None)]
    documents = [member_data(p.data, p.card, keys) for p in places]
    if len(places) == 1:
        title = f"Ce que le groupe « {places[0].group.name} » conserve à votre sujet"
    else:
        title = "Ce que les groupes " + ", ".join(f"« {p.group.name} »" for p in places) + " conservent à votre sujet"
    lines: list[object] = [[bold(title)]]
    for place, data in zip(places, documents):
        if len(places) > 1:
            lines.append([bold(place.group.name)])
        lines.extend(_summary(place))
        decisions = data["décisions enregistrées ou modifiées"]
        lines.append(f"Décisions enregistrées ou modifiées : {len(decisions)}"
                     + (" (" + ", ".join(f"n°{d['number']}" for d in decisions[:20]) + ")" if decisions else ""))
        proposed = data["points proposés à l'ordre du jour"]
        lines.append(f"Points proposés à l'ordre du jour : {len(proposed)}")
        lines.append(f"Tâches dont vous êtes pilote : {len(data['tâches'])}")
    lines.append("Identifiants : " + ", ".join(sorted(keys)))
    lines.append("Le détail complet est dans le fichier joint. Pour tout effacer : /oublie_moi")
    # One line for the action, naming groups and card numbers only.
    log.info("personal data sent: %s", "; ".join(f"group={p.data.slug} card={p.card.number if p.card else '-'}" for p in places))
    payload = json.dumps({"groupes": documents}, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    return Reply.of(*lines).with_attachment(Attachment("mes_donnees.json", "application/json", payload))  # type: ignore[arg-type]


def _erase(group: GroupSettings, data: GroupStore, member: Member | None, keys: set[str], display: str | None,
           by: str, compact: bool = True) -> tuple[str, str]:
    """Erase one person from one group: (the answer's words, the log's words)."""
    keep = bool(getattr(group, "keep_author_names", False))
    names = _names(data, member, keys, display)
    done = erase_member(data, member, keys, names, keep, compact)
    logged = (f"group={data.slug} card={member.number if member else '-'} by={by} decisions={done.decisions} "
              f"meetings={done.meetings} deadlines={done.deadlines} tasks={done.tasks}")
    author = "gardé comme auteur (réglage du groupe)" if keep else f"remplacé par « {FORMER_MEMBER} »"
    return (f"fiche, identifiants et contact effacés ; nom {author} dans {done.decisions} décision(s) "
            f"et {done.meetings} séance(s)"), logged


def oublie_moi(ctx: Context, args: str) -> Reply:
    word = args.strip().casefold()
    if word and word not in ("confirmer", "confirme"):
        raise UserError(f"/oublie_moi ne connaît pas « {args.strip()[:30]} ».", "/oublie_moi, puis /oublie_moi confirmer")
    places, keys = _places(ctx)
    if not places:
        return Reply.of("Ce groupe ne conserve aucune donnée à votre sujet.")
    where = _where(ctx, places)
    if not word:
        return Reply.of(
            [bold("Effacer vos données de ce groupe ?" if not where else "Effacer vos données ?")],
            f"Seront effacés définitivement{', ' + where if where else ''} : votre fiche (nom, organisation, rôle, contact) "
            "et vos identifiants.",
            f"Là où vous êtes l'auteur d'une décision ou d'un point, votre nom deviendra « {FORMER_MEMBER} »"
            + (" (sauf si le groupe garde le nom des auteurs)." if not getattr(ctx.group, "keep_author_names", False)
               else " — ce groupe garde toutefois le nom des auteurs de ses décisions."),
            "Pour confirmer : /oublie_moi confirmer",
        )
    done = [_erase(p.group, p.data, p.card, keys, ctx.message.sender_name, "self", compact=False) for p in places]
    # Once, after every group: the old bytes leave the journal and the snapshot.
    ctx.store.compact()
    log.info("personal data erased: %s", "; ".join(logged for _, logged in done))
    backups = "Les sauvegardes antérieures de l'hébergeur disparaissent à leur expiration (voir le README)."
    if not where:
        return Reply.of(f"C'est fait : {done[0][0]}.", backups)
    return Reply.of(f"C'est fait, {where.split(' (')[0]} :",
                    *(f"{p.group.name} : {answer}." for p, (answer, _) in zip(places, done)), backups)


def erase_for_coordinator(ctx: Context, member: Member) -> Reply:
    """A coordinator erases a departed member from their own group only."""
    assert ctx.group is not None
    summary, logged = _erase(ctx.group, ctx.data, member, _keys(member), None, "coordinator")
    log.info("personal data erased: %s", logged)
    return Reply.of(f"{member.name} a été retiré(e) du répertoire et ses données effacées : {summary}.")


COMMANDS = (
    Command("mes_donnees", mes_donnees, "tout ce que vos groupes conservent à votre sujet (en privé)"),
    Command("oublie_moi", oublie_moi, "effacer vos données de chaque groupe où vous figurez (avec confirmation)", "[confirmer]",
            aliases=("oubliez_moi",)),
)
