"""A group written by the lead during the eighth round, never shown to its
engineers, measured only once at the very end: a Geneva working group on
social cohesion in the communes of Onex and Lancy, whose partners share a
platform (the communes' social services, the Hospice général, the canton's
cohesion office, the FASe's community workers, Pro Senectute, Caritas, a
neighbourhood house). Attendance recorded with the commands; tasks in the
store; the person asking is linked to a member. Organisation names are real
public bodies or plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["ONEXGE_AFTER_SETUP", "ONEXGE_ASKERS", "ONEXGE_GROUPS", "ONEXGE_TASKS"]

SLUG = "onexge"

ONEXGE_MEMBERS = (
    ("Valérie Rochat", "Ville d'Onex", "Conseillère administrative chargée de la cohésion sociale, présidente du groupe"),
    ("Fabien Duret", "Ville d'Onex", "Chef du service social, santé et enfance"),
    ("Mélanie Bosson", "Ville de Lancy", "Responsable de l'action sociale communautaire"),
    ("Arnaud Perroud", "Hospice général", "Responsable du centre d'action sociale d'Onex"),
    ("Sandra Gavillet", "Office de l'action, de l'insertion et de l'intégration sociales", "Cheffe de projet cohésion sociale"),
    ("Kevin Baud", "FASe", "Travailleur social hors murs"),
    ("Isabelle Mottier", "Pro Senectute Genève", "Assistante sociale, référente des communes de la rive gauche"),
    ("Nicolas Favre", "Caritas Genève", "Responsable de l'épicerie Caritas"),
    ("Aline Chappuis", "Maison de quartier d'Onex", "Animatrice socioculturelle"),
    ("Raphaël Oberson", "Ville d'Onex", "Délégué à l'intégration, secrétaire du groupe"),
)

ONEXGE_MEETINGS = (
    ("2026-09-10 17:30", "2026-09-10 19:30", "Mairie d'Onex, salle du Conseil municipal", ()),
    ("2026-10-08 17:30", "2026-10-08 19:30", "Maison de quartier d'Onex", ()),
    ("2026-11-12 17:30", "2026-11-12 19:30", "Mairie de Lancy, salle des Mariages", ()),
    ("2026-12-10 17:30", "2026-12-10 19:30", "Mairie d'Onex, salle du Conseil municipal",
     ("Repas de Noël solidaire", "Permanence d'accès aux droits", "Divers")),
    ("2027-01-14 17:30", "2027-01-14 19:30", "Espace Palettes, Lancy", ("Budget 2027 des projets de quartier",)),
    ("2027-02-11 17:30", "2027-02-11 19:30", "Mairie d'Onex, salle du Conseil municipal", ()),
)

ONEXGE_DEADLINES = (
    ("2026-12-04", "Inscriptions au repas de Noël solidaire"),
    ("2026-12-18", "Demande de subvention au Fonds intercommunal"),
    ("2027-01-22", "Bilan des permanences d'accès aux droits"),
    ("2027-02-26", "Rapport annuel du contrat de quartier"),
)

ONEXGE_DECISIONS = (
    ("2026-09-10", 1, "Le groupe se réunit le deuxième jeudi du mois à 17h30, en alternance à Onex et à Lancy."),
    ("2026-09-10", 1, "Les procès-verbaux sont déposés sur la plateforme commune dans la semaine qui suit la séance."),
    ("2026-10-08", 2, "Une permanence d'accès aux droits est tenue par l'Hospice général à la Maison de quartier le mardi matin."),
    ("2026-10-08", 2, "Le repas de Noël solidaire est offert aux aînés isolés avec Pro Senectute."),
    ("2026-11-12", 3, "L'épicerie Caritas prolonge ses horaires le samedi jusqu'à 16h à titre d'essai."),
    ("2026-11-12", 3, "Les travailleurs sociaux hors murs tournent aussi dans le quartier des Palettes."),
)

ONEXGE_TASKS = {
    SLUG: (
        ("Envoyer la liste des aînés inscrits au repas", "Isabelle Mottier", "2026-11-27", 3),
        ("Monter le dossier pour le Fonds intercommunal", "Raphaël Oberson", "2026-12-16", 3),
        ("Préparer le bilan des permanences", "Arnaud Perroud", "2027-01-20", 3),
        ("Réserver la salle pour le repas de Noël", "Aline Chappuis", "2026-11-25", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
ONEXGE_ASKERS = {SLUG: "Raphaël Oberson"}

# What the secretary typed after the meetings (n°1 never recorded).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Valérie Rochat, Fabien Duret, Mélanie Bosson, Arnaud Perroud, Kevin Baud, Aline Chappuis, "
    "Raphaël Oberson",
    "/excuses n°2 Isabelle Mottier, Nicolas Favre",
    "/presents n°3 Valérie Rochat, Mélanie Bosson, Arnaud Perroud, Sandra Gavillet, Isabelle Mottier, "
    "Nicolas Favre, Raphaël Oberson, Kevin Baud",
    "/excuses n°3 Fabien Duret",
    "/absents n°3",
)

# What members said before the meeting of 10 December (n°4).
RSVPS = (
    ("Mélanie Bosson", "/present"),
    ("Nicolas Favre", "/present"),
    ("Kevin Baud", "/excuse"),
)


record_attendance = recorded_attendance(SLUG, ONEXGE_ASKERS[SLUG], "ge", ATTENDANCE_COMMANDS, RSVPS)


ONEXGE_GROUPS = {
    SLUG: (ONEXGE_MEMBERS, ONEXGE_MEETINGS, ONEXGE_DEADLINES, ONEXGE_DECISIONS, "Raphaël Oberson"),
}

ONEXGE_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: record_attendance}
