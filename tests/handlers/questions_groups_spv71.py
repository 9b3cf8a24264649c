"""A group written by helper w39c in the thirty-eighth round, for the lead's
blind set 78 (a stranger's general set in the words of the members of the
comité consultatif départemental des sapeurs-pompiers volontaires, CCDSPV, of
a service départemental d'incendie et de secours in the Saône-et-Loire): the
conseillère départementale who chairs it for the président du conseil
d'administration du SDIS, the head of the mission volontariat (the group's
coordinator, a commandant) and its chargée de mission, the directeur
départemental and his adjointe, the chefs de centre of the CIS of Cluny,
Louhans and Tramayes, the SPV's elected representatives (sapeurs et caporaux,
sous-officiers — the asker —, officiers), the Union départementale (its
president and its head of the JSP), the SSSM (the médecin-chef adjoint and an
infirmière), the école départementale's head of training, the groupement des
ressources humaines, an employers' representative from the CPME and the
mayors' association.
Meetings: the séance of March at the direction départementale in Mâcon, the
séance of June on engagements and promotions at the CIS of Chalon, the visit
of the école départementale in September (a Saturday morning), the séance of
November on availability and the employers' agreements, the year-end séance
of 8 December at the CIS of Cluny, the JSP working group of January at the CIS
of Louhans and the séance of March 2027 on the annual report. Tasks (three
late, one of them the asker's; one done; one cancelled), the attendance of the
June and November séances in the store, announced presences for 8 December;
the person asking is a member, not the coordinator. Organisation names are
public bodies (the SDIS's services, the Union départementale, the CPME, the
mayors' association) or invented centres' names on real towns; every person
is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["SPV71_AFTER_SETUP", "SPV71_ASKERS", "SPV71_GROUPS", "SPV71_TASKS"]

SLUG = "spv71"
ASKER = "Aurélie Brochot"
DIRECTION = "SDIS de Saône-et-Loire, direction départementale"
MISSION = "SDIS de Saône-et-Loire, mission volontariat"
SSSM = "SDIS de Saône-et-Loire, service de santé et de secours médical (SSSM)"
UDSP = "Union départementale des sapeurs-pompiers de Saône-et-Loire (UDSP 71)"

SPV71_MEMBERS = (
    ("Chantal Desbrosses", "Conseil d'administration du SDIS de Saône-et-Loire", "Conseillère départementale, "
                                                                                 "représentante du président du "
                                                                                 "conseil d'administration, "
                                                                                 "présidente du comité"),
    ("Frédéric Lamberet", MISSION, "Commandant, chef de la mission volontariat, coordinateur du comité"),
    ("Sonia Berthaud", MISSION, "Chargée de mission volontariat, secrétaire du comité"),
    ("Hervé Guillemin", DIRECTION, "Contrôleur général, directeur départemental"),
    ("Anne-Sophie Roblot", DIRECTION, "Colonel, directrice départementale adjointe"),
    ("Julien Pernin", "Centre d'incendie et de secours (CIS) de Cluny", "Capitaine, chef de centre"),
    ("Sébastien Duverne", "Centre d'incendie et de secours (CIS) de Louhans", "Lieutenant, chef de centre"),
    ("Nadine Bouillot", "Centre d'incendie et de secours (CIS) de Tramayes", "Adjudant-chef volontaire, cheffe de "
                                                                            "centre"),
    ("Kevin Lardy", "Centre d'incendie et de secours (CIS) de Tournus", "Caporal-chef volontaire, représentant élu "
                                                                       "des sapeurs et caporaux volontaires"),
    ("Aurélie Brochot", "Centre d'incendie et de secours (CIS) de Chauffailles", "Sergent-chef volontaire, "
                                                                                "représentante élue des "
                                                                                "sous-officiers volontaires"),
    ("Thierry Vadot", "Centre d'incendie et de secours (CIS) de Paray-le-Monial", "Capitaine volontaire, "
                                                                                 "représentant élu des officiers "
                                                                                 "volontaires"),
    ("Gérard Bonnot", UDSP, "Président de l'union départementale"),
    ("Laetitia Pacaud", UDSP, "Adjudant volontaire, responsable départementale des jeunes sapeurs-pompiers (JSP), "
                              "animatrice de la section JSP de Louhans"),
    ("Claire Fourneret", SSSM, "Médecin-commandant, médecin-chef adjoint, chargée de l'aptitude médicale des "
                               "volontaires"),
    ("Élodie Perraud", SSSM, "Infirmière-capitaine volontaire, référente soutien sanitaire des opérations"),
    ("Yannick Desroches", "SDIS de Saône-et-Loire, école départementale", "Commandant, chef du groupement formation"),
    ("Marie-Laure Chevrot", "SDIS de Saône-et-Loire, groupement des ressources humaines", "Attachée territoriale, "
                                                                                          "cheffe du service "
                                                                                          "gestion des "
                                                                                          "volontaires"),
    ("Bernard Janin", "CPME de Saône-et-Loire", "Chef d'entreprise, représentant des employeurs de sapeurs-pompiers "
                                                "volontaires"),
    ("Philippe Gauthey", "Association des maires de Saône-et-Loire", "Maire de Saint-Vérand-sur-Grosne, "
                                                                     "représentant des maires"),
)

SPV71_MEETINGS = (
    ("2026-03-10 18:00", "2026-03-10 20:00", "Séance du CCDSPV, salle du conseil d'administration, direction "
                                             "départementale du SDIS, Mâcon", ()),
    ("2026-06-16 18:00", "2026-06-16 20:00", "Séance du CCDSPV : engagements et avancements de grade des "
                                             "volontaires, centre d'incendie et de secours de Chalon-sur-Saône",
     ()),
    ("2026-09-19 09:00", "2026-09-19 12:00", "Visite de l'école départementale et séance sur la formation initiale "
                                             "des volontaires, école départementale, Mâcon-Loché", ()),
    ("2026-11-17 18:00", "2026-11-17 20:30", "Séance du CCDSPV : disponibilité des volontaires et conventions avec "
                                             "les employeurs, salle du conseil d'administration, direction "
                                             "départementale du SDIS, Mâcon", ()),
    ("2026-12-08 18:00", "2026-12-08 20:00", "Séance de fin d'année du CCDSPV, centre d'incendie et de secours de "
                                             "Cluny",
     ("Avis sur les renouvellements d'engagement 2027",
      "Plan de recrutement des volontaires 2027",
      "Calendrier des séances 2027",
      "Questions diverses")),
    ("2027-01-23 09:30", "2027-01-23 12:00", "Groupe de travail JSP et jeunes volontaires, centre d'incendie et de "
                                             "secours de Louhans",
     ("Passerelle des JSP vers l'engagement de volontaire",
      "Tutorat des nouveaux engagés")),
    ("2027-03-09 18:00", "2027-03-09 20:00", "Séance du CCDSPV : rapport annuel du volontariat, salle du conseil "
                                             "d'administration, direction départementale du SDIS, Mâcon",
     ("Rapport annuel du volontariat 2026",
      "Bilan des conventions employeurs",
      "Médailles et distinctions de la Sainte-Barbe")),
)

SPV71_DEADLINES = (
    ("2026-12-04", "Retour des avis des chefs de centre sur les renouvellements d'engagement 2027"),
    ("2026-12-11", "Envoi des remarques sur le procès-verbal de la séance du 17 novembre"),
    ("2026-12-18", "Inscription aux sessions de formation initiale des volontaires du premier semestre 2027"),
    ("2027-01-15", "Remise au SSSM des dossiers d'aptitude médicale des nouvelles recrues"),
    ("2027-01-29", "Retour des conventions de disponibilité signées par les employeurs"),
    ("2027-02-26", "Envoi du projet de rapport annuel du volontariat aux membres du comité"),
)

SPV71_DECISIONS = (
    ("2026-03-10", 1, "Le comité se réunit au moins quatre fois par an, en principe le mardi à 18 heures."),
    ("2026-03-10", 1, "Le procès-verbal de chaque séance est diffusé aux membres sous quinze jours par la mission "
                      "volontariat."),
    ("2026-03-10", 1, "Les avis sur les situations individuelles sont rendus à huis clos, hors de la présence du "
                      "volontaire concerné."),
    ("2026-06-16", 2, "L'engagement initial des volontaires est de cinq ans, avec une période probatoire d'un an."),
    ("2026-06-16", 2, "Le grade de sergent est proposé aux caporaux-chefs volontaires qui ont validé la formation "
                      "de chef d'agrès une équipe."),
    ("2026-06-16", 2, "Les disponibilités en journée sont saisies dans l'outil de gestion des astreintes avant le 25 "
                      "de chaque mois."),
    ("2026-09-19", 3, "La formation initiale des volontaires se fait en modules le samedi à l'école départementale."),
    ("2026-09-19", 3, "Chaque nouvel engagé est suivi par un tuteur de son centre pendant sa première année."),
    ("2026-09-19", 3, "Les JSP titulaires du brevet national peuvent être engagés comme volontaires dès seize ans."),
    ("2026-11-17", 4, "Une convention de disponibilité type est proposée aux employeurs, avec cinq jours d'absence "
                      "par an pour la formation."),
    ("2026-11-17", 4, "Les employeurs signataires reçoivent le label « employeur partenaire des sapeurs-pompiers »."),
    ("2026-11-17", 4, "La visite de maintien de l'aptitude médicale est faite par le SSSM tous les deux ans, dans le "
                      "centre le plus proche."),
    ("2026-11-17", 4, "Un volontaire peut suspendre son engagement pour un an au plus, pour raisons familiales ou "
                      "professionnelles."),
    ("2026-11-17", 4, "Le plan de recrutement 2027 vise cent vingt nouveaux volontaires, en priorité dans les "
                      "centres ruraux du Clunisois et de la Bresse."),
)

SPV71_TASKS = {
    SLUG: (
        ("Organiser une soirée de remerciement des employeurs partenaires à Cluny", "Julien Pernin", "2026-10-16", 3,
         "cancelled"),
        ("Mettre à jour le guide d'accueil du nouvel engagé", "Sonia Berthaud", "2026-10-30", 3, "done"),
        ("Rédiger la convention de disponibilité type pour les employeurs", "Marie-Laure Chevrot", "2026-11-06", 3),
        ("Recenser les tuteurs volontaires dans chaque centre", "Sébastien Duverne", "2026-11-20", 3),
        ("Faire remonter les difficultés de disponibilité en journée des sous-officiers", "Aurélie Brochot",
         "2026-11-27", 4),
        ("Préparer la liste des renouvellements d'engagement 2027", "Marie-Laure Chevrot", "2026-12-07", 4),
        ("Présenter le plan de recrutement 2027 en séance", "Anne-Sophie Roblot", "2026-12-08", 4),
        ("Relire le questionnaire aux volontaires sur la disponibilité avant sa diffusion", "Aurélie Brochot",
         "2026-12-15", 4),
        ("Organiser les tests d'entrée à la section JSP de Louhans", "Laetitia Pacaud", "2027-01-23", 4),
        ("Diffuser la convention de disponibilité aux entreprises adhérentes de la CPME", "Bernard Janin",
         "2027-01-29", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the sous-officiers' elected representative.
SPV71_ASKERS = {SLUG: ASKER}

SPV71_GROUPS = {
    SLUG: (SPV71_MEMBERS, SPV71_MEETINGS, SPV71_DEADLINES, SPV71_DECISIONS, "Frédéric Lamberet"),
}

# What the commandant typed after the séance of June (n°2) and the séance of November (n°4); nothing was recorded for
# the séance of March (n°1) nor for the visit of the école départementale (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Chantal Desbrosses, Frédéric Lamberet, Sonia Berthaud, Anne-Sophie Roblot, Julien Pernin, "
    "Sébastien Duverne, Kevin Lardy, Aurélie Brochot, Thierry Vadot, Gérard Bonnot, Claire Fourneret, "
    "Yannick Desroches, Marie-Laure Chevrot",
    "/excuses n°2 Hervé Guillemin, Nadine Bouillot, Philippe Gauthey",
    "/absents n°2 Bernard Janin",
    "/presents n°4 Chantal Desbrosses, Frédéric Lamberet, Sonia Berthaud, Hervé Guillemin, Anne-Sophie Roblot, "
    "Sébastien Duverne, Nadine Bouillot, Kevin Lardy, Thierry Vadot, Laetitia Pacaud, Claire Fourneret, "
    "Marie-Laure Chevrot, Bernard Janin, Philippe Gauthey",
    "/excuses n°4 Aurélie Brochot, Julien Pernin, Yannick Desroches",
    "/absents n°4 Élodie Perraud",
)

# What members said in the chat before the séance of 8 December (n°5).
RSVPS = (
    ("Chantal Desbrosses", "/present"),
    ("Frédéric Lamberet", "/present"),
    ("Sonia Berthaud", "/present"),
    ("Anne-Sophie Roblot", "/present"),
    ("Julien Pernin", "/present"),
    ("Kevin Lardy", "/present"),
    ("Gérard Bonnot", "/present"),
    ("Marie-Laure Chevrot", "/present"),
    ("Hervé Guillemin", "/excuse"),
    ("Bernard Janin", "/excuse"),
)

SPV71_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "spv71", ATTENDANCE_COMMANDS, RSVPS),
}
