"""A group the understanding was never tuned on, for the eighth round's
blind set 17d (the work after a meeting: who came, the minutes, the
tasks, who is coming): the Bouches-du-Rhône working group « culture et
lien social » (the Département, the Ville de Marseille and two other
towns, the Métropole, the DRAC, the CAF, a social centre, a theatre, a
library, the Friche, associations). Four meetings were held and recorded
(the June one never was); after each, the coordinator typed who came
with /presents, /excuses and /absents and members wrote their tasks with
/tache, some later closed with /tache_faite or /tache_annuler; before
Thursday's meeting (séance n°6, 3 December 2026) members said /present
or /excuse. Accounts are linked the real way: the coordinator asks
/membre_code in private and each member types /moi code … in the group.

The test sender is linked to Mireille Castelli (the group's coordinator,
Ville de Marseille), so that « j'ai quoi à faire ? » and « j'étais là ? »
have an answer. Organisation names are real public bodies or plausible
ones; every person is invented (example.org)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from tests.helpers import COORDINATOR, Chat

__all__ = ["CULTURE13_AFTER_SETUP", "CULTURE13_GROUPS"]

SLUG = "culture13"
PARIS = ZoneInfo("Europe/Paris")

CULTURE_MEMBERS = (
    ("Mireille Castelli", "Ville de Marseille", "Adjointe au maire déléguée à la culture de proximité, coordinatrice du groupe"),
    ("Camille Ferrand", "Département des Bouches-du-Rhône", "Cheffe du service culture et solidarités"),
    ("Karim Bensaïd", "Métropole Aix-Marseille-Provence", "Chargé de mission politique de la ville"),
    ("Sophie Marchetti", "DRAC Provence-Alpes-Côte d'Azur", "Conseillère action culturelle et territoriale"),
    ("Jean-Luc Arnaud", "Ville d'Arles", "Directeur de la culture"),
    ("Nadia Bouzid", "CAF des Bouches-du-Rhône", "Responsable du pôle animation de la vie sociale"),
    ("Rémi Fabre", "Cultures du Cœur 13", "Délégué départemental"),
    ("Lucie Pellegrin", "Centre social Saint-Mauront", "Directrice"),
    ("Olivier Gaudin", "Théâtre du Merlan", "Responsable des relations avec les publics"),
    ("Fatima Zerrouki", "Secours populaire des Bouches-du-Rhône", "Secrétaire départementale"),
    ("Antoine Vidal", "Ville d'Aubagne", "Adjoint au maire chargé de la vie associative"),
    ("Éléonore Blanc", "Bibliothèques de Marseille", "Responsable de l'action hors les murs à l'Alcazar"),
    ("Yannick Moreau", "CCAS de Marseille", "Chargé de mission inclusion"),
    ("Sarah Attali", "Friche la Belle de Mai", "Chargée de la médiation et des projets de territoire"),
    ("Bernard Giraud", "Ville de Marseille", "Chef de projet, secrétaire du groupe"),
    ("Inès Rahmani", "Unis-Cité Méditerranée", "Coordinatrice des volontaires en service civique"),
)

CULTURE_MEETINGS = (
    ("2026-04-09 14:00", "2026-04-09 16:30", "Hôtel du Département, Marseille", ()),
    ("2026-06-11 09:30", "2026-06-11 12:00", "Friche la Belle de Mai, Marseille", ()),
    ("2026-09-17 14:00", "2026-09-17 16:30", "Mairie d'Arles, salle d'honneur",
     ("Ateliers de lecture du samedi", "Sorties culturelles des familles", "Billet solidaire")),
    ("2026-10-15 14:00", "2026-10-15 16:00", "Théâtre du Merlan, Marseille", ()),
    ("2026-11-19 09:30", "2026-11-19 11:30", "Visioconférence", ()),
    ("2026-12-03 14:00", "2026-12-03 16:30", "Centre social Saint-Mauront, Marseille",
     ("Bilan des sorties culturelles de l'automne", "Pass culture solidaire", "Calendrier 2027")),
    ("2027-01-21 14:00", "2027-01-21 16:30", "Mairie d'Aubagne", ()),
    ("2027-03-11 09:30", "2027-03-11 11:30", "Visioconférence", ()),
)

CULTURE_DEADLINES = (
    ("2026-12-11", "Retour des bilans des ateliers d'été"),
    ("2027-01-15", "Dépôt des dossiers à l'appel à projets Culture et lien social du Département"),
    ("2027-02-06", "Journée des pratiques culturelles partagées à Arles"),
)

CULTURE_DECISIONS = (
    ("2026-04-09", 1, "Le groupe se réunit toutes les six semaines, à tour de rôle à Marseille, Arles et Aubagne."),
    ("2026-04-09", 1, "Un billet solidaire à 1 € est proposé aux familles suivies par les centres sociaux."),
    ("2026-09-17", 3, "Les bibliothèques ouvrent des ateliers de lecture le samedi matin dans les quartiers prioritaires."),
    ("2026-09-17", 3, "La CAF cofinance les sorties culturelles des familles pendant les vacances scolaires."),
    ("2026-10-15", 4, "Les comptes rendus sont diffusés aux membres dans les dix jours."),
    ("2026-11-19", 5, "Le Pass culture solidaire est expérimenté dans les 3e et 15e arrondissements de Marseille."),
)

# After each meeting, what was typed, with the day it was typed (the clock is
# set there, so that /tache ties the task to the meeting just held).
AFTER_MEETINGS = (
    ("2026-04-10 09:00", (
        "/presents n°1 Mireille Castelli, Camille Ferrand, Karim Bensaïd, Sophie Marchetti, Jean-Luc Arnaud, "
        "Nadia Bouzid, Rémi Fabre, Olivier Gaudin, Bernard Giraud, Fatima Zerrouki et Antoine Vidal",
        "/excuses n°1 Lucie Pellegrin, Éléonore Blanc",
        "/absents n°1",
    )),
    ("2026-09-18 09:00", (
        "/presents n°3 Mireille Castelli, Camille Ferrand, Jean-Luc Arnaud, Nadia Bouzid, Lucie Pellegrin, "
        "Olivier Gaudin, Éléonore Blanc, Bernard Giraud, Sarah Attali",
        "/excuses n°3 Karim Bensaïd, Rémi Fabre, Antoine Vidal",
        "/tache Envoyer les invitations aux centres sociaux pour les ateliers du samedi pour le 30/09 @Éléonore Blanc",
        "/tache Recenser les places disponibles dans les théâtres partenaires pour le 15/10 @Olivier Gaudin",
        "/tache Demander un devis pour le bus des sorties culturelles pour le 16/10 @Lucie Pellegrin",
    )),
    ("2026-10-16 09:00", (
        "/presents n°4 Mireille Castelli, Karim Bensaïd, Sophie Marchetti, Nadia Bouzid, Rémi Fabre, "
        "Lucie Pellegrin, Olivier Gaudin, Bernard Giraud, Yannick Moreau, Inès Rahmani",
        "/excuses n°4 Camille Ferrand, Jean-Luc Arnaud, Fatima Zerrouki",
        "/absents n°4",
        "/tache Rédiger la convention avec la CAF sur les sorties des familles pour le 13/11 @Nadia Bouzid",
        "/tache Mettre à jour la liste des contacts des structures sociales pour le 30/10 @Bernard Giraud",
        "/tache Organiser une rencontre avec la Friche sur les résidences d'artistes @Sarah Attali",
    )),
    ("2026-11-20 09:00", (
        "/presents n°5 Mireille Castelli, Camille Ferrand, Karim Bensaïd, Nadia Bouzid, Rémi Fabre, "
        "Éléonore Blanc, Bernard Giraud, Inès Rahmani",
        "/excuses n°5 Jean-Luc Arnaud, Olivier Gaudin, Lucie Pellegrin",
        "/tache Envoyer le courrier de demande de subvention à la DRAC pour le 4/12 @Mireille Castelli",
        "/tache Réserver la salle du centre social pour la séance de décembre @Lucie Pellegrin",
        "/tache Préparer la fiche de présentation du Pass culture solidaire pour le 10/12 @Camille Ferrand",
        "/tache Collecter les chiffres de fréquentation des ateliers d'été pour le 25/11 @Karim Bensaïd",
        "/tache Contacter les associations d'Aubagne pour la journée des pratiques partagées pour le 15 janvier "
        "@Antoine Vidal",
        "/tache Mobiliser des volontaires en service civique pour accompagner les sorties pour le 18/12 @Inès Rahmani",
        "/tache Faire le point avec la DRAC sur les crédits 2027 pour le 3/12 @Sophie Marchetti",
        "/tache Relancer les bailleurs pour les locaux des ateliers @Mireille Castelli",
        "/tache Transmettre les tarifs solidaires du Merlan pour le 26/11 @Olivier Gaudin",
        "/tache Diffuser le compte rendu de la séance de novembre pour le 27/11 @Bernard Giraud",
    )),
)

# Closed since (by the coordinator, as /tache_faite and /tache_annuler allow): the
# invitations, the theatre places, the contact list, the Merlan's prices, the minutes
# sent; the meeting with the Friche dropped.
CLOSED = (
    "/tache_faite 1", "/tache_faite 2", "/tache_faite 5", "/tache_faite 15", "/tache_faite 16",
    "/tache_annuler 6 la Friche reçoit le groupe en janvier",
)

# What members said before Thursday's meeting (séance n°6).
RSVPS = (
    ("Mireille Castelli", "/present"),
    ("Camille Ferrand", "/present"),
    ("Olivier Gaudin", "/present"),
    ("Lucie Pellegrin", "/present"),
    ("Nadia Bouzid", "/present"),
    ("Rémi Fabre", "/present"),
    ("Jean-Luc Arnaud", "/excuse"),
    ("Fatima Zerrouki", "/excuse"),
)

_CODE = re.compile(r"Code pour .+ : (\S+) ")


def _typed(chat: Chat, text: str, expected: str, **sender: str | bool) -> str:
    """One command as typed; a setup that did not take stops the set loudly."""
    reply = chat.say(text, **sender)  # type: ignore[arg-type]
    if not reply.startswith(expected):
        raise AssertionError(f"{text!r} was answered {reply!r}")
    return reply


def _account(name: str, number: int) -> str:
    return COORDINATOR if name == "Mireille Castelli" else f"c13-{number}"


def link_accounts(chat: Chat) -> None:
    """Each member links their card: a code from the coordinator (in private), then /moi code … in the group."""
    for member in chat.store.group(SLUG).members():
        reply = _typed(chat, f"/membre_code {member.name}", "Code pour", private=True)
        found = _CODE.match(reply)
        assert found is not None, reply
        _typed(chat, f"/moi code {found.group(1)}", "", sender=_account(member.name, member.number), name=member.name)


def after_meetings(chat: Chat) -> None:
    """Accounts, then attendance and tasks on the days after each meeting, closures and RSVPs today."""
    link_accounts(chat)
    today = chat.clock.now()
    for day, commands in AFTER_MEETINGS:
        chat.clock.set(datetime.fromisoformat(day).replace(tzinfo=PARIS))
        for text in commands:
            _typed(chat, text, "Séance n°" if not text.startswith("/tache") else "Tâche n°")
    chat.clock.set(today)
    for text in CLOSED:
        _typed(chat, text, "Tâche n°")
    numbers = {m.name: m.number for m in chat.store.group(SLUG).members()}
    for name, command in RSVPS:
        _typed(chat, command, "C'est noté", sender=_account(name, numbers[name]), name=name)


CULTURE13_GROUPS = {
    SLUG: (CULTURE_MEMBERS, CULTURE_MEETINGS, CULTURE_DEADLINES, CULTURE_DECISIONS, "Bernard Giraud"),
}

# What is typed after the group is set up (questions_groups.build_group runs it).
CULTURE13_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: after_meetings}
