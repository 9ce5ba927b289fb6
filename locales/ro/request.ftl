# SPDX-License-Identifier: MIT OR Apache-2.0

### Asking for an advocate: a short message to the local IMHA service,
### always composed in English for the service (the request-line-*
### messages) and shown in the reader's language beside it to check.
### Every message receives $audience: "patient", "carer" or "staff".

# On the result page, under "What to do now": opens the request page.
request-link = Scrieți un mesaj prin care cereți un consilier
request-heading = Cereți un consilier
request-intro =
    { $audience ->
        [carer] Completați ce puteți. Scriem un mesaj scurt în engleză pentru serviciul IMHA și vi-l arătăm și în limba dumneavoastră, ca să îl puteți verifica. Nu se trimite și nu se salvează nimic decât dacă îl trimiteți dumneavoastră de pe telefon.
        [staff] Completați ce acceptă pacientul. Scriem un mesaj scurt în engleză pentru serviciul IMHA. Nu se trimite și nu se salvează nimic decât dacă îl trimiteți dumneavoastră.
       *[patient] Completați ce doriți. Scriem un mesaj scurt în engleză pentru serviciul IMHA și vi-l arătăm și în limba dumneavoastră, ca să îl puteți verifica. Nu se trimite și nu se salvează nimic decât dacă îl trimiteți dumneavoastră de pe telefon.
    }
request-name-label =
    { $audience ->
        [carer] Numele persoanei care are nevoie de un consilier
        [staff] Numele pacientului
       *[patient] Numele dumneavoastră
    }
request-place-label =
    { $audience ->
        [carer] Unde se află persoana
        [staff] Salonul și spitalul
       *[patient] Unde vă aflați
    }
    .hint = De exemplu, salonul și spitalul, sau localitatea
request-contact-label =
    { $audience ->
        [carer] Numele dumneavoastră și un număr de telefon la care vă poate suna serviciul
        [staff] Numele dumneavoastră, funcția și numărul de telefon al salonului
       *[patient] Un număr de telefon la care vă poate suna serviciul, dacă aveți unul
    }
request-language-label =
    { $audience ->
        [patient] Limba pe care o vorbiți
       *[other] Limba pe care o vorbește persoana
    }
# Last in the list of languages; shows a box to type the language in.
request-language-other = Altă limbă
request-other-language-label = Ce limbă?
request-interpreter-legend =
    { $audience ->
        [patient] Aveți nevoie de un interpret?
       *[other] Persoana are nevoie de un interpret?
    }
request-yes = Da
request-no = Nu
request-english-heading = Mesajul, în engleză
request-translation-heading = Ce spune, în limba dumneavoastră
request-not-saved = Acest mesaj nu este salvat. Când părăsiți această pagină, mesajul dispare.
# The provider’s name is shown above these links.
request-send-text = Trimiteți-l prin SMS
request-send-email = Trimiteți-l prin e-mail
request-or-call = Sau sunați la:
# With no local IMHA service configured: the card is for a nurse or ward staff.
request-no-provider =
    { $audience ->
        [carer] Arătați acest mesaj personalului de pe salon sau echipei de îngrijire a persoanei despre care întrebați. Aceștia trebuie să o ajute să contacteze serviciul IMHA.
        [staff] Transmiteți acest mesaj serviciului IMHA local.
       *[patient] Arătați acest mesaj unei asistente sau personalului de pe salon. Aceștia trebuie să vă ajute să contactați serviciul IMHA.
    }
# Shows the message in large type, filling the screen, to hand to a nurse.
request-show-card = Afișați mesajul pe tot ecranul
request-card-close = Închideți
