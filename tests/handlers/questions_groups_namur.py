"""A group invented for the eleventh round (engineer r11g): the plenary of a
Walloon mental-health consultation platform in the province of Namur (the
province, the city, the CPAS, the AVIQ, two hospitals, a mental-health
service, the 107 network, the users' and families' associations, a mutual
insurer). Its members call the same sittings by many nouns (plénière,
bureau, CA, AG, copil, comité technique, commission, réu). Belgian
register. Attendance recorded with the commands; tasks in the store; the
person asking is linked to a member. Organisation names are public bodies
or plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["NAMUR_AFTER_SETUP", "NAMUR_ASKERS", "NAMUR_GROUPS", "NAMUR_TASKS"]

SLUG = "psy-namur"

NAMUR_MEMBERS = (
    ("Véronique Delvaux", "Province de Namur", "Présidente de la plateforme"),
    ("Olivier Dessy", "Plateforme de concertation en santé mentale", "Coordinateur"),
    ("Sophie Wauthier", "Plateforme de concertation en santé mentale", "Secrétaire administrative"),
    ("Marc Piérard", "Hôpital psychiatrique du Beau Vallon", "Directeur médical, vice-président"),
    ("Anne-Catherine Lemaire", "Similes Wallonie", "Représentante des familles"),
    ("Didier Hanse", "Psytoyens", "Représentant des usagers"),
    ("Nathalie Collignon", "CPAS de Namur", "Assistante sociale en chef"),
    ("Thierry Bodart", "AVIQ", "Inspecteur santé mentale"),
    ("Isabelle Rase", "Service de santé mentale de Dinant", "Psychologue, présidente de la commission enfance"),
    ("Karim Benali", "Réseau santé Namur (107)", "Coordinateur du réseau adultes"),
    ("Laurence Gilson", "CHR Sambre et Meuse", "Cheffe du service de psychiatrie"),
    ("Pierre Mathy", "Ville de Namur", "Échevin de la cohésion sociale"),
    ("Benoît Houbion", "Mutualité chrétienne", "Trésorier"),
)

NAMUR_MEETINGS = (
    ("2026-09-22 09:30", "2026-09-22 12:00", "Maison des Associations, Namur", ()),
    ("2026-10-20 14:00", "2026-10-20 16:30", "CPAS de Dinant", ()),
    ("2026-11-17 09:30", "2026-11-17 12:00", "Hôpital du Beau Vallon, Saint-Servais", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Espace Kegeljan, Namur",
     ("Budget 2027", "Renouvellement du bureau", "Semaine de la santé mentale")),
    ("2027-01-21 09:30", "2027-01-21 12:00", "Hôtel de ville d'Andenne", ("Cadastre des services",)),
    ("2027-02-18 09:30", "2027-02-18 12:00", "Visioconférence", ()),
    ("2027-03-18 09:30", "2027-03-18 12:00", "Centre culturel de Dinant", ()),
    ("2027-06-17 17:00", "2027-06-17 19:30", "Maison des Associations, Namur", ("Approbation des comptes 2026",)),
)

NAMUR_DEADLINES = (
    ("2026-12-04", "Candidatures pour le renouvellement du bureau"),
    ("2026-12-18", "Rapport d'activités 2026 à l'AVIQ"),
    ("2027-01-29", "Programme de la Semaine de la santé mentale"),
    ("2027-03-05", "Retour du questionnaire du cadastre"),
)

NAMUR_DECISIONS = (
    ("2026-09-22", 1, "La plateforme organise une Semaine de la santé mentale en octobre 2027."),
    ("2026-09-22", 1, "Le comité technique prépare chaque plénière deux semaines avant."),
    ("2026-10-20", 2, "La cotisation annuelle des membres reste fixée à 50 euros."),
    ("2026-10-20", 2, "Une commission enfance-adolescence est créée, présidée par Isabelle Rase."),
    ("2026-11-17", 3, "L'atelier sur le logement accompagné a lieu au CPAS de Namur en février."),
    ("2026-11-17", 3, "Le bureau est renouvelé lors de la plénière de décembre."),
)

NAMUR_TASKS = {
    SLUG: (
        ("Rédiger le procès-verbal de la plénière du 17 novembre", "Sophie Wauthier", "2026-12-03", 3),
        ("Préparer le budget 2027", "Benoît Houbion", "2026-12-08", 3),
        ("Réserver la salle de l'Espace Kegeljan", "Olivier Dessy", "2026-11-26", 2),
        ("Envoyer le questionnaire du cadastre aux services", "Karim Benali", "2027-01-15", 3),
        ("Contacter les écoles pour la commission enfance", "Isabelle Rase", "2026-11-20", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
NAMUR_ASKERS = {SLUG: "Olivier Dessy"}

# What the secretary typed after the meetings (n°1 never recorded).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Véronique Delvaux, Olivier Dessy, Sophie Wauthier, Marc Piérard, Isabelle Rase, "
    "Nathalie Collignon, Didier Hanse",
    "/excuses n°2 Thierry Bodart",
    "/presents n°3 Véronique Delvaux, Olivier Dessy, Sophie Wauthier, Marc Piérard, Anne-Catherine Lemaire, "
    "Karim Benali, Laurence Gilson, Benoît Houbion",
    "/excuses n°3 Pierre Mathy, Isabelle Rase",
)

# What members said before the plenary of 10 December (n°4).
RSVPS = (
    ("Laurence Gilson", "/present"),
    ("Didier Hanse", "/present"),
    ("Pierre Mathy", "/excuse"),
)

record_attendance = recorded_attendance(SLUG, NAMUR_ASKERS[SLUG], "nm", ATTENDANCE_COMMANDS, RSVPS)

NAMUR_GROUPS = {
    SLUG: (NAMUR_MEMBERS, NAMUR_MEETINGS, NAMUR_DEADLINES, NAMUR_DECISIONS, "Olivier Dessy"),
}

NAMUR_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: record_attendance}
