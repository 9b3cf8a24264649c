"""A group the understanding was never tuned on, for the twelfth round's
blind set 21g (a busy group chat: what is a question for the bot and what
is not): the collective of the associations of the Couronneries
neighbourhood in Poitiers (the town, Grand Poitiers, the social centre, the
social landlord lending a shared room, the CAF, the prefecture's delegate,
neighbourhood associations, the football club, the citizens' council).

The members chat a lot: announcements, thanks, questions to one another,
links and emojis, among real questions for the bot. After the November
meeting the secretary typed who came; before the December meeting some
members said /present or /excuse. Tasks in the store. The test sender is
linked to Nadia Belkhir. Organisation names are real public bodies or
plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["COURONNERIES86_AFTER_SETUP", "COURONNERIES86_ASKERS", "COURONNERIES86_GROUPS",
           "COURONNERIES86_TASKS"]

SLUG = "couronneries86"
ASKER = "Nadia Belkhir"

MEMBERS = (
    ("Hélène Brossard", "Ville de Poitiers", "Adjointe à la vie associative, présidente du collectif"),
    ("Karim Zerrouki", "Centre socioculturel des Couronneries", "Directeur, coordinateur du collectif"),
    ("Sophie Maillet", "Centre socioculturel des Couronneries", "Secrétaire du collectif"),
    ("Paul Guérineau", "Ekidom", "Responsable de l'agence des Couronneries"),
    ("Nadia Belkhir", "Couronneries Solidaires", "Présidente de l'association"),
    ("Jérôme Texier", "Grand Poitiers", "Chargé de mission politique de la ville"),
    ("Aminata Sow", "Femmes du Monde 86", "Trésorière du collectif"),
    ("Vincent Moreau", "Secours populaire de la Vienne", "Responsable de l'antenne des Couronneries"),
    ("Claire Dupuy", "CAF de la Vienne", "Conseillère technique territoriale"),
    ("Mathis Renaud", "ASC Couronneries", "Éducateur sportif, référent jeunes"),
    ("Odile Chartier", "Conseil citoyen des Couronneries", "Porte-parole"),
    ("Thibault Lemaire", "Préfecture de la Vienne", "Délégué du préfet"),
)

MEETINGS = (
    ("2026-09-17 18:00", "2026-09-17 20:00", "Centre socioculturel des Couronneries, salle polyvalente", ()),
    ("2026-10-15 18:00", "2026-10-15 20:00", "Mairie de quartier des Couronneries", ()),
    ("2026-11-19 18:00", "2026-11-19 20:00", "Local Ekidom, place de Coimbra", ()),
    ("2026-12-10 18:00", "2026-12-10 20:00", "Centre socioculturel des Couronneries, salle polyvalente",
     ("Attribution des créneaux du local partagé", "Dossier de subvention du contrat de ville",
      "Forum des associations")),
    ("2027-01-21 18:00", "2027-01-21 20:00", "Mairie de quartier des Couronneries", ("Bilan de l'aide aux devoirs",)),
    ("2027-03-18 18:00", "2027-03-18 20:00", "Centre socioculturel des Couronneries, salle polyvalente", ()),
)

DEADLINES = (
    ("2026-12-07", "Retour des besoins en créneaux pour le local partagé"),
    ("2026-12-18", "Dépôt du dossier de subvention au contrat de ville"),
    ("2027-01-15", "Inscriptions au forum des associations"),
    ("2027-02-20", "Forum des associations au gymnase Rabelais"),
)

DECISIONS = (
    ("2026-09-17", 1, "Le collectif se réunit le troisième jeudi du mois à 18h."),
    ("2026-09-17", 1, "Un dossier de subvention commun est déposé au titre du contrat de ville de Grand Poitiers."),
    ("2026-10-15", 2, "Ekidom met à disposition un local de 80 m² au pied de la tour Coimbra à partir de janvier 2027."),
    ("2026-10-15", 2, "Les clés du local sont gérées par le centre socioculturel."),
    ("2026-11-19", 3, "L'aide aux devoirs a lieu le mardi et le jeudi de 17h à 18h30 dans le local partagé."),
    ("2026-11-19", 3, "Le forum des associations a lieu le samedi 20 février au gymnase Rabelais."),
    ("2026-11-19", 3, "La cotisation au collectif est fixée à 20 euros par association et par an."),
)

COURONNERIES86_TASKS = {
    SLUG: (
        ("Rédiger le dossier de subvention du contrat de ville", "Karim Zerrouki", "2026-12-15", 1),
        ("Faire l'état des lieux du local", "Paul Guérineau", "2026-12-18", 2),
        ("Recenser les besoins en créneaux des associations", "Nadia Belkhir", "2026-12-07", 3),
        ("Demander l'attestation d'assurance du local", "Nadia Belkhir", "2026-12-20", 2),
        ("Envoyer le compte rendu de la réunion du 19 novembre", "Sophie Maillet", "2026-11-26", 3),
        ("Collecter les cotisations des associations", "Aminata Sow", "2026-11-30", 3),
        ("Préparer les affiches du forum des associations", "Mathis Renaud", "2027-01-30", 3),
    ),
}

ATTENDANCE_COMMANDS = (
    "/presents n°3 Hélène Brossard, Karim Zerrouki, Sophie Maillet, Paul Guérineau, Nadia Belkhir, "
    "Aminata Sow, Vincent Moreau, Mathis Renaud, Odile Chartier",
    "/excuses n°3 Jérôme Texier, Claire Dupuy",
    "/absents n°3 Thibault Lemaire",
)

# What members said before the meeting of 10 December (séance n°4).
RSVPS = (
    ("Karim Zerrouki", "/present"),
    ("Paul Guérineau", "/present"),
    ("Aminata Sow", "/present"),
    ("Claire Dupuy", "/excuse"),
)

COURONNERIES86_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, "Karim Zerrouki")}
COURONNERIES86_ASKERS = {SLUG: ASKER}
# What is typed after the group is set up (questions_groups.build_group runs it).
COURONNERIES86_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "cr", ATTENDANCE_COMMANDS, RSVPS),
}
