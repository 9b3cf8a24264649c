"""A group the understanding was never tuned on, for the nineteenth round's
blind set 28c (attendance and presence asked in plain French: who came,
who was excused, how many, a body or a person at a named sitting, who
comes next, one's own mark): the employment and insertion network of the
Comminges (Haute-Garonne, Occitanie), coordinated by the Communauté de
communes Cœur et Coteaux du Comminges with France Travail, the Mission
locale, the Département, the CAF, Cap emploi, the town of Saint-Gaudens,
a chantier d'insertion, an association intermédiaire, the CCI, the CMA,
the GRETA, the Région, the sous-préfecture and the Secours populaire.

Steering committees (comité de pilotage) alternate with technical
committees (comité technique) and plenary sittings (plénière). After each
recorded sitting the coordinator typed who came with /presents, /excuses
and /absents (the plenary of June was never recorded) and members wrote
their tasks with /tache the day after. Before the technical committee of
Thursday 3 December, members said /present or /excuse (the coordinator,
who asks, said nothing yet).

The test sender is linked to Laure Fourcade (the network's coordinator).
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import dated_setup
from tests.helpers import Chat

__all__ = ["COMMINGES31_AFTER_SETUP", "COMMINGES31_ASKERS", "COMMINGES31_GROUPS"]

SLUG = "comminges31"
ASKER = "Laure Fourcade"

MEMBERS = (
    ("Marie-Pierre Soulé", "Communauté de communes Cœur et Coteaux du Comminges",
     "Vice-présidente chargée de l'emploi et de l'insertion, présidente du comité de pilotage"),
    ("Laure Fourcade", "Communauté de communes Cœur et Coteaux du Comminges", "Coordinatrice du réseau emploi-insertion"),
    ("Karim Haddad", "France Travail Saint-Gaudens", "Directeur d'agence"),
    ("Émilie Barrère", "France Travail Saint-Gaudens", "Conseillère entreprises"),
    ("Sébastien Ribes", "Mission locale de la Haute-Garonne", "Conseiller référent, antenne de Saint-Gaudens"),
    ("Nadia Bensaïd", "Département de la Haute-Garonne", "Référente RSA à la Maison des solidarités de Saint-Gaudens"),
    ("Hélène Dupuy-Lasserre", "CAF de la Haute-Garonne", "Conseillère territoriale"),
    ("Thomas Lafforgue", "Cap emploi 31", "Chargé d'accompagnement"),
    ("Christine Abadie", "Ville de Saint-Gaudens", "Adjointe au maire chargée de l'emploi et du commerce"),
    ("Bernard Pujol", "Les Jardins du Comminges", "Encadrant technique du chantier d'insertion"),
    ("Yasmina Cherif", "Comminges Emploi Services", "Directrice de l'association intermédiaire"),
    ("Olivier Baylac", "CCI de la Haute-Garonne", "Chargé de développement, délégation de Saint-Gaudens"),
    ("Sophie Marty", "Chambre de métiers et de l'artisanat Occitanie", "Conseillère entreprises"),
    ("Alain Cazeneuve", "GRETA Midi-Pyrénées Sud", "Coordinateur des formations"),
    ("Julie Sarrat", "Région Occitanie", "Chargée de mission emploi-formation, Maison de ma Région de Saint-Gaudens"),
    ("Patrice Verdier", "Sous-préfecture de Saint-Gaudens", "Secrétaire général"),
    ("Odette Roumagnac", "Secours populaire, comité de Saint-Gaudens", "Bénévole responsable de l'accueil"),
)

MEETINGS = (
    ("2026-03-19 09:30", "2026-03-19 12:00", "Comité de pilotage, hôtel de ville de Saint-Gaudens", ()),
    ("2026-06-16 14:00", "2026-06-16 17:00", "Plénière du réseau, salle du Belvédère, Saint-Gaudens", ()),
    ("2026-09-24 09:30", "2026-09-24 12:00", "Comité technique, agence France Travail de Saint-Gaudens", ()),
    ("2026-11-05 14:00", "2026-11-05 17:00", "Plénière du réseau, salle des fêtes de Montréjeau", ()),
    ("2026-11-26 09:30", "2026-11-26 12:00", "Comité de pilotage, Maison de ma Région, Saint-Gaudens", ()),
    ("2026-12-03 14:00", "2026-12-03 16:30", "Comité technique, Mission locale, Saint-Gaudens",
     ("Bilan du tableau des places en SIAE", "Préparation du forum de l'emploi saisonnier",
      "Candidature à l'appel à projets régional")),
    ("2027-01-19 14:00", "2027-01-19 17:00", "Plénière du réseau, salle des fêtes de Montréjeau", ("Bilan 2026 du réseau",)),
    ("2027-03-18 09:30", "2027-03-18 12:00", "Comité de pilotage, hôtel de ville de Saint-Gaudens", ()),
)

DEADLINES = (
    ("2026-12-11", "Remontée des offres d'emploi saisonnier pour le forum"),
    ("2026-12-18", "Dépôt de la candidature à l'appel à projets régional"),
    ("2027-01-08", "Bilan 2026 du tableau des places en SIAE"),
    ("2027-02-11", "Forum de l'emploi saisonnier à Saint-Gaudens"),
)

DECISIONS = (
    ("2026-03-19", 1, "Le réseau se réunit en comité de pilotage deux fois par an et en comité technique tous les deux mois."),
    ("2026-03-19", 1, "Le comité de pilotage délibère valablement si la moitié de ses membres sont présents."),
    ("2026-09-24", 3, "Un forum de l'emploi saisonnier est organisé à Saint-Gaudens en février 2027."),
    ("2026-11-05", 4, "Les structures d'insertion partagent un tableau commun des places disponibles, mis à jour chaque mois."),
    ("2026-11-26", 5, "Une permanence commune France Travail et Mission locale ouvre à Montréjeau le mardi matin à partir de janvier 2027."),
    ("2026-11-26", 5, "Le réseau candidate à l'appel à projets régional « Territoires d'emploi »."),
)

# What was typed the day after each recorded sitting (the clock is set there,
# so that /tache ties the task to the meeting just held).
AFTER_MEETINGS = (
    ("2026-03-20 09:00", (
        "/presents n°1 Marie-Pierre Soulé, Laure Fourcade, Karim Haddad, Nadia Bensaïd, Hélène Dupuy-Lasserre, "
        "Christine Abadie, Patrice Verdier, Julie Sarrat, Sébastien Ribes, Olivier Baylac",
        "/excuses n°1 Thomas Lafforgue, Sophie Marty",
        "/absents n°1",
    )),
    ("2026-09-25 09:00", (
        "/presents n°3 Karim Haddad, Émilie Barrère, Sébastien Ribes, Nadia Bensaïd, Thomas Lafforgue, "
        "Bernard Pujol, Yasmina Cherif, Alain Cazeneuve, Christine Abadie",
        "/excuses n°3 Laure Fourcade, Hélène Dupuy-Lasserre, Julie Sarrat",
        "/absents n°3",
    )),
    ("2026-11-06 09:00", (
        "/presents n°4 Marie-Pierre Soulé, Laure Fourcade, Karim Haddad, Émilie Barrère, Sébastien Ribes, "
        "Nadia Bensaïd, Hélène Dupuy-Lasserre, Thomas Lafforgue, Christine Abadie, Bernard Pujol, Yasmina Cherif, "
        "Sophie Marty",
        "/excuses n°4 Patrice Verdier, Alain Cazeneuve, Odette Roumagnac, Julie Sarrat",
        "/absents n°4",
        "/tache Préparer la convention de la permanence de Montréjeau pour le 20/11 @Karim Haddad",
        "/tache Envoyer la liste des chantiers d'insertion du territoire pour le 27/11 @Bernard Pujol",
    )),
    ("2026-11-27 09:00", (
        "/presents n°5 Marie-Pierre Soulé, Laure Fourcade, Karim Haddad, Nadia Bensaïd, Hélène Dupuy-Lasserre, "
        "Christine Abadie, Patrice Verdier, Julie Sarrat",
        "/excuses n°5 Olivier Baylac, Sébastien Ribes, Thomas Lafforgue",
        "/absents n°5",
        "/tache Envoyer le compte rendu du comité de pilotage pour le 2/12 @Laure Fourcade",
        "/tache Réserver la salle du Belvédère pour le forum pour le 15/12 @Christine Abadie",
        "/tache Rédiger la note de candidature à l'appel à projets pour le 14/12 @Julie Sarrat",
        "/tache Mettre à jour le tableau des places disponibles pour le 30/11 @Yasmina Cherif",
        "/tache Recenser les employeurs saisonniers pour le 11/12 @Olivier Baylac",
    )),
)

# Closed since: the list of chantiers sent.
CLOSED = ("/tache_faite 2",)

# What members said before the technical committee of 3 December (séance n°6).
RSVPS = (
    ("Karim Haddad", "/present"),
    ("Sébastien Ribes", "/present"),
    ("Nadia Bensaïd", "/present"),
    ("Bernard Pujol", "/present"),
    ("Hélène Dupuy-Lasserre", "/present"),
    ("Thomas Lafforgue", "/excuse"),
    ("Yasmina Cherif", "/excuse"),
)


after_meetings = dated_setup(SLUG, ASKER, "c31", AFTER_MEETINGS, CLOSED, RSVPS)

COMMINGES31_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, ASKER)}
COMMINGES31_ASKERS = {SLUG: ASKER}
# What is typed after the group is set up (questions_groups.build_group runs it).
COMMINGES31_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: after_meetings}
