"""A group written by helper w36b in the thirty-fifth round, for the
lead's blind set 68 (a stranger's general set in the words of the people
who sit on the committee on seasonal workers' housing and life of an
invented ski resort of the Tarentaise, Savoie): the comité saisonniers of
the commune of Saint-Martin-de-Chavin and its resort Chavin 1850 — the
deputy mayor in charge of housing and seasonal workers who chairs it; the
coordinator of the Maison des saisonniers (the group's coordinator) and
its point info logement's host (its two members); the director of the
office de tourisme; the HR manager of the resort's ski-lift operator; a
hotelier and a restaurateur of the UMIH Savoie (its two members); the OPAC
de la Savoie (a social landlord); Action Logement Services; the MSA Alpes
du Nord; the CPAM de la Savoie; France Travail's seasonal desk at
Moûtiers; the CAF de la Savoie; the médecin de station; the commander of
the gendarmerie's brigade; the president and a board member of an
invented association for seasonal workers' rights, Saisonniers Solidaires
Tarentaise (the board member, a waitress, is the asker); the
communauté de communes des Vallées de Chavin (a vice-president and the
chargée de mission habitat: its two members); a labour inspector of the
DDETS de la Savoie. Meetings: the committee on the summer's review and
the winter's preparation in September at the town hall, the working group
on seasonal housing in October at the communauté de communes, the
committee preparing the winter's welcome in November at the Maison des
saisonniers (last), the committee at the resort's opening on 9 December
at the Maison des saisonniers (next), the working group on health and
prevention in January in the salle hors-sac, the mid-season committee in
February and the season's review in April at the town hall. Housing
(studios in the former gendarmerie, beds at the locals', the owners'
bonus, emergency beds at a gîte, vans at the parking des Granges), the
shuttle, the welcome evening, health (the doctor's walk-in slot, the
MSA and CPAM's permanence), the convention on seasonal workers' housing
(loi Montagne). Tasks (four late, one of them the asker's; two done; one
cancelled), the attendance of the September committee and of the
November committee in the store, announced presences for the committee of
9 December; the person asking is a member, not the coordinator.
Organisation names are public bodies or real organisations (OPAC de la
Savoie, Action Logement Services, MSA Alpes du Nord, CPAM de la Savoie,
France Travail, CAF de la Savoie, UMIH Savoie, gendarmerie nationale,
DDETS de la Savoie) or invented ones (the commune, the resort, its
ski-lift company, the communauté de communes, the association); every
person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["SAISON73_AFTER_SETUP", "SAISON73_ASKERS", "SAISON73_GROUPS", "SAISON73_TASKS"]

SLUG = "saison73"
ASKER = "Inès Carron"
MAIRIE = "Mairie de Saint-Martin-de-Chavin"
MDS = "Maison des saisonniers de Chavin 1850"
UMIH = "UMIH Savoie, antenne Tarentaise"
CC = "Communauté de communes des Vallées de Chavin"
ASSO = "Saisonniers Solidaires Tarentaise, association de défense des droits des saisonniers"
MAIRIE_ROOM = "salle du conseil municipal, mairie de Saint-Martin-de-Chavin"
MDS_ROOM = "Maison des saisonniers, galerie du Forum, Chavin 1850"

SAISON73_MEMBERS = (
    ("Didier Chenal", MAIRIE, "Adjoint au maire chargé du logement et de la vie des saisonniers, président du comité "
                              "saisonniers"),
    ("Manon Favre-Bulle", MDS, "Coordinatrice de la Maison des saisonniers, coordinatrice du comité saisonniers"),
    ("Yanis Belkacem", MDS, "Animateur du point info logement de la Maison des saisonniers"),
    ("Claire Duc", "Office de tourisme de Chavin 1850", "Directrice de l'office de tourisme"),
    ("Olivier Gachet", "Société des remontées mécaniques de Chavin (SRMC)", "Responsable des ressources humaines"),
    ("Patricia Rey", UMIH, "Hôtelière (hôtel Les Aiguilles), présidente de l'antenne Tarentaise de l'UMIH Savoie"),
    ("Thierry Jacquemoud", UMIH, "Restaurateur (restaurant d'altitude Le Chavinou), délégué des restaurateurs"),
    ("Nadia Ferrari", "OPAC de la Savoie, agence Tarentaise", "Chargée de gestion locative, référente logement "
                                                             "des saisonniers"),
    ("Sébastien Arnaud", "Action Logement Services, Savoie", "Conseiller en accompagnement logement des salariés "
                                                            "saisonniers"),
    ("Émilie Perrier", "MSA Alpes du Nord", "Conseillère en protection sociale, référente saisonniers agricoles et "
                                            "des remontées mécaniques"),
    ("Karim Haddad", "CPAM de la Savoie", "Conseiller de la mission accompagnement santé, accès aux droits"),
    ("Julie Morel", "France Travail Savoie, agence de Moûtiers", "Conseillère du pôle saisonniers, emploi et "
                                                                "indemnisation"),
    ("Fabienne Girod", "CAF de la Savoie", "Travailleuse sociale, référente logement des jeunes"),
    ("Pierre-Yves Mugnier", "Cabinet médical de Chavin 1850", "Médecin de station, médecin généraliste"),
    ("Cédric Lamy", "Gendarmerie nationale, brigade de Saint-Martin-de-Chavin", "Adjudant-chef, commandant de la "
                                                                               "brigade"),
    ("Romain Vial", ASSO, "Président de l'association, moniteur de ski saisonnier"),
    ("Inès Carron", ASSO, "Secrétaire de l'association, serveuse saisonnière"),
    ("Gilles Marjollet", CC, "Vice-président chargé de l'habitat et du logement saisonnier"),
    ("Amandine Roux", CC, "Chargée de mission habitat et logement des saisonniers"),
    ("Benoît Colas", "DDETS de la Savoie, inspection du travail, unité de contrôle Tarentaise",
     "Inspecteur du travail"),
)

SAISON73_MEETINGS = (
    ("2026-09-24 18:00", "2026-09-24 20:00", f"Comité saisonniers : bilan de l'été 2026 et préparation de l'hiver, "
                                             f"{MAIRIE_ROOM}", ()),
    ("2026-10-20 14:00", "2026-10-20 16:30", "Groupe de travail logement saisonnier : recensement des lits et des "
                                             "logements vacants, salle Aiguille Rouge, siège de la communauté de "
                                             "communes des Vallées de Chavin", ()),
    ("2026-11-17 17:30", "2026-11-17 19:30", f"Comité saisonniers : préparation de l'accueil des saisonniers de "
                                             f"l'hiver 2026-2027, {MDS_ROOM}", ()),
    ("2026-12-09 17:30", "2026-12-09 19:30", f"Comité saisonniers de l'ouverture de la station, {MDS_ROOM}",
     ("Point sur les demandes de logement reçues au point info logement",
      "Ouverture de l'hébergement d'urgence au gîte des Écureuils",
      "Programme de la soirée d'accueil des saisonniers du 15 décembre",
      "Stationnement des véhicules aménagés au parking des Granges")),
    ("2027-01-14 14:00", "2027-01-14 16:00", "Groupe de travail santé et prévention des saisonniers, salle hors-sac "
                                             "du front de neige, Chavin 1850",
     ("Bilan de la consultation sans rendez-vous des saisonniers au cabinet médical",
      "Préparation de la journée prévention santé des saisonniers du 4 février",
      "Accès à la complémentaire santé solidaire pour les saisonniers")),
    ("2027-02-16 18:00", "2027-02-16 20:00", f"Comité saisonniers de mi-saison, {MAIRIE_ROOM}",
     ("Bilan de l'hébergement d'urgence à mi-saison",
      "Renouvellement de la convention pour le logement des travailleurs saisonniers avec l'État")),
    ("2027-04-27 17:00", "2027-04-27 19:00", f"Comité saisonniers : bilan de la saison d'hiver 2026-2027, "
                                             f"{MAIRIE_ROOM}",
     ("Bilan de la saison d'hiver 2026-2027 : logement, santé, transport",
      "Préparation de la saison d'été 2027")),
)

SAISON73_DEADLINES = (
    ("2026-12-04", "Retour du questionnaire des employeurs sur les besoins en logement de leurs saisonniers"),
    ("2026-12-18", "Envoi au point info logement de la liste des chambres disponibles chez l'habitant"),
    ("2027-01-08", "Dépôt du dossier de candidature à l'appel à projets régional sur le logement des saisonniers"),
    ("2027-01-29", "Inscription des employeurs à la journée prévention santé des saisonniers du 4 février"),
    ("2027-03-15", "Signature du renouvellement de la convention pour le logement des travailleurs saisonniers avec "
                   "la préfecture de la Savoie"),
)

SAISON73_DECISIONS = (
    ("2026-09-24", 1, "La Maison des saisonniers est ouverte du 1er décembre au 30 avril, du lundi au samedi, de 9 h "
                      "à 12 h et de 15 h à 19 h."),
    ("2026-09-24", 1, "Le forum de l'emploi saisonnier d'hiver se tient le samedi 24 octobre 2026 à la salle "
                      "polyvalente de Saint-Martin-de-Chavin."),
    ("2026-09-24", 1, "La commune réserve 40 places du parking des Granges aux véhicules aménagés des saisonniers, "
                      "avec un accès aux douches et aux sanitaires de la salle hors-sac."),
    ("2026-09-24", 1, "La MSA et la CPAM tiennent une permanence commune à la Maison des saisonniers le premier mardi "
                      "de chaque mois."),
    ("2026-10-20", 2, "Les logements vacants de l'ancienne gendarmerie sont transformés en 12 studios pour "
                      "saisonniers, loués 350 euros par mois charges comprises."),
    ("2026-10-20", 2, "Le recensement des lits saisonniers est mis à jour chaque année en octobre par la communauté "
                      "de communes."),
    ("2026-10-20", 2, "Les propriétaires qui louent un logement à un saisonnier pour toute la saison d'hiver "
                      "reçoivent une prime de 1 000 euros de la communauté de communes."),
    ("2026-10-20", 2, "Toutes les demandes de logement des saisonniers sont centralisées par le point info logement "
                      "de la Maison des saisonniers."),
    ("2026-11-17", 3, "Dix places d'hébergement d'urgence sont ouvertes au gîte des Écureuils pour les saisonniers "
                      "sans solution de logement, pour sept nuits au plus."),
    ("2026-11-17", 3, "Une navette gratuite relie Saint-Martin-de-Chavin à Chavin 1850 pour les saisonniers, avec "
                      "un départ à 6 h 30 et un retour à 22 h 30."),
    ("2026-11-17", 3, "La soirée d'accueil des saisonniers a lieu le mardi 15 décembre 2026 à 19 h sous le "
                      "chapiteau du front de neige."),
    ("2026-11-17", 3, "Les hôteliers et restaurateurs de l'UMIH remettent à chaque saisonnier qu'ils logent un état "
                      "des lieux écrit à l'arrivée et au départ."),
    ("2026-11-17", 3, "La brigade de gendarmerie organise deux soirées de prévention sur l'alcool et les stupéfiants "
                      "dans les résidences de saisonniers pendant la saison."),
    ("2026-11-17", 3, "Le médecin de station réserve aux saisonniers une consultation sans rendez-vous le jeudi de "
                      "17 h à 19 h."),
)

SAISON73_TASKS = {
    SLUG: (
        ("Organiser une visite des logements de l'OPAC à Moûtiers pour les saisonniers", "Nadia Ferrari",
         "2026-10-30", 1, "cancelled"),
        ("Envoyer le questionnaire sur les besoins en logement aux employeurs de la station", "Patricia Rey",
         "2026-11-13", 1, "done"),
        ("Recenser les chambres disponibles chez l'habitant", "Amandine Roux", "2026-11-20", 2),
        ("Recueillir les témoignages des saisonniers qui dorment dans leur véhicule", "Inès Carron", "2026-11-24", 3),
        ("Négocier les horaires de la navette des saisonniers avec le transporteur", "Didier Chenal", "2026-11-25", 3,
         "done"),
        ("Rédiger une fiche sur l'indemnisation chômage entre deux saisons", "Julie Morel", "2026-11-26", 3),
        ("Faire chiffrer les travaux des studios de l'ancienne gendarmerie", "Gilles Marjollet", "2026-11-27", 2),
        ("Préparer le guide d'accueil des saisonniers 2026-2027", "Manon Favre-Bulle", "2026-12-11", 3),
        ("Organiser la soirée d'accueil des saisonniers du 15 décembre", "Claire Duc", "2026-12-15", 3),
        ("Diffuser le guide d'accueil sur les réseaux sociaux de l'association", "Inès Carron", "2026-12-18", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the association's secretary.
SAISON73_ASKERS = {SLUG: ASKER}

SAISON73_GROUPS = {
    SLUG: (SAISON73_MEMBERS, SAISON73_MEETINGS, SAISON73_DEADLINES, SAISON73_DECISIONS, "Manon Favre-Bulle"),
}

# What the coordinator typed after the committee of September (n°1) and the committee of November (n°3); nothing
# was recorded for the working group on housing of October (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Didier Chenal, Manon Favre-Bulle, Yanis Belkacem, Claire Duc, Olivier Gachet, Patricia Rey, "
    "Nadia Ferrari, Sébastien Arnaud, Émilie Perrier, Julie Morel, Romain Vial, Inès Carron, Gilles Marjollet, "
    "Amandine Roux",
    "/excuses n°1 Karim Haddad, Fabienne Girod, Pierre-Yves Mugnier",
    "/absents n°1 Cédric Lamy, Thierry Jacquemoud, Benoît Colas",
    "/presents n°3 Didier Chenal, Manon Favre-Bulle, Yanis Belkacem, Olivier Gachet, Patricia Rey, "
    "Thierry Jacquemoud, Sébastien Arnaud, Karim Haddad, Julie Morel, Fabienne Girod, Pierre-Yves Mugnier, "
    "Cédric Lamy, Amandine Roux, Inès Carron",
    "/excuses n°3 Claire Duc, Nadia Ferrari, Gilles Marjollet, Romain Vial",
    "/absents n°3 Émilie Perrier, Benoît Colas",
)

# What members said in the chat before the committee of 9 December (n°4).
RSVPS = (
    ("Didier Chenal", "/present"),
    ("Manon Favre-Bulle", "/present"),
    ("Olivier Gachet", "/present"),
    ("Patricia Rey", "/present"),
    ("Nadia Ferrari", "/present"),
    ("Sébastien Arnaud", "/present"),
    ("Fabienne Girod", "/present"),
    ("Cédric Lamy", "/present"),
    ("Romain Vial", "/present"),
    ("Pierre-Yves Mugnier", "/excuse"),
    ("Benoît Colas", "/excuse"),
    ("Claire Duc", "/excuse"),
)

SAISON73_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "sn73", ATTENDANCE_COMMANDS, RSVPS),
}
