"""A group written by the lead during the tenth round, never shown to its
engineers: the steering group of the Grand Reims energy-renovation platform
(the urban community, the city, the ADIL, the local energy agency, the
builders' federations, the State's housing delegation, the social landlord,
the Département, Action Logement). Mixed register. Attendance recorded with
the commands; tasks in the store; the person asking is linked to a member.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["REIMS51_AFTER_SETUP", "REIMS51_ASKERS", "REIMS51_GROUPS", "REIMS51_TASKS"]

SLUG = "reims51"

REIMS51_MEMBERS = (
    ("Hélène Marchal", "Grand Reims", "Vice-présidente chargée de l'habitat, présidente du comité de pilotage"),
    ("Romain Thiébaut", "Grand Reims", "Chef de projet de la plateforme de rénovation"),
    ("Claire Dufresne", "ADIL de la Marne", "Juriste"),
    ("Mathieu Lenoir", "ALEC du Pays rémois", "Conseiller France Rénov'"),
    ("Sandrine Coutelier", "CAPEB Marne", "Chargée de développement"),
    ("Arnaud Perrin", "Fédération du BTP de la Marne", "Secrétaire général"),
    ("Nadège Vautrin", "DDT de la Marne", "Déléguée adjointe de l'Anah"),
    ("Karim Haddad", "Reims habitat", "Responsable du patrimoine"),
    ("Lucie Gauthier", "Département de la Marne", "Chargée de mission précarité énergétique"),
    ("Olivier Brasseur", "Ville de Reims", "Adjoint au maire délégué au logement"),
    ("Jeanne Collot", "Action Logement", "Chargée de relations entreprises"),
    ("Fabien Mercier", "Grand Reims", "Assistant, secrétariat de la plateforme"),
)

REIMS51_MEETINGS = (
    ("2026-09-15 09:30", "2026-09-15 12:00", "Siège du Grand Reims, salle du conseil", ()),
    ("2026-10-13 09:30", "2026-10-13 12:00", "Maison de l'habitat, rue Chanzy", ()),
    ("2026-11-17 09:30", "2026-11-17 12:00", "Mairie de Tinqueux", ()),
    ("2026-12-15 09:30", "2026-12-15 12:00", "Siège du Grand Reims, salle du conseil",
     ("Bilan des premiers dossiers", "Salon de l'habitat durable", "Questions diverses")),
    ("2027-01-19 09:30", "2027-01-19 12:00", "ALEC du Pays rémois", ("Charte des artisans",)),
    ("2027-03-16 09:30", "2027-03-16 12:00", "Siège du Grand Reims, salle du conseil", ()),
)

REIMS51_DEADLINES = (
    ("2026-12-08", "Liste des artisans RGE partenaires"),
    ("2026-12-18", "Bilan chiffré des visites à domicile"),
    ("2027-01-22", "Réponse à l'appel à manifestation d'intérêt de la Région"),
    ("2027-02-26", "Plan de communication du salon"),
)

REIMS51_DECISIONS = (
    ("2026-09-15", 1, "La plateforme accompagne gratuitement les propriétaires occupants aux revenus modestes."),
    ("2026-09-15", 1, "Les permanences ont lieu le mardi et le jeudi à la Maison de l'habitat."),
    ("2026-10-13", 2, "Le Grand Reims consacre 400 000 euros en 2027 à une prime locale de rénovation."),
    ("2026-10-13", 2, "Une charte d'engagement est proposée aux artisans du bâtiment."),
    ("2026-11-17", 3, "Le salon de l'habitat durable se tient au parc des expositions en mars 2027."),
    ("2026-11-17", 3, "Reims habitat rénove en priorité 120 logements du quartier Orgeval."),
)

REIMS51_TASKS = {
    SLUG: (
        ("Envoyer la charte aux artisans", "Sandrine Coutelier", "2026-11-27", 3),
        ("Réserver le parc des expositions", "Romain Thiébaut", "2027-01-08", 3),
        ("Préparer la fiche sur les aides de l'Anah", "Nadège Vautrin", "2026-12-10", 2),
        ("Compter les visites à domicile", "Mathieu Lenoir", "2026-11-25", 3),
        ("Rédiger le compte rendu du 17 novembre", "Fabien Mercier", "2026-12-04", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
REIMS51_ASKERS = {SLUG: "Romain Thiébaut"}

# What the secretary typed after the meetings (n°1 never recorded).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Hélène Marchal, Romain Thiébaut, Claire Dufresne, Mathieu Lenoir, Arnaud Perrin, "
    "Nadège Vautrin, Karim Haddad, Fabien Mercier",
    "/excuses n°2 Olivier Brasseur",
    "/presents n°3 Hélène Marchal, Romain Thiébaut, Mathieu Lenoir, Sandrine Coutelier, Karim Haddad, "
    "Lucie Gauthier, Olivier Brasseur, Fabien Mercier, Claire Dufresne",
    "/excuses n°3 Arnaud Perrin, Nadège Vautrin",
    "/absents n°3",
)

# What members said before the meeting of 15 December (n°4).
RSVPS = (
    ("Jeanne Collot", "/present"),
    ("Karim Haddad", "/present"),
    ("Olivier Brasseur", "/excuse"),
)

record_attendance = recorded_attendance(SLUG, REIMS51_ASKERS[SLUG], "rh", ATTENDANCE_COMMANDS, RSVPS)

REIMS51_GROUPS = {
    SLUG: (REIMS51_MEMBERS, REIMS51_MEETINGS, REIMS51_DEADLINES, REIMS51_DECISIONS, "Romain Thiébaut"),
}

REIMS51_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: record_attendance}
