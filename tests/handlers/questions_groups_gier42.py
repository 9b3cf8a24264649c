"""A group written by helper r42a in the forty-first round, for blind set 49a
(the French of Lyon, Saint-Étienne and the Franco-Provençal country as
members write it in their chat: the neuter « y », « gone », « quèque
chose », « déjà » at the end, « c'est-y toujours mardi ? », « ça joue ? »,
« la Marie-Jo », « être à la bourre », the local bodies and places): the
comité de pilotage of an invented contrat de ville and cité éducative of the
vallée du Gier (Rive-de-Gier, Saint-Chamond, Loire) — the sous-préfète
chargée de la politique de la ville, Saint-Étienne Métropole, the two
communes, the Éducation nationale (a principal, an IEN), the CAF de la
Loire, France Travail, the Mission locale, a bailleur social, two centres
sociaux, an association of the quartier, a conseil citoyen, the club de
prévention and the médiathèque; the coordinator is the chef de projet
politique de la ville.
Meetings: the comités of September (Rive-de-Gier), October (Saint-Chamond)
and November (Rive-de-Gier), the next on Tuesday 8 December at 14:00 at the
centre social of Saint-Chamond, a comité technique in January and a comité
de pilotage in March. Attendance is recorded for the three past meetings
and the announced presences for 8 December; the person asking is the
director of a centre social, not the coordinator.
Organisation names are public bodies (the préfecture de la Loire, Saint-
Étienne Métropole, the communes, the Éducation nationale, the CAF de la
Loire, France Travail, the Mission locale) or invented ones (the bailleur,
the centres sociaux, the association, the club, the médiathèque's name);
every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["GIER42_AFTER_SETUP", "GIER42_ASKERS", "GIER42_GROUPS", "GIER42_TASKS"]

SLUG = "gier42"
ASKER = "Nathalie Berthéas"
COORDINATOR = "Marie-Jo Chavanon"

GIER42_MEMBERS = (
    ("Sophie Morel-Vachon", "Préfecture de la Loire", "Sous-préfète chargée de la politique de la ville"),
    ("Marie-Jo Chavanon", "Saint-Étienne Métropole", "Cheffe de projet politique de la ville, coordinatrice du "
                                                     "comité de pilotage"),
    ("Bernard Faure", "Saint-Étienne Métropole", "Vice-président chargé de la politique de la ville"),
    ("André Tardy", "Commune de Rive-de-Gier", "Adjoint au maire chargé de la cohésion sociale"),
    ("Claudine Jourjon", "Commune de Saint-Chamond", "Adjointe au maire chargée de l'éducation"),
    ("Karim Bensalem", "Éducation nationale", "Principal du collège Louis-Grüner, chef de file de la cité "
                                              "éducative"),
    ("Hélène Dumas", "Éducation nationale", "Inspectrice de l'Éducation nationale (IEN) de la circonscription "
                                            "de Rive-de-Gier"),
    ("Gilles Perrachon", "CAF de la Loire", "Conseiller territorial"),
    ("Fatima Ouali", "France Travail", "Directrice de l'agence de Saint-Chamond"),
    ("Julien Brunon", "Mission locale du Gier-Pilat", "Conseiller référent des quartiers prioritaires"),
    ("Sylvie Granjon", "Gier Habitat", "Responsable de l'agence de Rive-de-Gier du bailleur social"),
    ("Nathalie Berthéas", "Centre social du Grand Pont", "Directrice du centre social du Grand Pont à "
                                                         "Rive-de-Gier"),
    ("Rachid Mebarki", "Centre social de Fonsala", "Directeur du centre social de Fonsala à Saint-Chamond"),
    ("Josette Gonon", "Association Vivre à la Grand'Croix", "Présidente de l'association de quartier"),
    ("Lucien Chorier", "Conseil citoyen du Grand Pont", "Membre du conseil citoyen"),
    ("Mehdi Amrani", "Club de prévention du Gier", "Éducateur spécialisé, chef de service"),
    ("Cécile Thiollière", "Médiathèque Louise-Labé", "Responsable de la médiathèque de Saint-Chamond"),
    ("Damien Roux", "Saint-Étienne Métropole", "Chargé de mission emploi et insertion"),
)

CENTRE_SOCIAL_FONSALA = "centre social de Fonsala, Saint-Chamond"

GIER42_MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:30", "Comité de pilotage, salle du conseil, mairie de Rive-de-Gier", ()),
    ("2026-10-13 14:00", "2026-10-13 16:30", "Comité de pilotage, salle Aristide-Briand, Saint-Chamond", ()),
    ("2026-11-17 09:30", "2026-11-17 12:00", "Comité de pilotage : programmation 2027, centre social du Grand "
                                             "Pont, Rive-de-Gier", ()),
    ("2026-12-08 14:00", "2026-12-08 16:30", f"Comité de pilotage, {CENTRE_SOCIAL_FONSALA}",
     ("Approbation du compte rendu du 17 novembre",
      "Appel à projets 2027 du contrat de ville",
      "Bilan des vacances apprenantes de la cité éducative",
      "Permanences emploi dans les quartiers")),
    ("2027-01-19 09:30", "2027-01-19 11:30", "Comité technique, siège de Saint-Étienne Métropole, Saint-Étienne",
     ("Instruction des dossiers de l'appel à projets",
      "Calendrier de la vogue des quartiers")),
    ("2027-03-09 14:00", "2027-03-09 16:30", "Comité de pilotage, médiathèque Louise-Labé, Saint-Chamond",
     ("Programmation 2027 définitive",
      "Évaluation de la cité éducative")),
)

GIER42_DEADLINES = (
    ("2026-11-27", "Retour des bilans intermédiaires des actions 2026"),
    ("2026-12-04", "Envoi des remarques sur le projet d'appel à projets à la cheffe de projet"),
    ("2027-01-08", "Dépôt des dossiers de l'appel à projets 2027 sur la plateforme Dauphin"),
    ("2027-01-29", "Inscription des collégiens au dispositif Ouvrir l'école aux parents"),
    ("2027-02-15", "Remise du bilan annuel de la cité éducative au rectorat"),
    ("2027-03-31", "Envoi du rapport annuel du contrat de ville au conseil métropolitain"),
)

GIER42_DECISIONS = (
    ("2026-09-22", 1, "Les crédits de la cité éducative 2026 sont répartis à 60 % pour le collège Louis-Grüner et "
                      "40 % pour les écoles du réseau ; adopté à l'unanimité."),
    ("2026-09-22", 1, "Une permanence France Travail est ouverte chaque jeudi matin au centre social du Grand Pont "
                      "à partir du 5 novembre."),
    ("2026-09-22", 1, "Le conseil citoyen du Grand Pont siège au comité technique avec une voix consultative."),
    ("2026-09-22", 1, "L'aide aux devoirs des centres sociaux est étendue aux élèves de sixième et de cinquième du "
                      "collège Louis-Grüner."),
    ("2026-10-13", 2, "L'appel à projets 2027 du contrat de ville est lancé le 1er décembre, avec une enveloppe de "
                      "320 000 € de l'État et de 180 000 € de Saint-Étienne Métropole."),
    ("2026-10-13", 2, "Les actions de tranquillité publique sont confiées au club de prévention, avec des "
                      "éducateurs de rue le vendredi soir et le samedi à la gare de Rive-de-Gier."),
    ("2026-10-13", 2, "La médiathèque Louise-Labé ouvre le samedi après-midi pour les collégiens, en lien avec la "
                      "cité éducative."),
    ("2026-10-13", 2, "La vogue des quartiers de Saint-Chamond est reportée au printemps 2027, faute de "
                      "bénévoles."),
    ("2026-11-17", 3, "La programmation 2027 retient 34 actions, dont 12 nouvelles ; la liste définitive sera "
                      "arrêtée en mars."),
    ("2026-11-17", 3, "Le bailleur Gier Habitat met à disposition un local en pied d'immeuble au Grand Pont pour "
                      "les associations, gratuitement pendant deux ans."),
    ("2026-11-17", 3, "Une navette STAS est demandée entre le quartier du Grand Pont et la zone d'activités de "
                      "Saint-Chamond, pour les horaires décalés des demandeurs d'emploi."),
    ("2026-11-17", 3, "Le dispositif Ouvrir l'école aux parents est reconduit au collège Louis-Grüner pour "
                      "2027, avec des cours de français le mardi soir."),
    ("2026-11-17", 3, "La Mission locale organise un forum des métiers de la logistique en février 2027 à la "
                      "salle Aristide-Briand."),
    ("2026-11-17", 3, "Le projet de jardins partagés de la Grand'Croix est ajourné, faute de terrain disponible ; "
                      "le point sera réexaminé en mars."),
)

GIER42_TASKS = {
    SLUG: (
        ("Ouvrir la permanence France Travail au Grand Pont", "Fatima Ouali", "2026-11-05", 1, "done"),
        ("Recenser les élèves de sixième pour l'aide aux devoirs", "Karim Bensalem", "2026-10-09", 1, "done"),
        ("Trouver des bénévoles pour la vogue des quartiers", "Josette Gonon", "2026-11-15", 2, "cancelled"),
        ("Préparer le planning des éducateurs de rue à la gare", "Mehdi Amrani", "2026-11-20", 2),
        ("Afficher les horaires du samedi de la médiathèque au collège", "Cécile Thiollière", "2026-12-15", 2),
        ("Envoyer le compte rendu du comité du 17 novembre", "Marie-Jo Chavanon", "2026-11-27", 3),
        ("Faire l'état des lieux du local en pied d'immeuble", "Sylvie Granjon", "2026-12-10", 3),
        ("Écrire à la STAS pour la navette du Grand Pont", "Bernard Faure", "2026-12-18", 3),
        ("Présenter le bilan des vacances apprenantes", "Nathalie Berthéas", "2026-12-08", 3),
        ("Rassembler les bilans d'activité de l'aide aux devoirs", "Nathalie Berthéas", "2026-11-25", 3),
        ("Réserver la salle Aristide-Briand pour le forum des métiers", "Julien Brunon", "2026-12-04", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the director of the centre social du
# Grand Pont.
GIER42_ASKERS = {SLUG: ASKER}

GIER42_GROUPS = {
    SLUG: (GIER42_MEMBERS, GIER42_MEETINGS, GIER42_DEADLINES, GIER42_DECISIONS, COORDINATOR),
}

# What the coordinator typed after the comités of September (n°1), October (n°2) and November (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Sophie Morel-Vachon, Marie-Jo Chavanon, Bernard Faure, André Tardy, Claudine Jourjon, "
    "Karim Bensalem, Hélène Dumas, Gilles Perrachon, Fatima Ouali, Nathalie Berthéas, Rachid Mebarki, "
    "Josette Gonon, Lucien Chorier, Damien Roux",
    "/excuses n°1 Julien Brunon, Sylvie Granjon",
    "/absents n°1 Mehdi Amrani",
    "/presents n°2 Marie-Jo Chavanon, Bernard Faure, André Tardy, Claudine Jourjon, Karim Bensalem, "
    "Fatima Ouali, Julien Brunon, Sylvie Granjon, Nathalie Berthéas, Mehdi Amrani, Cécile Thiollière, "
    "Josette Gonon",
    "/excuses n°2 Sophie Morel-Vachon, Hélène Dumas",
    "/presents n°3 Sophie Morel-Vachon, Marie-Jo Chavanon, Bernard Faure, André Tardy, Karim Bensalem, "
    "Hélène Dumas, Gilles Perrachon, Julien Brunon, Sylvie Granjon, Nathalie Berthéas, Rachid Mebarki, "
    "Lucien Chorier, Damien Roux",
    "/excuses n°3 Claudine Jourjon, Fatima Ouali, Cécile Thiollière",
    "/absents n°3 Josette Gonon",
)

# What members said in the chat before the comité of 8 December (n°4); the asker has said nothing yet.
RSVPS = (
    ("Sophie Morel-Vachon", "/present"),
    ("Marie-Jo Chavanon", "/present"),
    ("Bernard Faure", "/present"),
    ("André Tardy", "/present"),
    ("Karim Bensalem", "/present"),
    ("Rachid Mebarki", "/present"),
    ("Fatima Ouali", "/present"),
    ("Mehdi Amrani", "/present"),
    ("Hélène Dumas", "/excuse"),
    ("Gilles Perrachon", "/excuse"),
    ("Josette Gonon", "/excuse"),
)

GIER42_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "g42", ATTENDANCE_COMMANDS, RSVPS),
}
