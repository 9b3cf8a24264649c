"""A group written by helper w36a in the thirty-fifth round, for the lead's
blind set 67 (a stranger's general set in the words of the people who sit on
the comité local pour l'emploi (CLE) of a « Territoire zéro chômeur de longue
durée » and its partners): the CLE of an invented commune of the Ardèche,
Montval-sur-Eyrieux — the mayor who chairs it and the cheffe de projet TZCLD
who runs it (the group's coordinator), the director of the entreprise à but
d'emploi (EBE) Les Ateliers du Plateau and two of its salariés (one of them
the asker), France Travail's agence de Privas, the Département de
l'Ardèche's direction de l'insertion, the Mission locale, Cap emploi, an
invented communauté de communes, two local employers (a sawmill and a
transport firm), an invented association of volunteers who meet the people
deprived of employment (its president and a volunteer), the fonds
d'expérimentation ETCLD's territorial referent, the Secours catholique's
local team, the CCAS and the spokesman of the collective of the people
deprived of employment.
Meetings: the CLE of June and of September in the salle du conseil municipal,
the working group on the EBE's activities in October at the EBE's premises
(the ancienne gare), the CLE of November at the salle des fêtes, the CLE of
10 December, the working group on the exhaustivité in January at the
Passeurs' local and the CLE of February that votes the 2027 convention. Tasks
(three late, one of them the asker's; one done; one cancelled), the
attendance of the September and November CLE in the store, announced
presences for the CLE of 10 December; the person asking is a member, not the
coordinator. Organisation names are public bodies or real organisations
(France Travail, the Département de l'Ardèche, Cap emploi, the Secours
catholique, the fonds ETCLD) or invented ones (the commune, its EBE, the
communauté de communes, the firms, the association, the collective); every
person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["TZCLD07_AFTER_SETUP", "TZCLD07_ASKERS", "TZCLD07_GROUPS", "TZCLD07_TASKS"]

SLUG = "tzcld07"
ASKER = "Céline Vernet"
MAIRIE = "Mairie de Montval-sur-Eyrieux"
EBE = "Les Ateliers du Plateau, entreprise à but d'emploi de Montval-sur-Eyrieux"
PASSEURS = "Les Passeurs de l'Eyrieux, association de bénévoles"

TZCLD07_MEMBERS = (
    ("Gilles Fabre", MAIRIE, "Maire, président du comité local pour l'emploi"),
    ("Sandrine Roux", MAIRIE, "Cheffe de projet Territoire zéro chômeur de longue durée, coordinatrice du comité "
                              "local pour l'emploi"),
    ("Laurent Chazal", EBE, "Directeur de l'entreprise à but d'emploi"),
    ("Céline Vernet", EBE, "Salariée de l'EBE, référente de l'activité livraison de courses, représentante des "
                           "salariés au comité"),
    ("Patrick Souchon", EBE, "Salarié de l'EBE, chef d'équipe de l'entretien des espaces naturels"),
    ("Nadia Benhamou", "France Travail, agence de Privas", "Conseillère référente du projet TZCLD"),
    ("Hélène Mazet", "Département de l'Ardèche, direction de l'insertion et de l'emploi",
     "Chargée de mission insertion, référente RSA du territoire"),
    ("Thomas Reynaud", "Mission locale Centre Ardèche", "Conseiller en insertion des jeunes"),
    ("Marion Delorme", "Cap emploi Ardèche", "Chargée d'accompagnement vers l'emploi des personnes handicapées"),
    ("Jean-Luc Besson", "Communauté de communes Eyrieux-Boutières", "Vice-président chargé du développement "
                                                                   "économique"),
    ("Fabienne Chaix", "Scierie Chaix", "Gérante, représentante des employeurs locaux"),
    ("Olivier Teyssier", "Transports Teyssier", "Chef d'entreprise, artisan transporteur"),
    ("Monique Arnaud", PASSEURS, "Présidente de l'association, bénévole qui rencontre les personnes privées "
                                 "d'emploi"),
    ("Yves Gounon", PASSEURS, "Bénévole, animateur des réunions d'information des volontaires"),
    ("Claire Dufaud", "Fonds d'expérimentation territoriale contre le chômage de longue durée (ETCLD)",
     "Référente territoriale Auvergne-Rhône-Alpes"),
    ("Bernadette Plantier", "Secours catholique, équipe locale de Montval-sur-Eyrieux", "Responsable de l'équipe "
                                                                                        "locale"),
    ("Agnès Vialle", "CCAS de Montval-sur-Eyrieux", "Directrice du CCAS"),
    ("Kévin Rouvier", "Collectif des personnes privées d'emploi de Montval-sur-Eyrieux", "Porte-parole du "
                                                                                           "collectif"),
)

TZCLD07_MEETINGS = (
    ("2026-06-25 18:00", "2026-06-25 20:30", "Comité local pour l'emploi, séance plénière de juin, salle du conseil "
                                             "municipal, mairie de Montval-sur-Eyrieux", ()),
    ("2026-09-17 18:00", "2026-09-17 20:30", "Comité local pour l'emploi, séance plénière de rentrée, salle du "
                                             "conseil municipal, mairie de Montval-sur-Eyrieux", ()),
    ("2026-10-08 14:00", "2026-10-08 16:30", "Groupe de travail sur les activités de l'EBE et les travaux utiles, "
                                             "locaux de l'EBE, ancienne gare", ()),
    ("2026-11-19 18:00", "2026-11-19 20:30", "Comité local pour l'emploi : point sur l'exhaustivité et la liste des "
                                             "volontaires, salle des fêtes de Montval-sur-Eyrieux", ()),
    ("2026-12-10 18:00", "2026-12-10 20:30", "Comité local pour l'emploi, séance plénière de décembre présidée par "
                                             "le maire, salle du conseil municipal, mairie de Montval-sur-Eyrieux",
     ("Bilan d'activité 2026 de l'entreprise à but d'emploi",
      "Point sur la liste des volontaires en attente d'embauche",
      "Demande de financement 2027 au Département de l'Ardèche",
      "Projet de garage solidaire : avis des garagistes")),
    ("2027-01-14 14:00", "2027-01-14 16:30", "Groupe de travail sur l'exhaustivité, local des Passeurs de "
                                             "l'Eyrieux, place de l'église",
     ("Personnes privées d'emploi pas encore rencontrées",
      "Calendrier des réunions d'information de 2027")),
    ("2027-02-11 18:00", "2027-02-11 20:30", "Comité local pour l'emploi : vote de la convention 2027 avec le fonds, "
                                             "salle du conseil municipal, mairie de Montval-sur-Eyrieux",
     ("Vote de la convention 2027 avec le fonds ETCLD",
      "Embauches du premier trimestre 2027 à l'EBE")),
)

TZCLD07_DEADLINES = (
    ("2026-12-04", "Retour des fiches de rencontre des volontaires remplies par les bénévoles"),
    ("2026-12-15", "Envoi du bilan d'activité 2026 de l'EBE au fonds ETCLD"),
    ("2026-12-18", "Dépôt de la demande de financement 2027 auprès du Département de l'Ardèche"),
    ("2027-01-08", "Retour des propositions de travaux utiles des associations et des employeurs"),
    ("2027-01-29", "Envoi du projet de convention 2027 aux membres du comité local pour l'emploi"),
    ("2027-03-31", "Dépôt du dossier d'évaluation à mi-parcours auprès du fonds ETCLD"),
)

TZCLD07_DECISIONS = (
    ("2026-06-25", 1, "Le comité local pour l'emploi se réunit en séance plénière une fois par trimestre, à 18 h, "
                      "à la mairie."),
    ("2026-06-25", 1, "Toute personne privée durablement d'emploi qui habite la commune depuis au moins six mois peut "
                      "s'inscrire sur la liste des volontaires."),
    ("2026-06-25", 1, "Les embauches à l'EBE se font dans l'ordre d'inscription sur la liste des volontaires, sans "
                      "entretien de sélection."),
    ("2026-09-17", 2, "L'EBE ouvre une ressourcerie dans l'ancienne gare à partir de janvier 2027."),
    ("2026-09-17", 2, "Les salariés de l'EBE sont embauchés en CDI au SMIC, à temps choisi, entre 20 et 35 heures "
                      "par semaine."),
    ("2026-09-17", 2, "Toute nouvelle activité de l'EBE est soumise à l'avis des employeurs du comité pour éviter de "
                      "concurrencer une entreprise locale."),
    ("2026-10-08", 3, "L'EBE reprend l'entretien des chemins de randonnée pour la communauté de communes."),
    ("2026-10-08", 3, "Un service de livraison de courses à domicile pour les personnes âgées est lancé le mardi et "
                      "le vendredi."),
    ("2026-10-08", 3, "Le projet de garage solidaire est mis en attente jusqu'à l'avis des garagistes de la "
                      "commune."),
    ("2026-11-19", 4, "Les bénévoles des Passeurs de l'Eyrieux rencontrent chaque nouveau volontaire dans le mois qui "
                      "suit son inscription."),
    ("2026-11-19", 4, "Une permanence d'information sur le projet est tenue le premier samedi du mois de 9 h à 12 h à "
                      "la médiathèque."),
    ("2026-11-19", 4, "Dix embauches sont prévues au premier trimestre 2027, ce qui portera l'effectif de l'EBE à 42 "
                      "salariés."),
    ("2026-11-19", 4, "Les volontaires de moins de 26 ans gardent un suivi par la Mission locale après leur "
                      "inscription sur la liste."),
)

TZCLD07_TASKS = {
    SLUG: (
        ("Organiser une visite de l'EBE pour les employeurs locaux", "Fabienne Chaix", "2026-10-30", 2, "cancelled"),
        ("Recenser les personnes privées d'emploi rencontrées lors du porte-à-porte de l'automne", "Monique Arnaud",
         "2026-11-06", 2, "done"),
        ("Rédiger le cahier des charges de la ressourcerie", "Laurent Chazal", "2026-11-13", 2),
        ("Demander l'avis des garagistes de la commune sur le garage solidaire", "Olivier Teyssier", "2026-11-20", 3),
        ("Préparer le planning des tournées de livraison de courses", "Céline Vernet", "2026-11-27", 3),
        ("Présenter le bilan d'activité 2026 de l'EBE au comité", "Laurent Chazal", "2026-12-10", 4),
        ("Recenser les jeunes de moins de 26 ans inscrits sur la liste des volontaires", "Thomas Reynaud",
         "2026-12-11", 4),
        ("Mettre à jour la fiche de présentation du projet pour la permanence de la médiathèque", "Céline Vernet",
         "2026-12-16", 4),
        ("Préparer la demande de financement 2027 au Département", "Hélène Mazet", "2026-12-18", 4),
        ("Rédiger le projet de convention 2027 avec le fonds ETCLD", "Sandrine Roux", "2027-01-22", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): a salariée of the EBE.
TZCLD07_ASKERS = {SLUG: ASKER}

TZCLD07_GROUPS = {
    SLUG: (TZCLD07_MEMBERS, TZCLD07_MEETINGS, TZCLD07_DEADLINES, TZCLD07_DECISIONS, "Sandrine Roux"),
}

# What the cheffe de projet typed after the CLE of September (n°2) and the CLE of November (n°4); nothing was
# recorded for the CLE of June (n°1) nor for the working group at the EBE (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Gilles Fabre, Sandrine Roux, Laurent Chazal, Céline Vernet, Patrick Souchon, Nadia Benhamou, "
    "Hélène Mazet, Jean-Luc Besson, Fabienne Chaix, Monique Arnaud, Bernadette Plantier, Kévin Rouvier",
    "/excuses n°2 Thomas Reynaud, Claire Dufaud, Olivier Teyssier",
    "/absents n°2 Marion Delorme",
    "/presents n°4 Gilles Fabre, Sandrine Roux, Laurent Chazal, Patrick Souchon, Nadia Benhamou, Thomas Reynaud, "
    "Marion Delorme, Monique Arnaud, Yves Gounon, Claire Dufaud, Bernadette Plantier, Agnès Vialle, Kévin Rouvier",
    "/excuses n°4 Céline Vernet, Hélène Mazet, Fabienne Chaix",
    "/absents n°4 Olivier Teyssier",
)

# What members said in the chat before the CLE of 10 December (n°5).
RSVPS = (
    ("Gilles Fabre", "/present"),
    ("Sandrine Roux", "/present"),
    ("Laurent Chazal", "/present"),
    ("Nadia Benhamou", "/present"),
    ("Hélène Mazet", "/present"),
    ("Monique Arnaud", "/present"),
    ("Claire Dufaud", "/present"),
    ("Kévin Rouvier", "/present"),
    ("Jean-Luc Besson", "/excuse"),
    ("Bernadette Plantier", "/excuse"),
)

TZCLD07_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "tz07", ATTENDANCE_COMMANDS, RSVPS),
}
