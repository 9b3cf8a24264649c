"""The directory: /membre, /membres, /moi, and the coordinators'
/membre_ajouter and /membre_retirer. Names and organisations are matched
fuzzily (storage.search)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from handlers.args import clean, split_fields
from handlers.commands.claims import CODE_PATTERN, redeem
from handlers.commands.contact import apply_contact, split_contact
from handlers.confirm import exact_or_confirm
from handlers.context import Context
from handlers.messages import Reply, Span, UserError, bold, text
from handlers.registry import Command
from handlers.task_views import member_task_lines
from handlers.understanding.acronyms import acronyms
from handlers.understanding.world import plain
from handlers.views import member_lines
from storage.models import Member, replace
from storage.search import Outcome, fold, lookup

__all__ = ["COMMANDS", "find_member", "member_named"]

MAX_NAME = 100
MAX_ORG = 150
MAX_ROLE = 200
MAX_MEMBERS = 2000


def _explain(outcome: Outcome[Member], query: str, usage: str) -> UserError:
    if outcome.ambiguous:
        names = [f"• {m.item.name} ({m.item.organisation or 'sans organisation'})" for m in outcome.ambiguous]
        return UserError(f"Plusieurs membres correspondent à « {query} » :", details=[*names, "Précisez le nom."])
    hint = ""
    if outcome.suggestions:
        hint = " Vouliez-vous dire : " + ", ".join(m.item.name for m in outcome.suggestions) + " ?"
    return UserError(f"Aucun membre ne correspond à « {query} ».{hint}", usage)


def find_member(ctx: Context, query: str, usage: str) -> Member:
    """The one member `query` designates, or a UserError saying why not."""
    return member_named(query, ctx.data.members(), usage)


def member_named(query: str, members: Sequence[Member], usage: str) -> Member:
    """The one of `members` that `query` designates (matched fuzzily), or a UserError saying why not: find_member
    without a chat, for readings the date evaluation shares with the commands (a task's pilot)."""
    outcome = lookup(query, members, lambda m: m.name)
    if outcome.best is None:
        raise _explain(outcome, query, usage)
    return outcome.best.item


def membre(ctx: Context, args: str) -> Reply:
    usage = "/membre <nom> — ex. /membre dubois"
    query = clean(args, "le nom à chercher", usage, MAX_NAME)
    member = find_member(ctx, query, usage)
    return Reply.of(*member_lines(member), *member_task_lines(ctx.data, member, ctx.now.date(), ctx.locale))


def _directory(members: list[Member], title: str, headings: bool = True) -> Reply:
    by_org: dict[str, list[Member]] = defaultdict(list)
    for member in members:
        by_org[member.organisation or "Sans organisation"].append(member)
    lines: list[list[Span] | str] = [[bold(title)]]
    for org in sorted(by_org, key=fold):
        if headings:  # one organisation's list already names it in its title
            lines.append([bold(org)])
        for member in by_org[org]:
            role = f" — {member.role}" if member.role else ""
            lines.append([text(f"  • {member.name}{role}")])
    return Reply.of(*lines)


def membres(ctx: Context, args: str) -> Reply:
    usage = "/membres [organisation] — ex. /membres mairie"
    members = ctx.data.members()
    if not members:
        return Reply.of("Le répertoire est vide. Inscrivez-vous avec /moi <organisation> [; rôle].")
    if not args.strip():
        return _directory(members, f"Membres du groupe ({len(members)})")
    query = clean(args, "l'organisation", usage, MAX_ORG)
    organisations = sorted({m.organisation for m in members if m.organisation})
    # Initials first: « oce » is the Office cantonal de l'emploi, « cd92 » the
    # Conseil départemental, the way members say them.
    initials = [o for o in organisations if plain(query).replace(" ", "") in acronyms(o)]
    if len(initials) == 1:
        org = initials[0]
        return _directory([m for m in members if m.organisation == org], f"{org} : qui représente l'organisation", headings=False)
    outcome = lookup(query, organisations, lambda o: o)
    if outcome.best is None:
        if outcome.ambiguous:
            names = ", ".join(m.item for m in outcome.ambiguous)
            raise UserError(f"Plusieurs organisations correspondent à « {query} » : {names}. Précisez.")
        hint = ""
        if outcome.suggestions:
            hint = " Vouliez-vous dire : " + ", ".join(m.item for m in outcome.suggestions) + " ?"
        raise UserError(f"Aucune organisation ne correspond à « {query} ».{hint}", usage)
    org = outcome.best.item
    return _directory([m for m in members if m.organisation == org], f"{org} : qui représente l'organisation", headings=False)


def moi(ctx: Context, args: str) -> Reply:
    """The sender's own card: created, updated, or (with a coordinator's
    code) an existing card linked. Never another card by display name."""
    usage = "/moi <organisation> [; rôle] — ex. /moi Mairie de Villeneuve ; chargée de mission"
    code = CODE_PATTERN.match(args.strip())
    if code:
        return redeem(ctx, code.group(1))
    args, contact = split_contact(args, usage + " ; contact : jeanne@example.org oui")
    if contact is not None:
        return apply_contact(ctx, contact, moi(ctx, args) if args.strip() else None)
    org_raw, role_raw = split_fields(args, 2)
    organisation = clean(org_raw, "votre organisation", usage, MAX_ORG)
    role = clean(role_raw, "votre rôle", usage, MAX_ROLE, required=False)
    platform, user_id = ctx.message.platform, ctx.message.sender_id
    name = ctx.sender.member.name if ctx.sender.member else clean(
        ctx.message.sender_name, "votre nom d'affichage", usage, MAX_NAME)

    def mine(members: list[Member]) -> Member | None:
        found = next((m for m in members if m.platform_ids.get(platform) == user_id), None)
        if found is not None:
            return found
        same = next((m for m in members if fold(m.name) == fold(name)), None)
        if same is not None:
            raise UserError(
                f"Une fiche au nom de {same.name} existe déjà ; je ne la lie pas à votre compte sur la foi d'un nom.",
                details=["Si c'est la vôtre, demandez à un coordinateur un code (/membre_code), "
                         "puis tapez /moi code XXXXXX. Rien n'a été modifié."],
            )
        if len(members) >= MAX_MEMBERS:
            raise UserError("Le répertoire est plein ; contactez un coordinateur.")
        return None

    me, created = ctx.data.add_member_unless(mine, name, organisation, role, {platform: user_id}, ctx.origin)
    if created:
        return Reply.of("Bienvenue ! Votre fiche est enregistrée :", *member_lines(me))
    me = ctx.data.update_member(me.number, lambda stored: replace(
        stored, organisation=organisation, role=role or stored.role)) or me
    return Reply.of("Votre fiche est à jour :", *member_lines(me))


def membre_ajouter(ctx: Context, args: str) -> Reply:
    usage = "/membre_ajouter <nom> ; <organisation> [; rôle]"
    name_raw, org_raw, role_raw = split_fields(args, 3)
    name = clean(name_raw, "le nom", usage, MAX_NAME)
    organisation = clean(org_raw, "l'organisation", usage, MAX_ORG)
    role = clean(role_raw, "le rôle", usage, MAX_ROLE, required=False)
    data = ctx.data
    members = data.members()
    existing = next((m for m in members if fold(m.name) == fold(name)), None)
    if existing is not None:
        raise UserError(f"{existing.name} figure déjà dans le répertoire (voir /membre {existing.name}).")
    if len(members) >= MAX_MEMBERS:
        raise UserError(f"Le répertoire compte déjà {MAX_MEMBERS} membres.")
    member = data.add_member(name, organisation, role, origin=ctx.origin)
    return Reply.of("Membre ajouté :", *member_lines(member))


def membre_retirer(ctx: Context, args: str) -> Reply:
    usage = "/membre_retirer <nom> [; effacer]"
    query_raw, flag = split_fields(args, 2)
    query = clean(query_raw, "le nom du membre à retirer", usage, MAX_NAME)
    member = find_member(ctx, query, usage)
    if flag and fold(flag) != "effacer":
        raise UserError(f"Après « ; », seul « effacer » est compris (pas « {flag[:20]} »).", usage)
    # Matched fuzzily: nothing removed (let alone erased) before a confirmation.
    confirm = f"/membre_retirer {member.name}" + (" ; effacer" if flag else "")
    question = exact_or_confirm(member, query, confirm, "retirer et effacer les données de" if flag else "retirer")
    if question is not None:
        return question
    if flag:
        from handlers.commands.privacy import erase_for_coordinator  # privacy imports this module

        return erase_for_coordinator(ctx, member)
    ctx.data.remove_member(member.number)
    return Reply.of(f"{member.name} ({member.organisation or 'sans organisation'}) a été retiré(e) du répertoire.")


COMMANDS = (
    Command("membre", membre, "la fiche d'un membre", "<nom>", aliases=("qui",)),
    Command("membres", membres, "le répertoire, par organisation", "[organisation]", aliases=("annuaire", "repertoire")),
    Command("moi", moi, "créer ou mettre à jour votre propre fiche", "<organisation> [; rôle] [; contact : <email> oui|non]"),
    Command("membre_ajouter", membre_ajouter, "ajouter un membre", "<nom> ; <organisation> [; rôle]", coordinator=True),
    Command("membre_retirer", membre_retirer, "retirer un membre (« ; effacer » efface aussi ses données)", "<nom> [; effacer]", coordinator=True),
)
