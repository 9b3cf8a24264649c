"""A group written by helper r41b in the fortieth round, for blind set 48b
(how a decision was taken: the votes, who proposed it and on whose report,
the reasons recorded, a point only debated or put off, a vote by secret
ballot, an adoption still subject to a partner's agreement): the comité
syndical of an invented SIVOM of the Cantal, the SIVOM de la Vallée de la
Cère (school transport, an intercommunal swimming pool, the household waste
collection, a relais petite enfance) — the mayor who chairs it, the SIVOM's
director (the coordinator), the titular delegates of the nine member
communes (one voice each) and two substitutes, the public accountant of the
service de gestion comptable who is its treasurer, the Département du
Cantal, the Région Auvergne-Rhône-Alpes (school transport), an invented
sorting syndicate, the pool's manager, the relais petite enfance's
animatrice, the CAF du Cantal and an invented coach operator.
Meetings: the comités syndicaux of September (Lavaurs), October
(Conros-le-Bas) and November (Saint-Aurel-de-Cère), the next on Tuesday 8
December at 18:00 (the budget), a commission transports scolaires in January
and a comité in February. Attendance is recorded for the three past
meetings, and the announced presences for 8 December; the decisions are
written as the minutes write them (« adopté par 6 voix pour, 2 contre (…) »,
« sur proposition de … », « motif : … »); the person asking is a delegate,
not the coordinator.
Organisation names are public bodies (the Département du Cantal, the Région
Auvergne-Rhône-Alpes, the CAF du Cantal, the service de gestion comptable
d'Aurillac) or invented ones (the SIVOM, its communes, the sorting syndicate,
the pool, the relais, the coach operator); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["SIVOM15_AFTER_SETUP", "SIVOM15_ASKERS", "SIVOM15_GROUPS", "SIVOM15_TASKS"]

SLUG = "sivom15"
ASKER = "Pascal Mazeyrat"
SIVOM = "SIVOM de la Vallée de la Cère"
LAVAURS = "salle du conseil, mairie de Lavaurs"

SIVOM15_MEMBERS = (
    ("Jean-Claude Fabrègue", "Commune de Lavaurs", "Maire de Lavaurs, président du SIVOM, délégué titulaire"),
    ("Agnès Bouyssou", SIVOM, "Directrice du SIVOM, coordinatrice du comité syndical"),
    ("Rémi Lascombes", "Commune de Saint-Aurel-de-Cère", "Délégué titulaire, premier vice-président chargé des "
                                                         "transports scolaires"),
    ("Mireille Teyssèdre", "Commune de Conros-le-Bas", "Déléguée titulaire, vice-présidente chargée des déchets "
                                                        "ménagers"),
    ("Pascal Mazeyrat", "Commune de Boissel", "Délégué titulaire, adjoint au maire de Boissel"),
    ("Odile Chambon", "Commune de Teissières-Hautes", "Maire de Teissières-Hautes, déléguée titulaire"),
    ("Henri Vialard", "Commune de La Roquevieille", "Délégué titulaire, vice-président chargé de la piscine "
                                                    "intercommunale"),
    ("Nadine Cros", "Commune de Salvanhac", "Déléguée titulaire, vice-présidente chargée de la petite enfance"),
    ("Francis Malbec", "Commune de Puech-Redon", "Maire de Puech-Redon, délégué titulaire"),
    ("Josiane Lavergne", "Commune de Sansac-le-Vieux", "Déléguée titulaire, conseillère municipale"),
    ("Thierry Bonal", "Commune de Lavaurs", "Délégué suppléant"),
    ("Élodie Rigal", "Commune de Boissel", "Déléguée suppléante"),
    ("Gérard Pagès", "Service de gestion comptable d'Aurillac", "Comptable public, trésorier du SIVOM"),
    ("Claire Estival", "Département du Cantal", "Chargée de mission aides aux communes, direction de "
                                                "l'aménagement du territoire"),
    ("Laurent Méallet", "Région Auvergne-Rhône-Alpes", "Responsable des transports scolaires du Cantal, "
                                                       "antenne d'Aurillac"),
    ("Sandrine Aldebert", "Syndicat mixte de tri du Cantal", "Responsable du centre de tri"),
    ("Kévin Soulié", "Piscine intercommunale de Lavaurs", "Gestionnaire de la piscine"),
    ("Julie Fau", "Relais petite enfance de la Cère", "Animatrice du relais petite enfance"),
    ("Béatrice Cantuel", "CAF du Cantal", "Conseillère territoriale petite enfance"),
    ("Didier Rouquier", "Cars du Carladès", "Gérant, transporteur des circuits scolaires"),
)

SIVOM15_MEETINGS = (
    ("2026-09-24 18:00", "2026-09-24 20:00", f"Comité syndical, {LAVAURS}", ()),
    ("2026-10-20 18:00", "2026-10-20 20:00", "Comité syndical, salle polyvalente de Conros-le-Bas", ()),
    ("2026-11-19 18:00", "2026-11-19 20:30", "Comité syndical : débat d'orientation budgétaire, mairie de "
                                             "Saint-Aurel-de-Cère", ()),
    ("2026-12-08 18:00", "2026-12-08 20:30", f"Comité syndical, {LAVAURS}",
     ("Approbation du procès-verbal du 19 novembre",
      "Vote du budget primitif 2027",
      "Remplacement du car du circuit de Puech-Redon",
      "Règlement intérieur du relais petite enfance")),
    ("2027-01-14 17:30", "2027-01-14 19:00", "Commission transports scolaires, siège du SIVOM, Lavaurs",
     ("Bilan du premier trimestre des circuits",
      "Arrêt de car du hameau de la Bastide")),
    ("2027-02-16 18:00", "2027-02-16 20:00", "Comité syndical, salle des fêtes de Salvanhac",
     ("Compte administratif 2026",
      "Rapport annuel du service des déchets")),
)

SIVOM15_DEADLINES = (
    ("2026-11-27", "Retour par les communes des effectifs d'élèves par circuit"),
    ("2026-12-04", "Envoi des amendements au projet de budget primitif 2027 à la directrice"),
    ("2026-12-18", "Transmission des délibérations budgétaires à la préfecture"),
    ("2027-01-15", "Inscription des assistantes maternelles aux ateliers du relais"),
    ("2027-01-29", "Dépôt au Département du dossier de subvention de la filtration de la piscine"),
    ("2027-03-31", "Envoi aux communes du rapport annuel sur le prix et la qualité du service des déchets"),
)

SIVOM15_DECISIONS = (
    ("2026-09-24", 1, "Le marché du transport scolaire des circuits de la vallée est attribué aux Cars du "
                      "Carladès pour trois ans ; motif : offre la mieux-disante, au meilleur prix et avec les cars "
                      "les plus récents ; sur le rapport de Rémi Lascombes, adopté à l'unanimité."),
    ("2026-09-24", 1, "La participation des familles au transport scolaire est fixée à 60 € par an et par enfant, "
                      "gratuite à partir du troisième enfant, sur la base du tarif régional diminué de la part "
                      "prise en charge par le SIVOM ; sur proposition du président, adopté par 6 voix pour et 2 "
                      "abstentions (M. Malbec, Mme Lavergne)."),
    ("2026-09-24", 1, "Une permanence du relais petite enfance est ouverte le mercredi matin à la mairie de "
                      "Salvanhac ; sur proposition de Nadine Cros, adopté à l'unanimité."),
    ("2026-09-24", 1, "Le comité syndical se réunit au moins une fois par trimestre, à tour de rôle dans les "
                      "communes membres ; adopté à l'unanimité."),
    ("2026-10-20", 2, "La redevance d'enlèvement des ordures ménagères augmente de 4 % au 1er janvier 2027 ; "
                      "motif : hausse de la TGAP et du coût du tri ; sur proposition de Mireille Teyssèdre, "
                      "adopté par 6 voix pour, 2 contre (M. Malbec, Mme Lavergne) et 1 abstention "
                      "(M. Mazeyrat)."),
    ("2026-10-20", 2, "La piscine intercommunale ferme du 4 janvier au 26 février 2027 pour le remplacement de la "
                      "filtration ; adopté à l'unanimité."),
    ("2026-10-20", 2, "La collecte des sacs jaunes a lieu toutes les deux semaines à partir de janvier 2027 ; "
                      "adopté à l'unanimité moins une abstention (M. Vialard)."),
    ("2026-10-20", 2, "Mireille Teyssèdre est élue déléguée du SIVOM au Syndicat mixte de tri du Cantal, au "
                      "scrutin secret, par 7 voix sur 9."),
    ("2026-11-19", 3, "Le débat d'orientation budgétaire 2027 s'est tenu sur la présentation de la directrice ; "
                      "il ne donne pas lieu à un vote, le budget primitif sera voté le 8 décembre."),
    ("2026-11-19", 3, "Une subvention de 45 000 € est demandée au Département du Cantal pour la nouvelle "
                      "filtration de la piscine ; sur le rapport d'Henri Vialard, adopté à l'unanimité."),
    ("2026-11-19", 3, "La convention d'objectifs et de financement du relais petite enfance avec la CAF du "
                      "Cantal est renouvelée pour 2027-2030 ; adopté à l'unanimité, sous réserve de l'accord du "
                      "conseil d'administration de la CAF."),
    ("2026-11-19", 3, "Le remplacement du car du circuit de Puech-Redon est ajourné au comité du 8 décembre, faute "
                      "de devis comparables ; le point n'a pas été mis au vote."),
    ("2026-11-19", 3, "Le prix de l'entrée à la piscine augmente de 0,50 € en 2027 ; motif : hausse du coût de "
                      "l'énergie ; sur proposition d'Henri Vialard, adopté par 5 voix pour et 2 contre "
                      "(Mme Lavergne, M. Mazeyrat)."),
    ("2026-11-19", 3, "Un délégué empêché peut donner pouvoir à un autre délégué, chacun ne pouvant détenir qu'un "
                      "seul pouvoir ; adopté à l'unanimité."),
)

SIVOM15_TASKS = {
    SLUG: (
        ("Afficher les nouveaux horaires dans les cars scolaires", "Didier Rouquier", "2026-10-15", 1, "done"),
        ("Organiser la permanence du relais à Salvanhac", "Julie Fau", "2026-10-07", 1, "done"),
        ("Recenser les élèves du hameau de la Bastide pour le circuit", "Pascal Mazeyrat", "2026-12-10", 1),
        ("Annoncer la hausse de la redevance dans le bulletin municipal de Boissel", "Pascal Mazeyrat",
         "2026-11-20", 2),
        ("Distribuer le calendrier 2027 de collecte des sacs jaunes", "Sandrine Aldebert", "2026-12-15", 2),
        ("Chiffrer l'accueil des scolaires pendant la fermeture de la piscine", "Kévin Soulié", "2026-11-13", 2,
         "cancelled"),
        ("Envoyer le procès-verbal du comité du 19 novembre", "Agnès Bouyssou", "2026-11-26", 3),
        ("Demander trois devis pour le car du circuit de Puech-Redon", "Rémi Lascombes", "2026-12-03", 3),
        ("Préparer le dossier de subvention de la filtration de la piscine", "Henri Vialard", "2027-01-22", 3),
        ("Faire valider la convention du relais par le conseil d'administration de la CAF", "Béatrice Cantuel",
         "2026-12-11", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the titular delegate of Boissel.
SIVOM15_ASKERS = {SLUG: ASKER}

SIVOM15_GROUPS = {
    SLUG: (SIVOM15_MEMBERS, SIVOM15_MEETINGS, SIVOM15_DEADLINES, SIVOM15_DECISIONS, "Agnès Bouyssou"),
}

# What the coordinator typed after the comités of September (n°1), October (n°2) and November (n°3): eight, nine
# and seven voting delegates, which the votes of the decisions add up to (Lavaurs' substitute came in September
# without a vote, its titular delegate being there).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Jean-Claude Fabrègue, Agnès Bouyssou, Rémi Lascombes, Mireille Teyssèdre, Pascal Mazeyrat, "
    "Henri Vialard, Nadine Cros, Francis Malbec, Josiane Lavergne, Gérard Pagès, Laurent Méallet, Julie Fau, "
    "Béatrice Cantuel, Thierry Bonal",
    "/excuses n°1 Odile Chambon, Claire Estival",
    "/absents n°1 Kévin Soulié",
    "/presents n°2 Jean-Claude Fabrègue, Agnès Bouyssou, Rémi Lascombes, Mireille Teyssèdre, Pascal Mazeyrat, "
    "Odile Chambon, Henri Vialard, Nadine Cros, Francis Malbec, Josiane Lavergne, Gérard Pagès, "
    "Sandrine Aldebert, Kévin Soulié",
    "/excuses n°2 Laurent Méallet",
    "/presents n°3 Jean-Claude Fabrègue, Agnès Bouyssou, Rémi Lascombes, Mireille Teyssèdre, Pascal Mazeyrat, "
    "Henri Vialard, Nadine Cros, Josiane Lavergne, Gérard Pagès, Kévin Soulié, Julie Fau, Béatrice Cantuel",
    "/excuses n°3 Odile Chambon, Didier Rouquier, Claire Estival",
    "/absents n°3 Francis Malbec",
)

# What members said in the chat before the comité of 8 December (n°4); the asker has said nothing yet.
RSVPS = (
    ("Jean-Claude Fabrègue", "/present"),
    ("Agnès Bouyssou", "/present"),
    ("Rémi Lascombes", "/present"),
    ("Mireille Teyssèdre", "/present"),
    ("Henri Vialard", "/present"),
    ("Nadine Cros", "/present"),
    ("Gérard Pagès", "/present"),
    ("Didier Rouquier", "/present"),
    ("Francis Malbec", "/excuse"),
    ("Odile Chambon", "/excuse"),
    ("Béatrice Cantuel", "/excuse"),
)

SIVOM15_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "s15", ATTENDANCE_COMMANDS, RSVPS),
}
