# SPDX-License-Identifier: MIT OR Apache-2.0

### The result page: whether the person can get an independent mental health
### advocate (IMHA), why, what to ask, what to do instead, and how to get help.
### Every message receives $audience: "patient", "carer" or "staff".
### Patient: "you". Carer: "the person you are asking about", then "they".
### Staff: "the patient", then "they".

## The outcome

result-heading-yes =
    { $audience ->
        [carer] Persoana despre care întrebați poate avea un consilier independent pentru sănătatea mintală (IMHA)
        [staff] Pacientul poate avea un consilier independent pentru sănătatea mintală (IMHA)
       *[patient] Puteți avea un consilier independent pentru sănătatea mintală (IMHA)
    }
result-heading-no =
    { $audience ->
        [carer] Persoana despre care întrebați nu poate avea un consilier IMHA în acest moment
        [staff] Pacientul nu poate avea un consilier IMHA în acest moment
       *[patient] Nu puteți avea un consilier IMHA în acest moment
    }
result-heading-unsure =
    { $audience ->
        [carer] Nu știm încă sigur dacă persoana despre care întrebați poate avea un consilier IMHA
        [staff] Nu știm încă sigur dacă pacientul poate avea un consilier IMHA
       *[patient] Nu știm încă sigur dacă puteți avea un consilier IMHA
    }

## Why: the reasons for the outcome

# Heading above the list of reasons for the outcome.
result-why-heading = De ce

reason-liable-to-be-detained =
    { $audience ->
        [carer] Persoana despre care întrebați este ținută în spital în baza unei secțiuni din Legea sănătății mintale (Mental Health Act) care îi dă dreptul la un consilier.
        [staff] Pacientul poate fi internat nevoluntar (liable to be detained) în baza unei secțiuni care îi dă dreptul la un consilier IMHA.
       *[patient] Trebuie să rămâneți în spital în baza unei secțiuni din Legea sănătății mintale (Mental Health Act) care vă dă dreptul la un consilier.
    }
# The holding powers are sections 4, 5(2) and 5(4); places of safety are
# sections 135 and 136. People know them by these numbers, so the numbers stay
# in the text.
reason-holding-power-covered-in-wales =
    { $audience ->
        [carer] Persoana despre care întrebați este internată nevoluntar în baza unei măsuri de menținere temporară în spital (holding power: secțiunea 4, 5(2) sau 5(4)). În Țara Galilor, persoanele internate nevoluntar în baza acestor măsuri pot avea un consilier IMHA.
        [staff] Pacientul este internat nevoluntar în baza unei măsuri de menținere temporară în spital (holding power: secțiunea 4, 5(2) sau 5(4)). În Țara Galilor, pacienții internați nevoluntar în baza acestor măsuri sunt pacienți supuși unor măsuri obligatorii care au acest drept în Țara Galilor (Welsh qualifying compulsory patients) și pot avea un consilier IMHA.
       *[patient] Vă aflați sub o măsură de menținere temporară în spital (holding power: secțiunea 4, 5(2) sau 5(4)). În Țara Galilor, persoanele internate nevoluntar în baza acestor măsuri pot avea un consilier IMHA.
    }
reason-holding-power-excluded-in-england =
    { $audience ->
        [carer] Persoana despre care întrebați este internată nevoluntar în baza unei măsuri de menținere temporară în spital (holding power: secțiunea 4, 5(2) sau 5(4)). În Anglia, aceste măsuri nu dau dreptul la un consilier IMHA. Persoana poate totuși să ceară alt fel de sprijin și reprezentare (advocacy).
        [staff] Pacientul este internat nevoluntar în baza unei măsuri de menținere temporară în spital (holding power: secțiunea 4, 5(2) sau 5(4)). În Anglia, aceste măsuri nu dau dreptul la un consilier IMHA. Pacientul poate totuși să ceară alt fel de sprijin și reprezentare (advocacy).
       *[patient] Vă aflați sub o măsură de menținere temporară în spital (holding power: secțiunea 4, 5(2) sau 5(4)). În Anglia, aceste măsuri nu dau dreptul la un consilier IMHA. Puteți totuși să cereți alt fel de sprijin și reprezentare (advocacy).
    }
reason-place-of-safety-excluded =
    { $audience ->
        [carer] Persoana despre care întrebați este ținută într-un loc sigur (place of safety: secțiunea 135 sau 136). Nici în Anglia, nici în Țara Galilor, acest lucru nu dă dreptul la un consilier IMHA. Persoana poate totuși să ceară alt fel de sprijin și reprezentare (advocacy).
        [staff] Pacientul este ținut într-un loc sigur (place of safety: secțiunea 135 sau 136). Locurile sigure nu dau dreptul la un consilier IMHA, nici în Anglia, nici în Țara Galilor. Pacientul poate totuși să ceară alt fel de sprijin și reprezentare (advocacy).
       *[patient] Vă aflați într-un loc sigur (place of safety: secțiunea 135 sau 136). Nici în Anglia, nici în Țara Galilor, acest lucru nu dă dreptul la un consilier IMHA. Puteți totuși să cereți alt fel de sprijin și reprezentare (advocacy).
    }
reason-community-patient =
    { $audience ->
        [carer] Persoana despre care întrebați are un ordin de tratament în comunitate (CTO). Asta înseamnă că locuiește în afara spitalului, dar trebuie să respecte anumite condiții. Persoanele cu CTO pot avea un consilier IMHA, chiar și atunci când sunt chemate înapoi în spital.
        [staff] Pacientul este un pacient în comunitate (community patient), adică are un ordin de tratament în comunitate (CTO). Pacienții în comunitate pot avea un consilier IMHA, inclusiv cât timp sunt rechemați în spital.
       *[patient] Aveți un ordin de tratament în comunitate (CTO). Asta înseamnă că locuiți în afara spitalului, dar trebuie să respectați anumite condiții. Persoanele cu CTO pot avea un consilier IMHA, chiar și atunci când sunt chemate înapoi în spital.
    }
reason-guardianship =
    { $audience ->
        [carer] Persoana despre care întrebați se află sub tutelă (guardianship). Asta înseamnă că un tutore are anumite puteri legale asupra ei, în baza Legii sănătății mintale (Mental Health Act). Persoanele aflate sub tutelă pot avea un consilier IMHA.
        [staff] Pacientul se află sub tutelă (guardianship) în baza Legii sănătății mintale (Mental Health Act). Persoanele aflate sub tutelă pot avea un consilier IMHA.
       *[patient] Vă aflați sub tutelă (guardianship). Asta înseamnă că un tutore are anumite puteri legale asupra dumneavoastră, în baza Legii sănătății mintale (Mental Health Act). Persoanele aflate sub tutelă pot avea un consilier IMHA.
    }
# A restricted patient is one whose discharge needs the Secretary of State for
# Justice. "Conditionally discharged" means they left hospital with conditions.
reason-conditionally-discharged =
    { $audience ->
        [carer] Persoana despre care întrebați are statut de pacient cu restricții (restricted patient), adică secțiunea ei are limite în plus, stabilite de o instanță sau de guvern. Persoana a fost externată condiționat (conditional discharge), adică i s-a permis să plece din spital cu anumite condiții. Poate fi încă chemată înapoi în spital, așa că legea o consideră în continuare internată nevoluntar. De aceea poate avea un consilier IMHA.
        [staff] Pacientul este un pacient cu restricții (restricted patient), externat condiționat (conditionally discharged). Rămâne în situația de a putea fi internat nevoluntar (liable to be detained), așa că poate avea un consilier IMHA.
       *[patient] Aveți statut de pacient cu restricții (restricted patient), adică secțiunea dumneavoastră are limite în plus, stabilite de o instanță sau de guvern. Ați primit o externare condiționată (conditional discharge), adică vi s-a permis să plecați din spital cu anumite condiții. Spitalul vă poate încă chema înapoi, așa că, pentru lege, sunteți în continuare o persoană internată nevoluntar. De aceea puteți avea un consilier IMHA.
    }
reason-discussing-section-57 =
    { $audience ->
        [carer] Persoana despre care întrebați vorbește cu un medic sau cu un clinician autorizat (approved clinician) – un specialist cu experiență, autorizat să aplice Legea sănătății mintale (Mental Health Act) – despre o operație pe creier pentru o tulburare psihică sau despre un implant hormonal care reduce dorința sexuală masculină. Orice persoană care vorbește despre aceste tratamente cu un medic sau cu un clinician autorizat poate avea un consilier IMHA, chiar dacă nu se află în baza unei secțiuni.
        [staff] Un medic sau un clinician autorizat (approved clinician) discută cu pacientul despre o operație pe creier pentru o tulburare psihică sau despre un implant hormonal care reduce dorința sexuală masculină. Orice persoană care discută aceste tratamente cu un medic sau cu un clinician autorizat poate avea un consilier IMHA, indiferent de statutul ei.
       *[patient] Un medic sau un clinician autorizat (approved clinician) – un specialist cu experiență, autorizat să aplice Legea sănătății mintale (Mental Health Act) – vorbește cu dumneavoastră despre o operație pe creier pentru o tulburare psihică sau despre un implant hormonal care reduce dorința sexuală masculină. Orice persoană care vorbește despre aceste tratamente cu un medic sau cu un clinician autorizat poate avea un consilier IMHA, chiar dacă nu se află în baza unei secțiuni.
    }
# ECT is electroconvulsive therapy.
reason-under-18-discussing-ect =
    { $audience ->
        [carer] Persoana despre care întrebați are sub 18 ani, iar un medic sau un clinician autorizat vorbește cu ea despre ECT (terapia electroconvulsivă). Orice persoană sub 18 ani aflată în această situație poate avea un consilier IMHA.
        [staff] Pacientul are sub 18 ani, iar un medic sau un clinician autorizat discută cu el despre ECT (terapia electroconvulsivă). Orice persoană sub 18 ani aflată în această situație poate avea un consilier IMHA.
       *[patient] Aveți sub 18 ani, iar un medic sau un clinician autorizat vorbește cu dumneavoastră despre ECT (terapia electroconvulsivă). Orice persoană sub 18 ani aflată în această situație poate avea un consilier IMHA.
    }
reason-adult-discussing-ect-does-not-qualify =
    { $audience ->
        [carer] Persoana despre care întrebați are 18 ani sau mai mult. Pentru adulți, doar faptul că se vorbește despre ECT (terapia electroconvulsivă) nu le dă dreptul la un consilier IMHA.
        [staff] Pacientul are 18 ani sau mai mult. Pentru adulți, o discuție despre ECT nu dă, singură, dreptul la un consilier IMHA.
       *[patient] Aveți 18 ani sau mai mult. Pentru adulți, doar faptul că se vorbește despre ECT (terapia electroconvulsivă) nu vă dă dreptul la un consilier IMHA.
    }
reason-welsh-informal-inpatient =
    { $audience ->
        [carer] Persoana despre care întrebați este într-un spital din Țara Galilor pentru sănătatea ei mintală. În Țara Galilor, orice pacient aflat în spital pentru sănătatea mintală poate avea un consilier IMHA, chiar dacă este acolo din proprie alegere (ca pacient voluntar).
        [staff] Pacientul este internat într-un spital din Țara Galilor pentru evaluarea sau tratarea unei tulburări psihice. În Țara Galilor, orice astfel de pacient internat poate avea un consilier IMHA, chiar dacă este internat informal (voluntar).
       *[patient] Sunteți într-un spital din Țara Galilor pentru sănătatea dumneavoastră mintală. În Țara Galilor, orice pacient aflat în spital pentru sănătatea mintală poate avea un consilier IMHA, chiar dacă este acolo din proprie alegere (ca pacient voluntar).
    }
reason-informal-in-england =
    { $audience ->
        [carer] Persoana despre care întrebați este pacient voluntar în Anglia. Asta înseamnă că este în spital din proprie alegere, nu în baza unei secțiuni. În Anglia, pacienții voluntari nu pot avea un consilier IMHA, decât dacă un medic vorbește cu ei despre anumite tratamente. Dar alte servicii de sprijin și reprezentare (advocacy) pot ajuta.
        [staff] Pacientul este un pacient informal (voluntar) în Anglia. În Anglia, pacienții informali nu pot avea un consilier IMHA, decât dacă un medic sau un clinician autorizat discută cu ei anumite tratamente. Dar alte servicii de sprijin și reprezentare (advocacy) pot ajuta.
       *[patient] Sunteți în spital în Anglia în mod voluntar. Asta înseamnă că sunteți în spital din proprie alegere, nu în baza unei secțiuni. În Anglia, pacienții voluntari nu pot avea un consilier IMHA, decât dacă un medic vorbește cu ei despre anumite tratamente. Dar alte servicii de sprijin și reprezentare (advocacy) vă pot ajuta.
    }
reason-english-informal-inpatient =
    { $audience ->
        [carer] Persoana despre care întrebați este într-un spital din Anglia pentru sănătatea ei mintală. În Anglia, orice pacient aflat în spital pentru sănătatea mintală poate avea acum un consilier IMHA, chiar dacă este acolo din proprie alegere (ca pacient voluntar).
        [staff] Pacientul este internat într-un spital din Anglia pentru evaluarea sau tratarea unei tulburări psihice și nu poate fi internat nevoluntar (is not liable to be detained). Astfel de pacienți informali pot avea acum un consilier IMHA.
       *[patient] Sunteți într-un spital din Anglia pentru sănătatea dumneavoastră mintală. În Anglia, orice pacient aflat în spital pentru sănătatea mintală poate avea acum un consilier IMHA, chiar dacă este acolo din proprie alegere (ca pacient voluntar).
    }
reason-not-under-the-act =
    { $audience ->
        [carer] Persoana despre care întrebați nu se află în baza unei secțiuni, a unui CTO, sub tutelă sau în externare condiționată și nu este în spital pentru sănătatea ei mintală. Doar persoanele aflate în aceste situații pot avea un consilier IMHA.
        [staff] Pacientul nu este internat nevoluntar, nu are CTO, nu este sub tutelă, nu este externat condiționat și nu este internat pentru o tulburare psihică. Doar pacienții aflați în aceste situații pot avea un consilier IMHA.
       *[patient] Nu vă aflați în baza unei secțiuni, a unui CTO, sub tutelă sau în externare condiționată și nu sunteți în spital pentru sănătatea dumneavoastră mintală. Doar persoanele aflate în aceste situații pot avea un consilier IMHA.
    }
reason-depends-on-answers-not-known =
    { $audience ->
        [carer] Răspunsul depinde de ceva ce nu știm încă despre persoana despre care întrebați. Personalul de pe salon vă poate spune, apoi puteți verifica din nou.
        [staff] Răspunsul depinde de ceva ce nu știm încă. Verificați întrebările de mai jos, apoi răspundeți din nou.
       *[patient] Răspunsul depinde de ceva ce nu știm încă. Personalul de pe salon vă poate spune, apoi puteți verifica din nou.
    }

## What to ask ward staff, when the answer is not known

result-ask-heading =
    { $audience ->
        [staff] Ce trebuie verificat
       *[patient] Ce să întrebați personalul de pe salon
    }
# For a CTO, the law that applies depends on where the responsible hospital is;
# for guardianship, on where the council (local social services authority) is.
ask-which-country =
    { $audience ->
        [carer] Spitalul este în Anglia sau în Țara Galilor? Dacă persoana despre care întrebați are un CTO, întrebați despre spitalul care răspunde de CTO-ul ei. Dacă este sub tutelă, întrebați dacă autoritatea locală (council) care răspunde de tutelă este în Anglia sau în Țara Galilor.
        [staff] Spitalul este în Anglia sau în Țara Galilor? Pentru un CTO, este vorba de spitalul responsabil (responsible hospital). Pentru tutelă, este vorba de autoritatea locală responsabilă pentru servicii sociale (local social services authority).
       *[patient] Acest spital este în Anglia sau în Țara Galilor? Dacă aveți un CTO, întrebați despre spitalul care răspunde de CTO-ul dumneavoastră. Dacă sunteți sub tutelă, întrebați dacă autoritatea locală (council) care răspunde de tutelă este în Anglia sau în Țara Galilor.
    }
ask-which-section =
    { $audience ->
        [carer] În baza cărei secțiuni din Legea sănătății mintale (Mental Health Act) se află persoana despre care întrebați? Persoana poate cere să vadă documentele secțiunii sau broșura despre drepturile ei.
        [staff] În baza cărei secțiuni din Legea sănătății mintale (Mental Health Act) se află pacientul? Verificați documentele secțiunii.
       *[patient] În baza cărei secțiuni din Legea sănătății mintale (Mental Health Act) mă aflu? Cereți să vedeți documentele secțiunii sau broșura despre drepturile dumneavoastră.
    }
ask-is-under-18 =
    { $audience ->
        [carer] Persoana despre care întrebați are sub 18 ani? Regulile despre ECT (terapia electroconvulsivă) sunt diferite pentru persoanele sub 18 ani.
        [staff] Pacientul are sub 18 ani? Regulile despre ECT sunt diferite pentru persoanele sub 18 ani.
       *[patient] Aveți sub 18 ani? Regulile despre ECT (terapia electroconvulsivă) sunt diferite pentru persoanele sub 18 ani.
    }
ask-which-treatment =
    { $audience ->
        [carer] Vorbește persoana despre care întrebați cu un medic sau cu un clinician autorizat (approved clinician) despre ECT (terapia electroconvulsivă)? Sau despre o operație pe creier pentru o tulburare psihică ori despre un implant hormonal care reduce dorința sexuală masculină?
        [staff] Discută un medic sau un clinician autorizat (approved clinician) cu pacientul despre ECT? Sau despre o operație pe creier pentru o tulburare psihică ori despre un implant hormonal care reduce dorința sexuală masculină?
       *[patient] Vorbește cu mine un medic sau un clinician autorizat (approved clinician) despre ECT (terapia electroconvulsivă)? Sau despre o operație pe creier pentru o tulburare psihică ori despre un implant hormonal care reduce dorința sexuală masculină?
    }

## Notes shown with the outcome

# "Section 17 leave" is the everyday name for leave of absence from hospital.
note-leave-does-not-end-eligibility =
    { $audience ->
        [carer] Învoirea din spital (section 17 leave, învoirea în baza secțiunii 17) nu schimbă acest lucru. Persoana despre care întrebați poate avea în continuare un consilier IMHA.
        [staff] Învoirea în baza secțiunii 17 (section 17 leave) nu schimbă acest lucru. Un pacient aflat în învoire poate fi în continuare internat nevoluntar (liable to be detained).
       *[patient] Învoirea din spital (section 17 leave, învoirea în baza secțiunii 17) nu schimbă acest lucru. Puteți avea în continuare un consilier IMHA.
    }
note-recall-does-not-end-cto =
    { $audience ->
        [carer] Dacă persoana despre care întrebați este chemată înapoi în spital, CTO-ul ei nu se încheie. Poate avea în continuare un consilier IMHA.
        [staff] Rechemarea în spital nu pune capăt CTO-ului. Pacientul rămâne un pacient în comunitate (community patient).
       *[patient] Dacă spitalul vă cheamă înapoi, CTO-ul dumneavoastră nu se încheie. Puteți avea în continuare un consilier IMHA.
    }
# "Proposed" means the doctor says they plan to give the treatment.
note-stays-qualifying-while-treatment-proposed =
    { $audience ->
        [carer] Din momentul în care persoanei despre care întrebați i se spune că tratamentul este planificat pentru ea, își poate păstra consilierul IMHA până când se renunță la plan sau până când tratamentul se termină ori este oprit.
        [staff] Din momentul în care pacientului i se spune că tratamentul este propus, acesta are în continuare dreptul la un consilier IMHA până când propunerea este retrasă sau tratamentul este finalizat ori întrerupt.
       *[patient] Din momentul în care vi se spune că tratamentul este planificat pentru dumneavoastră, vă puteți păstra consilierul IMHA până când se renunță la plan sau până când tratamentul se termină ori este oprit.
    }
note-ask-again-if-detained-longer =
    { $audience ->
        [carer] Dacă persoana despre care întrebați este apoi ținută în spital în baza secțiunii 2 sau 3, va avea dreptul la un consilier IMHA. Verificați din nou dacă se întâmplă asta.
        [staff] Dacă pacientul este apoi internat nevoluntar în baza secțiunii 2 sau 3, va avea dreptul la un consilier IMHA. Dacă se întâmplă asta, spuneți-i din nou despre consilierii IMHA.
       *[patient] Dacă spitalul vă ține apoi în baza secțiunii 2 sau 3, veți avea dreptul la un consilier IMHA. Întrebați din nou dacă se întâmplă asta.
    }

note-advocate-will-visit =
    { $audience ->
        [carer] Serviciul IMHA trebuie acum să organizeze vizita unui consilier IMHA la persoana despre care întrebați, ca să afle dacă dorește ajutor. Persoana nu trebuie să ceară mai întâi.
        [staff] Furnizorul serviciului IMHA (IMHA provider) trebuie acum să organizeze vizita unui consilier IMHA la pacient și o discuție cu acesta, ca să afle dacă dorește ajutor (sau, dacă nu are capacitatea de a decide (lacks capacity), dacă ajutorul este în interesul lui superior).
       *[patient] Serviciul IMHA trebuie acum să organizeze vizita unui consilier IMHA la dumneavoastră, ca să afle dacă doriți ajutor. Nu trebuie să cereți mai întâi.
    }

## The law the outcome is based on

result-basis-heading = Legea pe care se bazează acest rezultat
# $section is a section number of the Act, e.g. 130C(2)(a), or several joined
# by list-separator.
citation-section = Legea sănătății mintale din 1983 (Mental Health Act 1983), secțiunea { $section }
# As citation-section, for the sections that apply in Wales.
citation-section-wales = Legea sănătății mintale din 1983 (Mental Health Act 1983), secțiunea { $section } (introdusă prin Mental Health (Wales) Measure 2010)
# Shown for duties that come from the Code of Practice, not from a section.
citation-code-of-practice = Codul de practică al Legii sănătății mintale din 1983 (Mental Health Act 1983 Code of Practice), capitolul 6
# Joins section numbers in a list, e.g. "58, 63". Keep the space after the comma.
list-separator = { ", " }
# $section as for citation-section, for the sections the Mental Health Act 2025
# inserts into the 1983 Act.
citation-section-2025 = Legea sănătății mintale din 1983 (Mental Health Act 1983), secțiunea { $section } (introdusă prin Legea sănătății mintale din 2025, Mental Health Act 2025)
result-not-legal-advice = Acestea sunt informații, nu consultanță juridică, iar legea explicată aici se poate schimba.

## When the person cannot get an IMHA: what to do instead

instead-heading =
    { $audience ->
        [carer] Ce poate face persoana în schimb
        [staff] Ce poate face pacientul în schimb
       *[patient] Ce puteți face în schimb
    }
instead-ask-again =
    { $audience ->
        [carer] Dacă situația persoanei despre care întrebați se schimbă, de exemplu este pusă pe secțiunea 2 sau 3 ori primește un CTO, verificați din nou. Atunci s-ar putea să poată avea un consilier IMHA.
        [staff] Dacă statutul pacientului se schimbă, de exemplu trece pe secțiunea 2 sau 3 ori primește un CTO, verificați din nou. Atunci s-ar putea să poată avea un consilier IMHA.
       *[patient] Dacă situația dumneavoastră se schimbă, de exemplu intrați sub secțiunea 2 sau 3 ori primiți un CTO, verificați din nou. Atunci s-ar putea să puteți avea un consilier IMHA.
    }
# The Care Act 2014 gives some people an advocate for care and support from
# the council in England. PALS is the Patient Advice and Liaison Service.
instead-other-advocacy =
    { $audience ->
        [carer] Persoana despre care întrebați poate să se intereseze de alte servicii de sprijin și reprezentare (advocacy), de exemplu în comunitate, sau de un consilier care ajută în legătură cu îngrijirea și sprijinul de la autoritatea locală (council) (în Anglia, în baza Legii privind îngrijirea – Care Act). Multe spitale au și un Serviciu de consiliere și legătură cu pacienții (Patient Advice and Liaison Service, PALS) care poate ajuta.
        [staff] Pacientul poate să se intereseze de alte servicii de sprijin și reprezentare (advocacy), de exemplu în comunitate, sau de un consilier care ajută în legătură cu îngrijirea și sprijinul de la autoritatea locală (council) (în Anglia, în baza Legii privind îngrijirea – Care Act). Poate ajuta și Serviciul de consiliere și legătură cu pacienții (Patient Advice and Liaison Service, PALS) al spitalului, dacă spitalul are unul.
       *[patient] Puteți să vă interesați de alte servicii de sprijin și reprezentare (advocacy), de exemplu în comunitate, sau de un consilier care ajută în legătură cu îngrijirea și sprijinul de la autoritatea locală (council) (în Anglia, în baza Legii privind îngrijirea – Care Act). Multe spitale au și un Serviciu de consiliere și legătură cu pacienții (Patient Advice and Liaison Service, PALS) care poate ajuta.
    }
instead-imca =
    { $audience ->
        [carer] Dacă persoana despre care întrebați nu poate lua o decizie importantă și nu are pe nimeni altcineva care să o ajute, un consilier independent pentru capacitatea de decizie (Independent Mental Capacity Advocate, IMCA) o poate ajuta. Acesta este un serviciu diferit de IMHA.
        [staff] Dacă pacientul nu are capacitatea (lacks capacity) de a lua o decizie importantă și nu există altcineva care să poată fi consultat, un consilier independent pentru capacitatea de decizie (Independent Mental Capacity Advocate, IMCA) poate ajuta. Acesta este un serviciu diferit de IMHA.
       *[patient] Dacă nu puteți lua o decizie importantă și nu aveți pe nimeni altcineva care să vă ajute, un consilier independent pentru capacitatea de decizie (Independent Mental Capacity Advocate, IMCA) vă poate ajuta. Acesta este un serviciu diferit de IMHA.
    }
instead-complaints =
    { $audience ->
        [carer] Dumneavoastră sau persoana despre care întrebați puteți face o plângere la spital sau la serviciu. Dacă nu sunteți mulțumiți de răspuns, vă puteți adresa Parliamentary and Health Service Ombudsman (ombudsmanul pentru Parlament și serviciile de sănătate) în Anglia sau Public Services Ombudsman for Wales (Ombwdsmon Gwasanaethau Cyhoeddus Cymru – ombudsmanul pentru serviciile publice din Țara Galilor). Plângerile despre modul în care a fost aplicată Legea sănătății mintale (Mental Health Act) se adresează Care Quality Commission (CQC, comisia pentru calitatea îngrijirii) în Anglia sau Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru – inspectoratul pentru sănătate din Țara Galilor).
        [staff] Pacientul poate face o plângere la spital sau la serviciu, apoi la Parliamentary and Health Service Ombudsman (ombudsmanul pentru Parlament și serviciile de sănătate, Anglia) sau la Public Services Ombudsman for Wales (Ombwdsmon Gwasanaethau Cyhoeddus Cymru – ombudsmanul pentru serviciile publice din Țara Galilor). Plângerile privind folosirea puterilor din Legea sănătății mintale (Mental Health Act) se adresează CQC în Anglia sau Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru – inspectoratul pentru sănătate din Țara Galilor).
       *[patient] Puteți face o plângere la spital sau la serviciu. Dacă răspunsul nu vă mulțumește, vă puteți adresa Parliamentary and Health Service Ombudsman (ombudsmanul pentru Parlament și serviciile de sănătate) în Anglia sau Public Services Ombudsman for Wales (Ombwdsmon Gwasanaethau Cyhoeddus Cymru – ombudsmanul pentru serviciile publice din Țara Galilor). Plângerile despre modul în care a fost aplicată Legea sănătății mintale (Mental Health Act) se adresează Care Quality Commission (CQC, comisia pentru calitatea îngrijirii) în Anglia sau Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru – inspectoratul pentru sănătate din Țara Galilor).
    }

## The law is changing: the Mental Health Act 2025 (a new law, which starts
## in stages on dates the government will set)

change-heading = Legea se schimbă
change-intro = O lege nouă privind sănătatea mintală, Legea sănătății mintale din 2025 (Mental Health Act 2025), va schimba o parte din aceste reguli. Fiecare schimbare intră în vigoare la o dată stabilită de guvern. Până atunci, legea este cea descrisă pe această pagină.
# What each change is, as a short phrase. Followed by whether it has started.
change-conditional-discharge-deprivation-of-liberty = Ocazii mai devreme de a merge la Tribunal pentru pacienții cu restricții (restricted patients) externați condiționat ale căror condiții îi privează de libertate.
change-english-informal-patients = Un consilier IMHA pentru pacienții informali (voluntari) internați în spitale din Anglia.
change-opt-out-advocacy = În Anglia, un consilier IMHA vizitează fiecare pacient care poate avea unul, fără să aștepte să i se ceară.
change-more-help = În Anglia, consilierii IMHA îi ajută pe pacienți să ia parte la deciziile despre îngrijirea lor și să facă plângeri și le spun despre alte servicii.
# "nominated person": translated as "persoana desemnată (nominated person)".
# This is a draft term for review: a new legal term of the Mental Health Act
# 2025 for the person the patient chooses to replace the nearest relative.
change-nominated-person = O „persoană desemnată” (nominated person), aleasă de pacient, înlocuiește cea mai apropiată rudă (nearest relative).
change-section-3-periods = Secțiunea 3 durează 3 luni, apoi 3 luni, apoi 6 luni, apoi câte un an o dată.
change-tribunal-windows = Mai mult timp pentru a face o cerere la Tribunal pe secțiunea 2 (21 de zile) și o primă ocazie mai devreme pe secțiunea 3 (în primele 3 luni).
change-automatic-referrals = Conducerea spitalului (hospital managers) trimite mai des cazurile la Tribunal.
change-medication-second-opinion = Medicamentele date fără consimțământ au nevoie de o a doua opinie după 2 luni, nu după 3.
change-police-stations = O secție de poliție nu mai poate fi folosită ca loc sigur (place of safety).
change-complaints-information = Pacienților trebuie să li se spună cum pot face o plângere.
change-detention-criteria = Criterii mai stricte pentru internarea nevoluntară, iar autismul sau o dizabilitate de învățare, singure, nu mai sunt un motiv pentru secțiunea 3 sau pentru un CTO.
# $date is a day, written YYYY-MM-DD.
change-no-date = Nu a intrat încă în vigoare: nu a fost stabilită nicio dată.
change-starts = Nu a intrat încă în vigoare: intră în vigoare la { $date }.
change-in-force = În vigoare din { $date }.

## How to contact an IMHA service

# Heading of the first section under the outcome: what the person can do next.
do-now-heading = Ce să faceți acum
# First in "What to do now" for sections 135 and 136 (at most 24 hours, and
# up to 12 more), and for sections 4, 5(2) and 5(4) (72 or 6 hours).
do-now-place-of-safety =
    { $audience ->
        [carer] Șederea într-un loc sigur (place of safety) durează cel mult 24 de ore, iar un medic o poate prelungi cu cel mult 12 ore. Întrebați personalul ce secțiune i se aplică acum persoanei despre care întrebați: dacă se schimbă, se poate schimba și dreptul ei la un consilier IMHA.
        [staff] Șederea într-un loc sigur (place of safety) durează cel mult 24 de ore și poate fi prelungită cu cel mult 12 ore. Când secțiunea se schimbă, spuneți-i pacientului ce secțiune i se aplică și informați-l despre consilierii IMHA, dacă noua secțiune îi dă acest drept.
       *[patient] Șederea într-un loc sigur (place of safety) durează cel mult 24 de ore, iar un medic o poate prelungi cu cel mult 12 ore. Întrebați personalul ce secțiune vi se aplică acum: dacă se schimbă, se poate schimba și dreptul dumneavoastră la un consilier IMHA.
    }
do-now-holding-power =
    { $audience ->
        [carer] Această măsură de menținere temporară în spital (holding power) durează puțin: 72 de ore pentru secțiunea 4 sau 5(2), 6 ore pentru secțiunea 5(4). Întrebați personalul ce secțiune i se aplică acum persoanei despre care întrebați: dacă se schimbă, se poate schimba și dreptul ei la un consilier IMHA.
        [staff] Această măsură de menținere temporară în spital (holding power) durează cel mult 72 de ore (secțiunea 4 sau 5(2)) sau 6 ore (secțiunea 5(4)). Când secțiunea se schimbă, spuneți-i pacientului ce secțiune i se aplică și informați-l despre consilierii IMHA, dacă noua secțiune îi dă acest drept.
       *[patient] Această măsură de menținere temporară în spital (holding power) durează puțin: 72 de ore pentru secțiunea 4 sau 5(2), 6 ore pentru secțiunea 5(4). Întrebați personalul ce secțiune vi se aplică acum: dacă se schimbă, se poate schimba și dreptul dumneavoastră la un consilier IMHA.
    }
contact-heading = Cum contactați un serviciu IMHA
contact-default =
    { $audience ->
        [carer] Cereți personalului de pe salon datele de contact ale serviciului IMHA local. Personalul trebuie să ajute persoana despre care întrebați să îl contacteze. Persoana poate cere ajutor pentru a da un telefon.
        [staff] Dați-i pacientului datele de contact ale serviciului IMHA local și ajutați-l să îl contacteze. Oferiți-i ajutor pentru a da un telefon.
       *[patient] Cereți personalului de pe salon datele de contact ale serviciului IMHA local. Personalul trebuie să vă ajute să îl contactați. Puteți cere ajutor pentru a da un telefon.
    }
contact-self-referral =
    { $audience ->
        [carer] Persoana despre care întrebați poate contacta singură serviciul IMHA sau poate cere unei asistente să facă asta pentru ea. Și dumneavoastră puteți cere serviciului IMHA să o viziteze.
        [staff] Pacientul poate contacta singur serviciul IMHA sau poate cere unei asistente să facă asta. O rudă sau un îngrijitor poate cere și el serviciului IMHA să îl viziteze.
       *[patient] Puteți contacta direct serviciul IMHA sau puteți cere unei asistente să facă asta pentru dumneavoastră. O rudă sau un îngrijitor poate cere și el serviciului IMHA să vă viziteze.
    }

# For a person not on a ward: on leave, on a CTO, under guardianship or
# conditionally discharged. A care coordinator is the person who organises
# their care in the community.
contact-community =
    { $audience ->
        [carer] Cereți coordonatorului de îngrijire (care coordinator), echipei comunitare de sănătate mintală (community mental health team) sau asistentului social al persoanei despre care întrebați datele de contact ale serviciului IMHA local sau sunați la spitalul care răspunde de îngrijirea ei. În Anglia, serviciile IMHA sunt organizate de autoritatea locală (council); în Țara Galilor, de consiliul de sănătate (health board).
        [staff] Dați-i pacientului datele de contact ale serviciului IMHA local și ajutați-l să îl contacteze. În Anglia, serviciile IMHA sunt organizate de autoritatea locală (council); în Țara Galilor, de consiliul de sănătate (health board).
       *[patient] Cereți coordonatorului dumneavoastră de îngrijire (care coordinator), echipei comunitare de sănătate mintală (community mental health team) sau asistentului social datele de contact ale serviciului IMHA local sau sunați la spitalul care răspunde de îngrijirea dumneavoastră. În Anglia, serviciile IMHA sunt organizate de autoritatea locală (council); în Țara Galilor, de consiliul de sănătate (health board).
    }
# Interpreters include British Sign Language.
do-now-interpreter =
    { $audience ->
        [carer] Dacă persoana despre care întrebați are nevoie de un interpret, inclusiv pentru limbajul semnelor britanic (British Sign Language), poate cere unul. Personalul ar trebui să îl asigure, ca persoana să își înțeleagă drepturile și să poată vorbi cu consilierul IMHA.
        [staff] Dacă pacientul are nevoie de un interpret, inclusiv pentru limbajul semnelor britanic (British Sign Language), asigurați-i unul, ca să își înțeleagă drepturile și să poată vorbi cu consilierul IMHA.
       *[patient] Dacă aveți nevoie de un interpret, inclusiv pentru limbajul semnelor britanic (British Sign Language), puteți cere unul. Personalul ar trebui să îl asigure, ca să vă înțelegeți drepturile și să puteți vorbi cu consilierul IMHA.
    }

## Actions

print-button = Tipăriți sau salvați această pagină
change-answers = Schimbați răspunsurile

## Rights: the heading and introduction above the list of rights (rights.ftl)

rights-heading =
    { $audience ->
        [carer] Drepturile persoanei
        [staff] Drepturile pacientului
       *[patient] Drepturile dumneavoastră
    }
rights-intro =
    { $audience ->
        [carer] Acestea sunt principalele drepturi în această situație. Un consilier IMHA o poate ajuta pe persoana despre care întrebați să le înțeleagă și să le folosească.
        [staff] Acestea sunt principalele drepturi în această situație. Un consilier IMHA îl poate ajuta pe pacient să le înțeleagă și să le folosească.
       *[patient] Acestea sunt principalele drepturi în această situație. Un consilier IMHA vă poate ajuta să le înțelegeți și să le folosiți.
    }
# Label before the list of sections of the Act that a right rests on.
right-sections-label = Legea:

## The nearest relative, for a carer or relative (each point is followed
## by its sections; "you" is the carer or relative reading)

nearest-relative-heading = Cea mai apropiată rudă (nearest relative): cine este și ce poate face
nearest-relative-intro = Legea îi dă uneia dintre rudele persoanei, celei mai apropiate rude (nearest relative), drepturi proprii. Ați putea fi chiar dumneavoastră.
# The order of Mental Health Act 1983 section 26.
nearest-relative-who-it-is = Cea mai apropiată rudă este prima persoană de pe această listă: soțul, soția sau partenerul civil (civil partner) (sau, pentru cineva care nu este căsătorit și nu are un parteneriat civil, un partener cu care locuiește ca un cuplu de cel puțin 6 luni); fiul sau fiica; tatăl sau mama; fratele sau sora; bunicul sau bunica; nepotul sau nepoata (copilul fiului sau al fiicei); unchiul sau mătușa; nepotul sau nepoata (copilul fratelui sau al surorii). Are prioritate o rudă care locuiește cu persoana sau care o îngrijește. Între două rude de același fel, are prioritate cea mai în vârstă. Cineva care nu este rudă, dar locuiește cu persoana de cel puțin 5 ani, vine ultimul. Nu sunt luați în calcul: persoanele sub 18 ani (cu excepția cazului în care sunt soțul, soția, partenerul civil sau părintele persoanei), soțul, soția sau partenerul civil despărțit definitiv de ea și cineva care nu locuiește de obicei în Regatul Unit atunci când persoana locuiește acolo.
nearest-relative-told-of-section-2 = Pentru secțiunea 2, un profesionist autorizat în sănătate mintală (approved mental health professional, AMHP) trebuie să încerce să îi spună celei mai apropiate rude despre internarea nevoluntară și că poate dispune externarea persoanei.
nearest-relative-consulted-before-section-3 = Înainte de a face cererea pentru secțiunea 3 sau pentru tutelă (guardianship), AMHP-ul trebuie să se consulte cu cea mai apropiată rudă, cu excepția cazului în care acest lucru nu este posibil în practică sau ar produce o întârziere nerezonabilă. Dacă cea mai apropiată rudă se opune, AMHP-ul nu poate face cererea, dar poate cere instanței de comitat (county court) să numească pe altcineva drept cea mai apropiată rudă.
nearest-relative-ask-for-assessment = Cea mai apropiată rudă poate cere autorității locale (council) din zona în care locuiește persoana ca un AMHP să analizeze dacă persoana ar trebui internată în spital în baza Legii sănătății mintale (Mental Health Act). Dacă AMHP-ul nu face cererea, trebuie să își dea motivele în scris.
nearest-relative-order-discharge = Cea mai apropiată rudă poate dispune externarea persoanei de pe secțiunea 2, de pe secțiunea 3 sau de sub un CTO, printr-o notificare scrisă către conducerea spitalului (hospital managers), cu cel puțin 72 de ore înainte. Clinicianul responsabil (responsible clinician) poate opri externarea printr-un raport (report), făcut în aceste 72 de ore, că este probabil ca persoana să fie un pericol pentru sine sau pentru alții. Apoi cea mai apropiată rudă nu mai poate dispune externarea timp de 6 luni.
nearest-relative-order-guardianship-discharge = Cea mai apropiată rudă poate pune capăt tutelei printr-un ordin scris. Nu este nevoie de o notificare prealabilă, iar clinicianul responsabil nu poate opri acest lucru.
nearest-relative-tribunal-after-barring = Dacă clinicianul responsabil o oprește pe cea mai apropiată rudă să externeze pe cineva de pe secțiunea 3 sau de sub un CTO, cea mai apropiată rudă poate face o cerere la Tribunal în 28 de zile de când a fost anunțată.
nearest-relative-cannot-discharge-court-patient = Cea mai apropiată rudă nu poate dispune externarea cuiva pe care o instanță l-a trimis la spital sau care a fost mutat din închisoare.
nearest-relative-copy-of-information = Spitalul trebuie să îi dea celei mai apropiate rude o copie a informațiilor scrise pe care persoana le primește despre drepturile sale, cu excepția cazului în care persoana cere spitalului să nu facă acest lucru.
nearest-relative-county-court = Dacă nu există cea mai apropiată rudă sau dacă aceasta nu este potrivită, persoana, o altă rudă, cineva cu care locuiește persoana sau un AMHP poate cere instanței de comitat (county court) să numească pe altcineva care să acționeze ca cea mai apropiată rudă.
