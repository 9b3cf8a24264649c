"""A group written by helper w29a in the twenty-eighth round, for the
lead's blind set 46 (a stranger's general set in the words of rural
elected officials, farmers and volunteers): the steering committee of an
invented projet alimentaire territorial (PAT) carried by an invented pays
in central Brittany, the Pays de Brocel — its president (mayor of Mauron)
who chairs the comité de pilotage, its PAT officer who coordinates, its
administrative assistant; the communauté de communes Ninian-Brocel's
vice-president for agriculture and food (mayor of Néant-sur-Yvel) and the
head of its central kitchen and school catering; a deputy of Concoret for
school affairs and the first deputy of Gaël (communes whose names are also
a common word or a first name); the chambre d'agriculture's short-supply-
chain adviser, a farmers' collective (its spokesman, a market gardener: the
asker), the GAB 56, an invented producers' cooperative (its president, a
dairy farmer), the Département du Morbihan, the ARS Bretagne, the Banque
alimentaire du Morbihan, an épicerie solidaire and a shared-gardens
association. Comité de pilotage (« copil »), comité technique, commission
restauration collective, a farm visit and a forum; cantines, circuits
courts, légumerie, repas végétarien, chèques alimentation. Tasks (four
late, one of them the asker's; two done; one cancelled), the attendance of
the farm visit and of the comité technique in the store, announced
presences for the copil of 10 December; the person asking is a member, not
the coordinator. Organisation names are real public bodies or plausible
ones (the pays, the communauté de communes, the collective, the
cooperative and the associations are invented); every person is
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["BROCEL46_AFTER_SETUP", "BROCEL46_ASKERS", "BROCEL46_GROUPS", "BROCEL46_TASKS"]

SLUG = "pat-brocel46"
ASKER = "Erwan Daniel"
PAYS = "Pays de Brocel"
CC = "Communauté de communes Ninian-Brocel"

BROCEL46_MEMBERS = (
    ("Anne-Laure Le Guével", PAYS, "Présidente du Pays de Brocel, maire de Mauron, présidente du comité de pilotage "
                                   "du PAT"),
    ("Yann Le Bihan", PAYS, "Chargé de mission projet alimentaire territorial, coordinateur du PAT"),
    ("Soizic Rolland", PAYS, "Assistante administrative et financière"),
    ("Hervé Josselin", CC, "Vice-président chargé de l'agriculture et de l'alimentation, maire de Néant-sur-Yvel"),
    ("Gwenaëlle Tanguy", CC, "Responsable de la cuisine centrale et de la restauration scolaire"),
    ("Maryvonne Guého", "Mairie de Concoret", "Adjointe aux affaires scolaires de Concoret"),
    ("Pierrick Jégo", "Mairie de Gaël", "Premier adjoint au maire de Gaël, délégué au PAT"),
    ("Loïc Le Moing", "Chambre d'agriculture de Bretagne", "Conseiller circuits courts et diversification, antenne "
                                                           "de Ploërmel"),
    ("Erwan Daniel", "Collectif des paysans de Brocel", "Maraîcher bio à Gaël, porte-parole du collectif"),
    ("Morgane Le Cam", "GAB 56", "Animatrice restauration collective bio"),
    ("Thierry Hamon", "Coopérative Terres de Ninian", "Éleveur laitier, président de la coopérative"),
    ("Nolwenn Le Gall", "Département du Morbihan", "Chargée de mission agriculture et alimentation"),
    ("Catherine Moisan", "ARS Bretagne", "Chargée de prévention nutrition santé, délégation départementale du "
                                         "Morbihan"),
    ("Jean-Yves Raoul", "Banque alimentaire du Morbihan", "Bénévole, responsable de l'antenne de Ploërmel"),
    ("Armelle Piedvache", "Épicerie solidaire de Mauron", "Présidente de l'association, bénévole"),
    ("Kévin Le Floch", "Les Jardins de l'Yvel", "Animateur des jardins partagés"),
)

BROCEL46_MEETINGS = (
    ("2026-09-17 18:00", "2026-09-17 20:00", "Comité de pilotage du PAT, salle du conseil du Pays de Brocel, Mauron",
     ()),
    ("2026-10-06 14:00", "2026-10-06 16:30", "Commission restauration collective, cuisine centrale de Mauron", ()),
    ("2026-10-22 09:30", "2026-10-22 12:00", "Visite de ferme, ferme maraîchère du Bois-Ruffin à Gaël", ()),
    ("2026-11-19 18:30", "2026-11-19 20:30", "Comité technique, maison des services de Néant-sur-Yvel", ()),
    ("2026-12-10 18:00", "2026-12-10 20:00", "Comité de pilotage du PAT, salle des fêtes de Concoret",
     ("Bilan de la première année du PAT", "Plan d'approvisionnement local de la cuisine centrale",
      "Convention avec la Banque alimentaire", "Candidature au Programme national pour l'alimentation")),
    ("2027-01-19 14:00", "2027-01-19 16:30", "Commission restauration collective, mairie de Gaël",
     ("Introduction du pain bio dans les cantines", "Formation des cuisiniers des communes")),
    ("2027-03-13 10:00", "2027-03-13 17:00", "Forum de l'alimentation locale, halles de Mauron",
     ("Stands des producteurs et ateliers cuisine",)),
)

BROCEL46_DEADLINES = (
    ("2026-12-08", "Remise des fiches producteurs pour le guide des circuits courts"),
    ("2026-12-18", "Dépôt de la candidature à l'appel à projets du Programme national pour l'alimentation"),
    ("2027-01-22", "Réponse des communes à l'enquête sur les cantines scolaires"),
    ("2027-02-12", "Clôture des inscriptions des producteurs au forum de l'alimentation locale"),
    ("2027-03-31", "Remise du bilan annuel du PAT à la DRAAF Bretagne"),
)

BROCEL46_DECISIONS = (
    ("2026-09-17", 1, "Le comité de pilotage du PAT se réunit trois fois par an, en alternance dans les communes du "
                      "Pays."),
    ("2026-09-17", 1, "La cuisine centrale vise 40 % de produits locaux, dont 25 % de bio, d'ici fin 2027."),
    ("2026-09-17", 1, "Un guide des circuits courts recensant les producteurs du Pays est édité au printemps 2027."),
    ("2026-10-06", 2, "Un repas végétarien par semaine est servi dans toutes les cantines du Pays."),
    ("2026-10-06", 2, "La cuisine centrale achète la viande de bœuf à la coopérative Terres de Ninian."),
    ("2026-10-06", 2, "Les invendus de la cuisine centrale sont donnés à l'épicerie solidaire de Mauron."),
    ("2026-10-22", 3, "Une étude de faisabilité est lancée pour une légumerie qui transformerait les légumes des "
                      "maraîchers du Pays."),
    ("2026-10-22", 3, "Les maraîchers du collectif livrent la cuisine centrale deux fois par semaine."),
    ("2026-11-19", 4, "Des chèques alimentation durable de 20 euros par mois sont expérimentés avec la Banque "
                      "alimentaire pour cinquante familles."),
    ("2026-11-19", 4, "Le forum de l'alimentation locale se tient aux halles de Mauron en mars 2027."),
    ("2026-11-19", 4, "Une enveloppe de 15 000 euros du budget du PAT est réservée aux jardins partagés."),
)

BROCEL46_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de pilotage de septembre", "Soizic Rolland", "2026-09-28", 1, "done"),
        ("Recenser les producteurs pour le guide des circuits courts", "Loïc Le Moing", "2026-11-06", 1),
        ("Sonder les parents d'élèves de Concoret sur le repas végétarien", "Maryvonne Guého", "2026-11-13", 2,
         "cancelled"),
        ("Négocier le prix du bœuf pour la cuisine centrale", "Thierry Hamon", "2026-11-20", 2),
        ("Signer la convention de don des invendus", "Armelle Piedvache", "2026-11-25", 2, "done"),
        ("Établir le calendrier de livraison des maraîchers", "Erwan Daniel", "2026-11-27", 3),
        ("Visiter une légumerie en fonctionnement", "Pierrick Jégo", "2026-11-30", 3),
        ("Préparer l'enquête sur les cantines scolaires", "Nolwenn Le Gall", "2026-12-11", 4),
        ("Rédiger le dossier de candidature au Programme national pour l'alimentation", "Yann Le Bihan",
         "2026-12-14", 4),
        ("Former les cuisiniers à la cuisine végétarienne", "Morgane Le Cam", "2026-12-17", 2),
        ("Réserver les halles de Mauron pour le forum", "Anne-Laure Le Guével", "2026-12-18", 4),
        ("Lister les familles bénéficiaires des chèques alimentation", "Jean-Yves Raoul", "2027-01-08", 4),
        ("Présenter les repères nutritionnels aux cuisiniers des cantines", "Catherine Moisan", "2027-01-15", 2),
        ("Chiffrer l'étude de faisabilité de la légumerie", "Hervé Josselin", "2027-01-29", 3),
        ("Inscrire les maraîchers du collectif au forum", "Erwan Daniel", "2027-02-05", 4),
        ("Aménager une nouvelle parcelle aux jardins de l'Yvel", "Kévin Le Floch", "2027-03-05", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the farmers' collective's spokesman.
BROCEL46_ASKERS = {SLUG: ASKER}

BROCEL46_GROUPS = {
    SLUG: (BROCEL46_MEMBERS, BROCEL46_MEETINGS, BROCEL46_DEADLINES, BROCEL46_DECISIONS, "Yann Le Bihan"),
}

# What the PAT officer typed after the farm visit at Gaël (n°3) and the comité technique (n°4); nothing was recorded
# for the copil of September (n°1) nor for the commission restauration collective of October (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Yann Le Bihan, Erwan Daniel, Loïc Le Moing, Morgane Le Cam, Gwenaëlle Tanguy, Pierrick Jégo, "
    "Thierry Hamon, Kévin Le Floch, Hervé Josselin",
    "/excuses n°3 Nolwenn Le Gall, Maryvonne Guého",
    "/absents n°3 Jean-Yves Raoul",
    "/presents n°4 Anne-Laure Le Guével, Yann Le Bihan, Soizic Rolland, Hervé Josselin, Gwenaëlle Tanguy, "
    "Erwan Daniel, Loïc Le Moing, Nolwenn Le Gall, Jean-Yves Raoul, Armelle Piedvache",
    "/excuses n°4 Thierry Hamon, Catherine Moisan",
    "/absents n°4 Pierrick Jégo",
)

# What members said in the chat before the copil of 10 December (n°5).
RSVPS = (
    ("Anne-Laure Le Guével", "/present"),
    ("Yann Le Bihan", "/present"),
    ("Nolwenn Le Gall", "/present"),
    ("Catherine Moisan", "/present"),
    ("Thierry Hamon", "/present"),
    ("Maryvonne Guého", "/excuse"),
    ("Kévin Le Floch", "/excuse"),
)

BROCEL46_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "bc", ATTENDANCE_COMMANDS, RSVPS),
}
