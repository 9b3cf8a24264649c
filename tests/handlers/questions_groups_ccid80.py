"""A group written by helper w42a in the forty-first round, for the lead's
blind set 84 (a stranger's general set in the words of the commission
communale des impôts directs (CCID) of an invented commune of about 9,000
inhabitants in the Somme): the invented Hallières-sur-Somme — the deputy
mayor for finances who chairs the CCID by the mayor's delegation, the
commune's secretary general (the group's coordinator), the head of the
finance service, the officer in charge of housing and vacant homes, the
head of the urbanisme service and one of its instructors; five titular
commissaires (an owner of woods, a farmer, a shopkeeper — the asker —, a
retired owner-occupier, a municipal councillor) and three substitutes (a
craftsman, a retired woman, a landlord); the DGFiP's centre des impôts
fonciers d'Amiens (an inspector, a géomètre du cadastre) and its pôle
d'évaluation des locaux professionnels de la Somme; the invented Communauté
de communes du Val d'Hallières's tax officer (CIID).
Meetings: the CCID of April on the liste 41, the field visit of the locaux
de référence of September, the CCID on vacant homes and second homes of
November, the CCID of 8 December on the liste 41 of the year, the CCID of
February (procès-verbal C) and the DGFiP's information meeting on the
révision des valeurs locatives of April at the centre des impôts fonciers
d'Amiens. Tasks (four late, one of them the asker's; one done; one
cancelled), the attendance of the three past meetings in the store,
announced presences for 8 December; the person asking is a member, not the
coordinator. Public bodies named: the DGFiP, its centre des impôts fonciers
d'Amiens and its pôle d'évaluation des locaux professionnels; the commune,
its hamlet, streets and lotissement, the communauté de communes, the
taxpayers and every person are invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CCID80_AFTER_SETUP", "CCID80_ASKERS", "CCID80_GROUPS", "CCID80_TASKS"]

SLUG = "ccid80"
ASKER = "Véronique Tellier"
MAIRIE = "Mairie d'Hallières-sur-Somme"
URBANISME = "Mairie d'Hallières-sur-Somme, service urbanisme"
TITULAIRES = "CCID d'Hallières-sur-Somme, commissaires titulaires"
SUPPLEANTS = "CCID d'Hallières-sur-Somme, commissaires suppléants"
CDIF = "DGFiP, centre des impôts fonciers d'Amiens"

CCID80_MEMBERS = (
    ("Bernard Caron", MAIRIE, "Adjoint au maire chargé des finances, président de la CCID par délégation du maire"),
    ("Nathalie Dumont", MAIRIE, "Secrétaire générale de la mairie, coordinatrice de la CCID"),
    ("Patrick Delattre", MAIRIE, "Responsable du service des finances, fiscalité locale"),
    ("Agnès Poulain", MAIRIE, "Chargée de l'habitat, suivi des logements vacants"),
    ("Thomas Boulanger", URBANISME, "Responsable du service urbanisme (permis de construire, déclarations "
                                    "d'achèvement de travaux)"),
    ("Élodie Roussel", URBANISME, "Instructrice des autorisations d'urbanisme"),
    ("Jean-Pierre Leroux", TITULAIRES, "Commissaire titulaire, propriétaire de bois"),
    ("Marc Devaux", TITULAIRES, "Commissaire titulaire, agriculteur exploitant"),
    ("Véronique Tellier", TITULAIRES, "Commissaire titulaire, commerçante (quincaillerie de la place du marché)"),
    ("Alain Mercier", TITULAIRES, "Commissaire titulaire, retraité, propriétaire occupant"),
    ("Didier Lheureux", TITULAIRES, "Commissaire titulaire, conseiller municipal"),
    ("Christophe Lenoir", SUPPLEANTS, "Commissaire suppléant, artisan maçon"),
    ("Martine Vasseur", SUPPLEANTS, "Commissaire suppléante, retraitée"),
    ("Régis Facon", SUPPLEANTS, "Commissaire suppléant, propriétaire bailleur"),
    ("Fabrice Maillard", CDIF, "Inspecteur des finances publiques, chargé des évaluations foncières de la commune"),
    ("Sophie Carpentier", CDIF, "Géomètre du cadastre"),
    ("Karine Lemaire", "DGFiP, pôle d'évaluation des locaux professionnels de la Somme",
     "Contrôleuse des finances publiques, locaux professionnels et coefficients de localisation"),
    ("Aurélie Fontaine", "Communauté de communes du Val d'Hallières",
     "Chargée de mission fiscalité, secrétaire de la commission intercommunale des impôts directs (CIID)"),
)

CCID80_MEETINGS = (
    ("2026-04-16 14:30", "2026-04-16 17:00", "CCID, salle du conseil municipal, mairie d'Hallières-sur-Somme", ()),
    ("2026-09-22 09:30", "2026-09-22 12:00", "Visite sur le terrain des locaux de référence, départ du parking "
                                             "de la mairie d'Hallières-sur-Somme", ()),
    ("2026-11-10 14:00", "2026-11-10 17:00", "CCID consacrée aux logements vacants et aux résidences secondaires, "
                                             "salle des commissions, mairie d'Hallières-sur-Somme", ()),
    ("2026-12-08 14:30", "2026-12-08 17:30", "CCID, salle du conseil municipal, mairie d'Hallières-sur-Somme",
     ("Examen de la liste 41 des changements de l'année 2026",
      "Mise à jour des locaux de référence",
      "Logements vacants : locaux signalés par la commune",
      "Révision des valeurs locatives des locaux d'habitation : calendrier")),
    ("2027-02-16 14:30", "2027-02-16 17:00", "CCID, salle des commissions, mairie d'Hallières-sur-Somme",
     ("Signature du procès-verbal C",
      "Taxe d'habitation sur les résidences secondaires : bilan des déclarations")),
    ("2027-04-13 09:30", "2027-04-13 12:00", "Réunion d'information de la DGFiP sur la révision des valeurs "
                                             "locatives, centre des impôts fonciers d'Amiens",
     ("Présentation de la révision des valeurs locatives des locaux d'habitation",
      "Coefficients de localisation 2027")),
)

CCID80_DEADLINES = (
    ("2026-11-27", "Retour des observations de la mairie sur la liste 41 transmise par le centre des impôts fonciers"),
    ("2026-12-18", "Envoi du procès-verbal de la CCID signé au centre des impôts fonciers"),
    ("2027-01-15", "Retour à la DGFiP de la liste des logements vacants vérifiés par la commune"),
    ("2027-04-15", "Vote des taux de fiscalité locale 2027 par le conseil municipal"),
    ("2027-07-01", "Date limite des déclarations d'occupation des propriétaires (Gérer mes biens immobiliers)"),
    ("2027-09-30", "Délibération sur la taxe d'habitation sur les logements vacants pour 2028"),
)

CCID80_DECISIONS = (
    ("2026-04-16", 1, "La commission se réunit au moins deux fois par an : au printemps et en décembre pour "
                      "l'examen de la liste 41."),
    ("2026-04-16", 1, "Les commissaires sont tenus au secret professionnel : aucune information sur la situation "
                      "d'un contribuable ne sort de la séance."),
    ("2026-04-16", 1, "La liste 41 est consultée en mairie uniquement et ne quitte pas la salle de réunion."),
    ("2026-04-16", 1, "Le procès-verbal est signé par les commissaires présents à la fin de chaque séance "
                      "d'examen de la liste 41."),
    ("2026-04-16", 1, "Le local de référence de la rue Gambetta, démoli, est remplacé par une maison de la rue des "
                      "Tanneurs."),
    ("2026-09-22", 2, "Les piscines et abris de jardin repérés sur les photographies aériennes sont vérifiés par "
                      "le géomètre avant toute imposition."),
    ("2026-09-22", 2, "Les pavillons du lotissement des Peupliers achevés en 2025 sont classés en catégorie 5."),
    ("2026-09-22", 2, "Les locaux de référence du hameau de Fresnoy-le-Bas sont revus lors de la révision des "
                      "valeurs locatives."),
    ("2026-11-10", 3, "La commune propose au conseil municipal d'instaurer la taxe d'habitation sur les logements "
                      "vacants à compter de 2028."),
    ("2026-11-10", 3, "Les logements signalés vacants par les services municipaux sont vérifiés sur place avant "
                      "d'être transmis à la DGFiP."),
    ("2026-11-10", 3, "Un logement inoccupé depuis plus de deux ans et non meublé est considéré comme vacant pour "
                      "les travaux de la commission."),
    ("2026-11-10", 3, "Les propriétaires de résidences secondaires déclarées à tort reçoivent un courrier de la "
                      "mairie les invitant à corriger leur déclaration."),
    ("2026-11-10", 3, "La commission émet un avis défavorable au coefficient de localisation de 1,3 proposé pour la "
                      "zone commerciale du Moulin, jugé trop élevé."),
    ("2026-11-10", 3, "Les boutiques vides du centre-bourg sont suivies comme locaux professionnels vacants et non "
                      "comme logements vacants."),
)

CCID80_TASKS = {
    SLUG: (
        ("Organiser une visite des parcelles boisées pour le géomètre", "Jean-Pierre Leroux", "2026-10-15", 2,
         "cancelled"),
        ("Envoyer la convocation et la liste des locaux de référence aux commissaires", "Nathalie Dumont",
         "2026-11-24", 3, "done"),
        ("Transmettre au centre des impôts fonciers les déclarations d'achèvement de travaux de l'année",
         "Thomas Boulanger", "2026-11-13", 2),
        ("Vérifier sur place les piscines et abris de jardin repérés sur les photographies aériennes",
         "Sophie Carpentier", "2026-11-20", 2),
        ("Relever les boutiques vides de la rue principale", "Véronique Tellier", "2026-11-26", 3),
        ("Recenser les logements vacants du centre-bourg", "Agnès Poulain", "2026-11-30", 3),
        ("Proposer un local de référence pour les commerces de la place du marché", "Véronique Tellier",
         "2026-12-04", 3),
        ("Transmettre la grille des coefficients de localisation de la zone commerciale", "Karine Lemaire",
         "2026-12-07", 3),
        ("Rédiger le courrier aux propriétaires de résidences secondaires déclarées à tort", "Patrick Delattre",
         "2026-12-11", 3),
        ("Étudier la taxe sur les logements vacants à l'échelle de la communauté de communes", "Aurélie Fontaine",
         "2027-01-29", 3),
        ("Présenter le calendrier de la révision des valeurs locatives", "Fabrice Maillard", "2027-04-13", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the shopkeeper, a titular commissaire.
CCID80_ASKERS = {SLUG: ASKER}

CCID80_GROUPS = {
    SLUG: (CCID80_MEMBERS, CCID80_MEETINGS, CCID80_DEADLINES, CCID80_DECISIONS, "Nathalie Dumont"),
}

# What the coordinator typed after the CCID of April (n°1), the visit of September (n°2) and the CCID of
# November (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Bernard Caron, Nathalie Dumont, Patrick Delattre, Thomas Boulanger, Jean-Pierre Leroux, "
    "Marc Devaux, Véronique Tellier, Alain Mercier, Didier Lheureux, Christophe Lenoir, Fabrice Maillard, "
    "Sophie Carpentier",
    "/excuses n°1 Martine Vasseur, Régis Facon, Karine Lemaire, Aurélie Fontaine",
    "/absents n°1 Élodie Roussel, Agnès Poulain",
    "/presents n°2 Bernard Caron, Nathalie Dumont, Thomas Boulanger, Élodie Roussel, Jean-Pierre Leroux, "
    "Marc Devaux, Alain Mercier, Sophie Carpentier",
    "/excuses n°2 Véronique Tellier, Didier Lheureux, Patrick Delattre, Martine Vasseur, Fabrice Maillard, "
    "Karine Lemaire, Aurélie Fontaine",
    "/absents n°2 Christophe Lenoir, Régis Facon, Agnès Poulain",
    "/presents n°3 Bernard Caron, Nathalie Dumont, Patrick Delattre, Agnès Poulain, Jean-Pierre Leroux, "
    "Véronique Tellier, Alain Mercier, Didier Lheureux, Martine Vasseur, Régis Facon, Fabrice Maillard, "
    "Karine Lemaire, Aurélie Fontaine",
    "/excuses n°3 Marc Devaux, Sophie Carpentier, Thomas Boulanger, Christophe Lenoir",
    "/absents n°3 Élodie Roussel",
)

# What members said in the chat before the CCID of 8 December (n°4).
RSVPS = (
    ("Bernard Caron", "/present"),
    ("Nathalie Dumont", "/present"),
    ("Patrick Delattre", "/present"),
    ("Thomas Boulanger", "/present"),
    ("Jean-Pierre Leroux", "/present"),
    ("Alain Mercier", "/present"),
    ("Didier Lheureux", "/present"),
    ("Fabrice Maillard", "/present"),
    ("Sophie Carpentier", "/present"),
    ("Marc Devaux", "/excuse"),
    ("Karine Lemaire", "/excuse"),
)

CCID80_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "ccid", ATTENDANCE_COMMANDS, RSVPS),
}
