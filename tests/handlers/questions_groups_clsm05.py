"""A group written by helper r34b in the thirty-third round, for blind set
41b (where and how to join: hybrid meetings, rooms, towns, Teams links,
access): the conseil local de santé mentale (CLSM) of an invented mountain
communauté de communes of the Hautes-Alpes, the communauté de communes des
Hautes Vallées de la Durance (seat at L'Argentière-la-Bessée; Briançon,
Embrun, Guillestre and the ski resorts of Serre Chevalier) — the
vice-president for health who chairs it, the CLSM's coordinator who runs it
(the group's coordinator); the hospital's psychiatric sector (the head of
adult psychiatry at the CMP of Briançon, the head nurse of the children's
CMP of Embrun); the ARS's délégation départementale; the Maison des
adolescents (the asker, a psychologist of its Briançon branch); an invented
GEM; the UNAFAM; the CCAS of Embrun; a social landlord (Hautes-Alpes
Habitat); the gendarmerie's company of Briançon; a school nurse of the
Éducation nationale; the mission locale; the Département's social action
service; a GP of an invented maison de santé; an invented employers'
association of a ski resort (seasonal workers). Meetings in a room, in a
town, in visio on Teams, or both (« Mairie de Briançon, salle 3 + Teams »);
the cellule de cas complexes, the SISM, the PSSM training, housing, the
seasonal workers. Organisation names are public bodies or real
organisations (the ARS, the UNAFAM, the Éducation nationale, the
gendarmerie, the mission locale, the Département, Hautes-Alpes Habitat, the
CH Buëch-Durance) or invented ones (the communauté de communes, the GEM,
the maison de santé, the employers' association); every person is
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CLSM05_AFTER_SETUP", "CLSM05_ASKERS", "CLSM05_GROUPS", "CLSM05_TASKS"]

SLUG = "clsm05"
ASKER = "Lucie Arnaud"
CC = "Communauté de communes des Hautes Vallées de la Durance"
CHBD = "Centre hospitalier Buëch-Durance"

CLSM05_MEMBERS = (
    ("Mireille Chabrand", CC, "Vice-présidente chargée de la santé, présidente du conseil local de santé mentale"),
    ("Antoine Faure", CC, "Coordinateur du conseil local de santé mentale"),
    ("Claire Estachy", f"{CHBD}, secteur de psychiatrie adulte",
     "Psychiatre, cheffe de secteur, médecin responsable du CMP adultes de Briançon"),
    ("Julien Bellon", f"{CHBD}, pédopsychiatrie", "Cadre de santé du CMP enfants et adolescents d'Embrun"),
    ("Sandrine Michel", "ARS Provence-Alpes-Côte d'Azur, délégation départementale des Hautes-Alpes",
     "Chargée de mission santé mentale et contrats locaux de santé"),
    ("Lucie Arnaud", "Maison des adolescents des Hautes-Alpes", "Psychologue, responsable de l'antenne de Briançon"),
    ("Patrick Garcin", "GEM La Cordée, groupe d'entraide mutuelle de Briançon", "Animateur du GEM"),
    ("Monique Blanc", "UNAFAM, délégation des Hautes-Alpes", "Déléguée départementale, bénévole d'accueil des familles"),
    ("Karine Eyraud", "CCAS d'Embrun", "Directrice du CCAS"),
    ("Romain Jouve", "Hautes-Alpes Habitat", "Chargé de gestion sociale et locative du secteur du Briançonnais"),
    ("Thomas Reynaud", "Gendarmerie nationale, compagnie de Briançon", "Capitaine, commandant en second de la compagnie"),
    ("Nadia Berthet", "Éducation nationale, DSDEN des Hautes-Alpes",
     "Infirmière scolaire du collège et du lycée de Guillestre"),
    ("Florian Meyer", "Mission locale des Hautes-Alpes", "Conseiller en insertion, référent santé de l'antenne de Briançon"),
    ("Valérie Rostain", "Département des Hautes-Alpes, service de l'action sociale",
     "Responsable du centre médico-social de Briançon"),
    ("Marc Allemand", "Maison de santé pluriprofessionnelle du Guillestrois", "Médecin généraliste"),
    ("Élodie Gravier", "Association des employeurs de Serre Chevalier Vallée",
     "Chargée de l'accueil et du logement des saisonniers"),
)

CLSM05_MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:30", "Assemblée plénière de rentrée du CLSM, salle du conseil communautaire, "
                                             "siège de la communauté de communes, L'Argentière-la-Bessée", ()),
    ("2026-10-08 09:30", "2026-10-08 11:30", "Cellule de cas complexes, en visio sur Teams", ()),
    ("2026-10-22 14:00", "2026-10-22 16:30", "Groupe de travail logement et santé mentale, agence Hautes-Alpes Habitat "
                                             "de Briançon", ()),
    ("2026-11-17 14:00", "2026-11-17 16:00", "Comité de pilotage des SISM 2027, Mairie de Briançon, salle 3 + Teams", ()),
    ("2026-12-03 14:00", "2026-12-03 16:30", "Assemblée plénière du CLSM, salle des fêtes de la mairie d'Embrun + Teams",
     ("Bilan 2026 de la cellule de cas complexes",
      "Convention avec Hautes-Alpes Habitat pour le maintien dans le logement",
      "Programme des Semaines d'information sur la santé mentale 2027",
      "Calendrier des formations aux premiers secours en santé mentale (PSSM) 2027")),
    ("2027-01-12 09:30", "2027-01-12 12:00", "Groupe de travail saisonniers et santé mentale, Maison des saisonniers, "
                                             "Serre Chevalier Vallée (Villeneuve-la-Salle)",
     ("Repérage de la souffrance psychique chez les travailleurs saisonniers",
      "Permanences du CMP dans les stations pendant l'hiver")),
    ("2027-03-11 14:00", "2027-03-11 16:30", "Bilan annuel du CLSM avec l'ARS, délégation départementale, Gap",
     ("Bilan d'activité 2026 du conseil local de santé mentale",
      "Renouvellement du contrat local de santé")),
)

CLSM05_DEADLINES = (
    ("2026-12-04", "Envoi au coordinateur des propositions d'événements pour les SISM 2027"),
    ("2026-12-18", "Retour des candidatures des structures pour la session de formation PSSM de février"),
    ("2027-01-15", "Dépôt du dossier de financement du CLSM auprès de l'ARS au titre du fonds d'intervention régional"),
    ("2027-02-26", "Signature de la charte de confidentialité de la cellule de cas complexes par tous les partenaires"),
    ("2027-03-31", "Transmission du rapport d'activité 2026 du CLSM au conseil communautaire"),
)

CLSM05_DECISIONS = (
    ("2026-09-22", 1, "Le CLSM se réunit en assemblée plénière deux fois par an, en septembre et en décembre, "
                      "alternativement dans le Briançonnais et dans l'Embrunais."),
    ("2026-09-22", 1, "Les réunions du CLSM se tiennent en présentiel avec un lien Teams pour les partenaires éloignés, "
                      "sauf la cellule de cas complexes qui se réunit uniquement en visio."),
    ("2026-09-22", 1, "Une permanence d'écoute pour les saisonniers est ouverte le mercredi de 17 h à 19 h à la Maison "
                      "des saisonniers de Serre Chevalier, de décembre à avril."),
    ("2026-10-08", 2, "Les situations sont présentées à la cellule de cas complexes de façon anonymisée, avec l'accord "
                      "écrit de la personne ou de son représentant légal."),
    ("2026-10-08", 2, "La cellule de cas complexes se réunit le deuxième jeudi de chaque mois de 9 h 30 à 11 h 30."),
    ("2026-10-22", 3, "Hautes-Alpes Habitat signale au CLSM les locataires en risque d'expulsion pour troubles "
                      "psychiques avant toute procédure judiciaire."),
    ("2026-10-22", 3, "Une visite à domicile conjointe du CMP et du bailleur est proposée dans les quinze jours qui "
                      "suivent un signalement."),
    ("2026-10-22", 3, "Deux logements temporaires à L'Argentière-la-Bessée sont réservés aux personnes qui sortent "
                      "d'hospitalisation."),
    ("2026-11-17", 4, "Les SISM 2027 du territoire ont lieu du 5 au 18 octobre 2027, sur le thème de la santé mentale "
                      "au travail."),
    ("2026-11-17", 4, "Le ciné-débat des SISM 2027 a lieu au cinéma municipal de Guillestre, avec une retransmission "
                      "en direct sur Teams."),
    ("2026-11-17", 4, "Deux sessions de formation PSSM sont financées en 2027, à Briançon en février et à Embrun en "
                      "avril, de douze stagiaires chacune."),
)

CLSM05_TASKS = {
    SLUG: (
        ("Envoyer aux membres le compte rendu de l'assemblée plénière de septembre", "Antoine Faure", "2026-10-02", 1,
         "done"),
        ("Créer l'équipe Teams du CLSM et envoyer les liens de connexion aux partenaires", "Antoine Faure",
         "2026-10-06", 1, "done"),
        ("Rédiger la charte de confidentialité de la cellule de cas complexes", "Claire Estachy", "2026-11-06", 2),
        ("Recenser les locataires suivis en risque d'expulsion sur le secteur de Briançon", "Romain Jouve",
         "2026-11-13", 3),
        ("Réserver la salle des fêtes d'Embrun pour l'assemblée plénière de décembre", "Karine Eyraud", "2026-11-20", 1,
         "done"),
        ("Organiser une visite du GEM pour les membres du CLSM", "Patrick Garcin", "2026-11-25", 1, "cancelled"),
        ("Envoyer les chiffres de fréquentation de la Maison des adolescents pour le bilan annuel", "Lucie Arnaud",
         "2026-11-27", 1),
        ("Diffuser aux employeurs de la station l'affiche de la permanence d'écoute des saisonniers", "Élodie Gravier",
         "2026-11-30", 1),
        ("Vérifier la caméra et le micro de la salle des fêtes d'Embrun pour la partie Teams", "Karine Eyraud",
         "2026-12-02", 4),
        ("Proposer des actions de sensibilisation pour les collégiens pendant les SISM", "Nadia Berthet", "2026-12-04",
         4),
        ("Recenser les médecins généralistes volontaires pour la formation PSSM", "Marc Allemand", "2026-12-11", 4),
        ("Chiffrer l'accompagnement social des deux logements temporaires", "Valérie Rostain", "2026-12-18", 3),
        ("Préparer le dossier de financement du CLSM pour l'ARS", "Antoine Faure", "2027-01-08", 1),
        ("Recenser les jeunes suivis par la mission locale qui travaillent en saison", "Florian Meyer", "2027-01-08", 1),
        ("Rédiger la procédure d'intervention conjointe de la gendarmerie et du CMP en cas de crise à domicile",
         "Thomas Reynaud", "2027-01-22", 3),
        ("Animer un atelier sur le mal-être des adolescents pendant les SISM", "Lucie Arnaud", "2027-02-12", 4),
        ("Rédiger un livret d'accueil pour les familles à la sortie d'hospitalisation", "Monique Blanc", "2027-02-26", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the Maison des adolescents' psychologist.
CLSM05_ASKERS = {SLUG: ASKER}

CLSM05_GROUPS = {
    SLUG: (CLSM05_MEMBERS, CLSM05_MEETINGS, CLSM05_DEADLINES, CLSM05_DECISIONS, "Antoine Faure"),
}

# What the coordinator typed after the working group on housing (n°3) and the SISM steering committee (n°4); nothing
# was recorded for the plenary of September (n°1) nor for the cellule de cas complexes (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Antoine Faure, Romain Jouve, Claire Estachy, Valérie Rostain, Karine Eyraud, Monique Blanc, "
    "Patrick Garcin, Lucie Arnaud, Thomas Reynaud",
    "/excuses n°3 Mireille Chabrand, Florian Meyer",
    "/absents n°3 Marc Allemand",
    "/presents n°4 Antoine Faure, Mireille Chabrand, Nadia Berthet, Patrick Garcin, Monique Blanc, Julien Bellon, "
    "Sandrine Michel, Florian Meyer, Élodie Gravier, Marc Allemand",
    "/excuses n°4 Lucie Arnaud, Claire Estachy",
    "/absents n°4 Thomas Reynaud",
)

# What members said in the chat before the plenary of 3 December (n°5).
RSVPS = (
    ("Mireille Chabrand", "/present"),
    ("Antoine Faure", "/present"),
    ("Karine Eyraud", "/present"),
    ("Claire Estachy", "/present"),
    ("Sandrine Michel", "/present"),
    ("Monique Blanc", "/present"),
    ("Romain Jouve", "/present"),
    ("Thomas Reynaud", "/excuse"),
    ("Élodie Gravier", "/excuse"),
)

CLSM05_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "cl05", ATTENDANCE_COMMANDS, RSVPS),
}
