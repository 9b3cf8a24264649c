"""A group written for blind set 18b (ninth round, helper r9b) before its
engineer read the understanding code: a Seine-et-Marne steering committee
on mobility and employment (the préfecture, the Département, France
Travail, Île-de-France Mobilités, a mission locale, the Wimoov mobility
platform, two communautés d'agglomération, the CCI, the Région, a town).
It meets under its own nouns, which the coordinator typed at the head of
each meeting's place as coordinators do: the quarterly « COPIL », the
monthly « Comité technique », the « Cellule mobilité » in visio, one
« Plénière » with the elected officials, at several places. Tasks and
attendance in the store; the person asking is linked to the copil's
secretary. Organisation names are real public bodies; every person is
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["COPIL77_AFTER_SETUP", "COPIL77_ASKERS", "COPIL77_GROUPS", "COPIL77_TASKS"]

SLUG = "copil77"

COPIL77_MEMBERS = (
    ("Claire Vautrin", "Préfecture de Seine-et-Marne", "Sous-préfète chargée de la relance, présidente du copil"),
    ("Bertrand Lallemand", "Conseil départemental de Seine-et-Marne", "Vice-président chargé de l'insertion et de l'emploi"),
    ("Sonia Mekki", "Conseil départemental de Seine-et-Marne",
     "Cheffe du service mobilité inclusive, animatrice du comité technique"),
    ("Damien Royer", "France Travail", "Directeur territorial délégué Seine-et-Marne Nord"),
    ("Lucie Perrot", "France Travail", "Conseillère à l'agence de Chelles"),
    ("Hervé Tanguy", "Île-de-France Mobilités", "Chargé de projets transport à la demande"),
    ("Fatima Zerrouki", "Mission locale du Bassin Chellois", "Directrice"),
    ("Julien Caradec", "Wimoov", "Responsable de la plateforme mobilité 77, pilote de la cellule mobilité"),
    ("Mélanie Ostrowski", "Communauté d'agglomération Paris - Vallée de la Marne",
     "Chargée de mission développement économique"),
    ("Patrice Bonnemaison", "CCI Seine-et-Marne", "Conseiller entreprises, secteur de Marne-la-Vallée"),
    ("Nadia Lefort", "Région Île-de-France", "Chargée de mission formation et mobilité"),
    ("Yannick Dupré", "Ville de Meaux", "Adjoint au maire chargé de l'emploi"),
    ("Anne-Sophie Brunel", "Communauté d'agglomération Melun Val de Seine", "Directrice du développement économique"),
    ("Grégory Morin", "Conseil départemental de Seine-et-Marne", "Chargé de mission, secrétaire du copil"),
)

COPIL77_MEETINGS = (
    ("2026-09-22 09:30", "2026-09-22 12:00", "COPIL, Préfecture de Seine-et-Marne, Melun", ()),
    ("2026-10-13 14:00", "2026-10-13 16:00", "Comité technique, Maison de l'emploi de Meaux", ()),
    ("2026-11-05 09:30", "2026-11-05 11:00", "Cellule mobilité (visioconférence)", ()),
    ("2026-11-24 14:00", "2026-11-24 16:00", "Comité technique, agence France Travail de Chelles", ()),
    ("2026-12-08 09:30", "2026-12-08 11:00", "Cellule mobilité (visioconférence)",
     ("Scooters électriques : premiers retours", "Diagnostic mobilité")),
    ("2026-12-17 14:00", "2026-12-17 16:30", "COPIL, Hôtel du Département, Melun",
     ("Bilan 2026 du transport à la demande", "Forum emploi et mobilité", "Feuille de route 2027")),
    ("2027-01-12 14:00", "2027-01-12 16:00", "Comité technique, Maison de l'emploi de Meaux",
     ("Aides au permis de conduire : premier bilan",)),
    ("2027-01-28 14:00", "2027-01-28 17:00", "Plénière, CCI Seine-et-Marne, Serris",
     ("Présentation du plan mobilité-emploi aux élus",)),
    ("2027-02-09 14:00", "2027-02-09 16:00", "Comité technique, Mairie de Torcy", ()),
    ("2027-03-16 09:30", "2027-03-16 12:00", "COPIL, Préfecture de Seine-et-Marne, Melun", ()),
)

COPIL77_DEADLINES = (
    ("2026-12-04", "Retour des fiches de besoins de recrutement des entreprises"),
    ("2026-12-11", "Envoi du diagnostic mobilité aux partenaires"),
    ("2026-12-18", "Réponse à l'appel à manifestation d'intérêt mobilité solidaire de la Région"),
    ("2026-12-31", "Bilan annuel du transport à la demande"),
    ("2027-01-08", "Liste des candidats aux permis de conduire financés"),
    ("2027-01-29", "Dossier FSE+ de la plateforme mobilité"),
    ("2027-02-26", "Forum emploi et mobilité de Marne-la-Vallée"),
)

COPIL77_DECISIONS = (
    ("2026-09-22", 1, "Le copil se réunit chaque trimestre et le comité technique tous les mois."),
    ("2026-09-22", 1, "La plateforme mobilité de Wimoov accompagne les demandeurs d'emploi de tout le département."),
    ("2026-10-13", 2, "Une ligne de transport à la demande relie la gare de Chelles à la zone d'activité de "
                      "Vaires-sur-Marne pendant un an."),
    ("2026-10-13", 2, "Les aides au permis de conduire sont réservées aux demandeurs d'emploi inscrits depuis plus "
                      "de six mois."),
    ("2026-11-05", 3, "Cinquante scooters électriques sont loués aux jeunes de la mission locale pour un euro par jour."),
    ("2026-11-05", 3, "Les navettes de nuit vers le Val d'Europe sont financées à parts égales par le Département et "
                      "Île-de-France Mobilités."),
    ("2026-11-24", 4, "Le forum emploi et mobilité aura lieu en février à Marne-la-Vallée."),
    ("2026-11-24", 4, "Chaque mission locale désigne un référent mobilité."),
)

COPIL77_TASKS = {
    SLUG: (
        ("Envoyer le diagnostic mobilité aux partenaires", "Julien Caradec", "2026-12-11", 4),
        ("Chiffrer l'extension du transport à la demande", "Hervé Tanguy", "2026-11-27", 4),
        ("Réserver la salle du forum", "Mélanie Ostrowski", "2027-01-15", 4),
        ("Recenser les jeunes intéressés par les scooters", "Fatima Zerrouki", "2026-11-20", 3),
        ("Préparer le bilan annuel du copil", "Grégory Morin", "2026-12-15", 4),
        ("Rédiger la convention avec Wimoov", "Sonia Mekki", "2026-11-13", 2, "done"),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
COPIL77_ASKERS = {SLUG: "Grégory Morin"}

# What the secretary typed after the meetings (n°2 and n°3 never recorded).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Claire Vautrin, Bertrand Lallemand, Sonia Mekki, Damien Royer, Hervé Tanguy, Fatima Zerrouki, "
    "Julien Caradec, Nadia Lefort, Yannick Dupré, Anne-Sophie Brunel, Grégory Morin",
    "/excuses n°1 Patrice Bonnemaison",
    "/presents n°4 Sonia Mekki, Lucie Perrot, Hervé Tanguy, Fatima Zerrouki, Julien Caradec, Mélanie Ostrowski, "
    "Grégory Morin",
    "/excuses n°4 Damien Royer, Patrice Bonnemaison",
)

# What members said before the cellule mobilité of 8 December (n°5).
RSVPS = (
    ("Lucie Perrot", "/present"),
    ("Hervé Tanguy", "/present"),
    ("Fatima Zerrouki", "/excuse"),
)

record_attendance = recorded_attendance(SLUG, COPIL77_ASKERS[SLUG], "cp", ATTENDANCE_COMMANDS, RSVPS)

COPIL77_GROUPS = {
    SLUG: (COPIL77_MEMBERS, COPIL77_MEETINGS, COPIL77_DEADLINES, COPIL77_DECISIONS, "Grégory Morin"),
}

COPIL77_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: record_attendance}
