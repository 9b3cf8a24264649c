"""A group written by helper w35a in the thirty-fourth round, for the
lead's blind set 64 (a stranger's general set in the words of the people
who sit on a hospital's commission des usagers (CDU) and its partners: the
direction of quality and patients' relations, the médiateur médecin and the
médiatrice non médecin, the usagers' representatives of France Assos Santé,
the UNAF, the UNAFAM, the Ligue contre le cancer and a diabetics'
association, the head of the emergency department, the director of nursing
care, the social service, the ARS Pays de la Loire, the Maison des usagers'
volunteers, the chaplaincy and the interpreters' service): the commission
des usagers of an invented hospital centre of about 900 beds of the
Maine-et-Loire, the centre hospitalier de Saumerre-sur-Loire — the
director of quality and patients' relations who runs it (the group's
coordinator) and the chargée des relations avec les usagers who handles
the complaints (the direction's two members); the médiateur médecin (a
geriatrician) and the médiatrice non médecin (a cadre supérieure de
santé); the usagers' representatives of France Assos Santé Pays de la
Loire (the CDU's president), of the UDAF de Maine-et-Loire for the UNAF
(its vice-president), of the UNAFAM Maine-et-Loire, of the Ligue contre le
cancer's comité de Maine-et-Loire and of an invented association of
diabetics, Diabète Anjou (the asker, its president, a substitute
representative); the head of the emergency department; the director of
nursing care; the head of the social service; the ARS Pays de la Loire's
délégation territoriale de Maine-et-Loire (an inspector); the coordinator
and a volunteer of the Maison des usagers (its two members); the chaplain
heading the chaplaincy; the coordinator of the interpreters' service.
Meetings: the CDU of the second quarter in June and of the third in
September in the salle du conseil de surveillance, the working group on
the usagers' charter in October at the Maison des usagers, the CDU on the
emergency department's waiting times in November in the department's staff
room, the CDU of the fourth quarter on 10 December, the working group on
the 2026 annual report in January and the CDU of March that adopts it;
complaints and praise letters, the médiations, the waiting times at the
emergency department and their screen, the e-Satis survey and the paper
questionnaire, the usagers' charter and its translations, the parking
fees, the annual report to the ARS. Tasks (four late, one of them the
asker's; three done; one cancelled), the attendance of the September CDU
and of the November CDU on the emergency department in the store,
announced presences for the CDU of 10 December; the person asking is a
member, not the coordinator. Organisation names are public bodies or real
organisations (France Assos Santé, the UDAF and the UNAF, the UNAFAM, the
Ligue contre le cancer, the ARS Pays de la Loire) or invented ones (the
hospital centre and its services, Diabète Anjou); every person is
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CDU49_AFTER_SETUP", "CDU49_ASKERS", "CDU49_GROUPS", "CDU49_TASKS"]

SLUG = "cdu49"
ASKER = "Nathalie Ménard"
CH = "Centre hospitalier de Saumerre-sur-Loire"
DQRU = f"{CH}, direction de la qualité et des relations avec les usagers"
MDU = "Maison des usagers du centre hospitalier de Saumerre-sur-Loire"

CDU49_MEMBERS = (
    ("Véronique Hamon", DQRU, "Directrice de la qualité et des relations avec les usagers, coordinatrice de la "
                              "commission des usagers"),
    ("Élise Brochard", DQRU, "Chargée des relations avec les usagers, gestionnaire des plaintes et réclamations"),
    ("Philippe Audouin", f"{CH}, pôle gériatrie", "Médecin gériatre, médiateur médecin de la commission des usagers"),
    ("Martine Guérin", f"{CH}, pôle médecine", "Cadre supérieure de santé, médiatrice non médecin de la commission "
                                              "des usagers"),
    ("Bernard Cottenceau", "France Assos Santé Pays de la Loire", "Représentant des usagers, président de la "
                                                                 "commission des usagers"),
    ("Monique Raimbault", "UDAF de Maine-et-Loire, réseau UNAF", "Représentante des usagers, vice-présidente de la "
                                                                "commission des usagers"),
    ("Hervé Jouanneau", "UNAFAM Maine-et-Loire", "Représentant des usagers, bénévole accueillant des familles"),
    ("Françoise Bodin", "Ligue contre le cancer, comité de Maine-et-Loire", "Représentante des usagers suppléante"),
    ("Nathalie Ménard", "Diabète Anjou, association de patients diabétiques",
     "Présidente de l'association, représentante des usagers suppléante"),
    ("Antoine Guillou", f"{CH}, pôle urgences", "Médecin urgentiste, chef du service des urgences"),
    ("Brigitte Faucheux", f"{CH}, direction des soins", "Directrice des soins, coordinatrice générale des soins"),
    ("Aurélie Chevalier", f"{CH}, service social", "Assistante sociale, responsable du service social hospitalier"),
    ("Sébastien Rigaud", "ARS Pays de la Loire, délégation territoriale de Maine-et-Loire",
     "Inspecteur de l'action sanitaire et sociale, référent des réclamations des établissements de santé"),
    ("Odile Perrault", MDU, "Coordinatrice des bénévoles de la Maison des usagers"),
    ("Gérard Maillet", MDU, "Bénévole d'accueil de la Maison des usagers"),
    ("Claire Vasseur", "Aumônerie du centre hospitalier de Saumerre-sur-Loire",
     "Aumônière, responsable de l'équipe d'aumônerie"),
    ("Mehdi Bensaïd", "Service d'interprétariat du centre hospitalier de Saumerre-sur-Loire",
     "Coordinateur de l'interprétariat médical et social"),
)

CDU49_MEETINGS = (
    ("2026-06-18 14:00", "2026-06-18 16:30", "Commission des usagers, séance du deuxième trimestre, salle du conseil "
                                             "de surveillance, bâtiment administratif du centre hospitalier", ()),
    ("2026-09-22 14:00", "2026-09-22 17:00", "Commission des usagers, séance du troisième trimestre, salle du conseil "
                                             "de surveillance, bâtiment administratif du centre hospitalier", ()),
    ("2026-10-15 09:30", "2026-10-15 12:00", "Groupe de travail sur le projet de charte des usagers, salle de la "
                                             "Maison des usagers, hall d'accueil principal", ()),
    ("2026-11-17 14:00", "2026-11-17 17:00", "Commission des usagers : séance sur l'accueil et les temps d'attente aux "
                                             "urgences, salle de staff du service des urgences", ()),
    ("2026-12-10 14:00", "2026-12-10 17:00", "Commission des usagers, séance du quatrième trimestre présidée par le "
                                             "président de la commission, salle du conseil de surveillance, bâtiment "
                                             "administratif du centre hospitalier",
     ("Examen des plaintes, réclamations et éloges du troisième trimestre",
      "Résultats de l'enquête e-Satis 2026 de l'établissement",
      "Validation du projet de charte des usagers",
      "Tarifs du parking : réponse de la direction à la demande de gratuité")),
    ("2027-01-21 09:30", "2027-01-21 12:00", "Groupe de travail sur le rapport annuel 2026 de la commission des "
                                             "usagers, salle de la Maison des usagers",
     ("Plan du rapport annuel 2026 de la commission des usagers",
      "Indicateurs des plaintes et des médiations de l'année 2026")),
    ("2027-03-16 14:00", "2027-03-16 17:00", "Commission des usagers, séance du premier trimestre 2027 : adoption du "
                                             "rapport annuel, salle du conseil de surveillance, bâtiment "
                                             "administratif du centre hospitalier",
     ("Adoption du rapport annuel 2026 avant sa transmission à l'ARS",
      "Premier bilan de l'affichage du temps d'attente aux urgences")),
)

CDU49_DEADLINES = (
    ("2026-12-04", "Retour des remarques des représentants des usagers sur le projet de charte des usagers"),
    ("2026-12-18", "Avis des représentants des usagers sur la nouvelle grille tarifaire du parking"),
    ("2027-01-15", "Retour des contributions des associations de représentants des usagers pour le rapport annuel "
                   "2026"),
    ("2027-02-26", "Envoi du projet de rapport annuel 2026 aux membres de la commission des usagers"),
    ("2027-03-31", "Transmission du rapport annuel 2026 de la commission des usagers à l'ARS Pays de la Loire"),
)

CDU49_DECISIONS = (
    ("2026-06-18", 1, "Chaque plainte ou réclamation écrite reçoit un accusé de réception de la direction sous cinq "
                      "jours ouvrés et une réponse écrite sous deux mois au plus."),
    ("2026-06-18", 1, "Toute plainte qui met en cause des soins médicaux est transmise au médiateur médecin, qui "
                      "propose une rencontre au plaignant dans les huit jours."),
    ("2026-06-18", 1, "Les lettres d'éloges et de remerciements sont transmises chaque mois aux équipes concernées et "
                      "leur nombre est présenté à chaque séance de la commission."),
    ("2026-09-22", 2, "La commission demande à la direction la gratuité du parking pour les parents d'enfants "
                      "hospitalisés et pour les patients suivis en chimiothérapie ou en dialyse."),
    ("2026-09-22", 2, "Un questionnaire de satisfaction papier est remis à la sortie aux patients qui n'ont pas "
                      "d'adresse e-mail, en complément de l'enquête e-Satis."),
    ("2026-10-15", 3, "La charte des usagers est traduite en anglais, en arabe, en roumain et en dari par le service "
                      "d'interprétariat."),
    ("2026-10-15", 3, "La charte des usagers est affichée dans chaque chambre, à l'accueil de chaque service et à la "
                      "Maison des usagers."),
    ("2026-11-17", 4, "Le temps d'attente estimé aux urgences est affiché sur un écran de la salle d'attente et mis à "
                      "jour toutes les 30 minutes."),
    ("2026-11-17", 4, "L'infirmière d'accueil et d'orientation repasse voir chaque patient qui attend aux urgences "
                      "depuis plus de quatre heures et informe sa famille."),
    ("2026-11-17", 4, "Les bénévoles de la Maison des usagers tiennent une permanence dans la salle d'attente des "
                      "urgences le samedi et le dimanche de 14 h à 18 h."),
    ("2026-11-17", 4, "Un interprète est joint par téléphone dès l'arrivée aux urgences de tout patient qui ne parle "
                      "pas français."),
)

CDU49_TASKS = {
    SLUG: (
        ("Organiser une rencontre entre la commission et les familles de patients hospitalisés en psychiatrie",
         "Hervé Jouanneau", "2026-10-30", 2, "cancelled"),
        ("Rédiger la première version de la charte des usagers", "Bernard Cottenceau", "2026-11-06", 3, "done"),
        ("Rédiger la fiche d'information sur la médiation remise aux plaignants", "Martine Guérin", "2026-11-06", 2,
         "done"),
        ("Recenser les réclamations de 2026 liées au temps d'attente aux urgences", "Élise Brochard", "2026-11-10", 2,
         "done"),
        ("Comparer les tarifs du parking avec ceux des hôpitaux voisins", "Monique Raimbault", "2026-11-13", 2),
        ("Traduire la charte des usagers en anglais, en arabe, en roumain et en dari", "Mehdi Bensaïd", "2026-11-20",
         3),
        ("Recueillir les témoignages des patients diabétiques sur l'éducation thérapeutique à l'hôpital",
         "Nathalie Ménard", "2026-11-24", 2),
        ("Installer l'écran d'affichage du temps d'attente dans la salle d'attente des urgences", "Antoine Guillou",
         "2026-11-27", 4),
        ("Établir le planning des bénévoles pour la permanence du week-end aux urgences", "Odile Perrault",
         "2026-12-05", 4),
        ("Présenter les résultats de l'enquête e-Satis 2026 à la commission", "Véronique Hamon", "2026-12-10", 2),
        ("Former les bénévoles de la Maison des usagers à l'accueil des familles aux urgences", "Brigitte Faucheux",
         "2026-12-11", 4),
        ("Mettre à jour la procédure de signalement des situations sociales urgentes aux urgences",
         "Aurélie Chevalier", "2026-12-15", 4),
        ("Distribuer le guide de la Ligue sur les droits des patients à l'hôpital de jour d'oncologie",
         "Françoise Bodin", "2026-12-16", 3),
        ("Préparer une fiche sur les droits des patients diabétiques pour la Maison des usagers", "Nathalie Ménard",
         "2026-12-17", 3),
        ("Mettre à jour la page de l'aumônerie dans le livret d'accueil", "Claire Vasseur", "2027-01-08", 3),
        ("Préparer le bilan des médiations médicales 2026 pour le rapport annuel", "Philippe Audouin", "2027-01-22",
         4),
        ("Transmettre la synthèse régionale des réclamations des hôpitaux de Maine-et-Loire", "Sébastien Rigaud",
         "2027-01-29", 4),
        ("Rédiger le projet de rapport annuel 2026 de la commission des usagers", "Véronique Hamon", "2027-02-19", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): Diabète Anjou's president.
CDU49_ASKERS = {SLUG: ASKER}

CDU49_GROUPS = {
    SLUG: (CDU49_MEMBERS, CDU49_MEETINGS, CDU49_DEADLINES, CDU49_DECISIONS, "Véronique Hamon"),
}

# What the chargée des relations avec les usagers typed after the CDU of September (n°2) and the CDU on the
# emergency department (n°4); nothing was recorded for the CDU of June (n°1) nor for the working group on the
# charter (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Véronique Hamon, Élise Brochard, Philippe Audouin, Martine Guérin, Bernard Cottenceau, "
    "Monique Raimbault, Hervé Jouanneau, Nathalie Ménard, Brigitte Faucheux, Aurélie Chevalier, Odile Perrault",
    "/excuses n°2 Antoine Guillou, Françoise Bodin, Sébastien Rigaud",
    "/absents n°2 Claire Vasseur",
    "/presents n°4 Véronique Hamon, Élise Brochard, Philippe Audouin, Bernard Cottenceau, Monique Raimbault, "
    "Françoise Bodin, Antoine Guillou, Brigitte Faucheux, Odile Perrault, Gérard Maillet, Mehdi Bensaïd, "
    "Sébastien Rigaud",
    "/excuses n°4 Martine Guérin, Nathalie Ménard, Hervé Jouanneau",
    "/absents n°4 Aurélie Chevalier",
)

# What members said in the chat before the CDU of the fourth quarter on 10 December (n°5).
RSVPS = (
    ("Véronique Hamon", "/present"),
    ("Élise Brochard", "/present"),
    ("Bernard Cottenceau", "/present"),
    ("Monique Raimbault", "/present"),
    ("Philippe Audouin", "/present"),
    ("Antoine Guillou", "/present"),
    ("Odile Perrault", "/present"),
    ("Mehdi Bensaïd", "/present"),
    ("Sébastien Rigaud", "/excuse"),
    ("Claire Vasseur", "/excuse"),
)

CDU49_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "cd49", ATTENDANCE_COMMANDS, RSVPS),
}
