"""A group written for the eleventh round (r11f): the communal-cantonal
working group on early childhood of Renens (Ouest lausannois, canton de
Vaud): the commune's municipal and services, the neighbouring commune of
Crissier, the canton's office for day care (OAJE) and its youth directorate
(DGEJ), the day-care network AJERCO, the AVASAD's early-childhood nurses,
the Fondation Jeunesse et Familles, the library's « Né pour lire », the
association Appartenances and the parents' association. Swiss usage
(municipale, syndic, préavis, conseiller d'État). Attendance recorded with
the commands; tasks in the store; the person asking is linked to a member.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["RENENS_AFTER_SETUP", "RENENS_ASKERS", "RENENS_GROUPS", "RENENS_TASKS"]

SLUG = "renens"

RENENS_MEMBERS = (
    ("Myriam Favre-Rochat", "Ville de Renens", "Municipale en charge de l'enfance, présidente du groupe de travail"),
    ("Thierry Grandjean", "Commune de Crissier", "Municipal des affaires sociales, vice-président du groupe"),
    ("Nathalie Rossier", "Ville de Renens", "Cheffe du service Enfance et cohésion sociale, coordinatrice du groupe"),
    ("Yves Pittet", "Office de l'accueil de jour des enfants", "Chargé de mission petite enfance"),
    ("Carine Bovay", "Direction générale de l'enfance et de la jeunesse", "Déléguée à la prévention pour l'Ouest lausannois"),
    ("Sébastien Mottier", "Réseau AJERCO", "Directeur du réseau d'accueil de jour"),
    ("Aline Gavillet", "AVASAD", "Infirmière petite enfance, référente santé du groupe"),
    ("Fabrice Nkunda", "Association des parents d'élèves de Renens", "Président, représentant des parents"),
    ("Sophie Burnier", "Fondation Jeunesse et Familles", "Éducatrice, responsable de l'espace parents-enfants"),
    ("Patrick Jaquier", "Bibliothèque de Renens", "Bibliothécaire, coordinateur de Né pour lire"),
    ("Marisa Oliveira", "Appartenances", "Médiatrice interculturelle"),
    ("Delphine Aeby", "Ville de Renens", "Secrétaire du groupe, procès-verbaux"),
)

RENENS_MEETINGS = (
    ("2026-09-09 08:30", "2026-09-09 10:30", "Salle de Conférences, rue de Lausanne 35", ()),
    ("2026-10-14 08:30", "2026-10-14 10:30", "Garderie des Baumettes", ()),
    ("2026-11-11 08:30", "2026-11-11 10:30", "Salle de Conférences, rue de Lausanne 35", ()),
    ("2026-12-09 08:30", "2026-12-09 10:30", "Maison de commune de Crissier",
     ("Préavis sur les places d'accueil", "Semaine de la petite enfance", "Divers")),
    ("2027-01-20 08:30", "2027-01-20 10:30", "Salle de Conférences, rue de Lausanne 35", ("Bilan Né pour lire",)),
    ("2027-03-10 08:30", "2027-03-10 10:30", "Bibliothèque de Renens", ()),
)

RENENS_DEADLINES = (
    ("2026-12-11", "Préavis municipal sur les places d'accueil"),
    ("2026-12-18", "Recensement des accueillantes en milieu familial"),
    ("2027-01-29", "Demande de subvention à la FAJE"),
    ("2027-02-26", "Programme de la semaine de la petite enfance"),
)

RENENS_DECISIONS = (
    ("2026-09-09", 1, "Le groupe de travail se réunit le deuxième mercredi du mois à 8h30."),
    ("2026-09-09", 1, "La Ville de Renens coordonne la semaine de la petite enfance avec Crissier."),
    ("2026-10-14", 2, "Le réseau AJERCO ouvre 24 places supplémentaires à la garderie des Baumettes en août 2027."),
    ("2026-10-14", 2, "L'AVASAD tient une permanence parents-enfants le jeudi matin à la maison de quartier."),
    ("2026-11-11", 3, "La semaine de la petite enfance a lieu du 3 au 8 mai 2027 au centre-ville."),
    ("2026-11-11", 3, "Le guide d'accueil des familles est traduit en douze langues par Appartenances."),
)

RENENS_TASKS = {
    SLUG: (
        ("Rédiger le PV de la séance du 11 novembre", "Delphine Aeby", "2026-12-04", 3),
        ("Préparer le préavis municipal sur les places d'accueil", "Nathalie Rossier", "2026-12-08", 3),
        ("Envoyer le recensement des accueillantes", "Sébastien Mottier", "2026-11-27", 3),
        ("Contacter les pédiatres de l'Ouest lausannois", "Aline Gavillet", "2026-12-15", 3),
        ("Traduire le flyer Né pour lire", "Marisa Oliveira", "2026-11-20", 2),
        ("Réserver la salle de spectacles pour la semaine de la petite enfance", "Patrick Jaquier", "2027-01-15", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
RENENS_ASKERS = {SLUG: "Nathalie Rossier"}

# What the secretary typed after the meetings (n°1 never recorded).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Myriam Favre-Rochat, Nathalie Rossier, Yves Pittet, Sébastien Mottier, Aline Gavillet, "
    "Fabrice Nkunda, Sophie Burnier, Delphine Aeby",
    "/excuses n°2 Thierry Grandjean, Carine Bovay",
    "/presents n°3 Myriam Favre-Rochat, Thierry Grandjean, Nathalie Rossier, Carine Bovay, Sébastien Mottier, "
    "Patrick Jaquier, Marisa Oliveira, Delphine Aeby, Aline Gavillet",
    "/excuses n°3 Yves Pittet",
    "/absents n°3",
)

# What members said before the meeting of 9 December (n°4).
RSVPS = (
    ("Fabrice Nkunda", "/present"),
    ("Sophie Burnier", "/present"),
    ("Yves Pittet", "/excuse"),
)

record_attendance = recorded_attendance(SLUG, RENENS_ASKERS[SLUG], "rn", ATTENDANCE_COMMANDS, RSVPS)

RENENS_GROUPS = {
    SLUG: (RENENS_MEMBERS, RENENS_MEETINGS, RENENS_DEADLINES, RENENS_DECISIONS, "Nathalie Rossier"),
}

RENENS_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: record_attendance}
