"""A group written by r29a in the twenty-eighth round, for blind set 36a
(a stranger's general set dense in acronyms and institutional jargon):
the steering group of the contrat de ville of an invented agglomeration
of the Oise, the Communauté d'agglomération du Pays de Brêche, with three
quartiers prioritaires (QPV) in its ville centre, Montbrêche (les
Tilleuls, le Champ-Fleuri, Gare-Sablons). Members: the agglomeration's
vice-president for social cohesion (co-chair of the COPIL), its cheffe de
projet contrat de ville (who coordinates the COTECH) and its urban renewal
(NPNRU) project director; the préfecture's sous-préfet for the politique de
la ville (co-chair) and délégué du préfet; the DDETS, the ANCT, the CAF, two
bailleurs sociaux (Oise Habitat, whose GUP and TFPB manager is the asker,
and Clésence), the ville's DGS, DGA, PRE coordinator and deputy mayor, the
CCAS, France Travail, the Mission locale, the conseil citoyen des Tilleuls
and the Éducation nationale's IEN. Meetings of three kinds (COTECH, COPIL,
revue de projet NPNRU, plus the conseil citoyen's plenary), tasks (three
late, two done, one cancelled), attendance of the COPIL of October and the
revue de projet of November in the store (nothing recorded for the COTECH
of September), announced presences for the COTECH of 10 December; the
person asking is a member, not the coordinator. Public bodies are real
(préfecture, DDETS, ANCT, CAF, France Travail, Oise Habitat, Clésence);
the agglomeration, the ville, its quarters and every person are
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["QPV60_AFTER_SETUP", "QPV60_ASKERS", "QPV60_GROUPS", "QPV60_TASKS"]

SLUG = "qpv60"
ASKER = "Franck Duquesnoy"
CA = "Communauté d'agglomération du Pays de Brêche"
VILLE = "Ville de Montbrêche"
PREF = "Préfecture de l'Oise"

QPV60_MEMBERS = (
    ("Chantal Rigaud", CA, "Vice-présidente chargée de la cohésion sociale et de la politique de la ville, "
                           "coprésidente du COPIL"),
    ("Nadia Berrahou", CA, "Cheffe de projet contrat de ville, coordinatrice du COTECH"),
    ("Thomas Grenier", CA, "Directeur de projet renouvellement urbain (NPNRU)"),
    ("Antoine Delcourt", PREF, "Sous-préfet chargé de la politique de la ville, coprésident du COPIL"),
    ("Olivier Mercadier", PREF, "Délégué du préfet pour les quartiers de Montbrêche"),
    ("Léa Vandamme", "DDETS de l'Oise", "Chargée de mission politique de la ville et insertion"),
    ("Julien Prost", "Agence nationale de la cohésion des territoires", "Chargé de mission Quartiers 2030"),
    ("Maryse Delhaye", "Caisse d'allocations familiales de l'Oise", "Conseillère territoriale, référente des "
                                                                   "quartiers prioritaires"),
    ("Franck Duquesnoy", "Oise Habitat", "Responsable de la gestion urbaine de proximité et de l'abattement TFPB"),
    ("Amandine Roussel", "Clésence", "Chargée de développement social urbain"),
    ("Philippe Carrier", VILLE, "Directeur général des services"),
    ("Isabelle Morvan", VILLE, "Directrice générale adjointe solidarités et cohésion sociale"),
    ("Souad Hamdi", VILLE, "Coordinatrice du programme de réussite éducative"),
    ("Gérard Lemaire", VILLE, "Adjoint au maire délégué à la politique de la ville et à la vie des quartiers"),
    ("Véronique Lefort", "CCAS de Montbrêche", "Directrice du CCAS"),
    ("Mehdi Saïdi", "France Travail", "Directeur de l'agence de Montbrêche"),
    ("Kévin Dumont", "Mission locale du Pays de Brêche", "Conseiller référent CEJ pour les quartiers prioritaires"),
    ("Aminata Koné", "Conseil citoyen des Tilleuls", "Membre du conseil citoyen, habitante du quartier des Tilleuls"),
    ("Rachid Amrani", "Éducation nationale", "Inspecteur de l'Éducation nationale de la circonscription de "
                                             "Montbrêche"),
)

QPV60_MEETINGS = (
    ("2026-09-24 09:30", "2026-09-24 12:00", "COTECH du contrat de ville, hôtel d'agglomération, Montbrêche", ()),
    ("2026-10-13 14:00", "2026-10-13 17:00", "COPIL du contrat de ville, préfecture de l'Oise, Beauvais", ()),
    ("2026-11-19 09:30", "2026-11-19 12:00", "Revue de projet NPNRU, maison du projet des Tilleuls, Montbrêche", ()),
    ("2026-12-10 09:30", "2026-12-10 12:00", "COTECH du contrat de ville, centre social du Champ-Fleuri, Montbrêche",
     ("Programmation 2027 : lancement de l'appel à projets", "Bilan de l'abattement TFPB 2026 des bailleurs",
      "Point d'étape du PRE", "Convention GUP du quartier Gare-Sablons")),
    ("2027-01-19 14:00", "2027-01-19 16:30", "COPIL du contrat de ville, hôtel d'agglomération, Montbrêche",
     ("Validation de la programmation 2027", "Avenant aux conventions d'abattement TFPB")),
    ("2027-02-11 18:00", "2027-02-11 20:00", "Assemblée plénière du conseil citoyen, maison de quartier des "
                                             "Tilleuls, Montbrêche",
     ("Présentation de la programmation 2027 aux habitants",)),
)

QPV60_DEADLINES = (
    ("2026-12-15", "Envoi des bilans d'abattement TFPB 2026 des bailleurs au délégué du préfet"),
    ("2027-01-08", "Clôture de l'appel à projets 2027 : dépôt des dossiers sur Dauphin"),
    ("2027-01-29", "Remontée des bilans intermédiaires des actions 2026 (CERFA 15059)"),
    ("2027-03-16", "Comité d'engagement de l'ANRU pour la deuxième phase du NPNRU des Tilleuls"),
    ("2027-03-31", "Signature des avenants aux conventions d'abattement TFPB"),
)

QPV60_DECISIONS = (
    ("2026-09-24", 1, "Le COTECH se réunit tous les deux mois, en alternance avec le COPIL."),
    ("2026-09-24", 1, "L'appel à projets 2027 est ouvert du 14 décembre au 8 janvier, avec dépôt des dossiers sur la "
                      "plateforme Dauphin."),
    ("2026-09-24", 1, "Le PRE élargit son accompagnement aux enfants de 2 à 16 ans du quartier Gare-Sablons."),
    ("2026-10-13", 2, "Les crédits politique de la ville de l'État pour 2027 sont fléchés à 40 % vers l'emploi et "
                      "l'insertion."),
    ("2026-10-13", 2, "Les bailleurs consacrent l'abattement de TFPB en priorité à la tranquillité résidentielle et "
                      "au renforcement du gardiennage."),
    ("2026-10-13", 2, "Le conseil citoyen des Tilleuls dispose d'un budget de fonctionnement de 3 000 euros par an "
                      "versé par l'agglomération."),
    ("2026-10-13", 2, "La Mission locale et France Travail tiennent une permanence commune à la maison de quartier "
                      "du Champ-Fleuri le mercredi après-midi."),
    ("2026-11-19", 3, "La démolition de la tour Verlaine aux Tilleuls est reportée à 2028."),
    ("2026-11-19", 3, "Le relogement des locataires de la tour Verlaine est piloté par Oise Habitat avec une MOUS "
                      "relogement."),
    ("2026-11-19", 3, "La convention de gestion urbaine de proximité du quartier Gare-Sablons est prolongée "
                      "jusqu'en 2030."),
    ("2026-11-19", 3, "Les diagnostics en marchant avec les habitants reprennent au printemps dans les trois "
                      "quartiers."),
)

QPV60_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du COTECH de septembre", "Nadia Berrahou", "2026-10-02", 1, "done"),
        ("Commander une étude sur la vacance commerciale du Champ-Fleuri", "Isabelle Morvan", "2026-11-13", 2,
         "cancelled"),
        ("Réunir la cellule de veille du PRE", "Souad Hamdi", "2026-11-20", 1),
        ("Organiser la permanence commune Mission locale et France Travail au Champ-Fleuri", "Kévin Dumont",
         "2026-11-25", 2),
        ("Transmettre le bilan de l'abattement TFPB 2026 de Clésence", "Amandine Roussel", "2026-11-27", 2),
        ("Signer l'avenant à la convention GUP de Gare-Sablons", "Chantal Rigaud", "2026-11-30", 3, "done"),
        ("Transmettre le bilan de l'abattement TFPB 2026 d'Oise Habitat", "Franck Duquesnoy", "2026-12-04", 2),
        ("Faire valider le calendrier des instances 2027 par le maire", "Philippe Carrier", "2026-12-08", 3),
        ("Présenter les chiffres des demandeurs d'emploi des quartiers au COTECH", "Mehdi Saïdi", "2026-12-10", 2),
        ("Rédiger la note au préfet sur l'enveloppe de crédits 2027", "Olivier Mercadier", "2026-12-11", 2),
        ("Mettre en ligne l'appel à projets 2027 sur le site de l'agglomération", "Nadia Berrahou", "2026-12-14", 1),
        ("Chiffrer le renforcement du gardiennage aux Tilleuls", "Franck Duquesnoy", "2026-12-15", 2),
        ("Mettre à jour le calendrier du NPNRU des Tilleuls", "Thomas Grenier", "2027-01-15", 3),
        ("Présenter l'analyse des besoins sociaux des quartiers", "Véronique Lefort", "2027-01-19", 3),
        ("Faire le point sur les allocataires des quartiers prioritaires", "Maryse Delhaye", "2027-01-22", 3),
        ("Instruire les dossiers de l'appel à projets", "Léa Vandamme", "2027-01-26", 1),
        ("Mobiliser les habitants pour les diagnostics en marchant", "Aminata Koné", "2027-03-05", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): Oise Habitat's GUP and TFPB manager.
QPV60_ASKERS = {SLUG: ASKER}

QPV60_GROUPS = {
    SLUG: (QPV60_MEMBERS, QPV60_MEETINGS, QPV60_DEADLINES, QPV60_DECISIONS, "Nadia Berrahou"),
}

# What the cheffe de projet typed after the COPIL of October (n°2) and the revue de projet of November (n°3);
# nothing was recorded for the COTECH of September (n°1).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Chantal Rigaud, Antoine Delcourt, Olivier Mercadier, Nadia Berrahou, Léa Vandamme, "
    "Maryse Delhaye, Franck Duquesnoy, Philippe Carrier, Gérard Lemaire, Mehdi Saïdi, Aminata Koné",
    "/excuses n°2 Amandine Roussel, Isabelle Morvan, Véronique Lefort",
    "/absents n°2 Julien Prost, Kévin Dumont",
    "/presents n°3 Thomas Grenier, Nadia Berrahou, Olivier Mercadier, Franck Duquesnoy, Amandine Roussel, "
    "Isabelle Morvan, Gérard Lemaire, Aminata Koné, Julien Prost",
    "/excuses n°3 Chantal Rigaud, Philippe Carrier",
    "/absents n°3 Maryse Delhaye",
)

# What members said in the chat before the COTECH of 10 December (n°4).
RSVPS = (
    ("Nadia Berrahou", "/present"),
    ("Léa Vandamme", "/present"),
    ("Olivier Mercadier", "/present"),
    ("Souad Hamdi", "/present"),
    ("Mehdi Saïdi", "/present"),
    ("Maryse Delhaye", "/excuse"),
    ("Kévin Dumont", "/excuse"),
)

QPV60_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "pv60", ATTENDANCE_COMMANDS, RSVPS),
}
