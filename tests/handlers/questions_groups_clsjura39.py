"""A group written by helper r30a in the twenty-ninth round, for blind set
37a (a newcomer's first weeks): the comité de suivi of the contrat local de
santé (CLS) of an invented rural intercommunality in the Jura, the
communauté de communes Orgelet-Valouse — its vice-president for health who
chairs the committee, the CLS coordinator (the coordinator), the CLS's
administrative assistant; the ARS Bourgogne-Franche-Comté's officer for the
Jura, two people of the Centre hospitalier Jura Sud (a deputy director and
the head nurse of the mobile geriatric team), two maisons de santé (a GP
who coordinates the one at Orgelet, a nurse at Arinthod), the CPAM du Jura
(its officer for access to care, who has just replaced a colleague: the
asker), the MSA Franche-Comté, the Département du Jura, the mayor of
Arinthod and a deputy of Orgelet, Familles Rurales (solidarity transport),
Addictions France, the Mutualité française and a users' representative.
Comité de suivi, comité technique, groupes de travail, a forum; bus santé,
téléconsultation, internes, premiers secours en santé mentale, dépistage.
Tasks (three late, one done, one cancelled; two of the asker's, inherited
from the colleague he replaces), the attendance of the working group of
October and of the comité technique of November in the store (nothing
recorded for September; the asker in none of them), announced presences for
the comité de suivi of 10 December; the person asking is a member, not the
coordinator. Organisation names are real public bodies or plausible ones
(the communauté de communes and the maisons de santé are invented); every
person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CLSJURA39_AFTER_SETUP", "CLSJURA39_ASKERS", "CLSJURA39_GROUPS", "CLSJURA39_TASKS"]

SLUG = "cls-jura39"
ASKER = "Julien Monnier"
CC = "Communauté de communes Orgelet-Valouse"
CH = "Centre hospitalier Jura Sud"

CLSJURA39_MEMBERS = (
    ("Martine Vuillermoz", CC, "Vice-présidente chargée de la santé, présidente du comité de suivi"),
    ("Aurélie Cretin", CC, "Coordinatrice du contrat local de santé"),
    ("Lucie Faivre", CC, "Assistante administrative du CLS"),
    ("Sébastien Grandclément", "ARS Bourgogne-Franche-Comté",
     "Chargé de mission animation territoriale, délégation départementale du Jura"),
    ("Pascale Jeunet", CH, "Directrice adjointe chargée des coopérations territoriales"),
    ("Patrice Bouveret", CH, "Cadre de santé de l'équipe mobile de gériatrie"),
    ("Thomas Guyon", "Maison de santé pluriprofessionnelle d'Orgelet",
     "Médecin généraliste, coordinateur de la maison de santé"),
    ("Nadia Benali", "Maison de santé pluriprofessionnelle d'Arinthod", "Infirmière, référente prévention"),
    ("Julien Monnier", "CPAM du Jura", "Chargé de mission accès aux soins"),
    ("Hélène Rousset", "MSA Franche-Comté", "Conseillère en développement sanitaire et social"),
    ("Véronique Febvre", "Département du Jura", "Responsable territoriale de l'action sociale, territoire Sud"),
    ("Gérard Pianet", "Mairie d'Arinthod", "Maire d'Arinthod"),
    ("Françoise Michaud", "Mairie d'Orgelet", "Adjointe aux affaires sociales"),
    ("Kévin Rochet", "Familles Rurales Jura", "Animateur, référent du transport solidaire"),
    ("Isabelle Vernerey", "Addictions France", "Intervenante en prévention des addictions"),
    ("Mathilde Cuynet", "Mutualité française Bourgogne-Franche-Comté", "Chargée de prévention"),
    ("Denis Gros", "France Assos Santé Bourgogne-Franche-Comté", "Représentant des usagers"),
)

CLSJURA39_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30",
     "Comité de suivi du CLS, salle du conseil communautaire, Orgelet", ()),
    ("2026-10-06 09:30", "2026-10-06 12:00",
     "Groupe de travail accès aux soins, maison de santé d'Arinthod", ()),
    ("2026-11-12 14:00", "2026-11-12 16:30", "Comité technique du CLS, mairie d'Arinthod", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30",
     "Comité de suivi du CLS, salle du conseil communautaire, Orgelet",
     ("Bilan de la première année du contrat local de santé", "Point d'étape sur le bus santé itinérant",
      "Installation de la téléconsultation à Arinthod", "Présentation des nouveaux membres")),
    ("2027-01-19 09:30", "2027-01-19 12:00",
     "Groupe de travail santé mentale, centre médico-psychologique d'Orgelet",
     ("Calendrier des formations aux premiers secours en santé mentale",
      "Annuaire des ressources en santé mentale")),
    ("2027-03-11 14:00", "2027-03-11 16:30", "Comité technique du CLS, maison de santé d'Orgelet",
     ("Préparation du forum santé", "Campagne de dépistage du cancer colorectal")),
    ("2027-05-22 09:00", "2027-05-22 13:00", "Forum santé du territoire, salle des fêtes d'Arinthod",
     ("Stands des professionnels de santé",)),
)

CLSJURA39_DEADLINES = (
    ("2026-12-11", "Retour des fiches-actions 2027 à la coordinatrice"),
    ("2026-12-18", "Dépôt de la demande de financement au fonds d'intervention régional (FIR)"),
    ("2027-01-15", "Inscriptions à la formation premiers secours en santé mentale"),
    ("2027-02-26", "Réponse à l'appel à projets de la conférence des financeurs"),
    ("2027-03-31", "Signature de l'avenant au contrat local de santé"),
)

CLSJURA39_DECISIONS = (
    ("2026-09-17", 1, "Le comité de suivi se réunit trois fois par an ; le comité technique prépare ses séances "
                      "et suit les fiches-actions."),
    ("2026-09-17", 1, "Le comité de suivi se tient au siège de la communauté de communes à Orgelet ; les groupes "
                      "de travail se réunissent à tour de rôle dans les communes."),
    ("2026-09-17", 1, "Le contrat local de santé est organisé en quatre axes : accès aux soins, santé mentale, "
                      "prévention et bien vieillir."),
    ("2026-09-17", 1, "Le bus santé itinérant passe une fois par mois dans les six communes sans médecin."),
    ("2026-10-06", 2, "Un cabinet de téléconsultation ouvre à la maison de santé d'Arinthod au premier trimestre "
                      "2027."),
    ("2026-10-06", 2, "Les internes en médecine accueillis sur le territoire sont logés gratuitement dans le "
                      "logement communal d'Orgelet."),
    ("2026-10-06", 2, "Le transport solidaire vers les consultations de Lons-le-Saunier est ouvert aux personnes "
                      "de plus de 70 ans."),
    ("2026-11-12", 3, "Vingt professionnels et bénévoles seront formés aux premiers secours en santé mentale en "
                      "2027."),
    ("2026-11-12", 3, "Le forum santé du territoire aura lieu à Arinthod en mai 2027."),
    ("2026-11-12", 3, "La campagne de dépistage du cancer colorectal est menée avec la CPAM et la MSA au printemps "
                      "2027."),
    ("2026-11-12", 3, "Le projet de centre de santé intercommunal est suspendu dans l'attente de l'étude de "
                      "besoins."),
)

CLSJURA39_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de suivi de septembre", "Lucie Faivre", "2026-09-30", 1, "done"),
        ("Recenser les médecins du territoire partant à la retraite d'ici 2030", "Thomas Guyon", "2026-10-30", 1),
        ("Organiser une réunion publique de présentation du bus santé", "Martine Vuillermoz", "2026-11-05", 1,
         "cancelled"),
        ("Chiffrer l'aménagement du cabinet de téléconsultation", "Gérard Pianet", "2026-11-06", 2),
        ("Établir la liste des chauffeurs bénévoles du transport solidaire", "Kévin Rochet", "2026-11-27", 2),
        ("Préparer le bilan de la première année du CLS", "Aurélie Cretin", "2026-12-04", 3),
        ("Transmettre les chiffres de la CPAM sur le renoncement aux soins", "Julien Monnier", "2026-12-08", 3),
        ("Rédiger la demande de financement FIR", "Aurélie Cretin", "2026-12-16", 3),
        ("Réserver les formateurs en premiers secours en santé mentale", "Mathilde Cuynet", "2026-12-18", 3),
        ("Mettre à jour l'annuaire des ressources en santé mentale", "Isabelle Vernerey", "2027-01-15", 3),
        ("Présenter l'offre de l'équipe mobile de gériatrie", "Patrice Bouveret", "2027-01-19", 3),
        ("Trouver un logement pour les internes du semestre de mai", "Françoise Michaud", "2027-01-29", 2),
        ("Contacter les pharmacies pour le dépistage du cancer colorectal", "Hélène Rousset", "2027-02-05", 3),
        ("Préparer les courriers de la campagne de dépistage avec la MSA", "Julien Monnier", "2027-02-12", 3),
        ("Réserver la salle des fêtes d'Arinthod pour le forum santé", "Gérard Pianet", "2027-03-05", 3),
        ("Lancer l'étude de besoins pour le centre de santé intercommunal", "Sébastien Grandclément",
         "2027-03-31", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the CPAM's officer, who has just
# replaced a colleague (Sandrine Bailly, not a member any more) in the committee.
CLSJURA39_ASKERS = {SLUG: ASKER}

CLSJURA39_GROUPS = {
    SLUG: (CLSJURA39_MEMBERS, CLSJURA39_MEETINGS, CLSJURA39_DEADLINES, CLSJURA39_DECISIONS, "Aurélie Cretin"),
}

# What the assistant typed after the working group of October (n°2) and the comité technique of November (n°3);
# nothing was recorded for the comité de suivi of September (n°1). The asker was in the group for none of them.
ATTENDANCE_COMMANDS = (
    "/presents n°2 Aurélie Cretin, Thomas Guyon, Nadia Benali, Gérard Pianet, Françoise Michaud, Kévin Rochet, "
    "Hélène Rousset, Denis Gros",
    "/excuses n°2 Pascale Jeunet",
    "/presents n°3 Martine Vuillermoz, Aurélie Cretin, Lucie Faivre, Sébastien Grandclément, Pascale Jeunet, "
    "Patrice Bouveret, Thomas Guyon, Hélène Rousset, Véronique Febvre, Isabelle Vernerey, Mathilde Cuynet",
    "/excuses n°3 Gérard Pianet, Nadia Benali",
    "/absents n°3 Kévin Rochet",
)

# What members said in the chat before the comité de suivi of 10 December (n°4).
RSVPS = (
    ("Martine Vuillermoz", "/present"),
    ("Aurélie Cretin", "/present"),
    ("Sébastien Grandclément", "/present"),
    ("Thomas Guyon", "/present"),
    ("Hélène Rousset", "/present"),
    ("Gérard Pianet", "/excuse"),
    ("Pascale Jeunet", "/excuse"),
)

CLSJURA39_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "cj", ATTENDANCE_COMMANDS, RSVPS),
}
