### The signatories of the example open letter: MADE-UP organisations and people.
### An organisation's country is in publish.toml (an ISO code); its name in each language comes
### from CLDR. A person's name is the same in every language; the affiliation is translated.

sig-example-kenya = Example Rights Centre Kenya (ERCK)
sig-example-senegal = Association Exemple pour la Justice (AEJ)
    .note = A member of the coalition's steering group.
sig-example-drc = Ligue Exemple des Droits Humains (LEDH)
sig-example-netherlands = Example Justice Foundation
sig-example-ukraine = Example Human Rights Group
    .note = A member of the coalition's steering group.
sig-example-spain = Fundación Ejemplo por la Memoria
sig-example-philippines = Example Network for Accountability
sig-example-jordan = Example Centre for Legal Aid
    .note = Signed in its own name only.
sig-person-a = Dr Amina Example
    .affiliation = Professor of International Law, University of Exampleton
sig-person-b = Jean Exemple
    .affiliation = Former judge, Court of Appeal of Example
sig-person-c = María Ejemplo
    .affiliation = Researcher, Example Institute
sig-person-d = Olena Example
    .affiliation = Lawyer
