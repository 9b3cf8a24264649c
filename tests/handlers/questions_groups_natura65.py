"""A group written by helper w31b in the thirtieth round, for the lead's
blind set 53 (a stranger's general set in the words of a mountain Natura
2000 site's steering committee: elected officials, the State's services
and agencies, foresters, farmers, hunters, anglers, naturalists and the
operators of a ski resort and of hydroelectric plants): the comité de
pilotage of an invented Natura 2000 site, « Estives et tourbières de
Montaspet », in the Louron valley (Hautes-Pyrénées) — the mayor of Génos
who chairs it, the invented syndicat mixte du Haut-Louron that runs the
site (its Natura 2000 officer, the animatrice, who coordinates, and its
field technician for surveys and mapping), the communauté de communes
Aure Louron's vice-president for environment and tourism, the DDT des
Hautes-Pyrénées (its Natura 2000 officer, who instructs the contrats and
the évaluations d'incidences, and its MAEC instructor), the DREAL
Occitanie, the OFB's departmental service (an inspector, desman and grand
tétras), the ONF (a forest technician), the Conservatoire botanique
national des Pyrénées et de Midi-Pyrénées (a botanist, peat bogs), the
chambre d'agriculture (a pastoral adviser), an invented groupement
pastoral (its president, a sheep farmer), the fédération départementale
des chasseurs (its technician for mountain galliformes), an invented
AAPPMA (its president), the CPIE Bigorre-Pyrénées (a naturalist and
educator: the asker), an invented ski resort's operator (its technical
director) and EDF Hydro (an environment officer). A comité de pilotage,
a field visit, two working groups (pastoralism and MAEC; outdoor sports,
ski resort and hydroelectricity), then the annual comité de pilotage,
an evening meeting of the breeders on the MAEC and a grand tétras count at
dawn; the DOCOB's update, contrats Natura 2000, MAEC, évaluations
d'incidences, surveys of species. Tasks (four late, one of them the
asker's; two done; one cancelled), the attendance of the two working
groups in the store, announced presences for the comité de pilotage of 15
December; the person asking is a member, not the coordinator.
Organisation names are public bodies (the commune, the communauté de
communes, the DDT, the DREAL, the OFB, the ONF, the Conservatoire
botanique, the chambre d'agriculture, the fédération des chasseurs, the
CPIE, EDF Hydro) or invented ones (the site, the syndicat mixte, the
groupement pastoral, the AAPPMA, the resort's operator); every person is
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["NATURA65_AFTER_SETUP", "NATURA65_ASKERS", "NATURA65_GROUPS", "NATURA65_TASKS"]

SLUG = "natura65"
ASKER = "Marine Soulé"
SYNDICAT = "Syndicat mixte du Haut-Louron"
DDT = "DDT des Hautes-Pyrénées"

NATURA65_MEMBERS = (
    ("Bernard Sarrat", "Commune de Génos", "Maire de Génos, président du comité de pilotage du site Natura 2000"),
    ("Camille Lassalle", SYNDICAT, "Chargée de mission Natura 2000, animatrice du site Estives et tourbières de "
                                   "Montaspet"),
    ("Julien Abadie", SYNDICAT, "Technicien chargé des suivis naturalistes et de la cartographie"),
    ("Patrick Lacaze", "Communauté de communes Aure Louron", "Vice-président chargé de l'environnement et du "
                                                             "tourisme"),
    ("Sophie Marrot", DDT, "Chargée de mission Natura 2000 au service environnement, instruction des contrats et "
                           "des évaluations d'incidences"),
    ("Thierry Cazaux", DDT, "Instructeur des MAEC et des aides pastorales au service économie agricole"),
    ("Isabelle Noguès", "DREAL Occitanie", "Chargée de mission Natura 2000 et biodiversité"),
    ("Nicolas Fourcade", "OFB, service départemental des Hautes-Pyrénées", "Inspecteur de l'environnement, "
                                                                          "référent desman et grand tétras"),
    ("Pierre Duffau", "ONF, agence des Hautes-Pyrénées", "Technicien forestier territorial, forêt domaniale du "
                                                         "Louron"),
    ("Lucie Fontan", "Conservatoire botanique national des Pyrénées et de Midi-Pyrénées", "Botaniste, suivi de la "
                                                                                         "flore et des tourbières"),
    ("Hélène Carrère", "Chambre d'agriculture des Hautes-Pyrénées", "Conseillère pastoralisme et MAEC"),
    ("Michel Barrère", "Groupement pastoral des estives de Montaspet", "Président du groupement pastoral, éleveur "
                                                                       "ovin à Génos"),
    ("Jean-Marc Lafforgue", "Fédération départementale des chasseurs des Hautes-Pyrénées", "Technicien, référent "
                                                                                           "galliformes de montagne"),
    ("Alain Verdier", "AAPPMA Les Pêcheurs du Louron", "Président de l'AAPPMA"),
    ("Marine Soulé", "CPIE Bigorre-Pyrénées", "Chargée d'études naturalistes et d'éducation à l'environnement"),
    ("Olivier Estrade", "Montaspet Neige", "Directeur technique des remontées mécaniques de la station de "
                                           "Montaspet"),
    ("Sébastien Ribes", "EDF Hydro Sud-Ouest", "Chargé d'environnement du groupement d'usines du Louron"),
)

NATURA65_MEETINGS = (
    ("2026-09-10 14:00", "2026-09-10 17:00", "Comité de pilotage du site Natura 2000, salle du conseil de la "
                                             "mairie de Génos", ()),
    ("2026-09-29 08:30", "2026-09-29 16:30", "Visite de terrain des estives et de la tourbière de la Coume, départ "
                                             "du parking du lac de Lagraou", ()),
    ("2026-10-15 09:30", "2026-10-15 12:30", "Groupe de travail pastoralisme et MAEC, salle des fêtes de Germ", ()),
    ("2026-11-12 14:00", "2026-11-12 17:00", "Groupe de travail sports de nature, station de ski et hydroélectricité, "
                                             "siège de la communauté de communes Aure Louron, Arreau", ()),
    ("2026-12-15 14:00", "2026-12-15 17:00", "Comité de pilotage du site Natura 2000, salle du conseil de la "
                                             "mairie de Génos",
     ("Bilan de l'animation du site en 2026", "Validation de la mise à jour du DOCOB",
      "Programme des contrats Natura 2000 pour 2027", "Résultats des suivis du desman des Pyrénées et du grand "
                                                      "tétras")),
    ("2027-01-20 20:30", "2027-01-20 22:30", "Réunion d'information des éleveurs sur les MAEC, salle des fêtes de "
                                             "Loudenvielle",
     ("Présentation des MAEC de la campagne 2027", "Calendrier des diagnostics pastoraux")),
    ("2027-05-07 05:00", "2027-05-07 09:30", "Comptage du grand tétras sur les places de chant, rendez-vous à la "
                                             "maison forestière de Lagraou",
     ("Répartition des observateurs sur les places de chant",)),
)

NATURA65_DEADLINES = (
    ("2026-12-11", "Retour des remarques sur le projet de DOCOB actualisé"),
    ("2026-12-18", "Dépôt à la DDT des demandes de contrats Natura 2000 pour 2027"),
    ("2027-02-05", "Inscription des éleveurs aux diagnostics pastoraux préalables aux MAEC"),
    ("2027-03-15", "Envoi au syndicat mixte des observations naturalistes 2026 pour la base de données du site"),
    ("2027-05-14", "Dépôt des déclarations PAC et des demandes d'engagement en MAEC"),
)

NATURA65_DECISIONS = (
    ("2026-09-10", 1, "Le comité de pilotage se réunit une fois par an en séance plénière, les groupes de travail se "
                      "tenant entre deux comités."),
    ("2026-09-10", 1, "Le syndicat mixte du Haut-Louron est reconduit comme structure animatrice du site pour la "
                      "période 2027-2029."),
    ("2026-09-10", 1, "La mise à jour du DOCOB porte en priorité sur les tourbières, le desman des Pyrénées et le "
                      "grand tétras."),
    ("2026-09-29", 2, "La tourbière de la Coume est mise en défens chaque été du 15 juin au 15 septembre."),
    ("2026-09-29", 2, "Le sentier du lac de Lagraou est dévié par la rive est pour éviter la zone humide."),
    ("2026-10-15", 3, "Les éleveurs du groupement pastoral peuvent souscrire la MAEC de gestion pastorale sur 1 200 "
                      "hectares d'estives."),
    ("2026-10-15", 3, "Un diagnostic pastoral est réalisé par la chambre d'agriculture avant tout engagement en "
                      "MAEC."),
    ("2026-10-15", 3, "La présence de chiens de protection des troupeaux est signalée par des panneaux aux départs "
                      "des sentiers."),
    ("2026-11-12", 4, "Toute manifestation sportive de plus de 300 participants sur le site fait l'objet d'une "
                      "évaluation des incidences Natura 2000."),
    ("2026-11-12", 4, "Aucune vidange ni chasse de la retenue de Lagraou n'a lieu de novembre à février, pendant la "
                      "reproduction de la truite fario."),
    ("2026-11-12", 4, "Les câbles du télésiège du Soum de Montaspet sont équipés de visualiseurs contre les "
                      "collisions du grand tétras."),
)

NATURA65_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de pilotage de septembre", "Camille Lassalle", "2026-09-25", 1, "done"),
        ("Commander la clôture de mise en défens de la tourbière de la Coume", "Julien Abadie", "2026-10-16", 2,
         "done"),
        ("Baliser la déviation du sentier du lac de Lagraou", "Patrick Lacaze", "2026-11-13", 2),
        ("Organiser une soirée d'information sur le desman à Loudenvielle", "Nicolas Fourcade", "2026-11-19", 2,
         "cancelled"),
        ("Transmettre les résultats du suivi de l'azuré du serpolet", "Marine Soulé", "2026-11-20", 1),
        ("Chiffrer la pose des visualiseurs sur les câbles du télésiège", "Olivier Estrade", "2026-11-25", 4),
        ("Recenser les éleveurs intéressés par la MAEC de gestion pastorale", "Michel Barrère", "2026-11-27", 3),
        ("Préparer le bilan des contrats Natura 2000 forestiers", "Pierre Duffau", "2026-12-08", 1),
        ("Compiler les données du suivi du desman des Pyrénées", "Julien Abadie", "2026-12-09", 1),
        ("Transmettre le calendrier des vidanges de la retenue de Lagraou", "Sébastien Ribes", "2026-12-10", 4),
        ("Rédiger une note type sur l'évaluation des incidences des manifestations sportives", "Sophie Marrot",
         "2026-12-18", 4),
        ("Cartographier les tourbières pour la mise à jour du DOCOB", "Lucie Fontan", "2027-01-15", 1),
        ("Inventorier les frayères à truites de la Neste du Louron", "Alain Verdier", "2027-01-29", 4),
        ("Réaliser le diagnostic pastoral des estives de Montaspet", "Hélène Carrère", "2027-02-26", 3),
        ("Préparer la sortie grand public sur les tourbières", "Marine Soulé", "2027-03-26", 2),
        ("Organiser le comptage du grand tétras sur les places de chant", "Jean-Marc Lafforgue", "2027-04-16", 4),
        ("Instruire les demandes d'engagement en MAEC", "Thierry Cazaux", "2027-06-30", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the CPIE's naturalist.
NATURA65_ASKERS = {SLUG: ASKER}

NATURA65_GROUPS = {
    SLUG: (NATURA65_MEMBERS, NATURA65_MEETINGS, NATURA65_DEADLINES, NATURA65_DECISIONS, "Camille Lassalle"),
}

# What the site's animatrice typed after the working group on pastoralism (n°3) and the one on outdoor sports, the
# ski resort and hydroelectricity (n°4); nothing was recorded for the comité de pilotage of September (n°1) nor for
# the field visit (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Camille Lassalle, Hélène Carrère, Michel Barrère, Thierry Cazaux, Julien Abadie, Bernard Sarrat, "
    "Jean-Marc Lafforgue, Nicolas Fourcade, Marine Soulé",
    "/excuses n°3 Patrick Lacaze, Lucie Fontan",
    "/absents n°3 Pierre Duffau",
    "/presents n°4 Camille Lassalle, Julien Abadie, Sophie Marrot, Olivier Estrade, Sébastien Ribes, "
    "Patrick Lacaze, Alain Verdier, Nicolas Fourcade, Jean-Marc Lafforgue, Isabelle Noguès, Bernard Sarrat",
    "/excuses n°4 Marine Soulé, Hélène Carrère",
    "/absents n°4 Michel Barrère",
)

# What members said in the chat before the comité de pilotage of 15 December (n°5).
RSVPS = (
    ("Bernard Sarrat", "/present"),
    ("Camille Lassalle", "/present"),
    ("Sophie Marrot", "/present"),
    ("Isabelle Noguès", "/present"),
    ("Nicolas Fourcade", "/present"),
    ("Michel Barrère", "/present"),
    ("Olivier Estrade", "/excuse"),
    ("Alain Verdier", "/excuse"),
)

NATURA65_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "n65", ATTENDANCE_COMMANDS, RSVPS),
}
