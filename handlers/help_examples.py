"""Examples of what to type, shown by `/aide <commande>`.

Neutral examples (no demo group's places or partners in a real group's
help), written with relative dates so that they never go stale; the
directory's examples come from the group's own members.
"""

from __future__ import annotations

from collections import Counter
from types import MappingProxyType

from storage.models import Member

__all__ = ["EXAMPLES", "examples_for", "question_example"]

EXAMPLES = MappingProxyType({
    "seance": (
        "/seance jeudi prochain 14h-16h Salle du conseil",
        "/seance demain 9h30 Visioconférence",
        "/seance mardi 18h-20h Salle des fêtes toutes les 2 semaines",
        "/seance lundi 9h-11h Mairie, salle 2 chaque mois",
    ),
    "seance_deplacer": (
        "/seance_deplacer 3 jeudi prochain 15h (la durée est gardée)",
        "/seance_deplacer 3 vendredi prochain 9h-12h Salle B",
        "/seance_deplacer 3@15/12 16/12 10h (une seule date d'une série)",
    ),
    "seance_annuler": ("/seance_annuler 3 grève", "/seance_annuler 3@15/12 vacances (une seule date d'une série)"),
    "echeance": (
        "/echeance vendredi prochain rendre le bilan annuel",
        "/echeance demain 17h envoyer les votes",
        "/echeance dans 2 semaines valider le budget",
    ),
    "echeance_annuler": ("/echeance_annuler 2",),
    "rappels": (
        "/rappels (voir les rappels du groupe)",
        "/rappels 7j 1j 2h",
        "/rappels 2 jours 3 heures",
        "/rappels echeances 7j 1j",
        "/rappels aucun",
        "/rappels defaut",
    ),
    "seances": ("/seances", "/seances 2 (les dix suivantes)"),
    "agenda": ("/agenda", "/agenda 4 (les quatre semaines à venir)"),
    "proposer": ("/proposer Point sur le budget",),
    "decision": ("/decision Le groupe adopte le calendrier des séances",),
    "decisions": ("/decisions", "/decisions budget", "/decisions 3"),
    "decision_modifier": ("/decision_modifier 3 Le groupe adopte le calendrier révisé",),
    "decision_annuler": ("/decision_annuler 3 doublon",),
    "moi": ("/moi Mairie de Villeneuve ; chargée de mission",),
})


def _surname(member: Member) -> str:
    return member.name.split()[-1] if member.name.split() else member.name


def examples_for(name: str, members: list[Member]) -> tuple[str, ...]:
    """What to type for command `name`, taken from the group's directory
    for the directory commands."""
    if members and name == "membre":
        return (f"/membre {_surname(members[0]).lower()}",)
    if members and name == "membres":
        organisation = question_organisation(members)
        return ("/membres", f"/membres {organisation.split()[0].lower()}") if organisation else ("/membres",)
    if members and name in ("membre_retirer", "membre_modifier"):
        who = members[0]
        if name == "membre_retirer":
            return (f"/membre_retirer {who.name}",)
        return (f"/membre_modifier {who.name} ; {who.organisation or 'Mairie de Villeneuve'} ; nouveau rôle",)
    if name == "membre_ajouter":
        return ("/membre_ajouter Camille Martin ; Mairie de Villeneuve ; élue",)
    return EXAMPLES.get(name, ())


def question_organisation(members: list[Member]) -> str | None:
    """The group's most represented organisation, if any."""
    counts = Counter(m.organisation for m in members if m.organisation)
    return counts.most_common(1)[0][0] if counts else None


def question_example(members: list[Member]) -> str:
    """A question to suggest in /aide, about this group."""
    organisation = question_organisation(members)
    if organisation:
        return f"« qui représente {organisation} ? »"
    return "« c'est quand la prochaine séance ? »"
