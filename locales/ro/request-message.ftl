# SPDX-License-Identifier: MIT OR Apache-2.0

### The message asking for an advocate: compiled into the app in English,
### because it is always sent in English, whatever language the page is in.

## The message itself. $value is what the person typed or chose.

request-email-subject = Cerere pentru un consilier independent pentru sănătatea mintală (IMHA)
request-line-hello =
    { $audience ->
        [carer] Bună ziua. Cer un consilier independent pentru sănătatea mintală (IMHA) pentru cineva la care țin.
        [staff] Bună ziua. Fac parte din personal și cer un consilier independent pentru sănătatea mintală (IMHA) pentru un pacient.
       *[patient] Bună ziua. Aș dori un consilier independent pentru sănătatea mintală (IMHA).
    }
request-line-name = Nume: { $value }
request-line-place = Locul: { $value }
request-line-status = Secțiune sau statut: { $value }
request-line-language = Limba: { $value }
request-line-contact = Contact: { $value }
# $needed is "yes" or "no".
request-line-interpreter =
    { $needed ->
        [yes] Este nevoie de un interpret.
       *[no] Nu este nevoie de un interpret.
    }
request-line-thanks = Vă mulțumesc.
# The statuses that are not a section, as the service would name them.
request-status =
    { $status ->
        [detained-longer-term] Internare nevoluntară pe o secțiune (nu se știe care)
        [detained-section-not-known] Internare nevoluntară pe o secțiune (nu se știe care)
        [cto] Ordin de tratament în comunitate (CTO)
        [cto-recalled] Ordin de tratament în comunitate (CTO), cu rechemare în spital
        [guardianship] Tutelă (guardianship)
        [conditional-discharge] Externare condiționată (conditional discharge)
        [informal-inpatient] Pacient voluntar (informal)
        [none] Fără internare nevoluntară
       *[unknown] Nu se știe
    }
