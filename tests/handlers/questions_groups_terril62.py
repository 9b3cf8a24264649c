"""A group written by helper r39a in the thirty-eighth round, for blind set
46a (the French of the Nord and the Pas-de-Calais, ch'ti and picard, as the
members write it in their chat): the commission « patrimoine minier et
tourisme » of an invented communauté d'agglomération of the Pas-de-Calais
bassin minier, the Communauté d'agglomération Artois-Gohelle, whose seat is
the invented Courcelles-sur-Deûle — its vice-president for culture and
heritage, mayor of Courcelles, who chairs it; the heritage project's
chargée de mission, who coordinates it; the commune's deputy for the fêtes
(ducasse, braderie); the agglomeration's hiking officer; the Mission Bassin
Minier; the Office de tourisme; the Département's culture service; the
DRAC; the Centre historique minier; a miners' memory association; the
landlord of the cités; the Conservatoire d'espaces naturels; Eden 62; an
invented museum's mediation service; the Région's tourism agency; an
association of ducasses and giants; the guides (the asker is a
guide-conférencière); the shopkeepers who run the braderie; a hiking club.
Meetings: the commission of June at the hôtel communautaire, a hike on the
twin terrils of the 11/19 in September, the commission of October at the
Centre historique minier in Lewarde (last), the next one at the hôtel
communautaire in December, a public meeting on the cité Saint-Pierre's
renovation in January, the spring commission at the museum in Liévin in
March. The attendance of June and October is in the store, and the
announced presences for 10 December; the person asking is a member, not
the coordinator. Organisation names are public bodies (the DRAC, the
Département, Eden 62, the Conservatoire d'espaces naturels, the Mission
Bassin Minier, the Centre historique minier, Hauts-de-France Tourisme) or
invented ones (the agglomeration, the commune, the landlord, the museum,
the associations, the club); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["TERRIL62_AFTER_SETUP", "TERRIL62_ASKERS", "TERRIL62_GROUPS", "TERRIL62_TASKS"]

SLUG = "terril62"
ASKER = "Aurélie Plouvier"
AGGLO = "Communauté d'agglomération Artois-Gohelle"
MAIRIE = "Mairie de Courcelles-sur-Deûle"
MEMOIRE = "Association Mémoire des gueules noires de la fosse 9"

TERRIL62_MEMBERS = (
    ("Francis Delcroix", MAIRIE, "Maire de Courcelles-sur-Deûle, vice-président chargé de la culture et du "
                                 "patrimoine, président de la commission patrimoine minier et tourisme"),
    ("Amandine Vasseur", AGGLO, "Chargée de mission patrimoine minier, coordinatrice de la commission"),
    ("Stéphane Morel", AGGLO, "Chargé des sentiers de randonnée et des terrils"),
    ("Kevin Duhamel", MAIRIE, "Adjoint au maire chargé des fêtes, de la ducasse et de la braderie"),
    ("Ludovic Lefebvre", "Mission Bassin Minier Nord-Pas de Calais", "Chargé de mission patrimoine mondial "
                                                                     "UNESCO"),
    ("Sabine Wiart", "Office de tourisme Artois-Gohelle", "Directrice de l'office de tourisme"),
    ("Grégory Dufour", "Département du Pas-de-Calais", "Chef du service culture et patrimoine"),
    ("Céline Marquant", "DRAC Hauts-de-France", "Conseillère pour les monuments historiques"),
    ("Dominique Wacheux", "Centre historique minier de Lewarde", "Responsable des publics et des visites"),
    ("Marcel Dubrulle", MEMOIRE, "Président de l'association, ancien mineur de la fosse 9"),
    ("Josiane Dubrulle", MEMOIRE, "Secrétaire de l'association, chargée des témoignages"),
    ("Nadège Bocquet", "Logis des Cités minières", "Responsable de la réhabilitation des cités"),
    ("Thomas Delannoy", "Conservatoire d'espaces naturels des Hauts-de-France", "Chargé d'études terrils et "
                                                                                "biodiversité"),
    ("Élodie Lecocq", "Eden 62", "Garde-animatrice des terrils"),
    ("Rachid Benamara", "Musée des Deux Terrils", "Responsable du service de la médiation"),
    ("Virginie Hennebelle", "Hauts-de-France Tourisme", "Chargée de promotion du bassin minier à l'agence "
                                                     "régionale du tourisme"),
    ("Jean-Claude Desmet", "Association des Géants et Ducasses de Gohelle", "Président, porteur du géant "
                                                                            "Batisse"),
    ("Aurélie Plouvier", "Guides du Bassin minier", "Guide-conférencière"),
    ("Martine Dewailly", "Union commerciale de Courcelles", "Présidente, organisatrice de la braderie"),
    ("Patrick Crépin", "Les Marcheurs du Terril", "Président du club de randonnée"),
)

TERRIL62_MEETINGS = (
    ("2026-06-11 14:00", "2026-06-11 16:30", "Commission patrimoine minier et tourisme : préparation de la saison "
                                             "d'été, salle du conseil, hôtel communautaire, Courcelles-sur-Deûle",
     ()),
    ("2026-09-05 09:30", "2026-09-05 12:30", "Randonnée découverte sur les terrils jumeaux du 11/19, base 11/19, "
                                             "Loos-en-Gohelle", ()),
    ("2026-10-08 14:00", "2026-10-08 16:30", "Commission patrimoine minier et tourisme : bilan de la saison et des "
                                             "Journées du patrimoine, Centre historique minier, Lewarde", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Commission patrimoine minier et tourisme, salle du conseil, hôtel "
                                             "communautaire, Courcelles-sur-Deûle",
     ("Restauration du chevalement de la fosse 9",
      "Programme des visites guidées 2027",
      "Bilan de la fête de la Sainte-Barbe",
      "Inventaire des chevalements du bassin minier")),
    ("2027-01-13 18:00", "2027-01-13 20:00", "Réunion publique sur la rénovation de la cité Saint-Pierre, salle des "
                                             "fêtes de la cité Saint-Pierre, Courcelles-sur-Deûle",
     ("Présentation du chantier de rénovation des maisons",
      "Avenir des jardins ouvriers de la cité")),
    ("2027-03-16 09:30", "2027-03-16 12:00", "Commission de printemps : préparation de la ducasse, Musée des Deux "
                                             "Terrils, Liévin",
     ("Programme de la ducasse et du défilé des géants",
      "Ouverture du sentier d'interprétation des terrils jumeaux")),
)

TERRIL62_DEADLINES = (
    ("2026-12-18", "Envoi des fiches de l'inventaire des chevalements à la Mission Bassin Minier"),
    ("2027-01-15", "Dépôt du dossier de subvention à la DRAC pour la restauration du chevalement de la fosse 9"),
    ("2027-02-05", "Remise du programme des visites guidées 2027 à l'office de tourisme"),
    ("2027-03-01", "Inscription des géants au défilé de la ducasse"),
    ("2027-04-30", "Rapport annuel de suivi du bien inscrit au patrimoine mondial de l'UNESCO"),
    ("2027-05-31", "Fin des travaux du sentier d'interprétation des terrils jumeaux"),
)

TERRIL62_DECISIONS = (
    ("2026-06-11", 1, "Les visites guidées du chevalement de la fosse 9 ont lieu tous les samedis de juillet et "
                      "d'août à 15 h, 5 euros par personne, gratuites pour les moins de 12 ans."),
    ("2026-06-11", 1, "La commission se réunit une fois par trimestre, le jeudi après-midi, à l'hôtel "
                      "communautaire."),
    ("2026-06-11", 1, "La braderie de Courcelles a lieu le premier dimanche de septembre, de 6 h à 14 h, rue "
                      "Jean-Jaurès et dans la cité Saint-Pierre."),
    ("2026-06-11", 1, "On ne monte sur le terril 74 que par les sentiers balisés ; les randonnées de groupe sont "
                      "encadrées par un garde d'Eden 62 ou du Conservatoire."),
    ("2026-06-11", 1, "Les guides-conférenciers sont payés 150 euros par visite de deux heures."),
    ("2026-09-05", 2, "Un sentier d'interprétation de 4 km est créé sur les terrils jumeaux du 11/19, avec 12 "
                      "panneaux en français, en anglais et en picard."),
    ("2026-10-08", 3, "Le chevalement de la fosse 9 est restauré en 2027 pour 420 000 euros, dont 40 % payés par "
                      "la DRAC et 30 % par le Département."),
    ("2026-10-08", 3, "La ducasse de Courcelles a lieu du samedi 12 au lundi 14 juin 2027, avec le défilé des "
                      "géants le dimanche à 15 h."),
    ("2026-10-08", 3, "Un pass Bassin minier à 15 euros donne l'entrée au Centre historique minier, au Musée des "
                      "Deux Terrils et à une visite guidée de cité."),
    ("2026-10-08", 3, "Le Logis des Cités minières rénove les 180 maisons de la cité Saint-Pierre d'ici 2029, en "
                      "gardant les briques et les jardins."),
    ("2026-10-08", 3, "Les estaminets partenaires affichent le label « Estaminet du bassin minier » et servent au "
                      "moins un plat régional (carbonade, welsh ou potjevleesch)."),
    ("2026-10-08", 3, "Les témoignages des anciens mineurs sont enregistrés par l'association Mémoire des gueules "
                      "noires et déposés aux Archives départementales."),
    ("2026-10-08", 3, "La fête de la Sainte-Barbe a lieu le vendredi 4 décembre 2026 à 18 h au pied du "
                      "chevalement de la fosse 9."),
    ("2026-10-08", 3, "Les randonnées sur les terrils sont annulées en cas de vigilance orange pluie ou vent ; "
                      "les inscrits sont prévenus par SMS la veille."),
)

TERRIL62_TASKS = {
    SLUG: (
        ("Imprimer les dépliants des visites guidées de l'été", "Sabine Wiart", "2026-06-30", 1, "done"),
        ("Réserver les barrières pour la braderie", "Kevin Duhamel", "2026-08-20", 1, "done"),
        ("Organiser un concert au pied du chevalement pour les Journées du patrimoine", "Rachid Benamara",
         "2026-09-10", 1, "cancelled"),
        ("Envoyer les photos des panneaux du sentier d'interprétation à la Mission Bassin Minier",
         "Thomas Delannoy", "2026-11-13", 2),
        ("Demander le devis de peinture du chevalement de la fosse 9", "Kevin Duhamel", "2026-11-20", 3),
        ("Rédiger le texte en picard du panneau d'accueil du terril 74", "Aurélie Plouvier", "2026-11-27", 2),
        ("Préparer le dossier de subvention DRAC pour le chevalement", "Amandine Vasseur", "2027-01-08", 3),
        ("Proposer le programme des visites guidées 2027", "Aurélie Plouvier", "2027-01-29", 3),
        ("Enregistrer les témoignages de dix anciens mineurs", "Josiane Dubrulle", "2027-02-26", 3),
        ("Inscrire les géants de Gohelle au défilé de la ducasse", "Jean-Claude Desmet", "2027-03-01", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): a guide-conférencière.
TERRIL62_ASKERS = {SLUG: ASKER}

TERRIL62_GROUPS = {
    SLUG: (TERRIL62_MEMBERS, TERRIL62_MEETINGS, TERRIL62_DEADLINES, TERRIL62_DECISIONS, "Amandine Vasseur"),
}

# What the coordinator typed after the commission of June (n°1) and the commission of October at Lewarde (n°3);
# nothing was recorded for the hike on the terrils (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Francis Delcroix, Amandine Vasseur, Stéphane Morel, Kevin Duhamel, Ludovic Lefebvre, "
    "Sabine Wiart, Grégory Dufour, Dominique Wacheux, Marcel Dubrulle, Josiane Dubrulle, Nadège Bocquet, "
    "Élodie Lecocq, Rachid Benamara, Jean-Claude Desmet, Aurélie Plouvier",
    "/excuses n°1 Céline Marquant, Virginie Hennebelle, Thomas Delannoy",
    "/absents n°1 Patrick Crépin, Martine Dewailly",
    "/presents n°3 Francis Delcroix, Amandine Vasseur, Stéphane Morel, Ludovic Lefebvre, Grégory Dufour, "
    "Céline Marquant, Dominique Wacheux, Marcel Dubrulle, Josiane Dubrulle, Thomas Delannoy, Rachid Benamara, "
    "Virginie Hennebelle, Martine Dewailly, Patrick Crépin",
    "/excuses n°3 Aurélie Plouvier, Nadège Bocquet, Sabine Wiart, Jean-Claude Desmet",
    "/absents n°3 Kevin Duhamel",
)

# What members said in the chat before the commission of 10 December (n°4); the asker has said nothing yet.
RSVPS = (
    ("Francis Delcroix", "/present"),
    ("Amandine Vasseur", "/present"),
    ("Ludovic Lefebvre", "/present"),
    ("Grégory Dufour", "/present"),
    ("Céline Marquant", "/present"),
    ("Marcel Dubrulle", "/present"),
    ("Dominique Wacheux", "/present"),
    ("Rachid Benamara", "/present"),
    ("Jean-Claude Desmet", "/present"),
    ("Nadège Bocquet", "/excuse"),
    ("Patrick Crépin", "/excuse"),
)

TERRIL62_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "te62", ATTENDANCE_COMMANDS, RSVPS),
}
