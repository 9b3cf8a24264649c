"""A group written by helper w38a in the thirty-seventh round, for the lead's
blind set 73 (a stranger's general set in the words of the people who sit on
the commission des usagers (CDU) of an invented hospital group of the
Finistère): the CDU of the invented centre hospitalier du Pays de Landivel,
with its EHPAD Ker Arvor and its psychiatry site of Pen Ar Roz — the director
of quality and patients' relations who chairs it, the chargée des relations
avec les usagers who coordinates the group, the médiateur médical and the
médiatrice non médicale, the représentants des usagers of France Assos Santé
Bretagne, of the UNAFAM Finistère, of an invented cancer association (the
asker) and of an invented association of the EHPAD residents' families, the
président de la CME, the directrice des soins, the psychiatry pole's head,
the quality engineer, the juriste, the secretary who registers the plaintes
et réclamations, the ARS Bretagne's délégation départementale du Finistère,
the Conseil territorial de santé du Finistère, the EHPAD's delegated director
and the president of its conseil de la vie sociale, and a volunteer of the
Maison des usagers.
Meetings: the CDU of March and of June (the annual report) in the salle du
conseil de surveillance, the visit of the EHPAD Ker Arvor with its conseil de
la vie sociale in September, the CDU of 17 November on the complaints, the
working group on the projet des usagers of 8 December at the Maison des
usagers, the CDU of 14 January 2027 and the meeting of March at the
psychiatry site. Tasks (four late, one of them the asker's; one done; one
cancelled), the attendance of the June CDU and of the November CDU in the
store, announced presences for the working group of 8 December; the person
asking is a member, not the coordinator. Public bodies are named (ARS
Bretagne, Conseil territorial de santé, France Assos Santé, UNAFAM); the
hospital, its sites, the commune and the two other associations are
invented; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CDU29_AFTER_SETUP", "CDU29_ASKERS", "CDU29_GROUPS", "CDU29_TASKS"]

SLUG = "cdu29"
ASKER = "Brigitte Tanguy"
CH = "Centre hospitalier du Pays de Landivel"
EHPAD = "EHPAD Ker Arvor du centre hospitalier du Pays de Landivel"

CDU29_MEMBERS = (
    ("Soizic Kerhervé", f"{CH}, direction de la qualité et des relations avec les usagers",
     "Directrice de la qualité et des relations avec les usagers, présidente de la commission des usagers"),
    ("Maëlle Guivarc'h", f"{CH}, direction de la qualité et des relations avec les usagers",
     "Chargée des relations avec les usagers, coordinatrice de la commission des usagers"),
    ("Yann Le Berre", f"{CH}, pôle médecine", "Praticien hospitalier en médecine polyvalente, médiateur médical"),
    ("Anne-Laure Cadiou", f"{CH}, pôle chirurgie", "Cadre supérieure de santé, médiatrice non médicale"),
    ("Alain Quéméneur", "France Assos Santé Bretagne", "Représentant des usagers, vice-président de la commission "
                                                       "des usagers"),
    ("Josiane Le Roux", "UNAFAM Finistère", "Représentante des usagers, référente du site de psychiatrie"),
    ("Brigitte Tanguy", "Ar Sklêrijenn, association d'aide aux personnes atteintes de cancer",
     "Représentante des usagers suppléante"),
    ("Jean-Yves Morvan", "Association des familles des résidents de Ker Arvor", "Président de l'association, "
                                                                              "représentant des usagers suppléant"),
    ("Erwan Jaouen", CH, "Chirurgien viscéral, président de la commission médicale d'établissement (CME)"),
    ("Nolwenn Caroff", f"{CH}, direction des soins", "Directrice des soins, coordinatrice générale des soins"),
    ("Gwenaël Le Corre", f"{CH}, pôle de psychiatrie, site de Pen Ar Roz", "Psychiatre, chef du pôle de "
                                                                          "psychiatrie"),
    ("Julien Riou", f"{CH}, direction de la qualité et des relations avec les usagers",
     "Ingénieur qualité et gestion des risques, référent des événements indésirables graves"),
    ("Loïc Pennec", f"{CH}, direction des affaires juridiques", "Juriste, chargé des demandes d'accès au dossier "
                                                                "médical et des contentieux"),
    ("Sandrine Le Meur", f"{CH}, secrétariat des plaintes et réclamations",
     "Secrétaire, chargée de l'enregistrement des plaintes et réclamations"),
    ("Thierry Bodénès", "ARS Bretagne, délégation départementale du Finistère", "Chargé de mission droits des "
                                                                               "usagers et qualité des soins"),
    ("Catherine Abgrall", "Conseil territorial de santé du Finistère", "Présidente de la commission spécialisée "
                                                                     "droits des usagers"),
    ("Sébastien Le Bihan", EHPAD, "Directeur délégué de l'EHPAD"),
    ("Marie-Thérèse Floc'h", EHPAD, "Présidente du conseil de la vie sociale de l'EHPAD"),
    ("Françoise Cornec", "Maison des usagers du centre hospitalier du Pays de Landivel",
     "Bénévole, animatrice des permanences de la Maison des usagers"),
)

CDU29_MEETINGS = (
    ("2026-03-12 14:00", "2026-03-12 17:00", "Commission des usagers, séance du premier trimestre, salle du conseil "
                                             "de surveillance, centre hospitalier du Pays de Landivel", ()),
    ("2026-06-18 14:00", "2026-06-18 17:00", "Commission des usagers : adoption du rapport annuel 2025, salle du "
                                             "conseil de surveillance", ()),
    ("2026-09-22 10:00", "2026-09-22 12:30", "Visite de l'EHPAD Ker Arvor et rencontre avec le conseil de la vie "
                                             "sociale, Landivel", ()),
    ("2026-11-17 14:00", "2026-11-17 17:00", "Commission des usagers : examen des plaintes et réclamations du "
                                             "semestre, salle du conseil de surveillance", ()),
    ("2026-12-08 14:00", "2026-12-08 16:00", "Groupe de travail sur le projet des usagers, Maison des usagers, hall "
                                             "d'accueil de l'hôpital",
     ("Priorités du projet des usagers 2027-2031",
      "Accueil des familles aux urgences",
      "Permanences des représentants des usagers à la Maison des usagers",
      "Bilan du questionnaire de sortie e-Satis")),
    ("2027-01-14 14:00", "2027-01-14 17:00", "Commission des usagers, séance du premier trimestre 2027, salle du "
                                             "conseil de surveillance",
     ("Synthèse des événements indésirables graves",
      "Validation du projet des usagers",
      "Renouvellement des mandats des représentants des usagers")),
    ("2027-03-09 10:00", "2027-03-09 12:00", "Réunion au site de psychiatrie de Pen Ar Roz, salle des familles",
     ("Droits des patients en soins sans consentement",
      "Registre d'isolement et de contention")),
)

CDU29_DEADLINES = (
    ("2026-12-04", "Retour des remarques des membres sur le projet de livret d'accueil révisé"),
    ("2026-12-18", "Envoi des contributions au projet des usagers à la chargée des relations avec les usagers"),
    ("2026-12-31", "Transmission du bilan des plaintes et réclamations 2026 à la direction générale"),
    ("2027-01-08", "Envoi de l'ordre du jour et des documents de la séance du 14 janvier aux membres"),
    ("2027-02-26", "Dépôt des candidatures des représentants des usagers auprès de l'ARS pour le renouvellement "
                   "des mandats"),
    ("2027-06-30", "Transmission du rapport annuel 2026 de la commission des usagers à l'ARS"),
)

CDU29_DECISIONS = (
    ("2026-03-12", 1, "La commission des usagers se réunit au moins quatre fois par an, une fois par trimestre."),
    ("2026-03-12", 1, "Chaque plainte écrite reçoit un accusé de réception sous huit jours."),
    ("2026-03-12", 1, "Les représentants des usagers tiennent une permanence à la Maison des usagers le premier "
                      "mardi de chaque mois."),
    ("2026-06-18", 2, "Le rapport annuel 2025 de la commission des usagers est adopté et transmis à l'ARS et au "
                      "conseil de surveillance."),
    ("2026-06-18", 2, "Le délai de réponse aux réclamations est ramené à trente jours."),
    ("2026-06-18", 2, "Chaque lettre de réponse à une réclamation informe le patient de la possibilité de "
                      "rencontrer un médiateur."),
    ("2026-09-22", 3, "Les horaires de visite de l'EHPAD Ker Arvor sont élargis de 11 heures à 20 heures."),
    ("2026-09-22", 3, "Un représentant des usagers assiste à une réunion du conseil de la vie sociale par semestre."),
    ("2026-09-22", 3, "Une enquête de satisfaction sur les repas est menée auprès des résidents de l'EHPAD au premier "
                      "trimestre 2027."),
    ("2026-11-17", 4, "Le livret d'accueil du patient est révisé et traduit en anglais."),
    ("2026-11-17", 4, "Une signalétique vers la Maison des usagers est installée dans le hall et aux urgences."),
    ("2026-11-17", 4, "Les événements indésirables graves sont présentés à chaque séance de la commission des "
                      "usagers."),
    ("2026-11-17", 4, "Le projet des usagers est intégré au projet d'établissement 2027-2031."),
    ("2026-11-17", 4, "Un budget de 5 000 euros est consacré à la formation des représentants des usagers en 2027."),
)

CDU29_TASKS = {
    SLUG: (
        ("Organiser une journée portes ouvertes de la Maison des usagers", "Françoise Cornec", "2026-10-10", 2,
         "cancelled"),
        ("Rédiger la lettre type de réponse aux réclamations mentionnant la médiation", "Loïc Pennec", "2026-09-15",
         2, "done"),
        ("Transmettre le bilan des plaintes du pôle de psychiatrie", "Gwenaël Le Corre", "2026-10-30", 2),
        ("Mettre à jour le registre des plaintes et réclamations", "Sandrine Le Meur", "2026-11-20", 4),
        ("Commander les panneaux de signalétique de la Maison des usagers", "Nolwenn Caroff", "2026-11-25", 4),
        ("Relire le projet de livret d'accueil révisé", "Brigitte Tanguy", "2026-11-27", 4),
        ("Préparer le questionnaire de l'enquête sur les repas de l'EHPAD", "Marie-Thérèse Floc'h", "2026-12-11", 3),
        ("Rédiger le projet des usagers", "Alain Quéméneur", "2026-12-18", 4),
        ("Présenter la synthèse des événements indésirables graves du trimestre", "Julien Riou", "2027-01-08", 4),
        ("Recenser les besoins de formation des représentants des usagers", "Brigitte Tanguy", "2027-01-15", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the cancer association's substitute
# représentante des usagers.
CDU29_ASKERS = {SLUG: ASKER}

CDU29_GROUPS = {
    SLUG: (CDU29_MEMBERS, CDU29_MEETINGS, CDU29_DEADLINES, CDU29_DECISIONS, "Maëlle Guivarc'h"),
}

# What the coordinator typed after the CDU of June (n°2) and the CDU of November (n°4); nothing was recorded for the
# CDU of March (n°1) nor for the EHPAD's visit (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Soizic Kerhervé, Maëlle Guivarc'h, Yann Le Berre, Anne-Laure Cadiou, Alain Quéméneur, "
    "Josiane Le Roux, Brigitte Tanguy, Erwan Jaouen, Nolwenn Caroff, Loïc Pennec",
    "/excuses n°2 Thierry Bodénès, Jean-Yves Morvan",
    "/absents n°2 Gwenaël Le Corre",
    "/presents n°4 Soizic Kerhervé, Maëlle Guivarc'h, Yann Le Berre, Anne-Laure Cadiou, Alain Quéméneur, "
    "Josiane Le Roux, Jean-Yves Morvan, Nolwenn Caroff, Thierry Bodénès, Loïc Pennec, Julien Riou, "
    "Marie-Thérèse Floc'h, Sandrine Le Meur, Françoise Cornec",
    "/excuses n°4 Brigitte Tanguy, Erwan Jaouen, Catherine Abgrall",
    "/absents n°4 Sébastien Le Bihan",
)

# What members said in the chat before the working group on the projet des usagers of 8 December (n°5).
RSVPS = (
    ("Maëlle Guivarc'h", "/present"),
    ("Alain Quéméneur", "/present"),
    ("Françoise Cornec", "/present"),
    ("Josiane Le Roux", "/present"),
    ("Anne-Laure Cadiou", "/present"),
    ("Jean-Yves Morvan", "/present"),
    ("Soizic Kerhervé", "/excuse"),
    ("Thierry Bodénès", "/excuse"),
)

CDU29_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "cd29", ATTENDANCE_COMMANDS, RSVPS),
}
