"""A group written by the lead during the ninth round, never shown to its
engineers: a commission on ageing at home in the Nyon region (canton de
Vaud): the Ville de Nyon, the Région de Nyon, the communes of Gland and
Prangins, the canton's social cohesion directorate, Pro Senectute, the
home-care centre, the Red Cross's volunteer drivers, a volunteers'
association, a parish. Written in a Swiss chat register. Attendance recorded
with the commands; tasks in the store; the person asking is linked to a
member. Organisation names are real public bodies or plausible ones; every
person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["NYON_AFTER_SETUP", "NYON_ASKERS", "NYON_GROUPS", "NYON_TASKS"]

SLUG = "nyon"

NYON_MEMBERS = (
    ("Corinne Rochat", "Ville de Nyon", "Municipale en charge des affaires sociales, présidente de la commission"),
    ("Laurent Pittet", "Ville de Nyon", "Chef du service de la cohésion sociale"),
    ("Nadia Ferrari", "Région de Nyon", "Déléguée à la mobilité"),
    ("Olivier Jaquier", "Commune de Gland", "Syndic"),
    ("Sabine Grandjean", "Pro Senectute Vaud", "Travailleuse sociale de proximité"),
    ("Marco Bianchi", "CMS de Nyon", "Responsable d'équipe soins à domicile"),
    ("Julie Favre", "Direction générale de la cohésion sociale (DGCS)", "Cheffe de projet vieillissement"),
    ("Thierry Cuendet", "Association Bénévoles Nyon-La Côte", "Président"),
    ("Émilie Morand", "Croix-Rouge vaudoise", "Coordinatrice des transports bénévoles"),
    ("Yves Perret", "Paroisse réformée de Nyon", "Diacre"),
    ("Aurélie Gavin", "Ville de Nyon", "Secrétaire de la commission"),
    ("Stéphane Monnier", "Commune de Prangins", "Conseiller municipal"),
)

NYON_MEETINGS = (
    ("2026-09-09 18:00", "2026-09-09 20:00", "Ferme du Manoir, Nyon", ()),
    ("2026-10-07 18:00", "2026-10-07 20:00", "Maison de commune, Gland", ()),
    ("2026-11-11 18:00", "2026-11-11 20:00", "Ferme du Manoir, Nyon", ()),
    ("2026-12-09 18:00", "2026-12-09 20:00", "Ferme du Manoir, Nyon",
     ("Transports bénévoles", "Fête des aînés", "Divers")),
    ("2027-01-13 18:00", "2027-01-13 20:00", "Salle communale, Prangins", ("Budget 2027",)),
    ("2027-02-10 18:00", "2027-02-10 20:00", "Ferme du Manoir, Nyon", ()),
)

NYON_DEADLINES = (
    ("2026-12-04", "Liste des bénévoles chauffeurs"),
    ("2026-12-18", "Demande de soutien à la Loterie Romande"),
    ("2027-01-29", "Questionnaire aux seniors de la région"),
    ("2027-03-31", "Rapport annuel de la commission"),
)

NYON_DECISIONS = (
    ("2026-09-09", 1, "La commission siège le deuxième mercredi du mois à 18h."),
    ("2026-09-09", 1, "Un service de transport bénévole vers les cabinets médicaux est mis en place avec la Croix-Rouge vaudoise."),
    ("2026-10-07", 2, "La fête des aînés aura lieu à la salle communale de Gland en juin."),
    ("2026-10-07", 2, "Les communes de la région versent 50 centimes par habitant au fonds commun de la commission."),
    ("2026-11-11", 3, "Pro Senectute tient une permanence chaque jeudi après-midi au CMS de Nyon."),
    ("2026-11-11", 3, "Un questionnaire est envoyé à tous les habitants de plus de 70 ans."),
)

NYON_TASKS = {
    SLUG: (
        ("Envoyer la liste des chauffeurs à la Croix-Rouge", "Thierry Cuendet", "2026-11-30", 3),
        ("Réserver la salle de Gland pour la fête", "Olivier Jaquier", "2026-12-15", 2),
        ("Préparer la demande à la Loterie Romande", "Laurent Pittet", "2026-12-14", 3),
        ("Traduire le questionnaire en italien et en portugais", "Sabine Grandjean", "2026-11-20", 3),
        ("Rédiger le PV de novembre", "Aurélie Gavin", "2026-12-02", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
NYON_ASKERS = {SLUG: "Laurent Pittet"}

# What the secretary typed after the meetings (n°1 never recorded).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Corinne Rochat, Laurent Pittet, Nadia Ferrari, Olivier Jaquier, Sabine Grandjean, "
    "Marco Bianchi, Aurélie Gavin",
    "/excuses n°2 Julie Favre, Émilie Morand",
    "/presents n°3 Corinne Rochat, Laurent Pittet, Sabine Grandjean, Marco Bianchi, Julie Favre, "
    "Thierry Cuendet, Émilie Morand, Aurélie Gavin, Stéphane Monnier",
    "/excuses n°3 Olivier Jaquier",
    "/absents n°3",
)

# What members said before the meeting of 9 December (n°4).
RSVPS = (
    ("Nadia Ferrari", "/present"),
    ("Yves Perret", "/present"),
    ("Marco Bianchi", "/excuse"),
)

record_attendance = recorded_attendance(SLUG, NYON_ASKERS[SLUG], "ny", ATTENDANCE_COMMANDS, RSVPS)

NYON_GROUPS = {
    SLUG: (NYON_MEMBERS, NYON_MEETINGS, NYON_DEADLINES, NYON_DECISIONS, "Corinne Rochat"),
}

NYON_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: record_attendance}
