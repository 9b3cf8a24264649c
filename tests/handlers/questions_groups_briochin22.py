"""A group invented for the eleventh round (r11a), never seen by the
understanding code before its first run: the working group of the Saint-Brieuc
Armor Agglomération city contract (contrat de ville « Quartiers 2030 »: the
agglomeration, the city, the préfecture's delegate, the CAF, France Travail, the
social landlord, the Mission locale, the Département, a social centre and a
residents' association). Mixed register. Attendance recorded with the
commands; tasks in the store; the person asking is linked to a member.
Organisation names are real public bodies or plausible ones; every person is
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["BRIOCHIN22_AFTER_SETUP", "BRIOCHIN22_ASKERS", "BRIOCHIN22_GROUPS", "BRIOCHIN22_TASKS"]

SLUG = "briochin22"

BRIOCHIN22_MEMBERS = (
    ("Gwenaëlle Le Floc'h", "Saint-Brieuc Armor Agglomération",
     "Vice-présidente chargée de la politique de la ville, présidente du groupe de travail"),
    ("Yannick Le Goff", "Saint-Brieuc Armor Agglomération", "Chef de projet du contrat de ville"),
    ("Morgane Prigent", "Préfecture des Côtes-d'Armor", "Déléguée du préfet"),
    ("Erwan Jégou", "CAF des Côtes-d'Armor", "Conseiller territorial"),
    ("Nolwenn Tanguy", "France Travail Saint-Brieuc", "Responsable d'équipe entreprises"),
    ("Loïc Ollivier", "Terre et Baie Habitat", "Responsable de la gestion urbaine de proximité"),
    ("Fatima Benali", "Association des habitants de la Croix-Saint-Lambert", "Présidente"),
    ("Mikaël Corre", "Centre social du Plateau", "Directeur"),
    ("Anaïs Le Bihan", "Mission locale de Saint-Brieuc", "Conseillère insertion"),
    ("Hervé Kerhervé", "Département des Côtes-d'Armor", "Chef du service insertion"),
    ("Solenn Guillou", "Ville de Saint-Brieuc", "Adjointe au maire déléguée à la cohésion sociale"),
    ("Maëlys Rault", "Saint-Brieuc Armor Agglomération", "Assistante, secrétariat du contrat de ville"),
)

BRIOCHIN22_MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:30", "Hôtel d'agglomération, salle Brocéliande", ()),
    ("2026-10-20 14:00", "2026-10-20 16:30", "Maison de quartier de Balzac", ()),
    ("2026-11-24 09:30", "2026-11-24 12:00", "Centre social du Plateau", ()),
    ("2026-12-08 14:00", "2026-12-08 16:30", "Mairie de Ploufragan",
     ("Appel à projets 2027", "Bilan des cafés emploi", "Questions diverses")),
    ("2027-01-26 14:00", "2027-01-26 16:30", "Hôtel d'agglomération, salle Brocéliande",
     ("Programmation 2027",)),
    ("2027-03-09 09:30", "2027-03-09 12:00", "Maison de quartier de l'Europe", ()),
)

BRIOCHIN22_DEADLINES = (
    ("2026-12-11", "Dépôt des dossiers de l'appel à projets 2027"),
    ("2026-12-18", "Bilan des chantiers éducatifs de l'été"),
    ("2027-01-15", "Rapport annuel sur la politique de la ville"),
    ("2027-02-12", "Diagnostic en marchant du quartier Balzac"),
)

BRIOCHIN22_DECISIONS = (
    ("2026-09-22", 1, "L'appel à projets 2027 est ouvert aux associations des quatre quartiers prioritaires."),
    ("2026-09-22", 1, "Les permanences de la déléguée du préfet ont lieu le jeudi matin à la maison de quartier de Balzac."),
    ("2026-10-20", 2, "Un café emploi mensuel est organisé avec France Travail et la Mission locale à la Croix-Saint-Lambert."),
    ("2026-10-20", 2, "Terre et Baie Habitat finance quinze chantiers éducatifs pour les 16-25 ans pendant les vacances."),
    ("2026-11-24", 3, "L'agglomération réserve 180 000 euros aux associations de quartier en 2027."),
    ("2026-11-24", 3, "Le forum des associations des quartiers se tient à la salle Hermione en avril 2027."),
    ("2026-11-24", 3, "Les comptes rendus sont envoyés par courriel dans la semaine qui suit la réunion."),
)

BRIOCHIN22_TASKS = {
    SLUG: (
        ("Diffuser l'appel à projets aux associations", "Yannick Le Goff", "2026-11-27", 3),
        ("Réserver la salle Hermione", "Solenn Guillou", "2027-01-15", 3),
        ("Transmettre les chiffres des allocataires par quartier", "Erwan Jégou", "2026-11-20", 2),
        ("Organiser le premier café emploi", "Nolwenn Tanguy", "2026-12-10", 2),
        ("Rédiger le compte rendu du 24 novembre", "Maëlys Rault", "2026-12-04", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
BRIOCHIN22_ASKERS = {SLUG: "Yannick Le Goff"}

# What the secretary typed after the meetings (n°1 never recorded).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Gwenaëlle Le Floc'h, Yannick Le Goff, Morgane Prigent, Erwan Jégou, Nolwenn Tanguy, "
    "Loïc Ollivier, Fatima Benali, Anaïs Le Bihan, Maëlys Rault",
    "/excuses n°2 Hervé Kerhervé",
    "/presents n°3 Gwenaëlle Le Floc'h, Yannick Le Goff, Morgane Prigent, Nolwenn Tanguy, Fatima Benali, "
    "Mikaël Corre, Hervé Kerhervé, Solenn Guillou, Maëlys Rault",
    "/excuses n°3 Erwan Jégou, Loïc Ollivier",
    "/absents n°3 Anaïs Le Bihan",
)

# What members said before the meeting of 8 December (n°4).
RSVPS = (
    ("Mikaël Corre", "/present"),
    ("Fatima Benali", "/present"),
    ("Hervé Kerhervé", "/excuse"),
)

record_attendance = recorded_attendance(SLUG, BRIOCHIN22_ASKERS[SLUG], "sb", ATTENDANCE_COMMANDS, RSVPS)

BRIOCHIN22_GROUPS = {
    SLUG: (BRIOCHIN22_MEMBERS, BRIOCHIN22_MEETINGS, BRIOCHIN22_DEADLINES, BRIOCHIN22_DECISIONS, "Yannick Le Goff"),
}

BRIOCHIN22_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: record_attendance}
