"""A group written for the eleventh round's set 20e (members typing on a
phone: no accents, SMS spelling, typos, glued words, dictation): the Namur
platform for socio-professional insertion — the CPAS de Namur (its
president chairs, its job coaches and its « article 60 » officer), Le
Forem, the Ville de Namur (its alderwoman for employment and its social
cohesion plan), the Mission régionale pour l'emploi, Lire et Écrire, an
EFT (work-based training enterprise) and Infor Jeunes. Belgian usage
(« article 60 », « échevine », « PV »). Attendance recorded with the
commands; tasks in the store; the person asking is a job coach of the
CPAS. Organisation names are real public bodies or plausible ones; every
person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["NAMUR26_AFTER_SETUP", "NAMUR26_ASKERS", "NAMUR26_GROUPS", "NAMUR26_TASKS"]

SLUG = "namur26"

NAMUR26_MEMBERS = (
    ("Véronique Lambotte", "CPAS de Namur", "Présidente du CPAS, présidente de la plateforme"),
    ("Kevin Dethier", "CPAS de Namur", "Coordinateur de la plateforme insertion"),
    ("Sarah Wauters", "CPAS de Namur", "Agente d'insertion"),
    ("Nathalie Gilson", "Le Forem", "Conseillère référente"),
    ("Youssef El Amrani", "Lire et Écrire Namur", "Formateur en alphabétisation"),
    ("Bruno Collignon", "EFT Le Trusquin", "Directeur"),
    ("Aurélie Pirson", "Ville de Namur", "Cheffe de projet du plan de cohésion sociale"),
    ("Thomas Mathy", "Mission régionale pour l'emploi de Namur", "Chargé de relations entreprises"),
    ("Laetitia Hubert", "Infor Jeunes Namur", "Conseillère jeunesse"),
    ("Cédric Renard", "CPAS de Namur", "Responsable des articles 60"),
    ("Marie-Claire Jadot", "Ville de Namur", "Échevine de l'emploi"),
    ("Emma Lejeune", "CPAS de Namur", "Secrétaire de la plateforme"),
)

NAMUR26_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "CPAS de Namur, salle du conseil", ()),
    ("2026-10-15 14:00", "2026-10-15 16:30", "Le Forem Namur", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Maison de l'emploi de Jambes", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "CPAS de Namur, salle du conseil",
     ("Salon de l'emploi de janvier", "Bilan des articles 60", "Budget 2027", "Divers")),
    ("2027-01-14 14:00", "2027-01-14 16:30", "Hôtel de ville de Namur", ("Job dating des métiers en pénurie",)),
    ("2027-03-11 14:00", "2027-03-11 16:30", "Le Forem Namur", ()),
)

NAMUR26_DEADLINES = (
    ("2026-12-04", "Liste des employeurs présents au salon"),
    ("2026-12-17", "Rapport trimestriel au SPW"),
    ("2027-01-08", "Inscriptions au job dating"),
    ("2027-02-26", "Rapport d'activités 2026"),
)

NAMUR26_DECISIONS = (
    ("2026-09-17", 1, "Le salon de l'emploi a lieu le 21 janvier 2027 au Palais des Expos de Namur."),
    ("2026-09-17", 1, "Les permanences emploi se tiennent le mardi matin au CPAS."),
    ("2026-10-15", 2, "Le CPAS ouvre 15 places supplémentaires en article 60 en 2027."),
    ("2026-10-15", 2, "Lire et Écrire propose un module d'alphabétisation aux stagiaires de l'EFT."),
    ("2026-11-19", 3, "Les frais de garde d'enfants des stagiaires sont remboursés jusqu'à 100 euros par mois."),
    ("2026-11-19", 3, "Un job dating des métiers en pénurie est organisé avec le Forem en janvier."),
)

NAMUR26_TASKS = {
    SLUG: (
        ("Réserver les stands du salon", "Thomas Mathy", "2026-11-27", 3),
        ("Envoyer la liste des employeurs partenaires", "Nathalie Gilson", "2026-12-04", 3),
        ("Préparer le budget 2027 de la plateforme", "Kevin Dethier", "2026-12-08", 3),
        ("Contacter les crèches pour les places d'urgence", "Sarah Wauters", "2026-12-14", 3),
        ("Mettre à jour la liste des places article 60", "Cédric Renard", "2026-11-25", 2),
        ("Rédiger le PV du 19 novembre", "Emma Lejeune", "2026-12-03", 3),
        ("Faire imprimer les flyers du salon", "Sarah Wauters", "2026-11-30", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
NAMUR26_ASKERS = {SLUG: "Sarah Wauters"}

# What the secretary typed after the meetings (n°1 never recorded).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Véronique Lambotte, Kevin Dethier, Sarah Wauters, Nathalie Gilson, Bruno Collignon, "
    "Thomas Mathy, Laetitia Hubert, Emma Lejeune",
    "/excuses n°2 Youssef El Amrani",
    "/presents n°3 Véronique Lambotte, Kevin Dethier, Sarah Wauters, Nathalie Gilson, Youssef El Amrani, "
    "Aurélie Pirson, Thomas Mathy, Cédric Renard, Emma Lejeune",
    "/excuses n°3 Bruno Collignon, Marie-Claire Jadot",
    "/absents n°3",
)

# What members said before the meeting of 10 December (n°4).
RSVPS = (
    ("Nathalie Gilson", "/present"),
    ("Bruno Collignon", "/present"),
    ("Thomas Mathy", "/excuse"),
)

record_attendance = recorded_attendance(SLUG, NAMUR26_ASKERS[SLUG], "nm", ATTENDANCE_COMMANDS, RSVPS)

NAMUR26_GROUPS = {
    SLUG: (NAMUR26_MEMBERS, NAMUR26_MEETINGS, NAMUR26_DEADLINES, NAMUR26_DECISIONS, "Kevin Dethier"),
}

NAMUR26_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: record_attendance}
