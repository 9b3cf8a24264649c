"""/calendrier: the group's calendar as an .ics file; `/calendrier lien`
gives a member the secret address of the subscribable feed (in a private
chat only); `/calendrier nouveau_lien` (coordinators) replaces it."""

from __future__ import annotations

from handlers.calendar_ics import calendar_meetings, group_calendar
from handlers.calendar_links import feed_path, feed_token, rotate_token
from handlers.context import Context
from handlers.messages import Attachment, Reply, UserError, bold, italic, link
from handlers.registry import Command
from storage.store import Store

__all__ = ["COMMANDS"]

USAGE = "/calendrier [lien | nouveau_lien]"


def _address(ctx: Context, token: str) -> Reply:
    assert ctx.group is not None
    path = feed_path(ctx.group.slug, token)
    base = getattr(ctx.group, "calendar_url", "")
    if not base:
        return Reply.of(
            "Le calendrier en ligne n'est pas configuré pour ce groupe (clé calendar_url) : "
            "utilisez /calendrier pour recevoir le fichier .ics.", f"Chemin secret, pour l'administrateur : {path}")
    url = base + path
    return Reply.of(
        [bold("Votre adresse d'abonnement au calendrier du groupe")],
        [link(url, url)],
        "Ajoutez-la dans votre agenda (« s'abonner à un calendrier », « ajouter par URL ») : il se met à jour tout seul.",
        [italic("Gardez-la pour vous : quiconque l'a voit les dates du groupe.")],
    )


def _private_only(ctx: Context) -> None:
    if not ctx.message.private:
        raise UserError("L'adresse du calendrier est personnelle : écrivez-moi /calendrier lien en message privé.")


def _count(store: Store, ctx: Context) -> str:
    assert ctx.group is not None
    meetings = [m for m in calendar_meetings(store, ctx.group.slug, ctx.now) if m.active and m.start > ctx.now]
    deadlines = [d for d in ctx.data.deadlines() if not d.cancelled and d.day >= ctx.now.date()]
    tasks = [t for t in ctx.data.tasks() if t.open and t.due is not None]
    return f"{len(meetings)} séances à venir, {len(deadlines)} échéances, {len(tasks)} tâches datées"


def calendrier(ctx: Context, args: str) -> Reply:
    assert ctx.group is not None
    what = args.strip().casefold()
    if what == "lien":
        _private_only(ctx)
        if ctx.sender.member is None and not ctx.sender.is_coordinator:
            raise UserError("Le calendrier est réservé aux membres du groupe : créez votre fiche avec /moi <organisation>.")
        token = feed_token(ctx.store, ctx.group.slug)
        assert token is not None
        return _address(ctx, token)
    if what in ("nouveau_lien", "nouveau lien"):
        if not ctx.sender.is_coordinator:
            raise UserError("Seuls les coordinateurs peuvent remplacer l'adresse du calendrier. Rien n'a été modifié.")
        _private_only(ctx)
        token = rotate_token(ctx.store, ctx.group.slug)
        reply = _address(ctx, token)
        return Reply.of("Nouvelle adresse créée : l'ancienne ne fonctionne plus (donnez la nouvelle aux membres : /calendrier lien).",
                        *reply.lines)
    if what:
        raise UserError(f"Je ne connais pas « {args.strip()[:40]} » pour /calendrier.", USAGE)
    body = group_calendar(ctx.store, ctx.group, ctx.now)
    reply = Reply.of(
        [bold(f"Calendrier — {ctx.group.name}")],
        f"{_count(ctx.store, ctx)} (fichier joint). Importez-le dans votre agenda ; le réimporter met à jour sans doublon.",
        [italic("Pour un agenda qui se met à jour tout seul : /calendrier lien, en message privé.")],
    )
    return reply.with_attachment(Attachment(f"calendrier-{ctx.group.slug}.ics", "text/calendar", body))


COMMANDS = (
    Command("calendrier", calendrier, "le calendrier du groupe (.ics) ; « lien » : l'abonnement, en privé", "[lien | nouveau_lien]",
            aliases=("calendar", "ics")),
)
