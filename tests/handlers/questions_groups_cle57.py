"""A group written by helper r16a in the sixteenth round, for its blind set
24a (organisations and roles named loosely): the comité local pour l'emploi
(CLE) of the employment area of Thionville, in Moselle (Grand Est), set up
under the 2023 law « pour le plein emploi » and co-chaired by the
sous-préfète and the urban community's vice-president — the agglomeration
Portes de France-Thionville (with its Territoire zéro chômeur de longue
durée project), France Travail, the Département de la Moselle, the Ville de
Thionville and its CCAS, the Mission locale, the Maison de l'emploi, Cap
emploi, the Région Grand Est, the CMSEA's street educators, a collective of
people out of work, the communauté de communes de Cattenom et environs and
the entreprise à but d'emploi. Many of these bodies' names hold everyday
words (« emploi », « maison », « mission », « territoire », « centre »,
« région ») and several titles are held by more than one member (référents
RSA, chargé(e)s de mission, éducateurs, directeurs). Tasks in the store;
the person asking is linked to the TZCLD project's cheffe de projet.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

__all__ = ["CLE57_ASKERS", "CLE57_GROUPS", "CLE57_TASKS"]

SLUG = "cle57"

CLE57_MEMBERS = (
    ("Claire Vautrin", "Sous-préfecture de Thionville",
     "Sous-préfète de l'arrondissement de Thionville, co-présidente du comité"),
    ("Jean-Philippe Kieffer", "Communauté d'agglomération Portes de France-Thionville",
     "Vice-président délégué à l'emploi et à l'insertion, co-président du comité"),
    ("Sabrina Lauer", "Communauté d'agglomération Portes de France-Thionville",
     "Cheffe de projet Territoire zéro chômeur de longue durée"),
    ("Nadia Bouzid", "France Travail", "Directrice de l'agence de Thionville"),
    ("Thomas Weber", "France Travail", "Conseiller référent RSA, secrétaire du comité"),
    ("Aurélie Schmitt", "Département de la Moselle", "Chargée de mission insertion"),
    ("Marc Hennequin", "Département de la Moselle", "Conseiller départemental du canton de Yutz"),
    ("Hélène Gross", "Ville de Thionville", "Adjointe au maire chargée de l'emploi et du commerce"),
    ("Sophie Klein", "Centre communal d'action sociale de Thionville", "Référente RSA"),
    ("Laurent Becker", "Mission locale du Nord Mosellan", "Directeur"),
    ("Patrick Muller", "Maison de l'emploi et de la formation du Nord Mosellan", "Responsable de la clause sociale"),
    ("Christelle Fabing", "Cap emploi 57", "Chargée de mission maintien dans l'emploi, cheffe de file du volet handicap"),
    ("Yannick Thil", "Région Grand Est", "Chargé de mission formation, Maison de Région de Thionville"),
    ("Karim Belhadj", "CMSEA, prévention spécialisée de Thionville", "Éducateur spécialisé"),
    ("Léa Collignon", "CMSEA, prévention spécialisée de Thionville", "Éducatrice spécialisée"),
    ("Bernard Stoltz", "Collectif des personnes privées d'emploi du Thionvillois", "Président"),
    ("Isabelle Marchal", "Communauté de communes de Cattenom et environs", "Responsable du développement économique"),
    ("Guillaume Pierson", "Entreprise à but d'emploi L'Atelier du Territoire", "Directeur"),
)

CLE57_MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 16:30", "Sous-préfecture de Thionville, salle Robert-Schuman", ()),
    ("2026-10-15 09:30", "2026-10-15 12:00", "Hôtel de communauté Portes de France-Thionville", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Maison de l'emploi et de la formation, Thionville", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Sous-préfecture de Thionville, salle Robert-Schuman",
     ("Bilan de la candidature zéro chômeur", "Plan d'action jeunes 2027", "Forum de l'emploi transfrontalier")),
    ("2027-01-21 09:30", "2027-01-21 12:00", "Hôtel de ville de Yutz", ("Orientation des allocataires du RSA",)),
    ("2027-03-18 14:00", "2027-03-18 16:30", "Sous-préfecture de Thionville, salle Robert-Schuman", ()),
)

CLE57_DEADLINES = (
    ("2026-12-04", "Remontée des indicateurs du troisième trimestre"),
    ("2026-12-18", "Dépôt du dossier d'habilitation Territoire zéro chômeur"),
    ("2027-01-15", "Candidatures à l'appel à projets insertion du Département"),
    ("2027-02-12", "Forum de l'emploi transfrontalier à Thionville"),
    ("2027-03-31", "Bilan annuel du comité local pour l'emploi"),
)

CLE57_DECISIONS = (
    ("2026-09-24", 1, "Le comité local pour l'emploi se réunit une fois par mois, le jeudi, en alternance à la "
                      "sous-préfecture et chez ses membres."),
    ("2026-09-24", 1, "Le secrétariat du comité est assuré par France Travail."),
    ("2026-09-24", 1, "Les personnes privées d'emploi sont représentées au comité par le Collectif des personnes "
                      "privées d'emploi du Thionvillois."),
    ("2026-10-15", 2, "La Mission locale du Nord Mosellan pilote le plan d'action jeunes 2027."),
    ("2026-10-15", 2, "Le Département de la Moselle finance 40 000 € pour l'accompagnement vers l'emploi des "
                      "allocataires du RSA."),
    ("2026-10-15", 2, "Le forum de l'emploi transfrontalier a lieu le 12 février 2027 à la salle Jean-Burger."),
    ("2026-10-15", 2, "Cap emploi 57 tient une permanence le mardi matin à la Maison de l'emploi."),
    ("2026-11-19", 3, "L'agglomération dépose la candidature Territoire zéro chômeur de longue durée pour le "
                      "quartier de la Côte des Roses."),
    ("2026-11-19", 3, "L'entreprise à but d'emploi embauchera 25 salariés en CDI la première année."),
    ("2026-11-19", 3, "Les éducateurs de prévention spécialisée orientent les jeunes sans solution vers la "
                      "Mission locale."),
    ("2026-11-19", 3, "La Région Grand Est ouvre 60 places de formation aux métiers de la logistique."),
    ("2026-11-19", 3, "La Communauté de communes de Cattenom et environs met un minibus à disposition pour les "
                      "trajets vers les entretiens d'embauche."),
    ("2026-11-19", 3, "Le CCAS de Thionville prend en charge les frais de garde d'enfants pendant les formations, "
                      "jusqu'à 300 € par mois."),
)

CLE57_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu de la séance du 19 novembre", "Thomas Weber", "2026-12-03", 3),
        ("Rédiger le dossier de candidature zéro chômeur", "Sabrina Lauer", "2026-12-15", 3),
        ("Transmettre les indicateurs RSA du trimestre", "Aurélie Schmitt", "2026-11-27", 3),
        ("Réserver la salle Jean-Burger pour le forum", "Patrick Muller", "2026-12-11", 2),
        ("Recenser les jeunes sans solution du quartier", "Karim Belhadj", "2026-12-18", 3),
        ("Organiser une réunion d'information avec les habitants de la Côte des Roses", "Guillaume Pierson",
         "2027-01-08", 3),
        ("Préparer la liste des formations en logistique", "Yannick Thil", "2026-11-20", 2, "done"),
        ("Faire le point sur les trajets en minibus", "Isabelle Marchal", "2026-11-30", 3),
        ("Recueillir des témoignages de personnes privées d'emploi", "Bernard Stoltz", "2026-12-18", 3),
        ("Mettre à jour la liste des allocataires suivis", "Sophie Klein", "2026-12-10", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
CLE57_ASKERS = {SLUG: "Sabrina Lauer"}

CLE57_GROUPS = {
    SLUG: (CLE57_MEMBERS, CLE57_MEETINGS, CLE57_DEADLINES, CLE57_DECISIONS, "Thomas Weber"),
}
