"""A group written by r26b in the twenty-sixth round, for blind set 33b
(the work after a meeting, formal register, in a new field): the
technical and steering committees of the contrat local de santé (CLS) of
Ardenne Métropole — its coordinator, the vice-president who chairs the
steering committee, the chargé de mission who keeps the minutes, the
Agence régionale de santé Grand Est (its territorial delegate and a
prevention officer), the CPAM des Ardennes (the asker), the Département's
PMI, the Centre hospitalier de Charleville-Mézières, an invented CPTS and
maison de santé, the Mutualité française, the Ireps, the CCAS de Sedan,
the Ville de Charleville-Mézières and the Mission locale. Tasks (three
late, four done, one cancelled) and the attendance of the two technical
committees of October and November in the store (nothing recorded for the
steering committee of September), announced presences for the steering
committee of 8 December; the person asking is a member, not the
coordinator. Organisation names are real public bodies or invented ones
(the CPTS, the maison de santé); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CLSARDENNES08_AFTER_SETUP", "CLSARDENNES08_ASKERS", "CLSARDENNES08_GROUPS", "CLSARDENNES08_TASKS"]

SLUG = "clsardennes08"
ASKER = "Samia Benali"

CLSARDENNES08_MEMBERS = (
    ("Anne-Laure Devillers", "Ardenne Métropole", "Coordinatrice du contrat local de santé"),
    ("Bernard Clément", "Ardenne Métropole", "Vice-président délégué à la santé, président du comité de pilotage"),
    ("Rachid Hamidi", "Ardenne Métropole", "Chargé de mission santé, secrétaire des comités"),
    ("Fabienne Mauduit", "ARS Grand Est", "Déléguée territoriale des Ardennes"),
    ("Olivier Tessier", "ARS Grand Est", "Chargé de mission prévention et promotion de la santé"),
    ("Samia Benali", "CPAM des Ardennes", "Responsable du service prévention"),
    ("Corinne Lejeune", "Conseil départemental des Ardennes", "Médecin responsable de la PMI"),
    ("Julien Rousselet", "Centre hospitalier de Charleville-Mézières", "Directeur adjoint chargé des parcours"),
    ("Marc Vautrin", "CPTS Rives de Meuse", "Président de la CPTS, médecin généraliste"),
    ("Élodie Férat", "Maison de santé de Nouzonville", "Infirmière coordinatrice"),
    ("Karine Hubert", "Mutualité française Grand Est", "Chargée de projets prévention"),
    ("Thomas Guérin", "Ireps Grand Est", "Chargé de projets en éducation pour la santé"),
    ("Nadège Poncelet", "CCAS de Sedan", "Directrice du CCAS"),
    ("Yannick Lambert", "Ville de Charleville-Mézières", "Adjoint au maire délégué à la santé"),
    ("Laura Petitfils", "Mission locale Nord Ardennes", "Conseillère santé des jeunes"),
)

CLSARDENNES08_MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:30", "Comité de pilotage du CLS, Hôtel d'agglomération, Charleville-Mézières",
     ()),
    ("2026-10-15 09:30", "2026-10-15 12:00", "Comité technique du CLS, Maison des solidarités, Sedan", ()),
    ("2026-11-17 14:00", "2026-11-17 17:00", "Comité technique du CLS, Centre hospitalier, Charleville-Mézières", ()),
    ("2026-12-08 14:00", "2026-12-08 17:00", "Comité de pilotage du CLS, Hôtel d'agglomération, Charleville-Mézières",
     ("Validation des fiches actions 2027", "Convention de partenariat avec la CPTS", "Bilan du programme nutrition",
      "Point sur la permanence de Sedan")),
    ("2027-01-14 09:30", "2027-01-14 12:00", "Comité technique du CLS, Maison des solidarités, Sedan",
     ("Calendrier du bus de dépistage", "Annuaire des ressources en santé mentale")),
    ("2027-03-11 14:00", "2027-03-11 17:00", "Assemblée plénière du CLS, salle du conseil, Charleville-Mézières", ()),
)

CLSARDENNES08_DEADLINES = (
    ("2026-12-11", "Dépôt du dossier de financement au Fonds d'intervention régional"),
    ("2027-01-08", "Transmission des fiches actions actualisées à l'ARS"),
    ("2027-01-29", "Signature de l'avenant n°1 au contrat local de santé"),
    ("2027-02-15", "Lancement de l'appel à projets prévention santé des jeunes"),
)

CLSARDENNES08_DECISIONS = (
    ("2026-09-22", 1, "Le contrat local de santé 2026-2030 s'organise en quatre axes : accès aux soins, prévention, "
                      "santé mentale et santé environnementale."),
    ("2026-09-22", 1, "Le comité technique se réunit avant chaque comité de pilotage."),
    ("2026-09-22", 1, "Le poste de coordination du contrat est cofinancé à parts égales par Ardenne Métropole et "
                      "l'ARS."),
    ("2026-10-15", 2, "Une permanence d'accès aux droits de santé de la CPAM ouvre à la Maison des solidarités de "
                      "Sedan en janvier."),
    ("2026-10-15", 2, "Le bus de dépistage du cancer du sein passera dans douze communes rurales au printemps 2027."),
    ("2026-10-15", 2, "Le groupe de travail santé mentale est piloté par le Centre hospitalier."),
    ("2026-11-17", 3, "La fiche action sur l'installation des jeunes médecins est validée ; elle est portée par la "
                      "CPTS."),
    ("2026-11-17", 3, "Le projet de maison de santé de Monthermé est ajourné dans l'attente de l'étude de "
                      "faisabilité."),
    ("2026-11-17", 3, "Le financement des ateliers nutrition dans les écoles est reporté à 2028."),
    ("2026-11-17", 3, "Le diagnostic local de santé sera actualisé par l'Observatoire régional de la santé en 2027."),
    ("2026-11-17", 3, "Les comptes rendus des comités sont diffusés dans un délai de quinze jours."),
)

CLSARDENNES08_TASKS = {
    SLUG: (
        ("Diffuser le compte rendu du comité de pilotage de septembre", "Rachid Hamidi", "2026-10-02", 1, "done"),
        ("Constituer le groupe de travail santé mentale", "Julien Rousselet", "2026-10-09", 1, "done"),
        ("Recenser les médecins généralistes proches de la retraite", "Marc Vautrin", "2026-11-13", 1),
        ("Relancer les partenaires pour les fiches actions", "Anne-Laure Devillers", "2026-10-30", 2, "done"),
        ("Préparer la convention d'occupation des locaux de la permanence de Sedan", "Nadège Poncelet",
         "2026-11-20", 2),
        ("Établir le calendrier de passage du bus de dépistage", "Karine Hubert", "2026-12-18", 2),
        ("Commander une enquête sur la santé des étudiants", "Olivier Tessier", "2026-11-30", 2, "cancelled"),
        ("Diffuser le relevé de décisions du comité technique de novembre", "Rachid Hamidi", "2026-11-27", 3, "done"),
        ("Lancer l'étude de faisabilité de la maison de santé de Monthermé", "Fabienne Mauduit", "2026-11-27", 3),
        ("Transmettre les données de recours aux soins par commune", "Samia Benali", "2026-12-04", 3),
        ("Présenter le bilan du programme nutrition au comité de pilotage", "Corinne Lejeune", "2026-12-08", 3),
        ("Préparer le dossier de financement au Fonds d'intervention régional", "Olivier Tessier", "2026-12-09", 3),
        ("Rédiger la convention de partenariat avec la CPTS", "Anne-Laure Devillers", "2026-12-15", 3),
        ("Mettre à jour l'annuaire des ressources en santé mentale", "Thomas Guérin", "2026-12-18", 3),
        ("Animer un atelier sur la santé des jeunes à la Mission locale", "Laura Petitfils", "2027-01-15", 3),
        ("Présenter l'offre de prévention de l'Assurance maladie aux CCAS", "Samia Benali", "2027-01-20", 3),
        ("Réserver la salle du conseil pour l'assemblée plénière de mars", "Rachid Hamidi", "2027-02-12", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the CPAM's head of prevention.
CLSARDENNES08_ASKERS = {SLUG: ASKER}

CLSARDENNES08_GROUPS = {
    SLUG: (CLSARDENNES08_MEMBERS, CLSARDENNES08_MEETINGS, CLSARDENNES08_DEADLINES, CLSARDENNES08_DECISIONS,
           "Anne-Laure Devillers"),
}

# What the secretary typed after the technical committees of Sedan (n°2) and of the hospital (n°3); nothing was
# recorded for the steering committee of September (n°1).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Anne-Laure Devillers, Rachid Hamidi, Olivier Tessier, Samia Benali, Julien Rousselet, "
    "Nadège Poncelet, Karine Hubert, Thomas Guérin",
    "/excuses n°2 Marc Vautrin, Laura Petitfils",
    "/absents n°2 Élodie Férat",
    "/presents n°3 Anne-Laure Devillers, Rachid Hamidi, Fabienne Mauduit, Olivier Tessier, Corinne Lejeune, "
    "Julien Rousselet, Marc Vautrin, Élodie Férat, Karine Hubert, Laura Petitfils",
    "/excuses n°3 Samia Benali, Nadège Poncelet",
    "/absents n°3 Thomas Guérin",
)

# What members said in the chat before the steering committee of 8 December (n°4).
RSVPS = (
    ("Bernard Clément", "/present"),
    ("Fabienne Mauduit", "/present"),
    ("Anne-Laure Devillers", "/present"),
    ("Marc Vautrin", "/present"),
    ("Yannick Lambert", "/present"),
    ("Julien Rousselet", "/excuse"),
    ("Corinne Lejeune", "/excuse"),
)

CLSARDENNES08_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "c08", ATTENDANCE_COMMANDS, RSVPS),
}
