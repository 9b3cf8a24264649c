"""A group written by helper w44b in the forty-third round, for the lead's
blind set 89 (a stranger's general set in the words of the comité de
direction of an invented réseau d'accueil de jour des enfants in the canton of
Vaud): the invented Réseau AJEMOR (accueil de jour des enfants de Morvens et
environs), a dozen communes around the invented small town of Morvens near the
lake — the syndique of Morvens who chairs the comité, the municipal of
Chavornex (vice-president), the municipale of Vufflens-la-Rive (the asker),
the municipal of Tolochex, the municipale of Morvens for childhood, the
delegate of the small communes; the directrices of the two centres de vie
enfantine (CVE Les Écureuils, CVE La Ribambelle) and of the UAPE Le
Cerf-Volant, the head of the APEMS of Tolochex (project leader of the new UAPE
of Vufflens-la-Rive), the coordinatrice of the accueil familial de jour and an
accueillante en milieu familial, the parents' representative, the FAJE's
contact, the OAJE's inspectrice, the boursier of Morvens who keeps the
réseau's accounts, the director of the primary school, and the réseau's
administrative assistant (liste d'attente, billing); the réseau's
secrétaire-coordinatrice is the group's coordinator.
Meetings: the comité of 16 September at the Maison de commune of Morvens, the
comité on the 2027 budget and the tariffs of 21 October at Chavornex, the
comité of 11 November at Morvens, the comité of Tuesday 8 December at
Vufflens-la-Rive, the comité of 20 January at Morvens and the communes'
assembly of 25 March at Tolochex. Tasks (four late, one of them the asker's;
one done; one cancelled), the attendance of the three past sittings in the
store, announced presences for 8 December; the person asking is a member, not
the coordinator. Public bodies named: the FAJE, the OAJE, the DGEO; the
réseau, its communes, its structures, the parents' association and every
person are invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["AJEVD_AFTER_SETUP", "AJEVD_ASKERS", "AJEVD_GROUPS", "AJEVD_TASKS"]

SLUG = "ajevd"
ASKER = "Sandrine Pittet"
RESEAU = "Réseau AJEMOR (accueil de jour des enfants de Morvens et environs)"

AJEVD_MEMBERS = (
    ("Christine Baudraz", "Municipalité de Morvens", "Syndique de Morvens, présidente du comité de direction du "
                                                     "réseau"),
    ("Nathalie Chappuis", RESEAU, "Secrétaire-coordinatrice du réseau"),
    ("Laurent Mermoud", "Municipalité de Chavornex", "Municipal des écoles et de l'accueil de jour, vice-président du "
                                                    "comité de direction"),
    ("Sandrine Pittet", "Municipalité de Vufflens-la-Rive", "Municipale des affaires sociales et de la jeunesse"),
    ("Olivier Favre", "Municipalité de Tolochex", "Municipal des écoles et du parascolaire"),
    ("Patricia Rochat", "Municipalité de Morvens", "Municipale de l'enfance et de la cohésion sociale"),
    ("Jean-Daniel Cuendet", "Municipalité de Montbrelaz", "Municipal des affaires sociales, délégué des petites "
                                                          "communes du réseau (Montbrelaz, Éclagny, Vaubarin)"),
    ("Valérie Jaquier", "CVE Les Écureuils, Morvens", "Directrice du centre de vie enfantine (garderie, 0-4 ans)"),
    ("Mélanie Bovet", "CVE La Ribambelle, Chavornex", "Directrice du centre de vie enfantine"),
    ("Aline Reymond", "UAPE Le Cerf-Volant, Morvens", "Directrice de l'UAPE (accueil parascolaire 1P-6P)"),
    ("Yannick Perrin", "APEMS de Tolochex", "Responsable de l'APEMS, chef de projet de la future UAPE de "
                                           "Vufflens-la-Rive"),
    ("Corinne Desponds", RESEAU, "Coordinatrice de l'accueil familial de jour (accueillantes en milieu familial)"),
    ("Fabienne Golay", "Accueil familial de jour du réseau AJEMOR", "Accueillante en milieu familial, représentante "
                                                                    "des accueillantes"),
    ("Marc-André Thévoz", "Association des parents d'élèves de Morvens et environs",
     "Représentant des parents au comité de direction"),
    ("Isabelle Berthoud", "FAJE (Fondation pour l'accueil de jour des enfants)",
     "Chargée des relations avec les réseaux, répondante du réseau AJEMOR"),
    ("Sophie Mottier", "OAJE (Office de l'accueil de jour des enfants)",
     "Inspectrice, autorisation et surveillance des structures d'accueil collectif"),
    ("Daniel Rossier", "Bourse communale de Morvens", "Boursier communal, comptable du réseau"),
    ("Pierre-Alain Bugnon", "Établissement primaire de Morvens (DGEO)", "Directeur de l'établissement scolaire"),
    ("Laetitia Monnier", RESEAU, "Collaboratrice administrative, gestion de la liste d'attente centralisée et "
                                 "facturation aux parents"),
)

AJEVD_MEETINGS = (
    ("2026-09-16 18:30", "2026-09-16 21:00", "Comité de direction, salle de la Municipalité, Maison de commune de "
                                             "Morvens", ()),
    ("2026-10-21 18:30", "2026-10-21 20:30", "Comité de direction consacré au budget 2027 et à la politique "
                                             "tarifaire, salle du conseil communal de Chavornex", ()),
    ("2026-11-11 18:30", "2026-11-11 21:00", "Comité de direction, salle de la Municipalité, Maison de commune de "
                                             "Morvens", ()),
    ("2026-12-08 18:30", "2026-12-08 21:00", "Comité de direction, salle du conseil communal, Maison de commune de "
                                             "Vufflens-la-Rive",
     ("Adoption du budget 2027 et de la clé de répartition entre les communes",
      "Ouverture de l'UAPE de Vufflens-la-Rive à la rentrée d'août 2027",
      "Horaires élargis au CVE Les Écureuils",
      "Bilan de la liste d'attente centralisée")),
    ("2027-01-20 18:30", "2027-01-20 20:30", "Comité de direction, salle de la Municipalité, Maison de commune de "
                                             "Morvens",
     ("Révision du règlement tarifaire et du barème 2027-2028",
      "Fermetures estivales 2027 des structures")),
    ("2027-03-25 19:00", "2027-03-25 21:30", "Assemblée intercommunale des délégués des Municipalités, grande salle "
                                             "de Tolochex",
     ("Comptes 2026 du réseau",
      "Rapport d'activité 2026 et statistiques de la liste d'attente")),
)

AJEVD_DEADLINES = (
    ("2026-11-27", "Retour des Municipalités sur le projet de budget 2027 du réseau"),
    ("2026-12-15", "Envoi à la FAJE du relevé des places d'accueil et de la demande de subvention 2027"),
    ("2027-01-15", "Transmission par les parents des justificatifs du revenu déterminant pour le calcul des tarifs "
                   "2027"),
    ("2027-02-26", "Dépôt du préavis municipal sur l'UAPE de Vufflens-la-Rive au conseil communal"),
    ("2027-03-31", "Clôture des inscriptions sur la liste d'attente centralisée pour la rentrée d'août 2027"),
    ("2027-05-31", "Dépôt auprès de l'OAJE de la demande d'autorisation d'exploiter l'UAPE de Vufflens-la-Rive"),
)

AJEVD_DECISIONS = (
    ("2026-09-16", 1, "Le comité de direction se réunit en principe le mercredi à 18h30, environ une fois par mois, "
                      "hors vacances scolaires."),
    ("2026-09-16", 1, "Les places sont attribuées depuis la liste d'attente centralisée selon les priorités "
                      "suivantes : fratrie déjà accueillie, parents qui travaillent tous les deux, familles "
                      "monoparentales, puis date d'inscription."),
    ("2026-09-16", 1, "Une inscription sur la liste d'attente doit être confirmée par les parents tous les six mois, "
                      "faute de quoi elle est radiée."),
    ("2026-09-16", 1, "Le procès-verbal de chaque séance est adressé aux membres par courriel dans les dix jours."),
    ("2026-09-16", 1, "Les enfants domiciliés hors des communes du réseau ne sont accueillis que s'il reste des "
                      "places libres, au tarif maximal."),
    ("2026-10-21", 2, "Le tarif est calculé sur le revenu déterminant du ménage selon le barème du réseau : "
                      "fr. 3.- par jour au minimum et fr. 118.- par jour au maximum en CVE."),
    ("2026-10-21", 2, "Un rabais de fratrie de 20 % est accordé pour le deuxième enfant placé dans le réseau, et de "
                      "40 % dès le troisième."),
    ("2026-10-21", 2, "Les parents qui ne fournissent pas les justificatifs de revenus se voient appliquer le tarif "
                      "maximal."),
    ("2026-10-21", 2, "La clé de répartition du déficit entre les communes est fixée à 50 % selon le nombre "
                      "d'habitants et 50 % selon les heures d'accueil des enfants domiciliés dans chaque commune."),
    ("2026-10-21", 2, "Le prix du repas de midi facturé aux parents passe de fr. 8.50 à fr. 9.50 dès le 1er janvier "
                      "2027."),
    ("2026-11-11", 3, "Une UAPE de 36 places ouvrira à Vufflens-la-Rive à la rentrée d'août 2027, dans les locaux du "
                      "collège de la Rive."),
    ("2026-11-11", 3, "Le CVE Les Écureuils ouvre à titre d'essai de 6h30 à 19h00 dès le 1er février 2027 ; l'essai "
                      "sera évalué après six mois."),
    ("2026-11-11", 3, "Les structures collectives du réseau ferment trois semaines en été, du 19 juillet au 6 août "
                      "2027, ainsi qu'entre Noël et Nouvel An ; l'accueil familial de jour assure une permanence "
                      "pendant ces fermetures."),
    ("2026-11-11", 3, "Le projet de budget 2027, qui prévoit une participation totale des communes de "
                      "fr. 2'480'000.-, est transmis aux Municipalités pour consultation."),
    ("2026-11-11", 3, "Le tarif horaire de référence des accueillantes en milieu familial est porté à fr. 7.20 brut "
                      "dès le 1er janvier 2027."),
)

AJEVD_TASKS = {
    SLUG: (
        ("Organiser une visite du CVE La Ribambelle pour les membres du comité", "Mélanie Bovet", "2026-10-30", 1,
         "cancelled"),
        ("Envoyer le projet de budget 2027 aux Municipalités", "Nathalie Chappuis", "2026-11-13", 3, "done"),
        ("Mettre à jour la liste d'attente centralisée et radier les inscriptions non confirmées",
         "Laetitia Monnier", "2026-11-20", 1),
        ("Calculer la participation 2027 de chaque commune selon la nouvelle clé de répartition", "Daniel Rossier",
         "2026-11-18", 2),
        ("Présenter le projet d'UAPE à la Municipalité de Vufflens-la-Rive", "Sandrine Pittet", "2026-11-26", 3),
        ("Recenser les accueillantes en milieu familial disponibles pendant les fermetures d'été",
         "Corinne Desponds", "2026-11-30", 3),
        ("Transmettre à la FAJE le décompte des places subventionnées 2027", "Nathalie Chappuis", "2026-12-11", 3),
        ("Rédiger un questionnaire aux parents sur les besoins en horaires élargis", "Marc-André Thévoz",
         "2026-12-18", 3),
        ("Effectuer la visite préalable des locaux du collège de la Rive", "Sophie Mottier", "2027-01-15", 3),
        ("Coordonner les horaires de l'UAPE avec les horaires scolaires du collège de la Rive",
         "Pierre-Alain Bugnon", "2027-01-20", 3),
        ("Renégocier le contrat de livraison des repas avec le traiteur", "Valérie Jaquier", "2027-01-29", 2),
        ("Présenter la clé de répartition au conseil communal de Vufflens-la-Rive", "Sandrine Pittet", "2027-02-10",
         3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the municipale of Vufflens-la-Rive.
AJEVD_ASKERS = {SLUG: ASKER}

AJEVD_GROUPS = {
    SLUG: (AJEVD_MEMBERS, AJEVD_MEETINGS, AJEVD_DEADLINES, AJEVD_DECISIONS, "Nathalie Chappuis"),
}

# What the coordinator typed after each past sitting (n°1 to n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Christine Baudraz, Nathalie Chappuis, Laurent Mermoud, Sandrine Pittet, Olivier Favre, "
    "Patricia Rochat, Valérie Jaquier, Mélanie Bovet, Aline Reymond, Corinne Desponds, Marc-André Thévoz, "
    "Isabelle Berthoud, Daniel Rossier, Laetitia Monnier",
    "/excuses n°1 Jean-Daniel Cuendet, Sophie Mottier, Pierre-Alain Bugnon",
    "/absents n°1 Yannick Perrin, Fabienne Golay",
    "/presents n°2 Christine Baudraz, Nathalie Chappuis, Laurent Mermoud, Olivier Favre, Jean-Daniel Cuendet, "
    "Patricia Rochat, Mélanie Bovet, Corinne Desponds, Marc-André Thévoz, Daniel Rossier, Laetitia Monnier",
    "/excuses n°2 Sandrine Pittet, Valérie Jaquier, Aline Reymond, Isabelle Berthoud, Sophie Mottier, "
    "Pierre-Alain Bugnon",
    "/absents n°2 Yannick Perrin, Fabienne Golay",
    "/presents n°3 Christine Baudraz, Nathalie Chappuis, Sandrine Pittet, Olivier Favre, Jean-Daniel Cuendet, "
    "Patricia Rochat, Valérie Jaquier, Mélanie Bovet, Aline Reymond, Yannick Perrin, Corinne Desponds, "
    "Fabienne Golay, Isabelle Berthoud, Sophie Mottier, Laetitia Monnier",
    "/excuses n°3 Laurent Mermoud, Daniel Rossier, Pierre-Alain Bugnon",
    "/absents n°3 Marc-André Thévoz",
)

# What members said in the chat before the comité of 8 December (n°4).
RSVPS = (
    ("Christine Baudraz", "/present"),
    ("Nathalie Chappuis", "/present"),
    ("Laurent Mermoud", "/present"),
    ("Olivier Favre", "/present"),
    ("Daniel Rossier", "/present"),
    ("Yannick Perrin", "/present"),
    ("Isabelle Berthoud", "/present"),
    ("Valérie Jaquier", "/present"),
    ("Pierre-Alain Bugnon", "/present"),
    ("Marc-André Thévoz", "/excuse"),
    ("Sophie Mottier", "/excuse"),
    ("Jean-Daniel Cuendet", "/excuse"),
)

AJEVD_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "ajevd", ATTENDANCE_COMMANDS, RSVPS),
}
