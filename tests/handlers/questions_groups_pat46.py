"""A group written by helper r33b in the thirty-second round, for blind set 40b
(questions asked for someone else or passed on): the comité de suivi of the
projet alimentaire territorial (PAT) of the Pays de Céou-Quercy, an invented
pays of the Lot — the pays' president who chairs it, the PAT's chargée de
mission who runs it (the coordinator), the chambre d'agriculture du Lot, the
DRAAF Occitanie, the Département's service of the collèges' catering, the
school canteens of two invented communes (Castelvert-en-Quercy's deputy
mayor for schools, Lavaurelle's canteen cook), an invented légumerie, an
invented farmers' cooperative and its drive fermier, the Banque alimentaire
du Lot, the CCAS of Castelvert-en-Quercy (the asker: a member, not the
coordinator), the organic farmers' group Bio 46, the lycée agricole, a
consumers' association (UFC-Que Choisir) and the Région Occitanie. Its
subjects: the share of local and organic food in the canteens, the légumerie,
food aid (paniers solidaires, épicerie sociale, the drive's unsold goods),
farmland (réserve foncière, friches) and the « défi familles à alimentation
positive ». Tasks (four late, three done, one cancelled; three of the
asker's), the attendance of the atelier restauration collective of October
and of the atelier at the légumerie of November in the store (nothing
recorded for the comité of September), announced presences for the comité of
8 December. The pays, its communes, the légumerie and the cooperative are
invented; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["PAT46_AFTER_SETUP", "PAT46_ASKERS", "PAT46_GROUPS", "PAT46_TASKS"]

SLUG = "pat46"
ASKER = "Sophie Castagné"
PAYS = "Pays de Céou-Quercy"

PAT46_MEMBERS = (
    ("Jean-Marc Delpech", PAYS, "Président du Pays, président du comité de suivi du PAT"),
    ("Aurélie Vialard", PAYS, "Chargée de mission projet alimentaire territorial"),
    ("Thomas Bouscarel", "Chambre d'agriculture du Lot", "Conseiller circuits courts et foncier agricole"),
    ("Nathalie Fraysse", "DRAAF Occitanie", "Chargée de mission alimentation, service régional de l'alimentation"),
    ("Sébastien Lagarrigue", "Département du Lot", "Responsable de la restauration des collèges"),
    ("Corinne Maury", "Mairie de Castelvert-en-Quercy", "Adjointe au maire chargée des affaires scolaires"),
    ("Didier Couderc", "Mairie de Lavaurelle", "Cuisinier de la cantine scolaire"),
    ("Karima Benhamou", "Légumerie du Céou", "Directrice de la légumerie d'insertion"),
    ("Patrice Garrigou", "Coopérative Terres du Céou", "Président de la coopérative, maraîcher"),
    ("Émilie Roques", "Coopérative Terres du Céou", "Animatrice du drive fermier"),
    ("Gérard Mialet", "Banque alimentaire du Lot", "Bénévole, responsable de l'approvisionnement"),
    ("Sophie Castagné", "CCAS de Castelvert-en-Quercy", "Directrice du CCAS"),
    ("Mathieu Pélissié", "Bio 46", "Animateur restauration collective bio"),
    ("Claire Lafon", "Lycée agricole de Cahors-Le Montat", "Directrice de l'exploitation agricole du lycée"),
    ("Yvette Salgues", "UFC-Que Choisir du Lot", "Présidente de l'antenne locale, animatrice du défi familles"),
    ("Romain Teulière", "Région Occitanie", "Chargé de mission agriculture et alimentation, maison de la Région "
                                           "de Cahors"),
)

PAT46_MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 17:00", "Comité de suivi du PAT, salle du conseil du Pays, "
                                             "Castelvert-en-Quercy", ()),
    ("2026-10-20 09:30", "2026-10-20 12:30", "Atelier restauration collective, lycée agricole de Cahors-Le Montat",
     ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Atelier légumerie et circuits courts, Légumerie du Céou, Lavaurelle",
     ()),
    ("2026-12-08 14:00", "2026-12-08 17:00", "Comité de suivi du PAT, salle du conseil du Pays, "
                                             "Castelvert-en-Quercy",
     ("Bilan de la part de produits locaux dans les cantines", "Budget 2027 de la légumerie",
      "Convention de dons avec la Banque alimentaire", "Lancement du défi familles à alimentation positive")),
    ("2027-01-14 18:00", "2027-01-14 20:00", "Atelier aide alimentaire, CCAS de Castelvert-en-Quercy",
     ("Paniers solidaires de produits locaux", "Projet d'épicerie sociale")),
    ("2027-02-09 09:30", "2027-02-09 12:30", "Atelier foncier agricole, chambre d'agriculture du Lot, Cahors",
     ("Inventaire des terres agricoles en friche", "Installation de jeunes maraîchers")),
    ("2027-03-18 14:00", "2027-03-18 17:00", "Comité de suivi du PAT, salle du conseil du Pays, "
                                             "Castelvert-en-Quercy",
     ("Bilan du défi familles", "Candidature à l'appel à projets du Programme national pour l'alimentation")),
)

PAT46_DEADLINES = (
    ("2026-12-11", "Remontée des chiffres d'achats locaux des cantines pour le bilan annuel"),
    ("2027-01-08", "Clôture des inscriptions des familles au défi familles"),
    ("2027-01-29", "Dépôt du dossier de subvention Région pour l'équipement de la légumerie"),
    ("2027-03-05", "Remise du diagnostic foncier agricole du Pays"),
    ("2027-03-31", "Dépôt de la candidature à l'appel à projets du Programme national pour l'alimentation"),
)

PAT46_DECISIONS = (
    ("2026-09-24", 1, "Le comité de suivi du PAT se réunit chaque trimestre ; des ateliers thématiques se tiennent "
                      "entre deux comités."),
    ("2026-09-24", 1, "Les cantines scolaires du Pays visent 40 % de produits locaux, dont 20 % de bio, d'ici fin "
                      "2027."),
    ("2026-09-24", 1, "Un défi familles à alimentation positive est lancé en janvier 2027 avec vingt familles, "
                      "animé par l'UFC-Que Choisir et Bio 46."),
    ("2026-10-20", 2, "Les cantines de Castelvert-en-Quercy et de Lavaurelle passent une commande groupée de légumes "
                      "à la coopérative Terres du Céou."),
    ("2026-10-20", 2, "Un repas végétarien est servi deux fois par semaine dans les collèges du Pays."),
    ("2026-10-20", 2, "Le lycée agricole forme les cuisiniers des cantines à la cuisine des produits bruts, à raison "
                      "de trois sessions par an."),
    ("2026-10-20", 2, "Les menus des cantines affichent l'origine des produits locaux."),
    ("2026-11-19", 3, "La légumerie transforme jusqu'à 60 tonnes de légumes par an et livre les cantines le mardi "
                      "et le vendredi."),
    ("2026-11-19", 3, "Les invendus du drive fermier sont donnés chaque semaine à la Banque alimentaire."),
    ("2026-11-19", 3, "Le CCAS distribue des paniers solidaires de produits locaux à 30 foyers, au prix de 2 euros "
                      "le panier."),
    ("2026-11-19", 3, "Une réserve foncière de 15 hectares est constituée avec la SAFER pour installer des "
                      "maraîchers."),
)

PAT46_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de suivi de septembre", "Aurélie Vialard", "2026-10-02", 1, "done"),
        ("Organiser une visite de la coopérative pour les cuisiniers", "Patrice Garrigou", "2026-10-30", 2,
         "cancelled"),
        ("Recenser les achats de produits locaux des collèges", "Sébastien Lagarrigue", "2026-11-13", 1),
        ("Afficher l'origine des produits sur les menus de la cantine", "Didier Couderc", "2026-11-16", 2, "done"),
        ("Rédiger le cahier des charges de la commande groupée de légumes", "Corinne Maury", "2026-11-20", 2),
        ("Établir la liste des foyers bénéficiaires des paniers solidaires", "Sophie Castagné", "2026-11-25", 3,
         "done"),
        ("Préparer le programme de formation des cuisiniers", "Claire Lafon", "2026-11-27", 2),
        ("Chiffrer le budget de fonctionnement de la légumerie", "Karima Benhamou", "2026-11-30", 3),
        ("Organiser la collecte des invendus du drive fermier", "Émilie Roques", "2026-12-04", 3),
        ("Préparer le bilan de la part de bio dans les cantines", "Mathieu Pélissié", "2026-12-07", 1),
        ("Rédiger la convention de dons avec le drive fermier", "Gérard Mialet", "2026-12-10", 3),
        ("Compiler les chiffres d'achats locaux des cantines", "Aurélie Vialard", "2026-12-11", 1),
        ("Chercher des financements DRAAF pour le défi familles", "Nathalie Fraysse", "2026-12-15", 1),
        ("Trouver un local pour l'épicerie sociale", "Sophie Castagné", "2026-12-18", 3),
        ("Recruter les vingt familles du défi", "Yvette Salgues", "2027-01-08", 1),
        ("Préparer la présentation des paniers solidaires pour l'atelier de janvier", "Sophie Castagné",
         "2027-01-12", 3),
        ("Monter le dossier de subvention Région pour la légumerie", "Karima Benhamou", "2027-01-22", 3),
        ("Repérer les terres agricoles en friche", "Thomas Bouscarel", "2027-02-26", 1),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the director of the CCAS of
# Castelvert-en-Quercy, who relays the questions of her mayor, her colleagues and the families.
PAT46_ASKERS = {SLUG: ASKER}

PAT46_GROUPS = {
    SLUG: (PAT46_MEMBERS, PAT46_MEETINGS, PAT46_DEADLINES, PAT46_DECISIONS, "Aurélie Vialard"),
}

# What the chargée de mission typed after the atelier restauration collective of October (n°2) and the atelier at
# the légumerie of November (n°3); nothing was recorded for the comité de suivi of September (n°1).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Aurélie Vialard, Jean-Marc Delpech, Sébastien Lagarrigue, Corinne Maury, Didier Couderc, "
    "Patrice Garrigou, Mathieu Pélissié, Claire Lafon, Nathalie Fraysse, Sophie Castagné",
    "/excuses n°2 Karima Benhamou, Yvette Salgues",
    "/absents n°2 Romain Teulière",
    "/presents n°3 Aurélie Vialard, Jean-Marc Delpech, Karima Benhamou, Patrice Garrigou, Émilie Roques, "
    "Gérard Mialet, Sophie Castagné, Thomas Bouscarel, Romain Teulière",
    "/excuses n°3 Corinne Maury, Sébastien Lagarrigue, Claire Lafon",
    "/absents n°3 Didier Couderc",
)

# What members said in the chat before the comité de suivi of 8 December (n°4); the asker has said nothing yet.
RSVPS = (
    ("Jean-Marc Delpech", "/present"),
    ("Aurélie Vialard", "/present"),
    ("Karima Benhamou", "/present"),
    ("Nathalie Fraysse", "/present"),
    ("Gérard Mialet", "/present"),
    ("Yvette Salgues", "/present"),
    ("Patrice Garrigou", "/excuse"),
    ("Romain Teulière", "/excuse"),
)

PAT46_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "pt46", ATTENDANCE_COMMANDS, RSVPS),
}
