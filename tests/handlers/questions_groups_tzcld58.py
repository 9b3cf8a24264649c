"""A group written by the lead in the fourteenth round, for the lead's blind
set 23 (measured once, on the round's final code): the local employment
committee (« comité local pour l'emploi ») of a « Territoire zéro chômeur de
longue durée » in the Nièvre: the town of Prémery, the Communauté de communes
Les Bertranges, the job-creating company (« entreprise à but d'emploi »,
EBE), France Travail, the Département, the DDETS, the Mission locale, Cap
emploi, the CCI, the town of La Charité-sur-Loire, the national association
and a collective of people out of work. Plenary committees alternate with a
working group on the company's activities. Tasks in the store; the person
asking is France Travail's adviser. Organisation names are real public bodies
or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["TZCLD58_ASKERS", "TZCLD58_GROUPS", "TZCLD58_TASKS"]

SLUG = "tzcld58"

TZCLD58_MEMBERS = (
    ("Sylvie Perrin", "Mairie de Prémery", "Maire, présidente du comité local pour l'emploi"),
    ("Thierry Gaudry", "Communauté de communes Les Bertranges", "Vice-président au développement économique"),
    ("Aurélie Chambon", "Les Bertranges Actives (EBE)", "Directrice de l'entreprise à but d'emploi"),
    ("Mickaël Guyot", "Les Bertranges Actives (EBE)", "Responsable de production, recyclerie et maraîchage"),
    ("Nadia Bouchareb", "France Travail Nevers", "Conseillère, référente Territoire zéro chômeur"),
    ("Jean-Marc Ravier", "Conseil départemental de la Nièvre", "Chargé de mission insertion"),
    ("Corinne Lallemand", "DDETS de la Nièvre", "Inspectrice, chargée du suivi de l'expérimentation"),
    ("Baptiste Morin", "Mission locale Nivernais Morvan", "Conseiller emploi jeunes"),
    ("Odile Ferrand", "Cap emploi 58", "Chargée d'accompagnement"),
    ("Farida Haddad", "Collectif des personnes privées d'emploi de Prémery", "Porte-parole"),
    ("Gilles Renard", "CCI de la Nièvre", "Conseiller entreprises"),
    ("Élodie Tissier", "Mairie de La Charité-sur-Loire", "Adjointe à l'emploi et à l'économie"),
    ("Hugo Lemaire", "Mairie de Prémery", "Chargé de projet Territoire zéro chômeur, secrétaire du comité"),
    ("Mireille Dubreuil", "Association Territoires zéro chômeur de longue durée",
     "Chargée d'accompagnement des territoires de Bourgogne-Franche-Comté"),
)

TZCLD58_MEETINGS = (
    ("2026-09-17 18:00", "2026-09-17 20:00", "Comité local pour l'emploi, salle des fêtes de Prémery", ()),
    ("2026-10-13 14:00", "2026-10-13 16:00", "Groupe de travail activités, Les Bertranges Actives, Prémery", ()),
    ("2026-11-19 18:00", "2026-11-19 20:00", "Comité local pour l'emploi, mairie de La Charité-sur-Loire", ()),
    ("2026-12-10 14:00", "2026-12-10 16:00", "Groupe de travail activités, Les Bertranges Actives, Prémery",
     ("Recyclerie : point d'étape", "Recrutements de janvier", "Visite de la DDETS")),
    ("2027-01-21 18:00", "2027-01-21 20:00", "Comité local pour l'emploi, salle des fêtes de Prémery",
     ("Bilan de l'année 2026", "Dossier d'habilitation de La Charité-sur-Loire", "Questions diverses")),
    ("2027-03-18 18:00", "2027-03-18 20:00", "Comité local pour l'emploi, Communauté de communes, Guérigny", ()),
)

TZCLD58_DEADLINES = (
    ("2026-12-04", "Liste des candidats pour les recrutements de janvier"),
    ("2026-12-18", "Envoi du bilan d'activité à la DDETS"),
    ("2027-01-15", "Dépôt du dossier d'habilitation de La Charité-sur-Loire"),
    ("2027-02-26", "Étude de faisabilité de la recyclerie"),
)

TZCLD58_DECISIONS = (
    ("2026-09-17", 1, "Le comité local pour l'emploi se réunit tous les deux mois, en soirée, pour que les "
                      "personnes privées d'emploi puissent y assister."),
    ("2026-09-17", 1, "Hugo Lemaire assure le secrétariat du comité et diffuse les comptes rendus sous huit jours."),
    ("2026-10-13", 2, "L'entreprise à but d'emploi ouvrira une recyclerie dans l'ancienne gendarmerie de Prémery "
                      "au printemps 2027."),
    ("2026-10-13", 2, "Les salariés de l'EBE sont embauchés en CDI à temps choisi, de 24 à 35 heures par semaine."),
    ("2026-10-13", 2, "Chaque nouvelle activité de l'EBE est soumise à l'avis de la CCI pour ne pas concurrencer "
                      "les entreprises locales."),
    ("2026-11-19", 3, "Douze personnes privées d'emploi seront recrutées par l'EBE en janvier 2027."),
    ("2026-11-19", 3, "La communauté de communes prête un véhicule utilitaire pour les tournées de collecte."),
    ("2026-11-19", 3, "Les volontaires doivent résider depuis au moins six mois sur le territoire habilité."),
    ("2026-11-19", 3, "Mireille Dubreuil est référente pour le dossier d'habilitation de La Charité-sur-Loire."),
    ("2026-11-19", 3, "Le comité de mars se tiendra à Guérigny, au siège de la communauté de communes."),
)

TZCLD58_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de La Charité", "Hugo Lemaire", "2026-11-27", 3),
        ("Transmettre la liste des candidats", "Nadia Bouchareb", "2026-12-04", 3),
        ("Rédiger le bilan d'activité 2026", "Aurélie Chambon", "2026-12-18", 3),
        ("Demander l'avis de la CCI sur l'atelier vélo", "Gilles Renard", "2026-11-30", 3),
        ("Préparer la convention de prêt du véhicule", "Thierry Gaudry", "2026-12-11", 3),
        ("Monter le dossier d'habilitation", "Mireille Dubreuil", "2027-01-15", 3),
        ("Organiser la réunion d'information des volontaires", "Farida Haddad", "2026-11-12", 2, "done"),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
TZCLD58_ASKERS = {SLUG: "Nadia Bouchareb"}

TZCLD58_GROUPS = {
    SLUG: (TZCLD58_MEMBERS, TZCLD58_MEETINGS, TZCLD58_DEADLINES, TZCLD58_DECISIONS, "Sylvie Perrin"),
}
