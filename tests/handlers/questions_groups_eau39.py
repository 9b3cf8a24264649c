"""A group written by helper r35c in the thirty-fourth round, for the blind
set 42c (how a sitting is run: procedure, votes, quorum, proxies and the
roles in the sitting, as the members of a formal body ask): the comité
syndical of an invented syndicat mixte for drinking water and sanitation in
the Jura, the Syndicat mixte des eaux du Revermont (about 40 member
communes around an invented seat, Chalonnay) — the president, mayor of
Chalonnay, who chairs the comité syndical; the directrice générale des
services who runs it (the group's coordinator); the vice-president for
works and networks and the vice-president for finances; three delegates of
member communes, one of them the comité's secrétaire de séance, one of them
the asker; the syndicat's network technician; the payeur départemental
(the syndicat's public accountant); the ARS's water-quality engineer; the
Agence de l'eau Rhône Méditerranée Corse's officer; the Département du
Jura's head of the water service; the DDT's water officer; the local
manager of the operator under the public service contract (an invented
private company); the UFC-Que Choisir du Jura's users' representative; the
Chambre d'agriculture du Jura's agronomist. Meetings: the comité syndical of
September at the mairie de Chalonnay, the commission des finances at the
syndicat's seat, the steering committee on the nitrates of the source de la
Doulonne at the maison de l'agriculture, the comité syndical of November
(orientation budgétaire, RPQS, the water tariff) at the salle des fêtes de
Verlaine-sur-Seille, the next comité syndical (budget primitif) at the
mairie de Chalonnay, the commission consultative des services publics
locaux in January, the comité syndical of February at Orgelay (the public
service contract's renewal). Tasks (five late, one of them the asker's;
two done; one cancelled), the attendance of the comités of
September and November in the store, announced presences for the comité of
10 December; the person asking is a delegate, not the coordinator.
Organisation names are public bodies or real organisations (the ARS
Bourgogne-Franche-Comté, the Agence de l'eau Rhône Méditerranée Corse, the
Département du Jura, the DDT du Jura, the DGFiP's paierie départementale,
the UFC-Que Choisir du Jura, the Chambre d'agriculture du Jura) or invented
ones (the syndicat, the communes, the operator); every person is
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["EAU39_AFTER_SETUP", "EAU39_ASKERS", "EAU39_GROUPS", "EAU39_TASKS"]

SLUG = "eau39"
ASKER = "Élise Mouget"
SYND = "Syndicat mixte des eaux du Revermont"

EAU39_MEMBERS = (
    ("Bernard Vuillermoz", SYND, "Président du syndicat, maire de Chalonnay, préside le comité syndical"),
    ("Hélène Prost", SYND, "Directrice générale des services du syndicat, coordinatrice du comité syndical"),
    ("Jean-Marc Cuynet", SYND, "Premier vice-président chargé des travaux et des réseaux, délégué de "
                               "Verlaine-sur-Seille"),
    ("Sylvie Bourgeois-Jacquet", SYND, "Vice-présidente chargée des finances, déléguée d'Orgelay"),
    ("Kevin Jobez", SYND, "Technicien eau potable, suivi des travaux de renouvellement des réseaux"),
    ("Patrick Gindre", "Commune de Frasnois-le-Bas", "Délégué titulaire au comité syndical"),
    ("Martine Lacroix", "Commune de Bois-d'Aval", "Déléguée titulaire au comité syndical, secrétaire de séance"),
    ("Élise Mouget", "Commune de Montrond-la-Côte", "Déléguée titulaire au comité syndical, adjointe au maire"),
    ("Catherine Berthet", "Paierie départementale du Jura (DGFiP)", "Payeuse départementale, comptable public du "
                                                                    "syndicat"),
    ("Olivier Jeunet", "ARS Bourgogne-Franche-Comté", "Ingénieur d'études sanitaires, qualité des eaux destinées "
                                                      "à la consommation humaine, délégation du Jura"),
    ("Anne-Laure Michaud", "Agence de l'eau Rhône Méditerranée Corse", "Chargée d'interventions, délégation de "
                                                                       "Besançon"),
    ("Fabrice Roy", "Département du Jura", "Chef du service eau et assainissement"),
    ("Sandrine Pernot", "DDT du Jura", "Chargée de mission eau, service eau, risques, environnement et forêt"),
    ("Romain Bailly", "Société des Eaux de Franche-Comté", "Responsable du centre d'exploitation de Lons, "
                                                           "délégataire du service public de l'eau"),
    ("Gérard Monnier", "UFC-Que Choisir du Jura", "Représentant des usagers à la commission consultative des "
                                                  "services publics locaux"),
    ("Josiane Grappe", "Chambre d'agriculture du Jura", "Conseillère agronomie, animatrice du plan d'action "
                                                        "captages"),
)

EAU39_MEETINGS = (
    ("2026-09-24 18:00", "2026-09-24 20:30", "Comité syndical, salle du conseil de la mairie de Chalonnay", ()),
    ("2026-10-13 14:00", "2026-10-13 16:00", "Commission des finances, salle de réunion du siège du syndicat à "
                                             "Chalonnay", ()),
    ("2026-11-04 09:30", "2026-11-04 11:30", "Comité de pilotage nitrates de la source de la Doulonne, maison de "
                                             "l'agriculture de Lons-le-Saunier", ()),
    ("2026-11-19 18:00", "2026-11-19 21:00", "Comité syndical : orientations budgétaires, RPQS et tarif de l'eau, "
                                             "salle des fêtes de Verlaine-sur-Seille", ()),
    ("2026-12-10 18:00", "2026-12-10 20:30", "Comité syndical, salle du conseil de la mairie de Chalonnay",
     ("Approbation du procès-verbal de la séance du 19 novembre",
      "Budget primitif 2027 de l'eau potable et de l'assainissement",
      "Redevance d'assainissement collectif 2027",
      "Programme 2027 de renouvellement des canalisations : demande d'aide à l'Agence de l'eau",
      "Point d'information sur les nitrates de la source de la Doulonne",
      "Questions diverses")),
    ("2027-01-19 14:00", "2027-01-19 16:00", "Commission consultative des services publics locaux, siège du "
                                             "syndicat à Chalonnay",
     ("Rapport annuel du délégataire 2025",
      "Avis sur le renouvellement du contrat de délégation du service de l'eau")),
    ("2027-02-11 18:00", "2027-02-11 20:30", "Comité syndical, salle des fêtes d'Orgelay",
     ("Choix du mode de gestion du service de l'eau après 2028",
      "Plan d'action nitrates de la source de la Doulonne")),
)

EAU39_DEADLINES = (
    ("2026-12-04", "Envoi de la convocation et des pièces du comité syndical du 10 décembre aux délégués"),
    ("2026-12-18", "Transmission du RPQS 2025 aux communes membres pour présentation en conseil municipal"),
    ("2027-01-15", "Dépôt de la demande d'aide à l'Agence de l'eau pour le renouvellement des canalisations 2027"),
    ("2027-03-15", "Publication de l'avis de concession pour le renouvellement du contrat de délégation"),
    ("2027-04-30", "Dépôt du dossier d'enquête publique du périmètre de protection de la source de la Doulonne"),
)

EAU39_DECISIONS = (
    ("2026-09-24", 1, "Le procès-verbal de la séance du 25 juin 2026 est approuvé à l'unanimité."),
    ("2026-09-24", 1, "Le programme 2027 de renouvellement des canalisations porte sur 6,5 km de conduites en fonte "
                      "pour 1,9 million d'euros HT ; délibération adoptée à l'unanimité."),
    ("2026-09-24", 1, "Le comité syndical engage la procédure de renouvellement du contrat de délégation du service "
                      "public de l'eau, qui prend fin le 31 décembre 2028 ; délibération adoptée par 31 voix pour, 4 "
                      "contre et 2 abstentions."),
    ("2026-11-04", 3, "Un plan d'action agricole est lancé avec la Chambre d'agriculture sur l'aire d'alimentation "
                      "de la source de la Doulonne : couverts végétaux et réduction des apports azotés sur 420 "
                      "hectares."),
    ("2026-11-04", 3, "L'eau de la source de la Doulonne est mélangée à celle du puits des Essarts tant que sa "
                      "teneur en nitrates dépasse 40 mg/l."),
    ("2026-11-19", 4, "Le procès-verbal de la séance du 24 septembre 2026 est approuvé à l'unanimité."),
    ("2026-11-19", 4, "Le rapport annuel sur le prix et la qualité du service (RPQS) 2025 est adopté à l'unanimité et "
                      "transmis aux communes membres."),
    ("2026-11-19", 4, "Le comité syndical prend acte du débat d'orientation budgétaire 2027 : 2,8 millions d'euros "
                      "d'investissement, sans nouvel emprunt."),
    ("2026-11-19", 4, "La part syndicale du prix de l'eau passe de 1,12 à 1,18 euro HT le mètre cube au 1er janvier "
                      "2027 ; délibération adoptée par 33 voix pour, 3 contre (les délégués de Frasnois-le-Bas, "
                      "Bois-d'Aval et Montrond-la-Côte) et 1 abstention."),
    ("2026-11-19", 4, "Jean-Marc Cuynet et Sylvie Bourgeois-Jacquet sont élus au scrutin secret membres titulaires "
                      "de la commission de délégation de service public."),
    ("2026-11-19", 4, "Les séances du comité syndical sont retransmises en direct sur la chaîne vidéo du syndicat à "
                      "partir du 10 décembre 2026."),
)

EAU39_TASKS = {
    SLUG: (
        ("Transmettre le rapport annuel du délégataire 2025", "Romain Bailly", "2026-10-30", 1, "done"),
        ("Organiser une visite publique de la station de traitement des Essarts", "Jean-Marc Cuynet", "2026-11-14",
         1, "cancelled"),
        ("Envoyer les résultats d'analyses de nitrates de la source de la Doulonne depuis janvier", "Olivier Jeunet",
         "2026-11-13", 3),
        ("Transmettre l'état de la dette et de la trésorerie du syndicat", "Catherine Berthet", "2026-11-18", 2,
         "done"),
        ("Fournir l'inventaire des branchements en plomb restants", "Romain Bailly", "2026-11-20", 1),
        ("Recenser les fuites signalées sur le réseau de Montrond-la-Côte", "Élise Mouget", "2026-11-25", 1),
        ("Rédiger le procès-verbal de la séance du 19 novembre", "Martine Lacroix", "2026-11-27", 4),
        ("Préparer la maquette du budget primitif 2027", "Sylvie Bourgeois-Jacquet", "2026-11-30", 4),
        ("Envoyer la convocation et le dossier du comité syndical du 10 décembre", "Hélène Prost", "2026-12-04", 5),
        ("Rassembler les questions des usagers sur la hausse du prix de l'eau", "Gérard Monnier", "2026-12-07", 4),
        ("Vérifier l'éligibilité du programme de renouvellement aux aides de l'Agence de l'eau", "Anne-Laure Michaud",
         "2026-12-11", 1),
        ("Chiffrer les couverts végétaux du plan d'action agricole", "Josiane Grappe", "2026-12-15", 3),
        ("Présenter le RPQS 2025 au conseil municipal de Montrond-la-Côte", "Élise Mouget", "2026-12-17", 4),
        ("Transmettre l'avis du Département sur le schéma départemental d'alimentation en eau potable", "Fabrice Roy",
         "2026-12-18", 4),
        ("Envoyer le projet d'arrêté de protection de la source de la Doulonne", "Sandrine Pernot", "2027-01-08", 3),
        ("Établir le planning des travaux de renouvellement 2027", "Kevin Jobez", "2027-01-22", 1),
        ("Préparer le rapport sur le choix du mode de gestion après 2028", "Hélène Prost", "2027-01-29", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the delegate of Montrond-la-Côte.
EAU39_ASKERS = {SLUG: ASKER}

EAU39_GROUPS = {
    SLUG: (EAU39_MEMBERS, EAU39_MEETINGS, EAU39_DEADLINES, EAU39_DECISIONS, "Hélène Prost"),
}

# What the coordinator typed after the comité syndical of September at Chalonnay (n°1) and the comité syndical of
# November at Verlaine-sur-Seille (n°4); nothing was recorded for the commission des finances (n°2) nor for the
# steering committee on nitrates (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Bernard Vuillermoz, Hélène Prost, Jean-Marc Cuynet, Sylvie Bourgeois-Jacquet, Kevin Jobez, "
    "Patrick Gindre, Martine Lacroix, Élise Mouget, Catherine Berthet, Anne-Laure Michaud, Romain Bailly, "
    "Gérard Monnier",
    "/excuses n°1 Olivier Jeunet, Sandrine Pernot, Josiane Grappe",
    "/absents n°1 Fabrice Roy",
    "/presents n°4 Bernard Vuillermoz, Hélène Prost, Jean-Marc Cuynet, Sylvie Bourgeois-Jacquet, Kevin Jobez, "
    "Martine Lacroix, Élise Mouget, Catherine Berthet, Olivier Jeunet, Romain Bailly, Gérard Monnier, "
    "Josiane Grappe",
    "/excuses n°4 Patrick Gindre, Anne-Laure Michaud, Fabrice Roy",
    "/absents n°4 Sandrine Pernot",
)

# What members said in the chat before the comité syndical of 10 December at Chalonnay (n°5).
RSVPS = (
    ("Bernard Vuillermoz", "/present"),
    ("Hélène Prost", "/present"),
    ("Jean-Marc Cuynet", "/present"),
    ("Sylvie Bourgeois-Jacquet", "/present"),
    ("Martine Lacroix", "/present"),
    ("Catherine Berthet", "/present"),
    ("Romain Bailly", "/present"),
    ("Gérard Monnier", "/present"),
    ("Patrick Gindre", "/excuse"),
    ("Olivier Jeunet", "/excuse"),
)

EAU39_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "eau39", ATTENDANCE_COMMANDS, RSVPS),
}
