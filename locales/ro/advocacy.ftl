# SPDX-License-Identifier: MIT OR Apache-2.0

### What an independent mental health advocate (IMHA) does and cannot do,
### and what staff must do to tell patients about IMHAs.
### Every message receives $audience: "patient", "carer" or "staff".

## What an IMHA can do

advocate-heading =
    { $audience ->
        [carer] Ce poate face un consilier IMHA pentru persoană
        [staff] Ce poate face un consilier IMHA pentru pacient
       *[patient] Ce poate face un consilier IMHA pentru dumneavoastră
    }
advocate-intro =
    { $audience ->
        [carer] Un consilier IMHA este o persoană pregătită pentru acest rol și independentă de spital. Ajutorul lui este gratuit. Ce îi spune persoana despre care întrebați rămâne confidențial, dar consilierul IMHA poate fi nevoit să transmită informația dacă cineva este în pericol grav.
        [staff] Un consilier IMHA este o persoană pregătită pentru acest rol și independentă de spital. Ajutorul lui este gratuit și confidențial, dar poate fi nevoit să transmită informații dacă cineva este în pericol grav.
       *[patient] Un consilier IMHA este o persoană pregătită pentru acest rol și independentă de spital. Ajutorul lui este gratuit. Ce îi spuneți rămâne confidențial, dar consilierul poate fi nevoit să transmită informația dacă cineva este în pericol grav.
    }
advocate-understand-rights =
    { $audience ->
        [carer] O poate ajuta pe persoana despre care întrebați să își înțeleagă secțiunea, orice condiții sau limite care i se aplică și drepturile.
        [staff] Îl poate ajuta pe pacient să înțeleagă legea care i se aplică, orice condiții sau restricții care i se aplică și drepturile lui.
       *[patient] Vă poate ajuta să vă înțelegeți secțiunea, orice condiții sau limite care vi se aplică și drepturile.
    }
advocate-understand-treatment =
    { $audience ->
        [carer] O poate ajuta pe persoana despre care întrebați să afle despre tratamentul ei: ce este, de ce îl primește, ce lege îl permite și ce reguli o protejează.
        [staff] Îl poate ajuta pe pacient să afle despre tratamentul lui: ce i se dă, ce i se propune sau ce se discută, de ce, în baza cărei autorități și ce garanții se aplică.
       *[patient] Vă poate ajuta să aflați despre tratamentul dumneavoastră: ce este, de ce îl primiți, ce lege îl permite și ce reguli vă protejează.
    }
advocate-use-rights =
    { $audience ->
        [carer] O poate ajuta pe persoana despre care întrebați să își folosească drepturile, de exemplu să facă o cerere la Tribunal (o comisie independentă care poate pune capăt secțiunii ei).
        [staff] Îl poate ajuta pe pacient să își exercite drepturile, de exemplu să facă o cerere la Tribunal.
       *[patient] Vă poate ajuta să vă folosiți drepturile, de exemplu să faceți o cerere la Tribunal (o comisie independentă care poate pune capăt secțiunii dumneavoastră).
    }
advocate-speak-for-you =
    { $audience ->
        [carer] Poate vorbi în numele persoanei despre care întrebați sau o poate sprijini să vorbească singură pentru ea, de exemplu la întâlnirile cu personalul.
        [staff] Îl poate reprezenta pe pacient și poate vorbi în numele lui, de exemplu la întâlnirile cu personalul.
       *[patient] Poate vorbi în numele dumneavoastră sau vă poate sprijini să vorbiți pentru dumneavoastră, de exemplu la întâlnirile cu personalul.
    }
advocate-take-part-in-decisions =
    { $audience ->
        [carer] O poate ajuta pe persoana despre care întrebați să ia parte la deciziile despre îngrijirea și tratamentul ei, inclusiv vorbind în numele ei.
        [staff] Îl poate ajuta pe pacient să se implice în deciziile despre îngrijirea și tratamentul lui, inclusiv reprezentându-l.
       *[patient] Vă poate ajuta să luați parte la deciziile despre îngrijirea și tratamentul dumneavoastră, inclusiv vorbind în numele dumneavoastră.
    }
advocate-complain =
    { $audience ->
        [carer] O poate ajuta pe persoana despre care întrebați să facă o plângere despre îngrijirea sau tratamentul ei.
        [staff] Îl poate ajuta pe pacient să facă o plângere despre îngrijirea sau tratamentul lui, inclusiv reprezentându-l.
       *[patient] Vă poate ajuta să faceți o plângere despre îngrijirea sau tratamentul dumneavoastră.
    }
advocate-other-services =
    { $audience ->
        [carer] Îi poate spune persoanei despre care întrebați ce alte servicii ar putea să o ajute.
        [staff] Îi poate da pacientului informații despre alte servicii care îi sunt sau îi pot fi disponibile.
       *[patient] Vă poate spune ce alte servicii v-ar putea ajuta.
    }
advocate-meet-in-private =
    { $audience ->
        [carer] Se poate întâlni cu persoana despre care întrebați între patru ochi. Poate vorbi și cu specialiștii care o tratează.
        [staff] Îl poate vizita pe pacient și poate vorbi cu el între patru ochi, și poate vorbi cu specialiștii implicați în tratamentul lui.
       *[patient] Se poate întâlni cu dumneavoastră între patru ochi. Poate vorbi și cu specialiștii care vă tratează.
    }
# The IMHA can see records of detention, treatment and after-care, and
# council records, with the patient's consent; if the patient lacks capacity,
# only relevant records, and not against a decision of an attorney, deputy or
# the Court of Protection.
advocate-see-records =
    { $audience ->
        [carer] Poate vedea dosarele persoanei despre care întrebați, de la spital sau de la autoritatea locală (council), dacă persoana este de acord. Dacă persoana nu poate decide, hotărăște cel care păstrează dosarele: consilierul IMHA poate vedea doar dosarele relevante, doar dacă acest lucru este potrivit și nu împotriva deciziei cuiva cu putere legală să decidă pentru ea.
        [staff] Poate vedea dosarele pacientului de la spital și de la autoritatea locală (council) cu consimțământul pacientului. Dacă pacientul nu are capacitatea de a consimți (lacks capacity), deținătorul dosarelor (record holder) decide dacă dosarele sunt relevante pentru ajutorul dat de consilierul IMHA și dacă accesul este potrivit, iar accesul nu trebuie să contravină unei decizii a unui mandatar (donee), a unui reprezentant numit de instanță (deputy) sau a Court of Protection (instanța care decide pentru persoanele fără capacitate de decizie).
       *[patient] Poate vedea dosarele dumneavoastră, de la spital sau de la autoritatea locală (council), dacă sunteți de acord. Dacă nu puteți decide, hotărăște cel care păstrează dosarele: consilierul poate vedea doar dosarele relevante, doar dacă acest lucru este potrivit și nu împotriva deciziei cuiva cu putere legală să decidă pentru dumneavoastră.
    }
# An approved mental health professional (AMHP) is a trained professional,
# often a social worker, with duties under the Mental Health Act.
advocate-visit-requests =
    { $audience ->
        [carer] Cea mai apropiată rudă (nearest relative), clinicianul responsabil (responsible clinician) sau un profesionist autorizat în sănătate mintală (approved mental health professional, AMHP) poate cere unui consilier IMHA să o viziteze pe persoana despre care întrebați. Persoana poate totuși să refuze ajutorul consilierului IMHA.
        [staff] Cea mai apropiată rudă (nearest relative), clinicianul responsabil (responsible clinician) sau un profesionist autorizat în sănătate mintală (approved mental health professional, AMHP) poate cere unui consilier IMHA să îl viziteze pe pacient. Pacientul poate totuși să refuze ajutorul consilierului IMHA.
       *[patient] Cea mai apropiată rudă a dumneavoastră (nearest relative), clinicianul dumneavoastră responsabil (responsible clinician) sau un profesionist autorizat în sănătate mintală (approved mental health professional, AMHP) poate cere unui consilier IMHA să vă viziteze. Puteți totuși să refuzați ajutorul consilierului IMHA.
    }

advocate-visit-requests-wales-compulsory =
    { $audience ->
        [carer] Persoana despre care întrebați poate cere unui consilier IMHA să o viziteze. La fel pot face cea mai apropiată rudă a ei (nearest relative), clinicianul ei responsabil (responsible clinician), un profesionist autorizat în sănătate mintală (approved mental health professional, AMHP), un asistent social, conducerea spitalului (hospital managers) sau cineva cu putere legală să decidă pentru ea. Persoana poate totuși să refuze ajutorul consilierului IMHA.
        [staff] Pacientul poate cere unui consilier IMHA să îl viziteze. La fel pot face cea mai apropiată rudă a lui (nearest relative), clinicianul responsabil (responsible clinician), un profesionist autorizat în sănătate mintală (AMHP), un asistent social care se ocupă de pacient, conducerea spitalului (hospital managers) sau mandatarul (donee) ori reprezentantul numit de instanță (deputy) al pacientului. Pacientul poate totuși să refuze ajutorul consilierului IMHA.
       *[patient] Puteți cere unui consilier IMHA să vă viziteze. La fel pot face cea mai apropiată rudă a dumneavoastră (nearest relative), clinicianul dumneavoastră responsabil (responsible clinician), un profesionist autorizat în sănătate mintală (approved mental health professional, AMHP), un asistent social, conducerea spitalului (hospital managers) sau cineva cu putere legală să decidă pentru dumneavoastră. Puteți totuși să refuzați ajutorul consilierului IMHA.
    }
advocate-visit-requests-wales-informal =
    { $audience ->
        [carer] Persoana despre care întrebați poate cere unui consilier IMHA să o viziteze. La fel pot face îngrijitorul ei (carer), un asistent social, conducerea spitalului (hospital managers) sau cineva cu putere legală să decidă pentru ea. Persoana poate totuși să refuze ajutorul consilierului IMHA.
        [staff] Pacientul poate cere unui consilier IMHA să îl viziteze. La fel pot face îngrijitorul lui (carer), un asistent social care se ocupă de pacient, conducerea spitalului (hospital managers) sau mandatarul (donee) ori reprezentantul numit de instanță (deputy) al pacientului. Pacientul poate totuși să refuze ajutorul consilierului IMHA.
       *[patient] Puteți cere unui consilier IMHA să vă viziteze. La fel pot face îngrijitorul dumneavoastră (carer), un asistent social, conducerea spitalului (hospital managers) sau cineva cu putere legală să decidă pentru dumneavoastră. Puteți totuși să refuzați ajutorul consilierului IMHA.
    }
# "nominated person": translated as "persoana desemnată (nominated person)".
# This is a draft term for review: a new legal term of the Mental Health Act
# 2025 for the person the patient chooses to replace the nearest relative.
advocate-visit-requests-nominated-person =
    { $audience ->
        [carer] Persoana desemnată (nominated person), clinicianul responsabil (responsible clinician) sau un profesionist autorizat în sănătate mintală (approved mental health professional, AMHP) poate cere unui consilier IMHA să o viziteze pe persoana despre care întrebați. Persoana despre care întrebați poate totuși să refuze ajutorul consilierului IMHA.
        [staff] Persoana desemnată (nominated person), clinicianul responsabil (responsible clinician) sau un profesionist autorizat în sănătate mintală (AMHP) poate cere unui consilier IMHA să îl viziteze pe pacient. Pacientul poate totuși să refuze ajutorul consilierului IMHA.
       *[patient] Persoana dumneavoastră desemnată (nominated person), clinicianul dumneavoastră responsabil (responsible clinician) sau un profesionist autorizat în sănătate mintală (approved mental health professional, AMHP) poate cere unui consilier IMHA să vă viziteze. Puteți totuși să refuzați ajutorul consilierului IMHA.
    }
advocate-visit-requests-wales-compulsory-nominated-person =
    { $audience ->
        [carer] Persoana despre care întrebați poate cere unui consilier IMHA să o viziteze. La fel pot face persoana ei desemnată (nominated person), clinicianul ei responsabil (responsible clinician), un profesionist autorizat în sănătate mintală (approved mental health professional, AMHP), un asistent social, conducerea spitalului (hospital managers) sau cineva cu putere legală să decidă pentru ea. Persoana poate totuși să refuze ajutorul consilierului IMHA.
        [staff] Pacientul poate cere unui consilier IMHA să îl viziteze. La fel pot face persoana lui desemnată (nominated person), clinicianul responsabil (responsible clinician), un profesionist autorizat în sănătate mintală (AMHP), un asistent social care se ocupă de pacient, conducerea spitalului (hospital managers) sau mandatarul (donee) ori reprezentantul numit de instanță (deputy) al pacientului. Pacientul poate totuși să refuze ajutorul consilierului IMHA.
       *[patient] Puteți cere unui consilier IMHA să vă viziteze. La fel pot face persoana dumneavoastră desemnată (nominated person), clinicianul dumneavoastră responsabil (responsible clinician), un profesionist autorizat în sănătate mintală (approved mental health professional, AMHP), un asistent social, conducerea spitalului (hospital managers) sau cineva cu putere legală să decidă pentru dumneavoastră. Puteți totuși să refuzați ajutorul consilierului IMHA.
    }

## What an IMHA cannot do

advocate-limits-heading = Ce nu poate face un consilier IMHA
advocate-not-a-lawyer =
    { $audience ->
        [carer] Un consilier IMHA nu este avocat (solicitor). O poate ajuta pe persoana despre care întrebați să găsească un avocat pentru Tribunal.
        [staff] Un consilier IMHA nu este avocat (solicitor) și nu înlocuiește un avocat la Tribunal. Îl poate ajuta pe pacient să găsească un avocat.
       *[patient] Un consilier IMHA nu este avocat (solicitor). Vă poate ajuta să găsiți un avocat pentru Tribunal.
    }
advocate-no-decisions =
    { $audience ->
        [carer] Un consilier IMHA nu poate lua decizii pentru persoana despre care întrebați și nu poate spune personalului ce să facă. Ajută ca părerea persoanei să fie ascultată.
        [staff] Un consilier IMHA nu poate lua decizii pentru pacient și nu poate spune personalului ce să facă. Ajută ca părerea pacientului să fie ascultată.
       *[patient] Un consilier IMHA nu poate lua decizii pentru dumneavoastră și nu poate spune personalului ce să facă. Ajută ca părerea dumneavoastră să fie ascultată.
    }
advocate-can-say-no =
    { $audience ->
        [carer] Persoana despre care întrebați poate spune nu unui consilier IMHA. Se poate răzgândi mai târziu.
        [staff] Pacientul poate refuza ajutorul unui consilier IMHA și se poate răzgândi mai târziu.
       *[patient] Puteți spune nu unui consilier IMHA. Vă puteți răzgândi mai târziu.
    }
advocate-not-imca = Un consilier IMHA este diferit de un consilier independent pentru capacitatea de decizie (Independent Mental Capacity Advocate, IMCA). Un consilier IMCA ajută persoanele care nu pot lua o decizie și nu au pe nimeni altcineva care să le ajute. O persoană îi poate avea pe amândoi.

## What staff must do (shown to staff only)

duty-heading = Ce trebuie să facă personalul
duty-intro = Legea spune că persoana responsabilă trebuie să facă tot ce este posibil în practică pentru ca pacientul să înțeleagă cu ce îl poate ajuta un consilier IMHA și cum poate obține unul.
duty-who-hospital-managers = Cine trebuie să facă asta: conducerea spitalului (hospital managers). În practică, de obicei personalul de pe salon face asta în numele ei.
duty-who-responsible-clinician = Cine trebuie să facă asta: clinicianul responsabil (responsible clinician) al pacientului, pentru că pacientul a fost externat condiționat.
duty-who-local-authority = Cine trebuie să facă asta: autoritatea locală responsabilă pentru servicii sociale (local social services authority – autoritatea locală care răspunde de tutelă).
duty-who-responsible-hospital = Cine trebuie să facă asta: conducerea spitalului responsabil (responsible hospital – spitalul care răspunde de CTO-ul pacientului).
duty-who-doctor-discussing-treatment = Cine trebuie să facă asta: medicul sau clinicianul autorizat (approved clinician) care discută tratamentul cu pacientul.
# In Wales, an informal in-patient qualifies when they become an in-patient.
duty-as-soon-as-practicable = Când: cât mai curând posibil în practică după ce pacientul dobândește acest drept. Adică atunci când este internat nevoluntar, primește un CTO, este pus sub tutelă sau când se discută tratamentul. Pentru un pacient internat informal în Țara Galilor, atunci când este internat.
duty-orally-and-in-writing = Cum: spuneți-i pacientului atât verbal, cât și în scris.
duty-copy-to-nearest-relative = Dacă pacientul nu vă cere să nu o faceți, dați o copie a informațiilor scrise persoanei care pare să fie cea mai apropiată rudă a lui (nearest relative), atunci când este posibil în practică. Faceți asta când îl informați pe pacient sau într-un timp rezonabil după aceea. Acest lucru nu se aplică pacienților aflați pe secțiuni dispuse de instanță sau pe secțiuni pentru deținuți.
duty-copy-to-nominated-person = Dacă pacientul nu vă cere să nu o faceți, dați o copie a informațiilor scrise persoanei care pare să fie persoana lui desemnată (nominated person). Faceți asta când îl informați pe pacient sau într-un timp rezonabil după aceea.
# Wales, informal patients: section 130L(6) lists who gets the copy.
duty-copy-to-informal-patients-people = Dacă pacientul nu vă cere să nu o faceți, dați o copie a informațiilor scrise persoanelor numite în secțiunea 130L(6). Verificați în textul secțiunii cine sunt acestea.
duty-repeat-at-key-moments = Repetați informațiile în momentele importante: la internare, când se schimbă secțiunea și înainte de vizitele medicale pe salon, reevaluările tratamentului medicamentos, prelungiri și audierile la Tribunal.
duty-check-understanding = Verificați dacă pacientul a înțeles. Dacă este prea bolnav ca să înțeleagă, încercați din nou mai târziu. Folosiți un interpret sau informații în format ușor de citit (easy read) dacă este nevoie.
duty-help-to-contact = Ajutați pacientul să contacteze serviciul IMHA, de exemplu oferindu-i un telefon pe care îl poate folosi fără să fie auzit. Notați ce ați făcut.
