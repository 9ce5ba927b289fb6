# SPDX-License-Identifier: MIT OR Apache-2.0

### The questions, one per page. For each question:
### question-<slug>-heading (the question), -hint (under it), -error (when
### nothing is chosen), -summary (short label on the check-answers page);
### and option-<slug>-<value> for each answer, with an optional .hint.

## Shared by every question page

continue-button = Continuați
back-link = Înapoi
# Between the answers and "I don't know", as in GOV.UK forms.
or-divider = sau
error-summary-title = Există o problemă
# The page title when the page shows an error.
page-title-error = Eroare: { page-title }

## Who is asking

question-audience-heading = Cine sunteți?
question-audience-hint = Astfel vă putem explica lucrurile în modul potrivit.
question-audience-error = Alegeți cine sunteți
question-audience-summary = Cine întreabă
option-audience-patient = Sunt pacientul sau pacienta
    .hint = Vă aflați în spital sau vi s-a spus că vă aflați sub incidența Legii sănătății mintale (Mental Health Act).
option-audience-carer = Am grijă de cineva, sunt o rudă sau un prieten
    .hint = Inclusiv cea mai apropiată rudă (nearest relative). Întrebați despre altă persoană.
option-audience-staff = Lucrez într-un salon de spital sau într-un serviciu de sănătate mintală
    .hint = Vreți să verificați cui trebuie să îi spuneți despre consilieri.

## Where the hospital is

question-jurisdiction-heading =
    { $audience ->
        [carer] Spitalul persoanei este în Anglia sau în Țara Galilor?
        [staff] Spitalul pacientului este în Anglia sau în Țara Galilor?
       *[patient] Spitalul dumneavoastră este în Anglia sau în Țara Galilor?
    }
question-jurisdiction-hint = În Țara Galilor legea este diferită. Contează unde este spitalul, nu unde locuiește cineva. Pentru un ordin de tratament în comunitate, contează spitalul care răspunde de el. Pentru tutelă (guardianship), contează autoritatea locală (council).
question-jurisdiction-error = Alegeți Anglia, Țara Galilor sau „Nu știu”
question-jurisdiction-summary = Unde este spitalul
option-jurisdiction-england = Anglia
option-jurisdiction-wales = Țara Galilor
option-jurisdiction-unknown = Nu știu

## The broad situation

question-setting-heading =
    { $audience ->
        [carer] Care dintre acestea este adevărată pentru persoana respectivă?
        [staff] Care dintre acestea este adevărată pentru pacient?
       *[patient] Care dintre acestea este adevărată pentru dumneavoastră?
    }
question-setting-hint = Alegeți varianta care se potrivește cel mai bine. Dacă nu știți sigur, alegeți „Nu știu” și vă vom ajuta.
question-setting-error = Alegeți situația care se potrivește cel mai bine sau „Nu știu”
question-setting-summary = Situația
option-setting-detained =
    { $audience ->
        [carer] Persoana este ținută în spital în baza unei secțiuni din Legea sănătății mintale (Mental Health Act)
        [staff] Internat nevoluntar în baza unei secțiuni din Legea sănătății mintale (Mental Health Act)
       *[patient] Trebuie să rămân în spital în baza unei secțiuni din Legea sănătății mintale (Mental Health Act)
    }
    .hint = Uneori se spune „pus pe secțiune” (în engleză „sectioned”).
option-setting-detained-on-leave =
    { $audience ->
        [carer] Persoana este pe o secțiune, dar în învoire din spital (învoire în baza secțiunii 17)
        [staff] Internat nevoluntar, în învoire în baza secțiunii 17
       *[patient] Sunt pe o secțiune, dar în învoire din spital (învoire în baza secțiunii 17)
    }
    .hint = Permisiunea de a sta o vreme în afara spitalului, de exemplu acasă. Secțiunea nu s-a încheiat.
option-setting-cto =
    { $audience ->
        [carer] Persoana are un ordin de tratament în comunitate (CTO)
        [staff] Are un ordin de tratament în comunitate (CTO)
       *[patient] Am un ordin de tratament în comunitate (CTO)
    }
    .hint = Viața în afara spitalului, cu condiții care trebuie respectate.
option-setting-cto-recalled =
    { $audience ->
        [carer] Persoana are un CTO și a fost chemată înapoi în spital
        [staff] Are un CTO și a fost rechemat în spital
       *[patient] Am un CTO și m-au chemat înapoi în spital
    }
    .hint = Aceasta se numește rechemare (recall). Durează cel mult 72 de ore.
option-setting-guardianship =
    { $audience ->
        [carer] Persoana are un tutore în baza Legii sănătății mintale (Mental Health Act)
        [staff] Sub tutelă (guardianship)
       *[patient] Am un tutore în baza Legii sănătății mintale (Mental Health Act)
    }
    .hint = Un tutore, adesea autoritatea locală (council), poate decide unele lucruri, de exemplu unde să locuiască persoana.
option-setting-conditional-discharge =
    { $audience ->
        [carer] Persoana a ieșit din spital cu condiții stabilite de un tribunal sau de guvern
        [staff] Pacient cu restricții (restricted patient), externat condiționat
       *[patient] Am ieșit din spital cu condiții stabilite de un tribunal sau de guvern
    }
    .hint = Aceasta se numește externare condiționată (conditional discharge). Urmează după un ordin al instanței cu restricții.
option-setting-informal-inpatient =
    { $audience ->
        [carer] Persoana este în spital pentru sănătatea ei mintală, dar nu în baza unei secțiuni
        [staff] Pacient internat informal (voluntar), pentru evaluarea sau tratarea unei tulburări psihice
       *[patient] Sunt în spital pentru sănătatea mea mintală, dar nu în baza unei secțiuni
    }
    .hint = Uneori se spune pacient voluntar sau informal. Nu include o internare într-un spital general doar pentru o boală fizică.
option-setting-none =
    { $audience ->
        [carer] Persoana nu este în spital și nu se află sub incidența Legii sănătății mintale (Mental Health Act)
        [staff] Nu este în spital și nu se află sub incidența Legii sănătății mintale (Mental Health Act)
       *[patient] Nu sunt în spital și nu mă aflu sub incidența Legii sănătății mintale (Mental Health Act)
    }
option-setting-unknown = Nu știu

## Which section

question-section-heading =
    { $audience ->
        [carer] În baza cărei secțiuni se află persoana?
        [staff] În baza cărei secțiuni se află pacientul?
       *[patient] În baza cărei secțiuni vă aflați?
    }
question-section-hint = Secțiunea este scrisă pe documentele secțiunii (section papers) și pe broșura despre drepturi pe care o dă spitalul. Dacă nu o găsiți, alegeți „Nu știu”.
question-section-error = Alegeți secțiunea sau „Nu știu”
question-section-summary = Secțiunea
option-section-section-2 = Secțiunea 2
    .hint = Pentru evaluare, cel mult 28 de zile.
option-section-section-3 = Secțiunea 3
    .hint = Pentru tratament, la început cel mult 6 luni.
option-section-section-4 = Secțiunea 4
    .hint = O urgență, cu un singur medic, cel mult 72 de ore.
option-section-section-5-2 = Secțiunea 5(2)
    .hint = Un medic a oprit pe cineva să plece din salon, cel mult 72 de ore.
option-section-section-5-4 = Secțiunea 5(4)
    .hint = O asistentă a oprit pe cineva să plece din salon, cel mult 6 ore.
option-section-section-135 = Secțiunea 135
    .hint = Poliția a venit cu un mandat și a dus pe cineva într-un loc sigur.
option-section-section-136 = Secțiunea 136
    .hint = Poliția a luat pe cineva dintr-un loc public și l-a dus într-un loc sigur.
option-section-section-35 = Secțiunea 35
    .hint = O instanță a trimis pe cineva la spital pentru un raport.
option-section-section-36 = Secțiunea 36
    .hint = O instanță a trimis pe cineva la spital pentru tratament înainte de terminarea procesului.
option-section-section-37 = Secțiunea 37
    .hint = O instanță a dat un ordin de internare (hospital order).
option-section-section-37-41 = Secțiunea 37 împreună cu secțiunea 41
    .hint = O instanță a dat un ordin de internare cu restricții.
option-section-section-38 = Secțiunea 38
    .hint = O instanță a dat un ordin provizoriu de internare.
option-section-section-45a = Secțiunea 45A
    .hint = O instanță a dat o pedeapsă cu închisoarea împreună cu o dispoziție de internare în spital (hospital direction).
option-section-section-47 = Secțiunea 47
    .hint = Mutare din închisoare la spital după condamnare.
option-section-section-47-49 = Secțiunea 47 împreună cu secțiunea 49
    .hint = Mutare din închisoare la spital după condamnare, cu restricții.
option-section-section-48 = Secțiunea 48
    .hint = Mutare din închisoare sau din detenția pentru imigranți (immigration detention) la spital înainte de condamnare.
option-section-section-48-49 = Secțiunea 48 împreună cu secțiunea 49
    .hint = Mutare la spital înainte de condamnare, cu restricții.
option-section-unknown = Nu știu care secțiune

## Help to find the section

question-what-happened-heading =
    { $audience ->
        [carer] Care dintre acestea se apropie cel mai mult de ce i s-a întâmplat persoanei?
        [staff] Care dintre acestea se apropie cel mai mult de ce i s-a întâmplat pacientului?
       *[patient] Care dintre acestea se apropie cel mai mult de ce vi s-a întâmplat?
    }
question-what-happened-hint = Fiecare secțiune din Legea sănătății mintale (Mental Health Act) se folosește într-o situație diferită. Așa putem afla care ar putea fi.
question-what-happened-error = Alegeți varianta cea mai apropiată sau „Tot nu știu sigur”
question-what-happened-summary = Ce s-a întâmplat
question-what-happened-papers-heading = Cum arată documentele secțiunii
question-what-happened-papers =
    { $audience ->
        [carer] Spitalul trebuie să îi dea persoanei niște formulare, numite documentele secțiunii (section papers), și o broșură despre drepturile ei. Titlul broșurii spune secțiunea, de exemplu secțiunea 2 din Legea sănătății mintale din 1983 („Section 2 of the Mental Health Act 1983”). Persoana sau personalul de pe salon vă pot arăta.
        [staff] Documentele secțiunii (section papers) și broșura despre drepturi date pacientului arată secțiunea. Verificați documentele pacientului sau întrebați biroul spitalului pentru Legea sănătății mintale (Mental Health Act office).
       *[patient] Spitalul trebuie să vă dea niște formulare, numite documentele secțiunii (section papers), și o broșură despre drepturile dumneavoastră. Titlul broșurii spune secțiunea dumneavoastră, de exemplu secțiunea 2 din Legea sănătății mintale din 1983 („Section 2 of the Mental Health Act 1983”). Puteți cere personalului de pe salon să vi le arate.
    }
option-what-happened-police-public-place =
    { $audience ->
        [carer] Poliția a luat persoana dintr-un loc public și a dus-o într-un loc sigur
        [staff] Poliția a luat pacientul dintr-un loc public și l-a dus într-un loc sigur
       *[patient] Poliția v-a luat dintr-un loc public și v-a dus într-un loc sigur
    }
    .hint = De exemplu, un spital sau o secție de poliție. De obicei este secțiunea 136.
option-what-happened-police-warrant-home =
    { $audience ->
        [carer] Poliția a venit la locuința persoanei cu un mandat și a dus-o într-un loc sigur
        [staff] Poliția a venit la locuința pacientului cu un mandat și l-a dus într-un loc sigur
       *[patient] Poliția a venit la locuința dumneavoastră cu un mandat și v-a dus într-un loc sigur
    }
    .hint = De obicei este secțiunea 135.
option-what-happened-nurse-stopped-leaving =
    { $audience ->
        [carer] O asistentă a oprit persoana să plece din salon, pentru câteva ore
        [staff] O asistentă a oprit pacientul să plece din salon, pentru câteva ore
       *[patient] O asistentă v-a oprit să plecați din salon, pentru câteva ore
    }
    .hint = De obicei este secțiunea 5(4). Durează cel mult 6 ore.
option-what-happened-doctor-stopped-leaving =
    { $audience ->
        [carer] Un medic a oprit persoana să plece din salon, pentru cel mult 3 zile
        [staff] Un medic a oprit pacientul să plece din salon, pentru cel mult 3 zile
       *[patient] Un medic v-a oprit să plecați din salon, pentru cel mult 3 zile
    }
    .hint = De obicei este secțiunea 5(2). Durează cel mult 72 de ore.
option-what-happened-kept-more-than-3-days =
    { $audience ->
        [carer] Persoana este ținută în spital în baza unei secțiuni de mai mult de 3 zile
        [staff] Pacientul este internat nevoluntar în spital în baza unei secțiuni de mai mult de 3 zile
       *[patient] Spitalul vă ține în baza unei secțiuni de mai mult de 3 zile
    }
    .hint = Secțiunile scurte pentru urgențe se termină toate în cel mult 3 zile.
option-what-happened-court-sent =
    { $audience ->
        [carer] O instanță a trimis persoana la spital
        [staff] O instanță a trimis pacientul la spital
       *[patient] O instanță v-a trimis la spital
    }
option-what-happened-moved-from-prison =
    { $audience ->
        [carer] Persoana a fost mutată la spital din închisoare
        [staff] Pacientul a fost mutat la spital din închisoare
       *[patient] V-au mutat la spital din închisoare
    }
option-what-happened-rules-outside-hospital =
    { $audience ->
        [carer] Persoana locuiește în afara spitalului, dar trebuie să respecte reguli și poate fi chemată înapoi
        [staff] Pacientul locuiește în afara spitalului, dar trebuie să respecte reguli și poate fi rechemat
       *[patient] Locuiți în afara spitalului, dar trebuie să respectați reguli și spitalul vă poate chema înapoi
    }
    .hint = De obicei este un ordin de tratament în comunitate (CTO).
option-what-happened-guardian =
    { $audience ->
        [carer] Un tutore, adesea autoritatea locală (council), decide unde locuiește persoana
        [staff] Un tutore, adesea autoritatea locală (council), decide unde locuiește pacientul
       *[patient] Un tutore, adesea autoritatea locală (council), decide unde locuiți
    }
    .hint = Aceasta este tutela (guardianship).
option-what-happened-free-to-leave =
    { $audience ->
        [carer] Persoana este în spital și poate pleca oricând vrea
        [staff] Pacientul este în spital și poate pleca oricând vrea
       *[patient] Sunteți în spital și puteți pleca oricând vreți
    }
    .hint = Aceasta înseamnă internare ca pacient voluntar sau informal.
option-what-happened-not-in-hospital =
    { $audience ->
        [carer] Persoana nu este în spital și nimic de aici nu se potrivește
        [staff] Pacientul nu este în spital și nimic de aici nu se potrivește
       *[patient] Nu sunteți în spital și nimic de aici nu se potrivește
    }
option-what-happened-still-not-sure = Tot nu știu sigur

## Leave

question-on-leave-heading =
    { $audience ->
        [carer] Persoana este acum în învoire din spital?
        [staff] Pacientul este în învoire în baza secțiunii 17?
       *[patient] Sunteți acum în învoire din spital?
    }
question-on-leave-hint = Aceasta este învoirea în baza secțiunii 17 (section 17 leave): timp petrecut în afara salonului, cu acordul unui medic. Învoirea nu schimbă dreptul la un consilier.
question-on-leave-error = Alegeți „Da”, „Nu” sau „Nu știu”
question-on-leave-summary = În învoire
option-on-leave-true = Da
option-on-leave-false = Nu
option-on-leave-unknown = Nu știu

## Treatment being discussed

question-treatment-discussed-heading =
    { $audience ->
        [carer] A vorbit un medic cu persoana despre vreunul dintre aceste tratamente?
        [staff] Discută pacientul vreunul dintre aceste tratamente cu un medic sau cu un clinician autorizat (approved clinician)?
       *[patient] A vorbit un medic cu dumneavoastră despre vreunul dintre aceste tratamente?
    }
question-treatment-discussed-hint = Unele tratamente dau dreptul la un consilier, chiar și persoanelor care nu se află în baza unei secțiuni.
question-treatment-discussed-error = Alegeți un tratament, „Niciunul dintre acestea” sau „Nu știu”
question-treatment-discussed-summary = Tratamentul discutat
option-treatment-discussed-section-57 = O operație pe creier pentru o problemă de sănătate mintală sau un implant hormonal care reduce dorința sexuală
    .hint = Acestea sunt foarte rare.
option-treatment-discussed-section-58a = Terapia electroconvulsivă (ECT)
    .hint = Un tratament în care un curent electric slab trece prin creier. Se face sub anestezie.
option-treatment-discussed-none = Niciunul dintre acestea
option-treatment-discussed-unknown = Nu știu

## Age

question-under-18-heading =
    { $audience ->
        [carer] Persoana are sub 18 ani?
        [staff] Pacientul are sub 18 ani?
       *[patient] Aveți sub 18 ani?
    }
question-under-18-hint = Pentru ECT, regulile sunt diferite pentru persoanele sub 18 ani.
question-under-18-error = Alegeți „Da”, „Nu” sau „Nu știu”
question-under-18-summary = Sub 18 ani
option-under-18-true = Da
option-under-18-false = Nu
option-under-18-unknown = Nu știu

## Check your answers

check-heading = Verificați răspunsurile
check-intro = Puteți schimba un răspuns înainte să vedeți rezultatul.
check-change = Schimbați
# After "Change", read by screen readers only, e.g. "Change Section".
check-change-context = { $question }
check-continue = Vedeți rezultatul
# Under an answer to "what happened": the section that answer stands for,
# e.g. "That means: Section 136".
check-inferred-section = Aceasta înseamnă: { $section }

## Notices

notice-saved-answers-unreadable = Nu am putut citi răspunsurile salvate, așa că am început din nou.
notice-link-unreadable = Unele răspunsuri din link nu au putut fi citite. Vă rugăm să răspundeți la această întrebare.

## A page that does not exist

not-found-heading = Pagina nu a fost găsită
not-found-body = Linkul poate fi greșit sau învechit.
not-found-start = Mergeți la început
