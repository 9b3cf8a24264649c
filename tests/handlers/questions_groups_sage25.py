"""A group written by helper w43b in the forty-second round, for the lead's
blind set 87 (a stranger's general set in the words of the commission locale
de l'eau (CLE) of an invented schéma d'aménagement et de gestion des eaux
(SAGE) in the Doubs and the Jura): the CLE of the invented SAGE
Drésine-Arbelle, with its three collèges. The elected: the mayor of the
invented Montrivel-sur-Drésine who chairs the CLE, the vice-president for
water (GEMAPI) of the invented Communauté de communes du Plateau de Montrivel
(vice-president of the CLE), a delegate of the invented Communauté de
communes Arbelle et Vignes (Jura), the deputy mayor for drinking water of
the invented Chavanne-sur-Arbelle, the president of the invented Syndicat
des eaux du Val de Drésine, a conseiller départemental of the Doubs and a
conseillère régionale of Bourgogne-Franche-Comté. The users: the chambre
interdépartementale d'agriculture Doubs-Territoire de Belfort, the Doubs
fishing federation (the asker), the invented canoe club of Montrivel, the
invented association Drésine Nature Environnement, the Comté
interprofession (CIGC, for the fruitières) and EDF Hydro for the invented
Combe Noire dam. The State: the DDT du Doubs, the DREAL
Bourgogne-Franche-Comté, the Office français de la biodiversité, the Agence
de l'eau Rhône Méditerranée Corse and the ARS. The animatrice of the SAGE
at the invented EPTB Drésine-Arbelle is the group's coordinator; its
technicien rivières is a member too.
Meetings: the plénière of September at the salle des fêtes of
Montrivel-sur-Drésine, the commission thématique étiages et karst of October
at the mairie of Chavanne-sur-Arbelle, the plénière of November at the
Hôtel du Département in Besançon (attendance of all three in the store),
the plénière of 8 December at the salle des fêtes (announced presences),
the bureau of January at the EPTB and the plénière of March at the Hôtel du
Département. Tasks: four late (one the asker's), one done, one cancelled;
the person asking is a member, not the coordinator. Public bodies named: the
Département du Doubs, the Région, the chambre d'agriculture, the fishing
federation, the CIGC, EDF, the DDT, the DREAL, the OFB, the Agence de l'eau,
the ARS; the rivers, communes, EPCI, syndicate, EPTB, club, association,
dam, mill and every person are invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["SAGE25_AFTER_SETUP", "SAGE25_ASKERS", "SAGE25_GROUPS", "SAGE25_TASKS"]

SLUG = "sage25"
ASKER = "Hugo Bourgeois"
EPTB = "EPTB Drésine-Arbelle"
COORDINATOR_NAME = "Élodie Grandjean"

SAGE25_MEMBERS = (
    ("Bernard Faivre-Picon", "Mairie de Montrivel-sur-Drésine", "Maire de Montrivel-sur-Drésine, président de la CLE"),
    ("Élodie Grandjean", EPTB, "Animatrice du SAGE Drésine-Arbelle, coordinatrice de la CLE"),
    ("Jean-Marc Cuenot", "Communauté de communes du Plateau de Montrivel",
     "Vice-président chargé de l'eau, de l'assainissement et de la GEMAPI, vice-président de la CLE"),
    ("Sylvie Pourcelot", "Communauté de communes Arbelle et Vignes", "Conseillère communautaire déléguée aux "
                                                                     "milieux aquatiques"),
    ("Sophie Droz", "Mairie de Chavanne-sur-Arbelle", "Adjointe au maire chargée de l'eau potable"),
    ("Pierre-Yves Lamy", "Syndicat des eaux du Val de Drésine", "Président du syndicat des eaux, membre du bureau "
                                                                "de la CLE"),
    ("Gérard Monnier", "Département du Doubs", "Conseiller départemental, membre du bureau de la CLE"),
    ("Nathalie Vuillemin", "Région Bourgogne-Franche-Comté", "Conseillère régionale déléguée à la biodiversité"),
    ("Patrice Jeunet", "Chambre interdépartementale d'agriculture Doubs-Territoire de Belfort",
     "Élu de la chambre, éleveur laitier, membre du bureau de la CLE"),
    ("Hugo Bourgeois", "Fédération du Doubs pour la pêche et la protection du milieu aquatique",
     "Chargé d'études milieux aquatiques"),
    ("Antoine Marguet", "Canoë-kayak club de Montrivel", "Président du club"),
    ("Marie-Hélène Tissot", "Drésine Nature Environnement", "Présidente de l'association, représentante des "
                                                            "associations de protection de la nature"),
    ("Claude Boichard", "Comité interprofessionnel de gestion du Comté (CIGC)",
     "Chargé de mission environnement, représentant des fruitières"),
    ("Laurent Mougin", "EDF Hydro, groupement d'usines du Jura", "Responsable d'exploitation du barrage de la Combe "
                                                                 "Noire"),
    ("Isabelle Perrot", "DDT du Doubs", "Cheffe du service eau, risques, nature et forêt (police de l'eau, arrêtés "
                                        "sécheresse)"),
    ("Thomas Lhomme", "DREAL Bourgogne-Franche-Comté", "Chargé de mission planification de l'eau et hydrométrie"),
    ("Céline Barthod", "Office français de la biodiversité (OFB), service départemental du Doubs",
     "Inspectrice de l'environnement, référente continuité écologique"),
    ("Vincent Chopard", "Agence de l'eau Rhône Méditerranée Corse, délégation de Besançon",
     "Chargé d'interventions, référent du SAGE"),
    ("Anne Jacquot", "ARS Bourgogne-Franche-Comté, délégation départementale du Doubs",
     "Ingénieure d'études sanitaires (eau potable, protection des captages)"),
    ("Julien Billot", EPTB, "Technicien rivières, suivi des débits d'étiage et des zones humides"),
)

SAGE25_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 17:00", "Séance plénière de la CLE, salle des fêtes de Montrivel-sur-Drésine", ()),
    ("2026-10-14 09:00", "2026-10-14 16:00", "Commission thématique étiages et karst, mairie de Chavanne-sur-Arbelle, "
                                             "puis visite des pertes de la Drésine", ()),
    ("2026-11-12 14:00", "2026-11-12 17:30", "Séance plénière de la CLE, Hôtel du Département du Doubs à Besançon", ()),
    ("2026-12-08 14:00", "2026-12-08 17:00", "Séance plénière de la CLE, salle des fêtes de Montrivel-sur-Drésine",
     ("Bilan de l'étiage 2026 et des arrêtés sécheresse",
      "Résultats de l'inventaire des zones humides du plateau",
      "Projet de règlement : règle sur les prélèvements en période d'étiage",
      "Lancement du projet de territoire pour la gestion de l'eau (PTGE) de l'Arbelle")),
    ("2027-01-21 09:30", "2027-01-21 12:00", "Bureau de la CLE, locaux de l'EPTB Drésine-Arbelle à "
                                             "Montrivel-sur-Drésine",
     ("Préparation de la consultation des assemblées sur le projet de SAGE",
      "Programme d'animation 2027")),
    ("2027-03-18 14:00", "2027-03-18 17:00", "Séance plénière de la CLE, Hôtel du Département du Doubs à Besançon",
     ("Adoption du projet de SAGE (PAGD et règlement)",
      "Rapport annuel d'activité 2026 de la CLE")),
)

SAGE25_DEADLINES = (
    ("2026-11-27", "Retour des observations des membres sur le projet de PAGD"),
    ("2026-12-18", "Dépôt à l'Agence de l'eau de la demande d'aide pour l'animation du SAGE en 2027"),
    ("2027-01-15", "Remise de l'étude des volumes prélevables et des débits d'étiage par le bureau d'études"),
    ("2027-02-26", "Avis de la CLE au préfet sur le renouvellement de l'autorisation du barrage de la Combe Noire"),
    ("2027-03-31", "Validation du programme d'actions du PTGE de l'Arbelle"),
    ("2027-04-30", "Envoi du projet de SAGE en consultation des communes, des EPCI et des chambres consulaires"),
)

SAGE25_DECISIONS = (
    ("2026-09-17", 1, "La CLE se réunit en séance plénière au moins trois fois par an ; le bureau prépare les séances "
                      "et se réunit entre deux plénières."),
    ("2026-09-17", 1, "Le projet de SAGE est adopté à la majorité des deux tiers des membres présents ou représentés, "
                      "les autres délibérations à la majorité simple."),
    ("2026-09-17", 1, "L'inventaire des zones humides est étendu aux tourbières du plateau et aux prairies humides de "
                      "plus de 1 000 m²."),
    ("2026-09-17", 1, "Le secrétariat et l'animation de la CLE sont assurés par l'EPTB Drésine-Arbelle."),
    ("2026-09-17", 1, "Les documents de séance sont envoyés aux membres par courriel dix jours avant chaque réunion."),
    ("2026-10-14", 2, "La CLE propose de retenir un débit d'objectif d'étiage de 250 litres par seconde à la station "
                      "hydrométrique de Chavanne-sur-Arbelle."),
    ("2026-10-14", 2, "La CLE demande que l'arrêté cadre sécheresse interdise le remplissage des piscines privées dès "
                      "le niveau d'alerte renforcée, l'abreuvement du bétail restant toujours autorisé."),
    ("2026-10-14", 2, "Un traçage des eaux souterraines sera réalisé au printemps 2027 sur les pertes de la Drésine pour "
                      "connaître leurs liens avec les sources de l'Arbelle."),
    ("2026-10-14", 2, "Les fruitières sont invitées à récupérer leurs eaux blanches et leur lactosérum pour les "
                      "traiter ou les épandre plutôt que de les rejeter au réseau."),
    ("2026-11-12", 3, "Le seuil de l'ancien moulin de Rochefrêne sera arasé en 2027 pour rétablir la continuité "
                      "écologique ; la passe à poissons du barrage de la Combe Noire est maintenue."),
    ("2026-11-12", 3, "La CLE émet un avis favorable au projet de PAGD, sous réserve d'y ajouter l'objectif de bon "
                      "état de la masse d'eau de l'Arbelle aval en 2033."),
    ("2026-11-12", 3, "La navigation des canoës sur la Drésine est suspendue lorsque le débit descend sous 400 litres "
                      "par seconde à la station de Montrivel, pour protéger les frayères."),
    ("2026-11-12", 3, "Un projet de territoire pour la gestion de l'eau (PTGE) est lancé sur le bassin de l'Arbelle, "
                      "avec un comité de pilotage présidé par le président de la CLE."),
    ("2026-11-12", 3, "Le poste d'animatrice du SAGE est financé à 70 % par l'Agence de l'eau, le reste étant "
                      "partagé entre les intercommunalités et le Département."),
)

SAGE25_TASKS = {
    SLUG: (
        ("Envoyer le projet de PAGD aux membres de la CLE", "Élodie Grandjean", "2026-10-30", 2, "done"),
        ("Organiser une sortie sur les tourbières avec les écoles du plateau", "Marie-Hélène Tissot", "2026-11-20", 1,
         "cancelled"),
        ("Compléter l'inventaire des zones humides du plateau", "Julien Billot", "2026-11-20", 1),
        ("Transmettre les résultats des pêches électriques d'inventaire de l'été 2026", "Hugo Bourgeois",
         "2026-11-24", 2),
        ("Fournir les chroniques de débits d'étiage 2026 des stations hydrométriques", "Thomas Lhomme",
         "2026-11-25", 2),
        ("Recenser les prélèvements agricoles pour l'abreuvement et l'irrigation", "Patrice Jeunet", "2026-11-27", 2),
        ("Transmettre la liste des captages d'eau potable alimentés par les pertes de la Drésine", "Anne Jacquot",
         "2026-12-11", 2),
        ("Préparer la demande d'aide à l'Agence de l'eau pour l'animation 2027", "Élodie Grandjean", "2026-12-15", 3),
        ("Rédiger la règle sur les prélèvements en période d'étiage", "Isabelle Perrot", "2027-01-08", 3),
        ("Rendre l'avis technique sur l'arasement du seuil du moulin de Rochefrêne", "Céline Barthod", "2027-01-15", 3),
        ("Proposer les secteurs de frayères à protéger de la navigation", "Hugo Bourgeois", "2027-01-21", 3),
        ("Recenser les fruitières sans traitement des eaux blanches", "Claude Boichard", "2027-02-12", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the fishing federation's officer.
SAGE25_ASKERS = {SLUG: ASKER}

SAGE25_GROUPS = {
    SLUG: (SAGE25_MEMBERS, SAGE25_MEETINGS, SAGE25_DEADLINES, SAGE25_DECISIONS, COORDINATOR_NAME),
}

# What the coordinator typed after the plénière of September (n°1), the commission of October (n°2) and the
# plénière of November (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Bernard Faivre-Picon, Élodie Grandjean, Jean-Marc Cuenot, Sylvie Pourcelot, Sophie Droz, "
    "Pierre-Yves Lamy, Gérard Monnier, Patrice Jeunet, Hugo Bourgeois, Marie-Hélène Tissot, Claude Boichard, "
    "Isabelle Perrot, Thomas Lhomme, Céline Barthod, Vincent Chopard, Julien Billot",
    "/excuses n°1 Nathalie Vuillemin, Laurent Mougin, Anne Jacquot",
    "/absents n°1 Antoine Marguet",
    "/presents n°2 Bernard Faivre-Picon, Élodie Grandjean, Sylvie Pourcelot, Pierre-Yves Lamy, Patrice Jeunet, "
    "Hugo Bourgeois, Marie-Hélène Tissot, Claude Boichard, Isabelle Perrot, Thomas Lhomme, Vincent Chopard, "
    "Anne Jacquot, Julien Billot",
    "/excuses n°2 Jean-Marc Cuenot, Sophie Droz, Gérard Monnier, Laurent Mougin, Céline Barthod",
    "/absents n°2 Nathalie Vuillemin, Antoine Marguet",
    "/presents n°3 Bernard Faivre-Picon, Élodie Grandjean, Jean-Marc Cuenot, Pierre-Yves Lamy, Gérard Monnier, "
    "Nathalie Vuillemin, Patrice Jeunet, Antoine Marguet, Marie-Hélène Tissot, Laurent Mougin, Isabelle Perrot, "
    "Céline Barthod, Vincent Chopard, Julien Billot",
    "/excuses n°3 Hugo Bourgeois, Claude Boichard, Thomas Lhomme, Sophie Droz",
    "/absents n°3 Sylvie Pourcelot, Anne Jacquot",
)

# What members said in the chat before the plénière of 8 December (n°4); the asker said nothing.
RSVPS = (
    ("Bernard Faivre-Picon", "/present"),
    ("Élodie Grandjean", "/present"),
    ("Jean-Marc Cuenot", "/present"),
    ("Patrice Jeunet", "/present"),
    ("Marie-Hélène Tissot", "/present"),
    ("Laurent Mougin", "/present"),
    ("Isabelle Perrot", "/present"),
    ("Céline Barthod", "/present"),
    ("Vincent Chopard", "/present"),
    ("Julien Billot", "/present"),
    ("Gérard Monnier", "/excuse"),
    ("Antoine Marguet", "/excuse"),
    ("Anne Jacquot", "/excuse"),
)

SAGE25_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "sage", ATTENDANCE_COMMANDS, RSVPS),
}
