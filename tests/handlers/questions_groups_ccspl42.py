"""A group written by helper w39a in the thirty-eighth round, for the lead's
blind set 76 (a stranger's general set in the words of the people who sit on
the commission consultative des services publics locaux (CCSPL) of an invented
communauté d'agglomération of the Loire): the CCSPL of the invented Lignon
Agglomération (seat at Saint-Aubin-sur-Lignon) — the vice-president for public
services who chairs it, the assemblies' service's chargée de mission who
coordinates the group and its assistant who writes the minutes, three
councillors (a mayor, an opposition councillor, a substitute) and the
vice-president for water who chairs the régie's conseil d'exploitation, the
representatives of UFC-Que Choisir Loire, of the CNL Loire (a tenants' union:
the asker), of FNE Loire, of APF France handicap and of the FNAUT
Auvergne-Rhône-Alpes, the director of the invented Régie des eaux du Lignon and
its head of customer relations, the head of the waste service, the
délégataires (the invented Transports du Lignon running the Lignobus network,
the invented Lignon Chaleur running the heating network, the invented Forez
Crémation running the crematorium), the head of the mobility service, the
finance director and the legal service's juriste who follows the DSP contracts.
Meetings: the CCSPL of March (the heating network's DSP) and of June (the
délégataires' annual reports), the visit of the Font-Salée water plant in
September, the CCSPL of 19 November (the water, sanitation and waste reports),
the CCSPL of 10 December (the Lignobus DSP's principle, the Chambre régionale
des comptes' report, the 2027 water prices), the working group on bus stops'
accessibility of 21 January 2027 at the Lignobus depot and the CCSPL of March
2027. Tasks (four late, one of them the asker's; one done; one cancelled), the
attendance of the June and November sittings in the store, announced presences
for 10 December; the person asking is a member, not the coordinator. Public
bodies are named (UFC-Que Choisir, CNL, FNE, APF France handicap, FNAUT,
Chambre régionale des comptes); the agglomeration, its communes, its régie and
the three délégataires are invented; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CCSPL42_AFTER_SETUP", "CCSPL42_ASKERS", "CCSPL42_GROUPS", "CCSPL42_TASKS"]

SLUG = "ccspl42"
ASKER = "Martine Ferrand"
AGGLO = "Lignon Agglomération"

CCSPL42_MEMBERS = (
    ("Bernard Vialatte", AGGLO, "Vice-président chargé des services publics, président de la commission consultative "
                                "des services publics locaux"),
    ("Claire Mounier", f"{AGGLO}, service des assemblées", "Chargée de mission, coordinatrice de la commission "
                                                           "consultative des services publics locaux"),
    ("Laetitia Grangeon", f"{AGGLO}, service des assemblées", "Assistante, rédige les procès-verbaux de la "
                                                              "commission"),
    ("Nadine Chapuis", AGGLO, "Conseillère communautaire, maire de Saint-Aubin-sur-Lignon"),
    ("Rachid Benaissa", AGGLO, "Conseiller communautaire du groupe d'opposition Agir pour le Lignon"),
    ("Hélène Dufour-Roche", AGGLO, "Conseillère communautaire, membre suppléante de la commission, adjointe au maire "
                                   "de Chazelles-le-Haut"),
    ("Yves Pralong", AGGLO, "Vice-président chargé de l'eau et de l'assainissement, président du conseil "
                            "d'exploitation de la régie des eaux"),
    ("Gérard Masson", "UFC-Que Choisir Loire", "Représentant des consommateurs, référent eau et énergie"),
    ("Martine Ferrand", "CNL Loire, Confédération nationale du logement", "Représentante des locataires, "
                                                                         "membre titulaire"),
    ("Lucien Perret", "FNE Loire", "Représentant de l'association de protection de l'environnement, référent "
                                   "déchets"),
    ("Sylvie Garnier", "APF France handicap, délégation de la Loire", "Représentante des personnes en situation de "
                                                                      "handicap, référente accessibilité"),
    ("Denis Bouchet", "FNAUT Auvergne-Rhône-Alpes", "Représentant des usagers des transports"),
    ("Thomas Berthon", "Régie des eaux du Lignon", "Directeur de la régie des eaux et de l'assainissement"),
    ("Céline Vernay", "Régie des eaux du Lignon", "Responsable de la relation aux abonnés, chargée de la facturation "
                                                  "et des réclamations"),
    ("Éric Fayolle", f"{AGGLO}, service de gestion des déchets", "Responsable du service des déchets ménagers et des "
                                                                 "déchèteries"),
    ("Karine Pélissier", "Transports du Lignon", "Directrice du réseau de bus Lignobus, délégataire du transport "
                                                 "urbain"),
    ("Julien Royer", "Lignon Chaleur", "Responsable d'exploitation du réseau de chaleur, délégataire"),
    ("Patricia Blanchard", "Forez Crémation", "Directrice du crématorium du Haut-Lignon, délégataire"),
    ("Fabrice Mathevet", f"{AGGLO}, service des mobilités", "Responsable du service des mobilités, chargé du "
                                                            "contrôle de la délégation du réseau de bus"),
    ("Olivier Tissot", f"{AGGLO}, direction des finances", "Directeur des finances"),
    ("Amandine Courbon", f"{AGGLO}, service juridique et de la commande publique",
     "Juriste, chargée du suivi des contrats de délégation de service public"),
)

CCSPL42_MEETINGS = (
    ("2026-03-19 17:30", "2026-03-19 19:30", "Commission consultative des services publics locaux : avis sur le "
                                             "renouvellement de la délégation du réseau de chaleur, salle du conseil "
                                             "communautaire, siège de Lignon Agglomération, Saint-Aubin-sur-Lignon",
     ()),
    ("2026-06-25 17:30", "2026-06-25 20:00", "Commission consultative des services publics locaux : examen des "
                                             "rapports annuels des délégataires 2025, salle du conseil communautaire",
     ()),
    ("2026-09-29 14:00", "2026-09-29 16:30", "Visite de l'usine de traitement d'eau potable de la Font-Salée, régie "
                                             "des eaux du Lignon, Chazelles-le-Haut", ()),
    ("2026-11-19 17:30", "2026-11-19 19:30", "Commission consultative des services publics locaux : rapports sur le "
                                             "prix et la qualité de l'eau, de l'assainissement et des déchets 2025, "
                                             "salle du conseil communautaire", ()),
    ("2026-12-10 17:30", "2026-12-10 19:30", "Commission consultative des services publics locaux : avis sur la "
                                             "délégation du réseau Lignobus, salle du conseil communautaire",
     ("Avis sur le principe de délégation du réseau de bus Lignobus pour 2028-2035",
      "Rapport de la chambre régionale des comptes sur la gestion des déchets",
      "Tarifs 2027 de l'eau et de l'assainissement",
      "Bilan du chèque eau")),
    ("2027-01-21 14:00", "2027-01-21 16:00", "Groupe de travail sur l'accessibilité des arrêts de bus, dépôt "
                                             "Lignobus, zone des Combes, Saint-Aubin-sur-Lignon",
     ("Arrêts de bus à mettre en accessibilité en priorité",
      "Transport à la demande pour les personnes à mobilité réduite")),
    ("2027-03-18 17:30", "2027-03-18 19:30", "Commission consultative des services publics locaux : état des travaux "
                                             "2026 et programme 2027, salle du conseil communautaire",
     ("État des travaux de la commission en 2026",
      "Avis sur le règlement de collecte des déchets",
      "Programme de travail 2027")),
)

CCSPL42_DEADLINES = (
    ("2026-12-04", "Envoi des observations des membres sur le rapport de la chambre régionale des comptes"),
    ("2026-12-17", "Transmission de l'avis de la commission sur la délégation du réseau Lignobus au conseil "
                   "communautaire"),
    ("2026-12-31", "Mise en ligne du rapport sur le prix et la qualité du service de l'eau 2025"),
    ("2027-01-15", "Dépôt des candidatures des associations pour le renouvellement des membres de la commission"),
    ("2027-06-01", "Remise des rapports annuels 2026 des délégataires à l'agglomération"),
    ("2027-06-30", "Présentation de l'état des travaux de la commission au conseil communautaire"),
)

CCSPL42_DECISIONS = (
    ("2026-03-19", 1, "La commission émet un avis favorable au renouvellement de la délégation du réseau de chaleur "
                      "pour une durée de douze ans."),
    ("2026-03-19", 1, "Les séances de la commission commencent à 17 h 30 pour permettre aux représentants des "
                      "associations d'y assister."),
    ("2026-03-19", 1, "Les documents de séance sont envoyés aux membres au moins dix jours avant chaque réunion."),
    ("2026-06-25", 2, "Le délégataire du réseau Lignobus fournit un indicateur de ponctualité par ligne dans son "
                      "rapport annuel."),
    ("2026-06-25", 2, "Le délégataire du crématorium présente chaque année l'évolution de ses tarifs à la "
                      "commission."),
    ("2026-06-25", 2, "Les abonnés du réseau de chaleur reçoivent une facture séparant la part fixe et la part "
                      "variable."),
    ("2026-09-29", 3, "Une journée portes ouvertes de l'usine de la Font-Salée est organisée pour les usagers au "
                      "printemps 2027."),
    ("2026-09-29", 3, "La régie des eaux publie chaque trimestre les résultats des analyses d'eau potable sur son "
                      "site."),
    ("2026-11-19", 4, "Les rapports sur le prix et la qualité du service de l'eau et de l'assainissement 2025 "
                      "reçoivent un avis favorable."),
    ("2026-11-19", 4, "Le chèque eau est étendu aux bénéficiaires de la complémentaire santé solidaire, dans la "
                      "limite de 60 euros par foyer et par an."),
    ("2026-11-19", 4, "La tarification incitative des déchets est reportée au 1er janvier 2028."),
    ("2026-11-19", 4, "Un groupe de travail sur l'accessibilité des arrêts de bus est créé avec APF France "
                      "handicap."),
    ("2026-11-19", 4, "La gratuité du réseau Lignobus le samedi est maintenue en 2027."),
    ("2026-11-19", 4, "Les associations membres peuvent poser des questions écrites jusqu'à cinq jours avant chaque "
                      "séance."),
)

CCSPL42_TASKS = {
    SLUG: (
        ("Envoyer le rapport annuel 2025 du délégataire du réseau Lignobus aux membres", "Fabrice Mathevet",
         "2026-06-10", 1, "done"),
        ("Organiser la visite de la déchèterie des Combes", "Éric Fayolle", "2026-10-15", 2, "cancelled"),
        ("Fournir les indicateurs de ponctualité par ligne du réseau Lignobus", "Karine Pélissier", "2026-10-30", 2),
        ("Transmettre les questions des locataires sur les charges du réseau de chaleur", "Martine Ferrand",
         "2026-11-20", 2),
        ("Préparer la note de synthèse sur le rapport de la chambre régionale des comptes", "Olivier Tissot",
         "2026-11-27", 4),
        ("Recenser les foyers éligibles au chèque eau", "Céline Vernay", "2026-11-30", 4),
        ("Rédiger le rapport de présentation sur la délégation du réseau Lignobus", "Amandine Courbon", "2026-12-03",
         4),
        ("Recueillir l'avis des amicales de locataires sur le chèque eau", "Martine Ferrand", "2027-01-08", 4),
        ("Lister les arrêts de bus non accessibles", "Sylvie Garnier", "2027-01-14", 4),
        ("Préparer le programme de la journée portes ouvertes de la Font-Salée", "Thomas Berthon", "2027-02-26", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the CNL's representative of tenants.
CCSPL42_ASKERS = {SLUG: ASKER}

CCSPL42_GROUPS = {
    SLUG: (CCSPL42_MEMBERS, CCSPL42_MEETINGS, CCSPL42_DEADLINES, CCSPL42_DECISIONS, "Claire Mounier"),
}

# What the coordinator typed after the CCSPL of June (n°2) and the CCSPL of November (n°4); nothing was recorded for
# the CCSPL of March (n°1) nor for the visit of the Font-Salée plant (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Bernard Vialatte, Claire Mounier, Nadine Chapuis, Rachid Benaissa, Gérard Masson, "
    "Martine Ferrand, Lucien Perret, Karine Pélissier, Julien Royer, Patricia Blanchard, Fabrice Mathevet, "
    "Amandine Courbon",
    "/excuses n°2 Sylvie Garnier, Yves Pralong",
    "/absents n°2 Denis Bouchet",
    "/presents n°4 Bernard Vialatte, Claire Mounier, Nadine Chapuis, Yves Pralong, Hélène Dufour-Roche, "
    "Gérard Masson, Lucien Perret, Sylvie Garnier, Denis Bouchet, Thomas Berthon, Céline Vernay, Éric Fayolle, "
    "Olivier Tissot, Laetitia Grangeon",
    "/excuses n°4 Martine Ferrand, Rachid Benaissa, Julien Royer",
    "/absents n°4 Patricia Blanchard",
)

# What members said in the chat before the CCSPL of 10 December (n°5).
RSVPS = (
    ("Claire Mounier", "/present"),
    ("Bernard Vialatte", "/present"),
    ("Gérard Masson", "/present"),
    ("Karine Pélissier", "/present"),
    ("Fabrice Mathevet", "/present"),
    ("Amandine Courbon", "/present"),
    ("Denis Bouchet", "/present"),
    ("Olivier Tissot", "/excuse"),
    ("Nadine Chapuis", "/excuse"),
)

CCSPL42_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "cc42", ATTENDANCE_COMMANDS, RSVPS),
}
