"""A group written by helper r37a in the thirty-sixth round, for blind set
44a (the French of Marseille and Provence as the members write it in their
chat, and the words of the quartiers): the comité de suivi of an invented
urban renewal project (NPNRU) of the north of Marseille, the résidence
« Les Micocouliers » at Saint-Barthélemy (14e) — the Ville de Marseille's
deputy mayor for urban renewal who chairs it; the Métropole
Aix-Marseille-Provence's project director who coordinates it, its officer
for the works and the GUP and the project assistant who writes the minutes;
the Préfecture's délégué du préfet; the DDTM's officer who is the ANRU's
territorial delegation; the mairie des 13e et 14e arrondissements; 13
Habitat (its northern agency's head and its officer for tenants'
consultation) and an invented ESH (« Logis Méditerranée »); the Banque des
Territoires; the Département des Bouches-du-Rhône; an invented centre
social, the conseil citoyen, the tenants' association, the Maison pour
tous, the primary school's director, the police municipale, an invented
MOUS relogement operator and an invented youth association (its educator is
the asker). Meetings: the comité of September at the mairie de secteur, the
public meeting on rehousing at the Maison pour tous, the site visit of
building B, the comité of November at the centre social (last), the next
one at the Métropole in December, the conseil citoyen's workshop on the
park at the school in January, the project review with the ANRU at the
préfecture in March. The attendance of September and November is in the
store, and the announced presences for 8 December; the person asking is a
member, not the coordinator. Organisation names are public bodies (the
Ville, the Métropole, the Préfecture, the DDTM, 13 Habitat, the Banque des
Territoires, the Département, the police municipale) or invented ones (the
ESH, the centre social, the associations, the school, the MOUS operator);
every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["NPNRU13_AFTER_SETUP", "NPNRU13_ASKERS", "NPNRU13_GROUPS", "NPNRU13_TASKS"]

SLUG = "npnru13"
ASKER = "Ibrahim Soilihi"
METROPOLE = "Métropole Aix-Marseille-Provence"
HABITAT = "13 Habitat"

NPNRU13_MEMBERS = (
    ("Josiane Castellano", "Ville de Marseille", "Adjointe au maire chargée de la rénovation urbaine, présidente "
                                                 "du comité de suivi"),
    ("Rachid Bensalem", METROPOLE, "Directeur de projet NPNRU Les Micocouliers, coordinateur du comité de suivi"),
    ("Élodie Marchetti", METROPOLE, "Chargée d'opération, suivi des chantiers et de la gestion urbaine de "
                                    "proximité"),
    ("Laetitia Bonnefoy", METROPOLE, "Assistante de projet, chargée des comptes rendus"),
    ("Karim Hadjadj", "Préfecture des Bouches-du-Rhône", "Délégué du préfet pour les quartiers nord"),
    ("Anne Mouren", "DDTM des Bouches-du-Rhône", "Chargée de mission renouvellement urbain, délégation "
                                                 "territoriale de l'ANRU"),
    ("Grégory Avakian", "Mairie des 13e et 14e arrondissements", "Directeur général des services de la mairie de "
                                                                 "secteur"),
    ("Ara Kévorkian", HABITAT, "Responsable de l'agence Nord, chef de projet de la résidence Les Micocouliers"),
    ("Farid Mezouar", HABITAT, "Chargé de la concertation locative"),
    ("Sandrine Orsini", "Logis Méditerranée", "Directrice de la gestion locative"),
    ("Laurent Giordano", "Banque des Territoires", "Chargé de développement territorial"),
    ("Lucienne Ferracci", "Département des Bouches-du-Rhône", "Chargée de mission politique de la ville"),
    ("Samia Ouali", "Centre social Les Micocouliers", "Directrice du centre social"),
    ("Zaïnaba Mmadi", "Conseil citoyen Saint-Barthélemy", "Porte-parole du conseil citoyen"),
    ("Marius Roubaud", "Amicale des locataires des Micocouliers", "Président de l'amicale des locataires"),
    ("Sylvie Arnaud", "Maison pour tous Saint-Barthélemy", "Directrice de la Maison pour tous"),
    ("Christelle Pastré", "École élémentaire Les Micocouliers", "Directrice de l'école"),
    ("Olivier Santoni", "Police municipale de Marseille", "Chef de la division nord"),
    ("Nadia Hamidi", "Cap Relogement Provence", "Chargée de la MOUS relogement, accompagnement des familles"),
    ("Ibrahim Soilihi", "Association Horizon Jeunes Nord", "Éducateur, coordinateur des chantiers éducatifs"),
)

NPNRU13_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Comité de suivi NPNRU Les Micocouliers : bilan du semestre et "
                                             "calendrier des démolitions, salle du conseil, mairie des 13e et 14e "
                                             "arrondissements, Marseille", ()),
    ("2026-10-06 17:30", "2026-10-06 19:30", "Réunion publique avec les habitants sur le relogement, Maison pour "
                                             "tous Saint-Barthélemy", ()),
    ("2026-10-22 09:30", "2026-10-22 11:30", "Visite du chantier de réhabilitation du bâtiment B, résidence Les "
                                             "Micocouliers", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Comité de suivi NPNRU Les Micocouliers : relogement et gestion "
                                             "urbaine de proximité, centre social Les Micocouliers", ()),
    ("2026-12-08 14:00", "2026-12-08 16:30", "Comité de suivi NPNRU Les Micocouliers, siège de la Métropole, Le "
                                             "Pharo, boulevard Charles-Livon, Marseille",
     ("Point d'étape du relogement des familles du bâtiment A",
      "Calendrier de la démolition du bâtiment A",
      "Projet de maison du projet au pied du bâtiment C",
      "Bilan 2026 de la gestion urbaine de proximité")),
    ("2027-01-13 18:00", "2027-01-13 20:00", "Atelier du conseil citoyen sur le futur parc, école élémentaire Les "
                                             "Micocouliers",
     ("Présentation des esquisses du parc",
      "Choix des jeux pour enfants")),
    ("2027-03-18 10:00", "2027-03-18 12:30", "Revue de projet avec l'ANRU, préfecture des Bouches-du-Rhône, "
                                             "Marseille",
     ("Avenant à la convention NPNRU",
      "Bilan financier 2026 du projet")),
)

NPNRU13_DEADLINES = (
    ("2026-12-11", "Retour des enquêtes sociales des familles du bâtiment A"),
    ("2027-01-08", "Inscription des jeunes aux chantiers éducatifs d'hiver"),
    ("2027-01-22", "Avis du conseil citoyen sur les esquisses du parc"),
    ("2027-02-12", "Dépôt de la demande de subvention au Département pour le city stade"),
    ("2027-03-05", "Transmission du bilan financier 2026 à la délégation territoriale de l'ANRU"),
    ("2027-03-31", "Fin du relogement des familles du bâtiment A"),
)

NPNRU13_DECISIONS = (
    ("2026-09-17", 1, "La démolition du bâtiment A de la résidence Les Micocouliers (96 logements) commence en "
                      "septembre 2027, une fois toutes les familles relogées."),
    ("2026-09-17", 1, "Le comité de suivi se réunit tous les deux mois, en alternance à la mairie de secteur et "
                      "dans le quartier."),
    ("2026-09-17", 1, "Le compte rendu de chaque comité est rédigé par l'équipe projet de la Métropole et envoyé "
                      "aux membres sous dix jours."),
    ("2026-10-06", 2, "Chaque famille du bâtiment A reçoit au moins trois propositions de relogement, dont une dans "
                      "le 13e ou le 14e arrondissement."),
    ("2026-10-06", 2, "Une permanence relogement se tient chaque mercredi matin au centre social Les "
                      "Micocouliers."),
    ("2026-10-06", 2, "Les frais de déménagement des familles relogées sont pris en charge par le bailleur."),
    ("2026-10-22", 3, "Les engins du chantier ne circulent pas devant l'école aux heures d'entrée et de sortie "
                      "des classes."),
    ("2026-10-22", 3, "Les clauses d'insertion du chantier réservent 12 000 heures de travail aux habitants des "
                      "quartiers prioritaires."),
    ("2026-11-19", 4, "Le futur parc des Micocouliers, d'1,2 hectare, ouvre au public au printemps 2028."),
    ("2026-11-19", 4, "Le budget 2027 de la gestion urbaine de proximité est de 180 000 euros, dont 60 000 euros "
                      "du Département."),
    ("2026-11-19", 4, "Les chantiers éducatifs d'hiver accueillent douze jeunes du quartier de 16 à 21 ans, "
                      "pendant deux semaines rémunérées."),
    ("2026-11-19", 4, "La police municipale patrouille le soir autour du chantier du bâtiment A, de 18 h à 23 h."),
    ("2026-11-19", 4, "La maison du projet ouvre en janvier 2027 dans un local au pied du bâtiment C."),
    ("2026-11-19", 4, "La Banque des Territoires prête 4 millions d'euros à Logis Méditerranée pour la "
                      "réhabilitation de la résidence Le Mistral."),
)

NPNRU13_TASKS = {
    SLUG: (
        ("Organiser une fête de quartier pour les familles relogées", "Samia Ouali", "2026-11-06", 2,
         "cancelled"),
        ("Installer les barrières de sécurité autour du chantier du bâtiment B", "Élodie Marchetti", "2026-10-30",
         3, "done"),
        ("Envoyer le planning des démolitions aux locataires du bâtiment A", "Ara Kévorkian", "2026-11-13", 1),
        ("Réserver le préau de l'école pour l'atelier sur le parc", "Christelle Pastré", "2026-11-20", 4, "done"),
        ("Transmettre les enquêtes sociales des familles du bâtiment A", "Nadia Hamidi", "2026-11-25", 2),
        ("Recenser les jeunes intéressés par les chantiers éducatifs", "Ibrahim Soilihi", "2026-11-27", 4),
        ("Mettre en place les patrouilles du soir autour du chantier", "Olivier Santoni", "2026-12-04", 4),
        ("Mobiliser les habitants pour l'atelier sur le parc", "Zaïnaba Mmadi", "2027-01-08", 4),
        ("Préparer la demande de subvention du city stade", "Ibrahim Soilihi", "2027-02-05", 4),
        ("Rédiger l'avenant à la convention NPNRU", "Rachid Bensalem", "2027-02-26", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the youth association's educator.
NPNRU13_ASKERS = {SLUG: ASKER}

NPNRU13_GROUPS = {
    SLUG: (NPNRU13_MEMBERS, NPNRU13_MEETINGS, NPNRU13_DEADLINES, NPNRU13_DECISIONS, "Rachid Bensalem"),
}

# What the coordinator typed after the comité of September at the mairie de secteur (n°1) and the comité of
# November at the centre social (n°4); nothing was recorded for the public meeting (n°2) and the site visit (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Josiane Castellano, Rachid Bensalem, Élodie Marchetti, Laetitia Bonnefoy, Karim Hadjadj, "
    "Ara Kévorkian, Sandrine Orsini, Samia Ouali, Zaïnaba Mmadi, Marius Roubaud, Christelle Pastré, Nadia Hamidi, "
    "Ibrahim Soilihi, Lucienne Ferracci",
    "/excuses n°1 Anne Mouren, Laurent Giordano, Grégory Avakian",
    "/absents n°1 Olivier Santoni, Sylvie Arnaud, Farid Mezouar",
    "/presents n°4 Josiane Castellano, Rachid Bensalem, Élodie Marchetti, Laetitia Bonnefoy, Anne Mouren, "
    "Ara Kévorkian, Farid Mezouar, Laurent Giordano, Samia Ouali, Zaïnaba Mmadi, Marius Roubaud, Olivier Santoni, "
    "Nadia Hamidi",
    "/excuses n°4 Karim Hadjadj, Ibrahim Soilihi, Christelle Pastré, Lucienne Ferracci",
    "/absents n°4 Sandrine Orsini",
)

# What members said in the chat before the comité of 8 December at the Métropole (n°5); the asker has said nothing
# yet.
RSVPS = (
    ("Josiane Castellano", "/present"),
    ("Rachid Bensalem", "/present"),
    ("Laetitia Bonnefoy", "/present"),
    ("Karim Hadjadj", "/present"),
    ("Anne Mouren", "/present"),
    ("Ara Kévorkian", "/present"),
    ("Sandrine Orsini", "/present"),
    ("Marius Roubaud", "/present"),
    ("Nadia Hamidi", "/present"),
    ("Christelle Pastré", "/excuse"),
    ("Laurent Giordano", "/excuse"),
)

NPNRU13_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "np13", ATTENDANCE_COMMANDS, RSVPS),
}
