"""A group written by the lead in the twentieth round, for the lead's blind
set 34, written during the round out of every engineer's reach and measured
once, on the round's merged code: the departmental network of the France
Services of Lozère — the prefecture's coordinator, the Department's
vice-president who chairs the committee, the animators of the France
Services of Mende and Langogne, the partners who hold counters or visits in
them (CAF, MSA, CPAM, France Travail, the public finances directorate, La
Poste, the Carsat) and the digital advisers of Familles Rurales. Monthly
animators' meetings moving from one France Services to the next, a
departmental committee, a day for every agent in April. Tasks and attendance
in the store; the person asking is a member, not the coordinator: the
France Services agent of Langogne. Organisation names are real public
bodies or plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["LOZERE_AFTER_SETUP", "LOZERE_ASKERS", "LOZERE_GROUPS", "LOZERE_TASKS"]

SLUG = "fs-lozere"

LOZERE_MEMBERS = (
    ("Claire Vidal", "Préfecture de la Lozère", "Coordinatrice départementale France Services"),
    ("Bernard Pagès", "Conseil départemental de la Lozère",
     "Vice-président chargé des solidarités territoriales, président du comité départemental"),
    ("Sophie Chabert", "Communauté de communes Cœur de Lozère", "Animatrice de la France Services de Mende"),
    ("Mathieu Rouvière", "Mairie de Langogne", "Agent d'accueil de la France Services de Langogne"),
    ("Nadia Boudjema", "CAF de la Lozère", "Responsable des partenariats"),
    ("Guillaume Astruc", "MSA Languedoc", "Conseiller en protection sociale"),
    ("Hélène Bonnal", "CPAM de la Lozère", "Chargée de l'accès aux droits et aux soins"),
    ("Julien Teissier", "France Travail Mende", "Référent des partenariats territoriaux"),
    ("Agnès Malafosse", "Direction départementale des finances publiques de la Lozère",
     "Inspectrice, référente France Services"),
    ("Paul Crespin", "La Poste", "Responsable des bureaux de poste France Services"),
    ("Estelle Raynal", "Familles Rurales Lozère", "Conseillère numérique"),
    ("Thierry Gaillard", "Carsat Languedoc-Roussillon", "Conseiller retraite"),
)

LOZERE_MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:30", "Comité départemental France Services, préfecture de Mende", ()),
    ("2026-10-13 10:00", "2026-10-13 12:00", "Réunion des animateurs, France Services de Marvejols", ()),
    ("2026-11-17 10:00", "2026-11-17 12:00", "Réunion des animateurs, France Services de Florac", ()),
    ("2026-12-08 10:00", "2026-12-08 12:00", "Réunion des animateurs, France Services de Langogne",
     ("Bilan des permanences itinérantes", "Formation aux démarches de l'ANTS", "Horaires pendant les fêtes")),
    ("2027-01-26 14:00", "2027-01-26 16:30", "Comité départemental France Services, préfecture de Mende",
     ("Bilan 2026 du réseau", "Renouvellement du label du bus France Services", "Programme de formation 2027")),
    ("2027-04-06 09:00", "2027-04-06 17:00", "Journée départementale des agents, espace culturel de Saint-Chély-d'Apcher",
     ()),
)

LOZERE_DEADLINES = (
    ("2026-12-04", "Statistiques de fréquentation de novembre"),
    ("2026-12-16", "Dossier de renouvellement du label du bus itinérant"),
    ("2027-01-15", "Enquête de satisfaction des usagers"),
    ("2027-03-12", "Inscriptions à la journée départementale des agents"),
)

LOZERE_DECISIONS = (
    ("2026-09-22", 1, "Les animateurs se réunissent une fois par mois, à tour de rôle dans chaque France Services."),
    ("2026-09-22", 1, "Le bus France Services dessert les communes de l'Aubrac deux jours par semaine."),
    ("2026-09-22", 1, "La DGFiP tient une permanence fiscale mensuelle à Florac et à Langogne."),
    ("2026-10-13", 2, "Un rendez-vous en visioconférence avec la CAF est proposé à Marvejols chaque jeudi matin."),
    ("2026-10-13", 2, "Les usagers sans ordinateur impriment gratuitement jusqu'à vingt pages par démarche."),
    ("2026-10-13", 2, "Chaque agent suit la formation aux titres d'identité de l'ANTS avant la fin de l'année."),
    ("2026-11-17", 3, "La journée départementale des agents aura lieu le 6 avril à Saint-Chély-d'Apcher."),
    ("2026-11-17", 3, "Les demandes de chèque énergie sont accompagnées par les conseillers numériques de Familles Rurales."),
    ("2026-11-17", 3, "Les horaires d'hiver s'appliquent du 1er décembre au 28 février, avec une fermeture à 17 heures."),
    ("2026-11-17", 3, "La MSA tient une permanence retraite agricole à Langogne le premier lundi du mois."),
)

LOZERE_TASKS = {
    SLUG: (
        ("Transmettre le compte rendu de la réunion de Marvejols", "Claire Vidal", "2026-10-20", 2, "done"),
        ("Mettre à jour le guide des démarches en ligne", "Estelle Raynal", "2026-11-27", 3),
        ("Envoyer les statistiques de fréquentation de novembre", "Mathieu Rouvière", "2026-12-04", 3),
        ("Organiser la formation ANTS des agents", "Sophie Chabert", "2026-12-11", 3),
        ("Préparer le dossier de renouvellement du label du bus", "Claire Vidal", "2026-12-14", 3),
        ("Réserver l'espace culturel pour la journée des agents", "Bernard Pagès", "2026-12-18", 3),
        ("Proposer un créneau de visioconférence CPAM à Langogne", "Hélène Bonnal", "2027-01-08", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the agent of Langogne.
LOZERE_ASKERS = {SLUG: "Mathieu Rouvière"}

LOZERE_GROUPS = {
    SLUG: (LOZERE_MEMBERS, LOZERE_MEETINGS, LOZERE_DEADLINES, LOZERE_DECISIONS, "Claire Vidal"),
}

# What the coordinator's account typed after the November animators' meeting in Florac (séance n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Claire Vidal, Sophie Chabert, Mathieu Rouvière, Estelle Raynal, Agnès Malafosse, "
    "Guillaume Astruc, Hélène Bonnal",
    "/excuses n°3 Bernard Pagès, Nadia Boudjema",
    "/absents n°3",
)

# What members said in the chat before the December meeting in Langogne (séance n°4).
RSVPS = (
    ("Sophie Chabert", "/present"),
    ("Estelle Raynal", "/present"),
    ("Agnès Malafosse", "/present"),
    ("Paul Crespin", "/excuse"),
)

LOZERE_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, "Mathieu Rouvière", "lz", ATTENDANCE_COMMANDS, RSVPS),
}
