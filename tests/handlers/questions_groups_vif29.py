"""A group written by the lead in the twenty-sixth round, for the lead's
blind set 42, written during the round out of every engineer's reach and
measured once on main before any of the round's work: the Finistère
network against violence within couples and families — the prefecture's
delegate for women's rights who coordinates, the gendarmerie, Brest's
police, the public prosecutor's office, a women's shelter association, the
university hospital's forensic unit, the SIAO, the Department's PMI, the
public landlord, France Victimes, the town of Brest, the school social
service, the CAF and the CIDFF. A departmental steering committee once a
quarter on a Monday, a commission on the Brest area's cases (« la
commission VIF ») in between. A stranger's general set in the words of
police, justice, health and social workers. Tasks and attendance in the
store; the person asking is a member, not the coordinator: France
Victimes' lawyer who works at the police station. Organisation names are
real public bodies or plausible ones (the shelter association is
invented); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["VIF29_AFTER_SETUP", "VIF29_ASKERS", "VIF29_GROUPS", "VIF29_TASKS"]

SLUG = "vif29"

VIF29_MEMBERS = (
    ("Gwenaëlle Le Goff", "Préfecture du Finistère", "Déléguée départementale aux droits des femmes et à l'égalité"),
    ("Yann Kerbrat", "Groupement de gendarmerie du Finistère", "Commandant, référent violences intrafamiliales"),
    ("Sandrine Quéré", "Commissariat de Brest", "Capitaine, cheffe de la brigade de protection des familles"),
    ("Olivier Madec", "Tribunal judiciaire de Brest", "Substitut du procureur chargé des violences conjugales"),
    ("Marion Le Bris", "Association Les Iris", "Directrice du centre d'hébergement"),
    ("Claire Tanguy", "CHU de Brest", "Médecin légiste, responsable de l'unité médico-judiciaire"),
    ("Erwan Guillou", "SIAO du Finistère", "Coordinateur de l'hébergement d'urgence"),
    ("Nolwenn Pichon", "Conseil départemental du Finistère", "Responsable de la PMI du pays de Brest"),
    ("Thomas Le Roux", "Finistère Habitat", "Chargé de la gestion locative sociale"),
    ("Anaïs Riou", "France Victimes 29", "Juriste, intervenante sociale en commissariat"),
    ("Patrick Salaün", "Ville de Brest", "Adjoint au maire chargé de l'égalité femmes-hommes"),
    ("Laurence Cadiou", "DSDEN du Finistère", "Conseillère technique du service social en faveur des élèves"),
    ("Jérôme Le Gall", "CAF du Finistère", "Travailleur social"),
    ("Hélène Morvan", "CIDFF du Finistère", "Directrice"),
)

VIF29_MEETINGS = (
    ("2026-09-21 14:00", "2026-09-21 16:30", "Comité de pilotage, préfecture de Quimper", ()),
    ("2026-10-22 09:30", "2026-10-22 12:00", "Commission violences intrafamiliales, hôtel de police de Brest", ()),
    ("2026-11-23 14:00", "2026-11-23 16:30", "Comité de pilotage, sous-préfecture de Brest", ()),
    ("2026-12-11 09:30", "2026-12-11 12:00", "Commission violences intrafamiliales, mairie de Brest",
     ("Téléphones grave danger", "Hébergement d'urgence des victimes", "Bilan de la journée du 25 novembre")),
    ("2027-01-25 14:00", "2027-01-25 16:30", "Comité de pilotage, préfecture de Quimper",
     ("Plan départemental 2027", "Bracelets anti-rapprochement")),
    ("2027-03-18 09:30", "2027-03-18 12:00", "Commission violences intrafamiliales, CHU de Brest", ()),
    ("2027-06-14 14:00", "2027-06-14 16:30", "Comité de pilotage, préfecture de Quimper",
     ("Bilan annuel des plaintes",)),
)

VIF29_DEADLINES = (
    ("2026-12-03", "Retour du questionnaire sur les places d'hébergement"),
    ("2026-12-16", "Dépôt des projets au fonds interministériel de prévention de la délinquance"),
    ("2027-01-08", "Inscriptions à la formation des professionnels de santé"),
    ("2027-02-12", "Bilan des téléphones grave danger"),
    ("2027-04-02", "Mise à jour du guide départemental des ressources"),
)

VIF29_DECISIONS = (
    ("2026-09-21", 1, "Le comité de pilotage se réunit un lundi après-midi par trimestre."),
    ("2026-09-21", 1, "Six téléphones grave danger supplémentaires sont demandés au ministère."),
    ("2026-09-21", 1, "Une intervenante sociale est présente au commissariat de Brest trois jours par semaine."),
    ("2026-10-22", 2, "Les victimes hébergées en urgence sont orientées par le SIAO dans les quarante-huit heures."),
    ("2026-10-22", 2, "Un logement relais est réservé par Finistère Habitat aux femmes qui quittent l'hébergement d'urgence."),
    ("2026-10-22", 2, "La commission étudie chaque situation de danger grave en présence du parquet."),
    ("2026-11-23", 3, "Une formation au repérage des violences est proposée aux infirmières scolaires en février 2027."),
    ("2026-11-23", 3, "Le guide départemental des ressources est mis à jour par le CIDFF."),
    ("2026-11-23", 3, "La journée du 25 novembre est organisée chaque année avec la Ville de Brest."),
    ("2026-11-23", 3, "Les victimes peuvent porter plainte à l'hôpital, dans l'unité médico-judiciaire."),
)

VIF29_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de septembre", "Gwenaëlle Le Goff", "2026-09-28", 1, "done"),
        ("Recenser les places d'hébergement d'urgence pour les femmes", "Erwan Guillou", "2026-11-13", 2),
        ("Préparer la convention de logement relais avec Finistère Habitat", "Thomas Le Roux", "2026-11-26", 2),
        ("Rédiger la fiche réflexe pour les agents d'accueil", "Anaïs Riou", "2026-11-30", 3),
        ("Monter le dossier FIPD", "Gwenaëlle Le Goff", "2026-12-14", 3),
        ("Recueillir les chiffres des plaintes de 2026", "Yann Kerbrat", "2027-01-15", 3),
        ("Organiser la formation des infirmières scolaires", "Laurence Cadiou", "2027-01-22", 3),
        ("Former les agents d'accueil de la mairie", "Anaïs Riou", "2027-01-29", 3),
        ("Mettre à jour le guide des ressources", "Hélène Morvan", "2027-03-26", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): France Victimes' lawyer.
VIF29_ASKERS = {SLUG: "Anaïs Riou"}

VIF29_GROUPS = {
    SLUG: (VIF29_MEMBERS, VIF29_MEETINGS, VIF29_DEADLINES, VIF29_DECISIONS, "Gwenaëlle Le Goff"),
}

# What was typed after the November steering committee at the sous-préfecture (séance n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Gwenaëlle Le Goff, Yann Kerbrat, Sandrine Quéré, Olivier Madec, Erwan Guillou, "
    "Nolwenn Pichon, Anaïs Riou, Patrick Salaün, Hélène Morvan",
    "/excuses n°3 Claire Tanguy, Thomas Le Roux",
    "/absents n°3",
)

# What members said in the chat before the commission of 11 December (séance n°4).
RSVPS = (
    ("Marion Le Bris", "/present"),
    ("Laurence Cadiou", "/present"),
    ("Claire Tanguy", "/present"),
    ("Olivier Madec", "/excuse"),
)

VIF29_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, "Anaïs Riou", "vf", ATTENDANCE_COMMANDS, RSVPS),
}
