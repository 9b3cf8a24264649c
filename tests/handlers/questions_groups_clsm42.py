"""A group written by the lead during the ninth round, never shown to its
engineers, measured only once at the very end: the conseil local de santé
mentale (CLSM) of Saint-Étienne (the city, its CCAS, the university
hospital, the Unafam, a social landlord, the police, the MDPH, a mutual-aid
group, the regional health agency, the métropole). Attendance recorded with
the commands; tasks in the store; the person asking is linked to a member.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CLSM42_AFTER_SETUP", "CLSM42_ASKERS", "CLSM42_GROUPS", "CLSM42_TASKS"]

SLUG = "clsm42"

CLSM42_MEMBERS = (
    ("Anne Favier", "CHU de Saint-Étienne", "Psychiatre, présidente du comité de pilotage"),
    ("Julien Mas", "Ville de Saint-Étienne", "Coordinateur du CLSM"),
    ("Karima Benali", "Ville de Saint-Étienne", "Adjointe au maire déléguée à la santé et au handicap"),
    ("Pascal Rivoire", "Unafam Loire", "Délégué départemental"),
    ("Nathalie Grange", "Loire Habitat", "Chargée de gestion locative sociale"),
    ("Didier Vernay", "Commissariat de Saint-Étienne", "Délégué police-population"),
    ("Sophie Arnaud", "MDPH de la Loire", "Chargée de l'accueil et de l'orientation"),
    ("Thomas Berthet", "GEM La Passerelle", "Animateur"),
    ("Élodie Ferrand", "CCAS de Saint-Étienne", "Travailleuse sociale, référente logement"),
    ("Hervé Jourdan", "ARS Auvergne-Rhône-Alpes, délégation de la Loire", "Chargé de mission santé mentale"),
    ("Mélanie Costa", "Saint-Étienne Métropole", "Chargée de mission politique de la ville"),
    ("Bastien Roux", "Ville de Saint-Étienne", "Assistant administratif, secrétariat du CLSM"),
)

CLSM42_MEETINGS = (
    ("2026-09-21 14:00", "2026-09-21 16:00", "Hôtel de ville de Saint-Étienne, salle Aristide-Briand", ()),
    ("2026-10-19 14:00", "2026-10-19 16:00", "CHU, hôpital Nord, salle du conseil", ()),
    ("2026-11-23 14:00", "2026-11-23 16:00", "Maison de quartier de Montreynaud", ()),
    ("2026-12-14 14:00", "2026-12-14 16:00", "Hôtel de ville de Saint-Étienne, salle Aristide-Briand",
     ("Cellule de cas complexes", "Formation des gardiens", "Questions diverses")),
    ("2027-01-25 14:00", "2027-01-25 16:00", "Siège de Loire Habitat", ("Programme des Semaines d'information",)),
    ("2027-03-08 14:00", "2027-03-08 16:00", "Hôtel de ville de Saint-Étienne, salle Aristide-Briand", ()),
)

CLSM42_DEADLINES = (
    ("2026-12-09", "Liste des situations à présenter en cellule"),
    ("2026-12-18", "Devis de la formation premiers secours"),
    ("2027-01-15", "Fiche réflexe pour les gardiens d'immeuble"),
    ("2027-02-19", "Candidature à l'appel à projets de l'ARS"),
)

CLSM42_DECISIONS = (
    ("2026-09-21", 1, "Une cellule de cas complexes se réunit chaque mois pour étudier les situations signalées par les bailleurs."),
    ("2026-09-21", 1, "Le comité de pilotage se réunit trois fois par an et l'assemblée plénière une fois."),
    ("2026-10-19", 2, "Une formation aux premiers secours en santé mentale est proposée à quarante gardiens d'immeuble de Loire Habitat."),
    ("2026-10-19", 2, "L'ARS finance un poste d'infirmier de liaison pendant deux ans."),
    ("2026-11-23", 3, "Les Semaines d'information sur la santé mentale se tiennent à la Cité du design en octobre 2027."),
    ("2026-11-23", 3, "Un annuaire des ressources en santé mentale est mis en ligne sur le site de la ville."),
)

CLSM42_TASKS = {
    SLUG: (
        ("Envoyer la fiche de signalement aux bailleurs", "Nathalie Grange", "2026-11-27", 3),
        ("Réserver la Cité du design", "Julien Mas", "2027-01-10", 3),
        ("Compléter l'annuaire des ressources", "Élodie Ferrand", "2026-12-11", 3),
        ("Recenser les gardiens volontaires", "Nathalie Grange", "2026-12-04", 2),
        ("Rédiger le compte rendu du 23 novembre", "Bastien Roux", "2026-11-30", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
CLSM42_ASKERS = {SLUG: "Julien Mas"}

# What the secretary typed after the meetings (n°1 never recorded).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Anne Favier, Julien Mas, Pascal Rivoire, Didier Vernay, Sophie Arnaud, Hervé Jourdan, "
    "Mélanie Costa, Bastien Roux",
    "/excuses n°2 Karima Benali",
    "/presents n°3 Anne Favier, Julien Mas, Karima Benali, Pascal Rivoire, Nathalie Grange, Thomas Berthet, "
    "Élodie Ferrand, Hervé Jourdan, Bastien Roux",
    "/excuses n°3 Didier Vernay, Mélanie Costa",
    "/absents n°3",
)

# What members said before the meeting of 14 December (n°4).
RSVPS = (
    ("Hervé Jourdan", "/present"),
    ("Thomas Berthet", "/present"),
    ("Karima Benali", "/excuse"),
)

record_attendance = recorded_attendance(SLUG, CLSM42_ASKERS[SLUG], "se", ATTENDANCE_COMMANDS, RSVPS)

CLSM42_GROUPS = {
    SLUG: (CLSM42_MEMBERS, CLSM42_MEETINGS, CLSM42_DEADLINES, CLSM42_DECISIONS, "Julien Mas"),
}

CLSM42_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: record_attendance}
