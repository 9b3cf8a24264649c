"""A group written by helper w45c in the forty-fourth round, for the lead's
blind set 92 (a stranger's general set in the words of the commission
restauration of an invented syndicat intercommunal à vocation unique (SIVU)
de restauration scolaire in the Isère): the invented SIVU du Val de Morge,
whose cuisine centrale at Chabonnet cooks about 1,800 meals a day in liaison
froide for the schools and the EHPAD of five invented communes
(Vernay-sur-Morge, the largest, Chabonnet, Saint-Alvin, Rivoire-en-Chartreuse
and Coublevaz) — the SIVU's président (mayor of Chabonnet) and
vice-présidente (deputy mayor of Vernay-sur-Morge for schools), three
elected delegates of the other communes, the SIVU's directeur, its chef de
cuisine, its diététicienne, its responsable des achats (public procurement,
local producers), its responsable administrative et financière (billing,
tariffs) and its secrétaire (the group's coordinator); a kitchen agent who
represents the staff; the parents' representatives (FCPE, the asker, and an
independent list); the directrices of two schools; the cadre de santé of the
invented EHPAD Les Glycines; the coordinatrice périscolaire of
Vernay-sur-Morge; the Chambre d'agriculture de l'Isère's chargée de mission
for the projet alimentaire territorial (PAT).
Meetings: the commission of September at the mairie of Chabonnet, the
commission menus of October at the cuisine centrale, the commission of
November at Vernay-sur-Morge, the commission of 8 December at the mairie of
Chabonnet, the commission menus of January in the réfectoire of the school of
Saint-Alvin and the comité syndical élargi of March at Rivoire-en-Chartreuse.
Tasks (four late, one of them the asker's; one done; one cancelled), the
attendance of the three past meetings in the store, announced presences for
8 December; the person asking is a member, not the coordinator. Public
bodies named: the FCPE, the Chambre d'agriculture de l'Isère, the DDPP de
l'Isère, the Éducation nationale, the CAF; the SIVU, its communes, its
schools, the EHPAD and every person are invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["SIVU38_AFTER_SETUP", "SIVU38_ASKERS", "SIVU38_GROUPS", "SIVU38_TASKS"]

SLUG = "sivu38"
ASKER = "Aurélie Joubert"
SIVU = "SIVU de restauration scolaire du Val de Morge"
BOARD = "SIVU de restauration scolaire du Val de Morge, comité syndical"
KITCHEN = "SIVU de restauration scolaire du Val de Morge, cuisine centrale de Chabonnet"

SIVU38_MEMBERS = (
    ("Bernard Chaléat", BOARD, "Maire de Chabonnet, président du SIVU et de la commission restauration"),
    ("Isabelle Perrin-Vallet", BOARD, "Adjointe aux affaires scolaires de Vernay-sur-Morge, vice-présidente du SIVU"),
    ("Jean-Marc Guillaud", BOARD, "Conseiller municipal, délégué de la commune de Saint-Alvin"),
    ("Martine Rey-Giraud", BOARD, "Adjointe au maire, déléguée de la commune de Rivoire-en-Chartreuse"),
    ("Thierry Bouvier", BOARD, "Conseiller municipal, délégué de la commune de Coublevaz"),
    ("Frédéric Dumollard", SIVU, "Directeur du SIVU"),
    ("Valérie Ravix", SIVU, "Secrétaire du SIVU, coordinatrice de la commission restauration (convocations, "
                            "comptes rendus)"),
    ("Patricia Sestier", SIVU, "Responsable administrative et financière (facturation des familles, tarifs)"),
    ("Stéphanie Collomb", SIVU, "Responsable des achats (marchés publics, approvisionnement auprès des producteurs "
                                "locaux)"),
    ("Karim Belkacem", KITCHEN, "Chef de cuisine"),
    ("Élodie Fournier", KITCHEN, "Diététicienne (plan alimentaire, régimes et allergies)"),
    ("Fatima Ouali", KITCHEN, "Agente de restauration, représentante du personnel"),
    ("Aurélie Joubert", "FCPE, conseil local du groupe scolaire de Vernay-sur-Morge",
     "Représentante des parents d'élèves"),
    ("Mickaël Rossetti", "Liste indépendante des parents d'élèves de Chabonnet",
     "Représentant des parents d'élèves (parents indépendants)"),
    ("Sophie Chabert", "École élémentaire Jean Jaurès de Vernay-sur-Morge (Éducation nationale)",
     "Directrice d'école"),
    ("Laurence Gros", "École primaire du Bourg de Saint-Alvin (Éducation nationale)", "Directrice d'école"),
    ("Hélène Dufour", "EHPAD Les Glycines de Vernay-sur-Morge", "Cadre de santé"),
    ("Yasmina Haddou", "Mairie de Vernay-sur-Morge", "Coordinatrice périscolaire (temps méridien, animateurs de "
                                                     "cantine)"),
    ("Camille Terrier", "Chambre d'agriculture de l'Isère", "Chargée de mission projet alimentaire territorial "
                                                           "(PAT), circuits courts"),
)

SIVU38_MEETINGS = (
    ("2026-09-22 17:30", "2026-09-22 19:30", "Commission restauration, salle du conseil, mairie de Chabonnet", ()),
    ("2026-10-13 14:00", "2026-10-13 17:00", "Commission menus et visite de la cuisine centrale du SIVU à "
                                             "Chabonnet", ()),
    ("2026-11-10 17:30", "2026-11-10 19:30", "Commission restauration, salle polyvalente de Vernay-sur-Morge", ()),
    ("2026-12-08 17:30", "2026-12-08 19:30", "Commission restauration, salle du conseil, mairie de Chabonnet",
     ("Bilan des pesées du gaspillage alimentaire",
      "Remplacement des barquettes plastique par des bacs inox",
      "Menu du repas de Noël",
      "Résultats de l'audit de la DDPP à la cuisine centrale")),
    ("2027-01-19 17:30", "2027-01-19 19:00", "Commission menus, réfectoire de l'école primaire du Bourg de "
                                             "Saint-Alvin",
     ("Plan alimentaire du deuxième trimestre",
      "Bilan EGalim 2026 des achats")),
    ("2027-03-18 18:00", "2027-03-18 20:00", "Comité syndical élargi, salle des fêtes de Rivoire-en-Chartreuse",
     ("Tarifs par quotient familial pour la rentrée 2027",
      "Attribution des lots du marché public de denrées alimentaires")),
)

SIVU38_DEADLINES = (
    ("2026-11-27", "Retour par les familles des fiches d'allergies et des PAI signés"),
    ("2026-12-11", "Inscriptions des écoles et de l'EHPAD au repas de Noël"),
    ("2026-12-18", "Envoi à la DDPP du plan d'actions correctives après l'audit de la cuisine centrale"),
    ("2027-01-15", "Déclaration des achats EGalim 2026 sur la plateforme ma cantine"),
    ("2027-02-12", "Remise des offres du marché public de denrées alimentaires (dont le lot pain)"),
    ("2027-03-05", "Fin de la campagne de pesées du gaspillage alimentaire du deuxième trimestre"),
)

SIVU38_DECISIONS = (
    ("2026-09-22", 1, "La commission restauration se réunit au moins une fois par trimestre, en général le mardi à "
                      "17h30, hors vacances scolaires."),
    ("2026-09-22", 1, "Un menu végétarien est servi une fois par semaine dans toutes les écoles ; à l'EHPAD, un "
                      "plat sans viande reste proposé chaque jour en alternative."),
    ("2026-09-22", 1, "Les menus sont validés par la commission menus six semaines à l'avance, sur proposition de "
                      "la diététicienne et du chef de cuisine."),
    ("2026-09-22", 1, "Un enfant ayant un PAI alimentaire peut apporter un panier-repas préparé par sa famille ; le "
                      "tarif est alors réduit à 1,20 euro par jour pour l'encadrement."),
    ("2026-09-22", 1, "Tout repas réservé est facturé, sauf absence signalée avant 9 heures la veille ou justifiée "
                      "par un certificat médical."),
    ("2026-10-13", 2, "Les barquettes en plastique sont remplacées par des bacs gastronormes en inox dans toutes les "
                      "écoles avant le 1er septembre 2027."),
    ("2026-10-13", 2, "Une table de tri des déchets est installée dans chaque réfectoire scolaire à partir de janvier "
                      "2027."),
    ("2026-10-13", 2, "Les restes sont pesés deux semaines par trimestre dans chaque restaurant scolaire pour suivre "
                      "le gaspillage."),
    ("2026-10-13", 2, "La cuisine centrale reste en liaison froide : les plats sont livrés la veille et remis en "
                      "température sur place."),
    ("2026-10-13", 2, "Les achats de 2027 comptent au moins 50 % de produits durables et de qualité, dont 20 % de "
                      "produits issus de l'agriculture biologique."),
    ("2026-11-10", 3, "Le prix du repas enfant passe de 4,10 euros à 4,35 euros au 1er janvier 2027 ; le repas "
                      "adulte est fixé à 6,80 euros."),
    ("2026-11-10", 3, "Les familles paient selon leur quotient familial CAF en quatre tranches, de 1 euro le repas "
                      "sous 700 de quotient jusqu'au plein tarif."),
    ("2026-11-10", 3, "En cas de grève des agents, un service minimum est assuré avec un repas froid unique, les "
                      "familles étant prévenues 48 heures à l'avance."),
    ("2026-11-10", 3, "Le repas de Noël est servi le jeudi 17 décembre dans les écoles et le vendredi 18 décembre à "
                      "l'EHPAD."),
    ("2026-11-10", 3, "Des panneaux acoustiques sont posés au réfectoire de l'école Jean Jaurès pendant les vacances "
                      "de février, pour 12 400 euros."),
)

SIVU38_TASKS = {
    SLUG: (
        ("Organiser une visite de la cuisine centrale pour les parents d'élèves", "Frédéric Dumollard",
         "2026-11-20", 1, "cancelled"),
        ("Envoyer le plan alimentaire du trimestre aux membres", "Élodie Fournier", "2026-10-02", 1, "done"),
        ("Recenser les PAI alimentaires des écoles de Vernay-sur-Morge", "Yasmina Haddou", "2026-11-20", 1),
        ("Relayer auprès des familles le questionnaire sur le menu végétarien", "Aurélie Joubert", "2026-11-25", 2),
        ("Rédiger le cahier des charges du lot pain du marché de denrées", "Stéphanie Collomb", "2026-11-27", 2),
        ("Faire chiffrer l'achat des bacs inox et du matériel de lavage", "Frédéric Dumollard", "2026-11-30", 2),
        ("Proposer le menu du repas de Noël", "Karim Belkacem", "2026-12-03", 3),
        ("Organiser les pesées de décembre avec les animateurs du temps méridien", "Yasmina Haddou",
         "2026-12-04", 3),
        ("Préparer la réponse à l'audit de la DDPP", "Frédéric Dumollard", "2026-12-16", 3),
        ("Présenter la liste des producteurs locaux du PAT intéressés par le marché", "Camille Terrier",
         "2027-01-19", 3),
        ("Présenter l'avis des parents sur les nouveaux tarifs", "Aurélie Joubert", "2027-03-18", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the FCPE parents' representative.
SIVU38_ASKERS = {SLUG: ASKER}

SIVU38_GROUPS = {
    SLUG: (SIVU38_MEMBERS, SIVU38_MEETINGS, SIVU38_DEADLINES, SIVU38_DECISIONS, "Valérie Ravix"),
}

# What the coordinator typed after each of the three past meetings.
ATTENDANCE_COMMANDS = (
    "/presents n°1 Bernard Chaléat, Isabelle Perrin-Vallet, Jean-Marc Guillaud, Martine Rey-Giraud, "
    "Frédéric Dumollard, Valérie Ravix, Patricia Sestier, Stéphanie Collomb, Karim Belkacem, Élodie Fournier, "
    "Aurélie Joubert, Mickaël Rossetti, Sophie Chabert, Yasmina Haddou, Camille Terrier",
    "/excuses n°1 Thierry Bouvier, Laurence Gros, Hélène Dufour",
    "/absents n°1 Fatima Ouali",
    "/presents n°2 Bernard Chaléat, Frédéric Dumollard, Valérie Ravix, Stéphanie Collomb, Karim Belkacem, "
    "Élodie Fournier, Fatima Ouali, Mickaël Rossetti, Hélène Dufour, Camille Terrier",
    "/excuses n°2 Isabelle Perrin-Vallet, Martine Rey-Giraud, Aurélie Joubert, Sophie Chabert, Laurence Gros, "
    "Yasmina Haddou",
    "/absents n°2 Jean-Marc Guillaud, Thierry Bouvier, Patricia Sestier",
    "/presents n°3 Bernard Chaléat, Isabelle Perrin-Vallet, Jean-Marc Guillaud, Thierry Bouvier, "
    "Frédéric Dumollard, Valérie Ravix, Patricia Sestier, Karim Belkacem, Élodie Fournier, Fatima Ouali, "
    "Aurélie Joubert, Laurence Gros, Hélène Dufour, Yasmina Haddou",
    "/excuses n°3 Martine Rey-Giraud, Stéphanie Collomb, Sophie Chabert, Camille Terrier",
    "/absents n°3 Mickaël Rossetti",
)

# What members said in the chat before the commission of 8 December (n°4).
RSVPS = (
    ("Bernard Chaléat", "/present"),
    ("Valérie Ravix", "/present"),
    ("Frédéric Dumollard", "/present"),
    ("Karim Belkacem", "/present"),
    ("Élodie Fournier", "/present"),
    ("Stéphanie Collomb", "/present"),
    ("Hélène Dufour", "/present"),
    ("Yasmina Haddou", "/present"),
    ("Mickaël Rossetti", "/present"),
    ("Sophie Chabert", "/present"),
    ("Isabelle Perrin-Vallet", "/excuse"),
    ("Camille Terrier", "/excuse"),
    ("Jean-Marc Guillaud", "/excuse"),
)

SIVU38_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "sivu", ATTENDANCE_COMMANDS, RSVPS),
}
