"""A group written by helper w47a in the forty-seventh round, for the lead's
blind set 97 (a stranger's general set in the words of the commission
départementale consultative des gens du voyage of the Marne, in the Grand
Est, whose working group meets as « le groupe de suivi du schéma »): the
sous-préfète of Vitry-le-François who chairs it, the Département's chargée
de mission schéma (the group's coordinator), the préfecture's coordinator of
the grands passages, the DDT's référent (aires and terrains familiaux), the
DDETS, the agent of the invented company managing the aires d'accueil, the
vice-president and the technician of the invented Communauté
d'agglomération Coteaux de Vesle, the vice-president of the invented
Communauté de communes de la Plaine de la Soude, the technician of the
invented Communauté de communes des Rives de la Saulx, the mayor of the
invented Villers-la-Soude (a small commune with an aire d'accueil), the
director and the médiatrice of the invented association départementale
AMAV 51, the CAF de la Marne, the CASNAV of the académie de Reims, a PMI
nurse of the Département, the gendarmerie's référent, and the
representative of the voyageurs' families (an invented association, the
asker). Meetings: the groupe de suivi of September at the sous-préfecture,
the groupe de suivi on the 2026 grands passages of October at Villers-la-
Soude, the groupe de suivi of November at the hôtel du Département, the
groupe de suivi of 8 December at the agglomération's seat, the groupe de
suivi of January at the sous-préfecture and the commission plénière of
March at the préfecture. Tasks (three late, one of them the asker's; one
done; one cancelled), the attendance of the three past meetings in the
store, announced presences for 8 December; the person asking is a member,
not the coordinator. Public bodies named: the préfecture and the
sous-préfecture, the DDT, the DDETS, the Département de la Marne and its
PMI, the CAF de la Marne, the CASNAV of the académie de Reims, the
gendarmerie; the company, the association, the EPCI, their communes and
every person are invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["GDV51_AFTER_SETUP", "GDV51_ASKERS", "GDV51_GROUPS", "GDV51_TASKS"]

SLUG = "gdv51"
ASKER = "Rosine Weiss"
DEPARTEMENT = "Département de la Marne, direction de l'habitat"
AGGLO = "Communauté d'agglomération Coteaux de Vesle"
AMAV = "AMAV 51 (Association marnaise d'accompagnement des voyageurs)"

GDV51_MEMBERS = (
    ("Hélène Marchadier", "Sous-préfecture de Vitry-le-François",
     "Sous-préfète de Vitry-le-François, présidente du groupe de suivi du schéma"),
    ("Claire Vautrin", DEPARTEMENT, "Chargée de mission schéma départemental d'accueil et d'habitat des gens du "
                                    "voyage, coordinatrice du groupe de suivi"),
    ("Thierry Masson", "Préfecture de la Marne", "Coordinateur départemental des grands passages"),
    ("Julien Perrot", "DDT de la Marne", "Référent gens du voyage, aires d'accueil et terrains familiaux"),
    ("Nathalie Brochard", "DDETS de la Marne", "Chargée de mission inclusion, accès aux droits et habitat adapté"),
    ("Mickaël Lefranc", "Valéo Accueil Gestion (gestionnaire des aires d'accueil)",
     "Agent de gestion des aires d'accueil (accueil des familles, encaissement, état des lieux)"),
    ("Francis Aubriot", AGGLO, "Vice-président chargé de l'habitat et de l'accueil des gens du voyage"),
    ("Sandrine Collignon", AGGLO, "Technicienne habitat, suivi des aires d'accueil et de l'aire de grand passage"),
    ("Bernard Thiébault", "Communauté de communes de la Plaine de la Soude", "Vice-président chargé de "
                                                                              "l'aménagement"),
    ("Laetitia Gobert", "Communauté de communes des Rives de la Saulx", "Technicienne aménagement, chargée du projet "
                                                                        "de terrains familiaux"),
    ("Gilles Parmentier", "Mairie de Villers-la-Soude", "Maire de Villers-la-Soude"),
    ("Yannick Deschamps", AMAV, "Directeur de l'association départementale"),
    ("Samira Benali", AMAV, "Médiatrice, domiciliation et accès aux droits"),
    ("Isabelle Renaudin", "CAF de la Marne", "Conseillère technique accès aux droits et prestations familiales"),
    ("Olivier Martinot", "CASNAV de l'académie de Reims (Éducation nationale)",
     "Coordonnateur de la scolarisation des enfants de familles itinérantes et de voyageurs, responsable du "
     "camion-école"),
    ("Émilie Féret", "Département de la Marne, protection maternelle et infantile (PMI)",
     "Infirmière puéricultrice de PMI, santé des familles sur les aires"),
    ("Didier Vasseur", "Groupement de gendarmerie départementale de la Marne",
     "Capitaine, référent gens du voyage (stationnements illicites, grands passages)"),
    ("Rosine Weiss", "Association des familles voyageuses de Champagne",
     "Représentante des familles de voyageurs"),
)

SOUS_PREFECTURE = "salle Valmy, sous-préfecture de Vitry-le-François"

GDV51_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 17:00", f"Groupe de suivi du schéma, {SOUS_PREFECTURE}", ()),
    ("2026-10-13 09:30", "2026-10-13 12:00", "Groupe de suivi du schéma consacré au bilan des grands passages "
                                             "2026, salle des fêtes de Villers-la-Soude", ()),
    ("2026-11-12 14:00", "2026-11-12 17:00", "Groupe de suivi du schéma, salle Jean-Moulin, hôtel du Département "
                                             "à Châlons-en-Champagne", ()),
    ("2026-12-08 14:00", "2026-12-08 17:00", "Groupe de suivi du schéma, salle du conseil communautaire, siège de "
                                             "la Communauté d'agglomération Coteaux de Vesle",
     ("Calendrier des grands passages 2027",
      "Tarifs et fluides des aires d'accueil au 1er janvier 2027",
      "Projet de terrains familiaux des Rives de la Saulx",
      "Scolarisation : bilan de rentrée du camion-école")),
    ("2027-01-21 14:00", "2027-01-21 16:30", f"Groupe de suivi du schéma, {SOUS_PREFECTURE}",
     ("Révision du règlement intérieur type des aires d'accueil",
      "Domiciliation : état des lieux des organismes agréés")),
    ("2027-03-16 09:30", "2027-03-16 12:30", "Commission départementale consultative des gens du voyage, séance "
                                             "plénière, salle des commissions, préfecture de la Marne à "
                                             "Châlons-en-Champagne",
     ("Bilan annuel 2026 du schéma départemental",
      "Préparation de la saison des grands passages 2027")),
)

GDV51_DEADLINES = (
    ("2026-11-27", "Remontée des taux d'occupation des aires d'accueil pour le bilan annuel"),
    ("2026-12-15", "Réception des demandes de grands passages pour la saison 2027"),
    ("2027-01-15", "Réponse des EPCI sur les dates de fermeture estivale des aires en 2027"),
    ("2027-02-26", "Dépôt de la demande de subvention de l'État pour les terrains familiaux des Rives de la Saulx"),
    ("2027-03-05", "Envoi aux membres de la commission du projet de bilan annuel 2026 du schéma"),
    ("2027-04-30", "Publication du calendrier définitif des grands passages 2027"),
)

GDV51_DECISIONS = (
    ("2026-09-17", 1, "Le groupe de suivi du schéma se réunit tous les deux mois environ, en alternance à la "
                      "sous-préfecture et dans un EPCI."),
    ("2026-09-17", 1, "Le compte rendu de chaque réunion est diffusé aux membres dans un délai de trois semaines."),
    ("2026-09-17", 1, "Toutes les aires d'accueil du département appliquent un droit de place unique de 2,50 euros "
                      "par jour et par emplacement à compter du 1er janvier 2027."),
    ("2026-09-17", 1, "L'eau et l'électricité sont facturées au réel sur toutes les aires d'accueil, par compteurs "
                      "individuels prépayés."),
    ("2026-09-17", 1, "Le dépôt de garantie demandé à l'arrivée sur une aire d'accueil est fixé à 100 euros."),
    ("2026-10-13", 2, "Les aires d'accueil ferment l'été trois semaines au plus pour travaux, à des dates décalées "
                      "afin qu'une aire reste ouverte dans chaque secteur."),
    ("2026-10-13", 2, "L'aire de grand passage des Grèves accueille au plus 200 caravanes, du 1er mai au 30 "
                      "septembre."),
    ("2026-10-13", 2, "Chaque grand passage fait l'objet d'une convention d'occupation signée avant l'arrivée, avec "
                      "une participation forfaitaire de 20 euros par caravane et par semaine."),
    ("2026-10-13", 2, "Un médiateur de l'AMAV 51 est présent à l'arrivée de chaque grand passage."),
    ("2026-11-12", 3, "Douze terrains familiaux locatifs seront aménagés à Vaucourt-sur-Saulx par la Communauté de "
                      "communes des Rives de la Saulx, pour une livraison fin 2028."),
    ("2026-11-12", 3, "La durée de séjour sur les aires d'accueil est portée à cinq mois, prolongeable jusqu'à la fin "
                      "de l'année scolaire pour les familles dont les enfants sont scolarisés."),
    ("2026-11-12", 3, "Le camion-école passe chaque semaine sur les aires de l'agglomération et toutes les deux "
                      "semaines sur les autres aires."),
    ("2026-11-12", 3, "L'AMAV 51 reste l'organisme de domiciliation des familles sans résidence stable, avec une "
                      "permanence chaque mardi matin à Vitry-le-François."),
    ("2026-11-12", 3, "Une permanence de PMI se tient une demi-journée par mois sur chaque aire d'accueil."),
)

GDV51_TASKS = {
    SLUG: (
        ("Organiser une visite de l'aire de grand passage des Grèves pour les membres", "Thierry Masson",
         "2026-10-30", 2, "cancelled"),
        ("Envoyer le compte rendu de la réunion de septembre", "Claire Vautrin", "2026-10-08", 1, "done"),
        ("Recenser les stationnements illicites de l'été 2026", "Didier Vasseur", "2026-11-20", 2),
        ("Rédiger le bilan des grands passages 2026", "Thierry Masson", "2026-11-25", 2),
        ("Recueillir l'avis des familles sur le projet de règlement intérieur des aires", "Rosine Weiss",
         "2026-11-27", 3),
        ("Chiffrer l'installation des compteurs prépayés d'eau et d'électricité", "Mickaël Lefranc", "2026-12-04",
         3),
        ("Établir la liste des enfants non scolarisés présents sur les aires", "Olivier Martinot", "2026-12-11", 3),
        ("Préparer le calendrier prévisionnel des grands passages 2027", "Julien Perrot", "2026-12-18", 3),
        ("Faire le point sur les ouvertures de droits des familles domiciliées à l'AMAV 51", "Isabelle Renaudin",
         "2027-01-14", 3),
        ("Présenter le projet de terrains familiaux au conseil communautaire", "Laetitia Gobert", "2027-01-28", 3),
        ("Préparer le projet de bilan annuel 2026 du schéma", "Claire Vautrin", "2027-03-05", 3),
        ("Présenter le témoignage des familles à la commission plénière", "Rosine Weiss", "2027-03-16", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the families' representative.
GDV51_ASKERS = {SLUG: ASKER}

GDV51_GROUPS = {
    SLUG: (GDV51_MEMBERS, GDV51_MEETINGS, GDV51_DEADLINES, GDV51_DECISIONS, "Claire Vautrin"),
}

# What the coordinator typed after each of the three past meetings (n°1 to n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Hélène Marchadier, Claire Vautrin, Thierry Masson, Julien Perrot, Nathalie Brochard, "
    "Mickaël Lefranc, Francis Aubriot, Sandrine Collignon, Gilles Parmentier, Yannick Deschamps, Samira Benali, "
    "Isabelle Renaudin, Olivier Martinot, Didier Vasseur, Rosine Weiss",
    "/excuses n°1 Bernard Thiébault, Émilie Féret",
    "/absents n°1 Laetitia Gobert",
    "/presents n°2 Hélène Marchadier, Claire Vautrin, Thierry Masson, Julien Perrot, Mickaël Lefranc, "
    "Sandrine Collignon, Bernard Thiébault, Gilles Parmentier, Samira Benali, Didier Vasseur",
    "/excuses n°2 Nathalie Brochard, Francis Aubriot, Yannick Deschamps, Isabelle Renaudin, Olivier Martinot, "
    "Rosine Weiss",
    "/absents n°2 Laetitia Gobert, Émilie Féret",
    "/presents n°3 Hélène Marchadier, Claire Vautrin, Julien Perrot, Nathalie Brochard, Francis Aubriot, "
    "Laetitia Gobert, Yannick Deschamps, Samira Benali, Isabelle Renaudin, Olivier Martinot, Émilie Féret, "
    "Rosine Weiss, Gilles Parmentier",
    "/excuses n°3 Thierry Masson, Sandrine Collignon, Bernard Thiébault",
    "/absents n°3 Mickaël Lefranc, Didier Vasseur",
)

# What members said in the chat before the groupe de suivi of 8 December (n°4).
RSVPS = (
    ("Hélène Marchadier", "/present"),
    ("Claire Vautrin", "/present"),
    ("Thierry Masson", "/present"),
    ("Julien Perrot", "/present"),
    ("Francis Aubriot", "/present"),
    ("Laetitia Gobert", "/present"),
    ("Olivier Martinot", "/present"),
    ("Samira Benali", "/present"),
    ("Didier Vasseur", "/excuse"),
    ("Isabelle Renaudin", "/excuse"),
    ("Gilles Parmentier", "/excuse"),
)

GDV51_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "gdv", ATTENDANCE_COMMANDS, RSVPS),
}
