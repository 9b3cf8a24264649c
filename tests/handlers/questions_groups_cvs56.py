"""A group written by helper w40a in the thirty-ninth round, for the lead's
blind set 79 (a stranger's general set in the words of the people who sit on
the conseil de la vie sociale (CVS) of an invented public EHPAD of the
Morbihan): the CVS of the invented Résidence Ty Avel at the invented commune of
Pluméven, with its accueil de jour and its PASA — the elected president (a
resident's daughter, a families' representative) who chairs it, the EHPAD's
director who coordinates the group and her assistant who writes the minutes,
two residents' representatives (one of them vice-president), a second
families' representative (the asker: a resident's son, suppléant), the staff's
representatives (an aide-soignante, a nurse), the cadre de santé, the médecin
coordonnateur, the animatrice, the coordinator of the accueil de jour, the
assistante de soins en gérontologie of the PASA, the chef gérant of the
invented catering contractor Armor Restauration Collective, the CCAS's
vice-president, the Département du Morbihan's autonomy service, the ARS
Bretagne's delegate, the president of the invented volunteers' association Les
Amis de Ty Avel, and the UDAF du Morbihan's mandataire judiciaire.
Meetings: the CVS of March (the règlement de fonctionnement) and of June (the
2025 activity report), the commission des menus of September, the CVS of
19 November (the 2027 budget and tariffs), the CVS of 10 December (the
satisfaction survey, the projet d'établissement, Christmas), the working group
on visits and volunteers of 14 January 2027 and the CVS of March 2027. Tasks
(four late, one of them the asker's; one done; one cancelled), the attendance
of the June and November sittings in the store, announced presences for
10 December; the person asking is a member, not the coordinator. Public bodies
are named (Département du Morbihan, ARS Bretagne, UDAF du Morbihan, CCAS); the
EHPAD, its commune, the contractor and the association are invented; every
person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CVS56_AFTER_SETUP", "CVS56_ASKERS", "CVS56_GROUPS", "CVS56_TASKS"]

SLUG = "cvs56"
ASKER = "Yannick Le Corre"
EHPAD = "EHPAD public Résidence Ty Avel"

CVS56_MEMBERS = (
    ("Anne-Sophie Le Guennec", "Représentants des familles", "Présidente du conseil de la vie sociale, élue par les "
                                                             "familles, fille d'une résidente"),
    ("Gaëlle Kerhervé", EHPAD, "Directrice de l'EHPAD, coordinatrice du conseil de la vie sociale"),
    ("Morgane Le Hir", f"{EHPAD}, secrétariat de direction", "Assistante de direction, rédige les comptes rendus du "
                                                              "conseil de la vie sociale"),
    ("Joseph Le Floch", "Représentants des résidents", "Résident, vice-président du conseil de la vie sociale"),
    ("Marie-Thérèse Guillemot", "Représentants des résidents", "Résidente, représentante des résidents, membre "
                                                               "titulaire"),
    ("Yannick Le Corre", "Représentants des familles", "Représentant des familles, membre suppléant, fils d'un "
                                                       "résident de l'unité protégée"),
    ("Sandrine Le Bihan", f"{EHPAD}, représentants du personnel", "Aide-soignante, représentante du personnel"),
    ("Mickaël Tanguy", f"{EHPAD}, représentants du personnel", "Infirmier, représentant du personnel, membre "
                                                               "suppléant"),
    ("Isabelle Jégo", EHPAD, "Cadre de santé, responsable de l'organisation des soins et des équipes soignantes"),
    ("Pierre-Yves Kervella", EHPAD, "Médecin coordonnateur de l'EHPAD"),
    ("Laëtitia Rio", EHPAD, "Animatrice, chargée de la vie sociale et des sorties des résidents"),
    ("Nolwenn Le Dréan", f"{EHPAD}, accueil de jour", "Infirmière coordinatrice de l'accueil de jour, chargée du "
                                                      "transport des personnes accueillies"),
    ("Katell Morvan", f"{EHPAD}, pôle d'activités et de soins adaptés (PASA)", "Assistante de soins en gérontologie, "
                                                                              "référente du PASA"),
    ("Florian Nicolas", "Armor Restauration Collective", "Chef gérant de la cuisine, prestataire de restauration de "
                                                         "l'EHPAD"),
    ("Bernard Le Moing", "Commune de Pluméven, centre communal d'action sociale (CCAS)", "Vice-président du CCAS, "
                                                                                       "adjoint aux solidarités"),
    ("Valérie Cadoret", "Département du Morbihan, direction de l'autonomie", "Chargée de la tarification et du "
                                                                             "contrôle des établissements pour "
                                                                             "personnes âgées"),
    ("Thierry Gourlay", "ARS Bretagne, délégation départementale du Morbihan", "Inspecteur, référent des "
                                                                               "établissements pour personnes âgées"),
    ("Odile Le Gall", "Les Amis de Ty Avel", "Présidente de l'association de bénévoles, organise les visites aux "
                                             "résidents isolés"),
    ("Christophe Le Texier", "UDAF du Morbihan, service des mandataires judiciaires à la protection des majeurs",
     "Mandataire judiciaire, représentant des mandataires des résidents sous tutelle ou curatelle"),
)

CVS56_MEETINGS = (
    ("2026-03-12 14:30", "2026-03-12 16:30", "Conseil de la vie sociale : révision du règlement de fonctionnement, "
                                             "salle d'animation, Résidence Ty Avel, Pluméven", ()),
    ("2026-06-18 14:30", "2026-06-18 16:30", "Conseil de la vie sociale : rapport d'activité 2025 et projet "
                                             "d'animation, salle d'animation", ()),
    ("2026-09-22 14:00", "2026-09-22 15:30", "Commission des menus avec le prestataire de restauration, salle à "
                                             "manger de la Résidence Ty Avel", ()),
    ("2026-11-19 14:30", "2026-11-19 16:30", "Conseil de la vie sociale : budget prévisionnel 2027 et tarifs "
                                             "d'hébergement, salle d'animation", ()),
    ("2026-12-10 14:30", "2026-12-10 16:30", "Conseil de la vie sociale : résultats de l'enquête de satisfaction, "
                                             "salle d'animation",
     ("Résultats de l'enquête de satisfaction 2026",
      "Avis sur le projet d'établissement 2027-2031",
      "Organisation des fêtes de fin d'année",
      "Bilan du transport de l'accueil de jour")),
    ("2027-01-14 10:00", "2027-01-14 12:00", "Groupe de travail sur les visites et le bénévolat, salle du PASA",
     ("Accueil des bénévoles de l'association Les Amis de Ty Avel",
      "Visites des familles à l'unité protégée")),
    ("2027-03-11 14:30", "2027-03-11 16:30", "Conseil de la vie sociale : rapport annuel et élection des "
                                             "représentants des familles, salle d'animation",
     ("Rapport annuel 2026 du conseil de la vie sociale",
      "Élection des représentants des familles",
      "Calendrier des animations du printemps")),
)

CVS56_DEADLINES = (
    ("2026-12-04", "Retour des questionnaires de satisfaction des familles"),
    ("2026-12-15", "Inscription des familles au repas de Noël des résidents"),
    ("2027-01-08", "Envoi de l'avis du conseil de la vie sociale sur le projet d'établissement au conseil "
                   "d'administration"),
    ("2027-01-29", "Dépôt des candidatures pour l'élection des représentants des familles"),
    ("2027-02-26", "Diffusion du rapport annuel 2026 du conseil de la vie sociale aux familles"),
    ("2027-04-30", "Transmission de l'état réalisé des recettes et des dépenses 2026 au Département et à l'ARS"),
)

CVS56_DECISIONS = (
    ("2026-03-12", 1, "Le règlement de fonctionnement révisé reçoit un avis favorable du conseil de la vie sociale."),
    ("2026-03-12", 1, "Les familles peuvent rendre visite aux résidents tous les jours de 11 h à 20 h, sans "
                      "rendez-vous."),
    ("2026-03-12", 1, "Le conseil de la vie sociale se réunit quatre fois par an."),
    ("2026-06-18", 2, "Un menu de remplacement est proposé aux résidents à chaque repas."),
    ("2026-06-18", 2, "Une boîte à idées pour les familles est installée à l'accueil de l'EHPAD."),
    ("2026-06-18", 2, "Le PASA ouvre aussi le samedi matin à partir de septembre 2026."),
    ("2026-06-18", 2, "Les animaux de compagnie des familles sont autorisés pendant les visites, tenus en laisse."),
    ("2026-09-22", 3, "Le goûter est servi à 15 h 30 au lieu de 16 h."),
    ("2026-09-22", 3, "Un repas breton, galettes et far, est servi le premier vendredi de chaque mois."),
    ("2026-11-19", 4, "Le conseil de la vie sociale émet un avis favorable au tarif d'hébergement 2027, en hausse de "
                      "2,5 %."),
    ("2026-11-19", 4, "Le transport de l'accueil de jour dessert aussi les communes de Brandivy et de "
                      "Locmaria-Grand-Champ à partir de janvier 2027."),
    ("2026-11-19", 4, "Un bénévole des Amis de Ty Avel accompagne les résidents au marché de Pluméven le mercredi "
                      "matin."),
    ("2026-11-19", 4, "Le compte rendu de chaque séance est envoyé aux familles, par courrier ou par courriel, dans "
                      "le mois qui suit."),
    ("2026-11-19", 4, "Le linge des résidents est marqué gratuitement par l'établissement à l'entrée."),
)

CVS56_TASKS = {
    SLUG: (
        ("Mettre à jour le livret d'accueil avec les nouveaux horaires de visite", "Morgane Le Hir", "2026-05-29", 1,
         "done"),
        ("Organiser une sortie à la mer pour les résidents du PASA", "Katell Morvan", "2026-09-30", 2, "cancelled"),
        ("Installer la boîte à idées des familles à l'accueil", "Isabelle Jégo", "2026-10-15", 2),
        ("Proposer les menus de remplacement de l'hiver", "Florian Nicolas", "2026-11-06", 3),
        ("Recueillir les remarques des familles sur le linge perdu", "Yannick Le Corre", "2026-11-20", 2),
        ("Préparer la synthèse de l'enquête de satisfaction 2026", "Gaëlle Kerhervé", "2026-11-27", 4),
        ("Établir le planning des bénévoles pour le marché du mercredi", "Odile Le Gall", "2026-12-09", 4),
        ("Présenter les nouveaux circuits du transport de l'accueil de jour aux familles", "Nolwenn Le Dréan",
         "2027-01-08", 4),
        ("Faire le point avec les familles de l'unité protégée sur les visites", "Yannick Le Corre", "2027-01-12", 4),
        ("Préparer le calendrier des animations du premier trimestre 2027", "Laëtitia Rio", "2027-02-05", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): a families' representative, suppléant.
CVS56_ASKERS = {SLUG: ASKER}

CVS56_GROUPS = {
    SLUG: (CVS56_MEMBERS, CVS56_MEETINGS, CVS56_DEADLINES, CVS56_DECISIONS, "Gaëlle Kerhervé"),
}

# What the coordinator typed after the CVS of June (n°2) and the CVS of November (n°4); nothing was recorded for the
# CVS of March (n°1) nor for the commission des menus (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Anne-Sophie Le Guennec, Gaëlle Kerhervé, Morgane Le Hir, Joseph Le Floch, "
    "Marie-Thérèse Guillemot, Yannick Le Corre, Sandrine Le Bihan, Isabelle Jégo, Laëtitia Rio, Katell Morvan, "
    "Bernard Le Moing, Odile Le Gall",
    "/excuses n°2 Pierre-Yves Kervella, Valérie Cadoret",
    "/absents n°2 Christophe Le Texier",
    "/presents n°4 Anne-Sophie Le Guennec, Gaëlle Kerhervé, Morgane Le Hir, Joseph Le Floch, Sandrine Le Bihan, "
    "Mickaël Tanguy, Isabelle Jégo, Pierre-Yves Kervella, Nolwenn Le Dréan, Florian Nicolas, Bernard Le Moing, "
    "Valérie Cadoret, Odile Le Gall",
    "/excuses n°4 Yannick Le Corre, Marie-Thérèse Guillemot, Thierry Gourlay",
    "/absents n°4 Christophe Le Texier",
)

# What members said in the chat before the CVS of 10 December (n°5).
RSVPS = (
    ("Gaëlle Kerhervé", "/present"),
    ("Anne-Sophie Le Guennec", "/present"),
    ("Joseph Le Floch", "/present"),
    ("Isabelle Jégo", "/present"),
    ("Florian Nicolas", "/present"),
    ("Odile Le Gall", "/present"),
    ("Nolwenn Le Dréan", "/present"),
    ("Pierre-Yves Kervella", "/excuse"),
    ("Valérie Cadoret", "/excuse"),
)

CVS56_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "cv56", ATTENDANCE_COMMANDS, RSVPS),
}
