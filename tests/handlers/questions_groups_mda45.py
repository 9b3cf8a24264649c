"""A group written by helper r36b in the thirty-fifth round, for blind set
43b (questions wrapped in the asker's situation and in conditions: « si je
ne peux pas venir jeudi, je préviens qui ? », « je remplace ma collègue »,
« j'arrive de Montargis », « faudrait-il que je prépare quelque chose ? »):
the partners' network of an invented Maison des adolescents in the Loiret,
with its seat in Orléans and an antenna in Montargis — the MDA's director
who coordinates the network, its clinical psychologist at the Montargis
antenna, its educator at the Orléans reception, its executive assistant
(who takes the apologies); the Éducation nationale's school nurses (the
DSDEN's adviser and a lycée's nurse in Montargis — the asker), the CIO
d'Orléans' director; the PJJ's educator; the Département's head of the ASE
for Orléans-Est; the CMP infanto-juvénile's psychiatrist at the Centre
hospitalier régional d'Orléans; the Mission locale de l'Orléanais' adviser;
a prevention club's head of service; the CAF du Loiret's territorial
adviser; the point information jeunesse of Montargis; a boxing club; a
parents' association; the Ville d'Orléans' youth service and its deputy
mayor for youth. Meetings: the network committees of September and
November, a working group on harassment at the CIO, the commission for
complex situations at the Montargis antenna, the next committee on
Thursday 3 December, the commission of January in Montargis, a parents'
evening in February. The attendance of September and November is in the
store, and the announced presences for 3 December; the person asking is a
member, not the coordinator. Organisation names are public bodies (the
DSDEN du Loiret, the CIO, the PJJ, the Département du Loiret, the CHR
d'Orléans, the Mission locale de l'Orléanais, the CAF du Loiret, the Villes
d'Orléans and de Montargis) or invented ones (the MDA's name, the lycée, the
associations); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["MDA45_AFTER_SETUP", "MDA45_ASKERS", "MDA45_GROUPS", "MDA45_TASKS"]

SLUG = "mda45"
ASKER = "Karine Boulanger"
MDA = "Maison des adolescents du Loiret « La Passerelle »"

MDA45_MEMBERS = (
    ("Hélène Marchetti", MDA, "Directrice de la Maison des adolescents, coordinatrice du réseau"),
    ("Julien Rocher", MDA, "Psychologue clinicien, antenne de Montargis"),
    ("Sabrina Lemoine", MDA, "Éducatrice spécialisée, accueil des jeunes à Orléans"),
    ("Corinne Vasseur", MDA, "Assistante de direction, secrétariat du réseau"),
    ("Nathalie Guérin", "DSDEN du Loiret", "Infirmière conseillère technique auprès du directeur académique"),
    ("Karine Boulanger", "Lycée du Grand-Clos de Montargis", "Infirmière scolaire"),
    ("Thomas Perrin", "CIO d'Orléans", "Directeur du centre d'information et d'orientation, psychologue de "
                                       "l'Éducation nationale"),
    ("Farid Haddad", "Protection judiciaire de la jeunesse (PJJ) du Loiret", "Éducateur à l'unité éducative de "
                                                                            "milieu ouvert d'Orléans"),
    ("Élodie Martineau", "Département du Loiret", "Responsable de l'aide sociale à l'enfance (ASE), territoire "
                                                  "Orléans-Est"),
    ("Claire Fontanel", "Centre hospitalier régional d'Orléans", "Pédopsychiatre, médecin responsable du CMP "
                                                                  "infanto-juvénile"),
    ("Mathieu Brossard", "Mission locale de l'Orléanais", "Conseiller en insertion, référent santé"),
    ("Yasmina Ouali", "Association Horizon Prévention 45", "Cheffe de service du club de prévention spécialisée"),
    ("Bernard Texier", "CAF du Loiret", "Conseiller technique territorial jeunesse et parentalité"),
    ("Laura Dumas", "Ville de Montargis", "Animatrice du point information jeunesse (PIJ)"),
    ("Kévin Lefort", "Boxe éducative orléanaise", "Éducateur sportif, responsable de la section jeunes"),
    ("Martine Chevallier", "Parents Solidaires du Loiret", "Présidente de l'association de parents"),
    ("Olivier Garnier", "Ville d'Orléans", "Chef du service jeunesse"),
    ("Sophie Delorme", "Ville d'Orléans", "Adjointe au maire déléguée à la jeunesse"),
)

MDA45_MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 16:30", "Comité de réseau des partenaires : rentrée et bilan d'activité "
                                             "2025-2026, Maison des adolescents, 8 rue des Carmes, Orléans", ()),
    ("2026-10-13 09:30", "2026-10-13 12:00", "Groupe de travail harcèlement et réseaux sociaux, CIO d'Orléans", ()),
    ("2026-11-05 14:00", "2026-11-05 16:00", "Commission des situations complexes, antenne de la Maison des "
                                             "adolescents, 14 rue Dorée, Montargis", ()),
    ("2026-11-19 14:00", "2026-11-19 17:00", "Comité de réseau des partenaires : décrochage scolaire et santé "
                                             "mentale, salle polyvalente de la Maison des associations d'Orléans",
     ()),
    ("2026-12-03 14:00", "2026-12-03 16:30", "Comité de réseau des partenaires, Maison des adolescents, 8 rue des "
                                             "Carmes, Orléans",
     ("Bilan du premier trimestre du Pass'ados",
      "Présentation des Promeneurs du Net par la CAF",
      "Préparation de la semaine de prévention du harcèlement de février",
      "Calendrier 2027 des permanences de Montargis")),
    ("2027-01-12 09:30", "2027-01-12 12:00", "Commission des situations complexes, antenne de la Maison des "
                                             "adolescents, 14 rue Dorée, Montargis",
     ("Étude des situations transmises par les partenaires",
      "Suivi des situations de novembre",
      "Articulation avec le CMP infanto-juvénile")),
    ("2027-02-04 18:00", "2027-02-04 20:00", "Soirée-débat avec les parents « Écrans et sommeil des ados », "
                                             "auditorium de la médiathèque de Montargis",
     ("Intervention de la pédopsychiatre du CMP",
      "Témoignages et questions des parents")),
)

MDA45_DEADLINES = (
    ("2026-12-11", "Envoi à la MDA des situations à présenter à la commission des situations complexes de janvier"),
    ("2026-12-18", "Retour des bilans d'activité 2026 des partenaires à la Maison des adolescents"),
    ("2027-01-08", "Inscription des établissements à la semaine de prévention du harcèlement"),
    ("2027-01-22", "Dépôt du dossier de subvention à la CAF pour les Promeneurs du Net"),
    ("2027-02-01", "Envoi des invitations aux parents pour la soirée-débat du 4 février"),
    ("2027-03-26", "Remise du rapport d'activité 2026 de la Maison des adolescents à l'ARS"),
)

MDA45_DECISIONS = (
    ("2026-09-24", 1, "La Maison des adolescents ouvre une permanence à Montargis le mercredi de 13 h 30 à 18 h au "
                      "point information jeunesse, à partir du 4 novembre 2026."),
    ("2026-09-24", 1, "Les absences aux réunions du réseau sont signalées à Corinne Vasseur, au secrétariat de la "
                      "Maison des adolescents, au plus tard la veille."),
    ("2026-09-24", 1, "Le compte rendu du comité de réseau est envoyé aux partenaires dans les dix jours qui suivent "
                      "la séance."),
    ("2026-10-13", 2, "Une semaine de prévention du harcèlement et des violences en ligne est organisée du 8 au 12 "
                      "février 2027 dans les collèges et lycées volontaires."),
    ("2026-10-13", 2, "Chaque établissement volontaire désigne un référent harcèlement, l'infirmière ou le CPE."),
    ("2026-11-05", 3, "Les situations présentées en commission sont anonymisées : seules les initiales et l'âge du "
                      "jeune figurent sur la fiche."),
    ("2026-11-05", 3, "Tout partenaire peut présenter une situation à la commission, avec l'accord du jeune ou de "
                      "ses parents."),
    ("2026-11-05", 3, "La commission des situations complexes se réunit toutes les six semaines, en alternance à "
                      "Orléans et à Montargis."),
    ("2026-11-19", 4, "Le Pass'ados accueille sans rendez-vous les 11-21 ans le mercredi après-midi et le samedi "
                      "matin à la Maison des adolescents d'Orléans."),
    ("2026-11-19", 4, "Les jeunes décrocheurs repérés par les établissements sont orientés vers le CIO dans un délai "
                      "de quinze jours."),
    ("2026-11-19", 4, "Un groupe de parole pour les parents d'adolescents se tient un jeudi sur deux à 18 h à la "
                      "Maison des adolescents, à partir du 7 janvier 2027."),
    ("2026-11-19", 4, "La soirée-débat « Écrans et sommeil des ados » est gratuite et ouverte à tous les parents, "
                      "sur inscription."),
    ("2026-11-19", 4, "Un partenaire empêché peut se faire remplacer par un collègue de sa structure, en prévenant "
                      "le secrétariat de la Maison des adolescents."),
    ("2026-11-19", 4, "Les réunions du comité de réseau commencent à 14 h précises, avec un accueil café à 13 h 45."),
)

MDA45_TASKS = {
    SLUG: (
        ("Préparer la fiche de présentation de la permanence de Montargis pour les établissements", "Laura Dumas",
         "2026-10-30", 1, "done"),
        ("Mettre à jour l'annuaire des partenaires du réseau", "Sabrina Lemoine", "2026-11-13", 1, "cancelled"),
        ("Rédiger la trame de la fiche anonymisée de la commission des situations complexes", "Julien Rocher",
         "2026-11-20", 3),
        ("Transmettre les chiffres du décrochage scolaire des établissements du Montargois", "Karine Boulanger",
         "2026-11-27", 4),
        ("Envoyer le compte rendu du comité de réseau du 19 novembre", "Corinne Vasseur", "2026-11-30", 4),
        ("Présenter le dispositif des Promeneurs du Net aux partenaires", "Bernard Texier", "2026-12-03", 4),
        ("Transmettre la liste des places disponibles en accueil de jour de l'ASE", "Élodie Martineau",
         "2026-12-10", 4),
        ("Réserver l'auditorium de la médiathèque de Montargis pour la soirée-débat", "Laura Dumas", "2026-12-15",
         4),
        ("Recenser les collèges et lycées volontaires pour la semaine de prévention du harcèlement",
         "Nathalie Guérin", "2026-12-18", 2),
        ("Préparer le bilan d'activité 2026 de l'infirmerie du lycée du Grand-Clos", "Karine Boulanger",
         "2026-12-18", 4),
        ("Proposer un créneau de boxe éducative aux jeunes suivis par la PJJ", "Kévin Lefort", "2027-01-08", 4),
        ("Diffuser l'affiche de la soirée-débat aux associations de parents", "Martine Chevallier", "2027-01-15",
         4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the school nurse of a lycée in Montargis.
MDA45_ASKERS = {SLUG: ASKER}

MDA45_GROUPS = {
    SLUG: (MDA45_MEMBERS, MDA45_MEETINGS, MDA45_DEADLINES, MDA45_DECISIONS, "Hélène Marchetti"),
}

# What the coordinator typed after the network committees of September (n°1) and November (n°4); nothing was
# recorded for the working group (n°2) and the commission (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Hélène Marchetti, Julien Rocher, Sabrina Lemoine, Corinne Vasseur, Nathalie Guérin, "
    "Karine Boulanger, Thomas Perrin, Farid Haddad, Élodie Martineau, Mathieu Brossard, Yasmina Ouali, "
    "Laura Dumas, Olivier Garnier",
    "/excuses n°1 Claire Fontanel, Bernard Texier, Sophie Delorme",
    "/absents n°1 Kévin Lefort, Martine Chevallier",
    "/presents n°4 Hélène Marchetti, Julien Rocher, Sabrina Lemoine, Corinne Vasseur, Nathalie Guérin, "
    "Thomas Perrin, Claire Fontanel, Mathieu Brossard, Bernard Texier, Martine Chevallier, Olivier Garnier",
    "/excuses n°4 Karine Boulanger, Farid Haddad, Laura Dumas",
    "/absents n°4 Yasmina Ouali",
)

# What members said in the chat before the network committee of 3 December (n°5); the asker has said nothing yet.
RSVPS = (
    ("Hélène Marchetti", "/present"),
    ("Corinne Vasseur", "/present"),
    ("Julien Rocher", "/present"),
    ("Bernard Texier", "/present"),
    ("Thomas Perrin", "/present"),
    ("Élodie Martineau", "/present"),
    ("Yasmina Ouali", "/present"),
    ("Olivier Garnier", "/present"),
    ("Nathalie Guérin", "/excuse"),
    ("Claire Fontanel", "/excuse"),
)

MDA45_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "m45", ATTENDANCE_COMMANDS, RSVPS),
}
