"""A group the understanding was never tuned on, for the tenth round's blind
set 19h (the work after a meeting, asked in plain French: tasks, who came,
the minutes, the calendar and its deadlines): the Saône-et-Loire network
of CCAS and partners on access to rights (the CCAS of Chalon-sur-Saône,
Mâcon, Le Creusot, Montceau-les-Mines and Autun, their departmental union,
the Département and one of its maisons départementales des solidarités,
the CAF, the CPAM, the MSA, a France Services, a PIMMS, the UDAF, the
Secours catholique and the Restos du cœur).

After each recorded meeting the coordinator typed who came with
/presents, /excuses and /absents (the meeting of September at the MDS was
never recorded) and members wrote their tasks with /tache the day after;
some were later closed with /tache_faite or /tache_annuler. Before the
meeting of 17 December at Cluny, members said /present or /excuse.

The test sender is linked to Sandrine Baudot (CCAS de Chalon-sur-Saône,
the network's coordinator), so that « j'ai quoi à faire ? » has an answer.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import dated_setup
from tests.helpers import Chat

__all__ = ["CCAS71_AFTER_SETUP", "CCAS71_ASKERS", "CCAS71_GROUPS"]

SLUG = "ccas71"
ASKER = "Sandrine Baudot"

MEMBERS = (
    ("Véronique Perraudin", "Département de Saône-et-Loire", "Vice-présidente chargée de l'action sociale et de l'insertion"),
    ("Laurent Chevrot", "UDCCAS de Saône-et-Loire", "Président de l'union départementale des CCAS"),
    ("Sandrine Baudot", "CCAS de Chalon-sur-Saône", "Directrice, coordinatrice du réseau accès aux droits"),
    ("Paul Lagrange", "CCAS de Mâcon", "Responsable du pôle accès aux droits"),
    ("Émilie Thevenet", "CAF de Saône-et-Loire", "Responsable du service partenariats et développement social"),
    ("Rachid Meziane", "CPAM de Saône-et-Loire", "Chargé de mission accès aux soins"),
    ("Corinne Duvernay", "France Services de Cluny", "Animatrice France Services"),
    ("Jérôme Pacaud", "CCAS du Creusot", "Travailleur social, référent domiciliation"),
    ("Nadège Bouillot", "CCAS de Montceau-les-Mines", "Directrice"),
    ("Hervé Giraudet", "MSA Bourgogne", "Travailleur social, référent précarité"),
    ("Aurélie Marchand", "Secours catholique de Saône-et-Loire", "Déléguée départementale"),
    ("Thierry Mazoyer", "Restos du cœur de Saône-et-Loire", "Responsable départemental"),
    ("Claire Vernochet", "Ville d'Autun", "Adjointe au maire chargée des solidarités, vice-présidente du CCAS"),
    ("Fabrice Lamoureux", "Département de Saône-et-Loire", "Chef de service à la Maison départementale des solidarités de Mâcon"),
    ("Yamina Benkirane", "PIMMS Médiation Chalon", "Médiatrice sociale"),
    ("Odile Perrot", "UDAF de Saône-et-Loire", "Conseillère du point conseil budget"),
)

MEETINGS = (
    ("2026-06-11 14:00", "2026-06-11 16:30", "CCAS de Chalon-sur-Saône, salle du conseil d'administration", ()),
    ("2026-09-22 09:30", "2026-09-22 12:00", "Maison départementale des solidarités, Mâcon", ()),
    ("2026-10-15 14:00", "2026-10-15 16:30", "CAF de Saône-et-Loire, Mâcon", ()),
    ("2026-11-26 14:00", "2026-11-26 16:30", "Hôtel de ville du Creusot, salle Saint-Laurent", ()),
    ("2026-12-17 09:30", "2026-12-17 12:00", "France Services de Cluny",
     ("Bilan du forum de l'accès aux droits", "Non-recours à la complémentaire santé solidaire", "Calendrier 2027")),
    ("2027-01-28 14:00", "2027-01-28 16:30", "Visioconférence", ("Budget 2027 du réseau",)),
    ("2027-03-18 14:00", "2027-03-18 16:30", "CCAS de Montceau-les-Mines", ()),
)

DEADLINES = (
    ("2026-12-04", "Retour des fiches de recensement des permanences"),
    ("2026-12-10", "Forum de l'accès aux droits à Chalon-sur-Saône"),
    ("2026-12-18", "Bilan annuel des permanences à transmettre au Département"),
    ("2027-01-15", "Réponse à l'appel à projets de la CAF sur le non-recours"),
    ("2027-02-26", "Rapport d'activité 2026 du réseau"),
)

DECISIONS = (
    ("2026-06-11", 1, "Le réseau se réunit tous les deux mois, à tour de rôle dans les structures membres."),
    ("2026-06-11", 1, "Un annuaire commun des permanences d'accès aux droits est tenu par l'UDCCAS."),
    ("2026-10-15", 3, "Un forum de l'accès aux droits est organisé à Chalon-sur-Saône en décembre."),
    ("2026-10-15", 3, "La CAF met à disposition un référent partenaires pour les CCAS du réseau."),
    ("2026-11-26", 4, "Les CCAS testent un rendez-vous des droits commun avec la CPAM au premier trimestre 2027."),
    ("2026-11-26", 4, "Une formation à la complémentaire santé solidaire est proposée aux agents d'accueil."),
)

# What was typed the day after each recorded meeting (the clock is set
# there, so that /tache ties the task to the meeting just held).
AFTER_MEETINGS = (
    ("2026-06-12 09:00", (
        "/presents n°1 Véronique Perraudin, Laurent Chevrot, Sandrine Baudot, Paul Lagrange, Émilie Thevenet, "
        "Rachid Meziane, Corinne Duvernay, Jérôme Pacaud, Nadège Bouillot, Hervé Giraudet, Aurélie Marchand, "
        "Claire Vernochet, Fabrice Lamoureux",
        "/excuses n°1 Thierry Mazoyer, Yamina Benkirane",
        "/absents n°1",
    )),
    ("2026-10-16 09:00", (
        "/presents n°3 Sandrine Baudot, Paul Lagrange, Émilie Thevenet, Rachid Meziane, Corinne Duvernay, "
        "Hervé Giraudet, Fabrice Lamoureux, Laurent Chevrot, Yamina Benkirane",
        "/excuses n°3 Jérôme Pacaud, Nadège Bouillot, Odile Perrot, Véronique Perraudin",
        "/absents n°3",
        "/tache Réserver la salle des fêtes pour le forum pour le 30/10 @Sandrine Baudot",
        "/tache Envoyer le bilan des permanences du premier semestre pour le 13/11 @Paul Lagrange",
        "/tache Concevoir l'affiche du forum pour le 6/11 @Corinne Duvernay",
    )),
    ("2026-11-27 09:00", (
        "/presents n°4 Sandrine Baudot, Paul Lagrange, Émilie Thevenet, Jérôme Pacaud, Nadège Bouillot, "
        "Aurélie Marchand, Claire Vernochet, Fabrice Lamoureux, Odile Perrot, Rachid Meziane, Corinne Duvernay",
        "/excuses n°4 Véronique Perraudin, Hervé Giraudet, Yamina Benkirane",
        "/absents n°4",
        "/tache Envoyer les invitations au forum aux partenaires pour le 3/12 @Sandrine Baudot",
        "/tache Rédiger le rapport sur le non-recours aux droits pour le 18/12 @Émilie Thevenet",
        "/tache Transmettre les chiffres de la complémentaire santé solidaire pour le 11/12 @Rachid Meziane",
        "/tache Préparer le stand de la CPAM au forum pour le 9/12 @Rachid Meziane",
        "/tache Organiser les navettes pour le forum pour le 8/12 @Jérôme Pacaud",
        "/tache Mettre à jour l'annuaire des permanences pour le 30/11 @Odile Perrot",
        "/tache Recenser les bénévoles pour l'accueil du forum pour le 7/12 @Aurélie Marchand",
        "/tache Envoyer le compte rendu de la réunion du Creusot pour le 4/12 @Paul Lagrange",
        "/tache Relancer la MSA sur sa participation au forum @Sandrine Baudot",
        "/tache Préparer la formation des agents d'accueil à la C2S pour le 15/01 @Hervé Giraudet",
        "/tache Commander les goodies du forum pour le 4/12 @Nadège Bouillot",
    )),
)

# Closed since: the room booked and the poster done, the goodies dropped.
CLOSED = ("/tache_faite 1", "/tache_faite 3", "/tache_annuler 14 pas de budget pour les goodies")

# What members said before the meeting of 17 December at Cluny (séance n°5).
RSVPS = (
    ("Sandrine Baudot", "/present"),
    ("Corinne Duvernay", "/present"),
    ("Paul Lagrange", "/present"),
    ("Émilie Thevenet", "/present"),
    ("Jérôme Pacaud", "/present"),
    ("Rachid Meziane", "/excuse"),
)


after_meetings = dated_setup(SLUG, ASKER, "c71", AFTER_MEETINGS, CLOSED, RSVPS)

CCAS71_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, ASKER)}
CCAS71_ASKERS = {SLUG: ASKER}
# What is typed after the group is set up (questions_groups.build_group runs it).
CCAS71_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: after_meetings}
