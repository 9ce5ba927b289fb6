# SPDX-License-Identifier: MIT OR Apache-2.0

### Rights shown on the result page, one message per right.
### The value is the heading; the .body attribute explains the right.
### Every message receives $audience: "patient", "carer" or "staff".
### Section names such as "section 2" stay in the text: they are what the
### power is called. The app prints the legal citations separately.

## Information about rights

right-information-detained = Informarea despre drepturi
    .body =
        { $audience ->
            [carer] Spitalul trebuie să îi spună persoanei despre care întrebați în baza cărei secțiuni se află, ce înseamnă aceasta și care sunt drepturile ei. Trebuie să facă asta atât verbal, cât și în scris.
            [staff] Conducerea spitalului (hospital managers) trebuie să îi spună pacientului în baza cărei secțiuni se află, ce înseamnă aceasta și care sunt drepturile lui. Acest lucru trebuie făcut atât verbal, cât și în scris.
           *[patient] Spitalul trebuie să vă spună în baza cărei secțiuni vă aflați, ce înseamnă aceasta și care sunt drepturile dumneavoastră. Trebuie să vă spună atât verbal, cât și în scris.
        }
right-information-community = Informarea despre drepturi în cazul unui CTO
    .body =
        { $audience ->
            [carer] Spitalul care răspunde de CTO trebuie să îi spună persoanei despre care întrebați ce înseamnă CTO-ul și care sunt drepturile ei. Trebuie să facă asta atât verbal, cât și în scris.
            [staff] Conducerea spitalului responsabil (responsible hospital) trebuie să îi spună pacientului ce înseamnă CTO-ul și care sunt drepturile lui. Acest lucru trebuie făcut atât verbal, cât și în scris.
           *[patient] Spitalul care răspunde de CTO-ul dumneavoastră trebuie să vă spună ce înseamnă CTO-ul și care sunt drepturile dumneavoastră. Trebuie să vă spună atât verbal, cât și în scris.
        }
right-information-place-of-safety = Informarea despre drepturi
    .body =
        { $audience ->
            [carer] Dacă persoana despre care întrebați este dusă la un spital ca loc sigur (place of safety), spitalul trebuie să îi spună în baza cărei secțiuni este ținută acolo, ce înseamnă aceasta și care sunt drepturile ei, atât verbal, cât și în scris. Dacă se află în alt loc, poate cere persoanelor care o țin acolo să îi explice drepturile.
            [staff] Dacă locul sigur (place of safety) este un spital, conducerea acestuia (hospital managers) trebuie să îi spună pacientului în baza cărei secțiuni este internat nevoluntar, ce efect are aceasta și care sunt drepturile lui, atât verbal, cât și în scris (secțiunea 132). În alt loc, explicați-i drepturile.
           *[patient] Dacă vă duc la un spital ca loc sigur (place of safety), spitalul trebuie să vă spună în baza cărei secțiuni vă țin acolo, ce înseamnă aceasta și care sunt drepturile dumneavoastră, atât verbal, cât și în scris. Dacă vă aflați în alt loc, cereți persoanelor care vă țin acolo să vă explice drepturile.
        }
# Shown when the person does not know which section they are under.
right-ask-for-your-papers = Cum aflați ce secțiune se aplică
    .body =
        { $audience ->
            [carer] Persoana despre care întrebați are dreptul să i se spună în baza cărei secțiuni se află și ce înseamnă aceasta. Poate întreba personalul pe ce secțiune este și poate cere broșura despre drepturile ei.
            [staff] Pacientul are dreptul să i se spună în baza cărei secțiuni se află și ce înseamnă aceasta. Verificați documentele secțiunii și dați-i broșura despre drepturi pentru secțiunea respectivă.
           *[patient] Aveți dreptul să vi se spună în baza cărei secțiuni vă aflați și ce înseamnă aceasta. Întrebați personalul pe ce secțiune sunteți și cereți broșura despre drepturile dumneavoastră.
        }

## How long each power lasts

right-section-2-length = Cât durează secțiunea 2
    .body =
        { $audience ->
            [carer] Secțiunea 2 este pentru evaluare (pentru a afla cum este sănătatea mintală a persoanei și de ce ajutor are nevoie). Durează cel mult 28 de zile. Nu poate fi prelungită, dar după ea persoana despre care întrebați poate fi ținută în spital în baza secțiunii 3.
            [staff] Secțiunea 2 este pentru evaluare. Durează cel mult 28 de zile. Nu poate fi prelungită, dar după ea pacientul poate fi internat nevoluntar în baza secțiunii 3.
           *[patient] Secțiunea 2 este pentru evaluare (pentru a afla cum este sănătatea dumneavoastră mintală și de ce ajutor aveți nevoie). Durează cel mult 28 de zile. Nu poate fi prelungită, dar după ea spitalul vă poate ține în baza secțiunii 3.
        }
right-section-3-length = Cât durează secțiunea 3
    .body = Secțiunea 3 este pentru tratament. La început durează cel mult 6 luni. Apoi poate fi prelungită cu încă 6 luni, iar după aceea cu câte 12 luni o dată.
right-section-4-length = Cât durează secțiunea 4
    .body =
        { $audience ->
            [carer] Secțiunea 4 este pentru urgențe, când doar un singur medic a putut să o vadă pe persoana despre care întrebați. Durează cel mult 72 de ore. Dacă un al doilea medic este de acord, poate deveni secțiunea 2.
            [staff] Secțiunea 4 este pentru urgențe, pe baza unei singure recomandări medicale. Durează cel mult 72 de ore. Dacă se primește a doua recomandare medicală, devine secțiunea 2.
           *[patient] Secțiunea 4 este pentru urgențe, când doar un singur medic a putut să vă vadă. Durează cel mult 72 de ore. Dacă un al doilea medic este de acord, poate deveni secțiunea 2.
        }
right-section-5-2-length = Cât durează secțiunea 5(2)
    .body =
        { $audience ->
            [carer] Secțiunea 5(2) îi permite unui medic sau unui clinician autorizat (approved clinician) să o oprească pe persoana despre care întrebați să plece din spital, când este acolo ca pacient voluntar. Durează cel mult 72 de ore.
            [staff] Secțiunea 5(2) îi permite unui medic sau unui clinician autorizat (approved clinician) să oprească în spital un pacient internat informal. Durează cel mult 72 de ore.
           *[patient] Secțiunea 5(2) îi permite unui medic sau unui clinician autorizat (approved clinician) să vă oprească să plecați din spital, când sunteți acolo ca pacient voluntar. Durează cel mult 72 de ore.
        }
right-section-5-4-length = Cât durează secțiunea 5(4)
    .body =
        { $audience ->
            [carer] Secțiunea 5(4) îi permite unei asistente să o oprească pe persoana despre care întrebați să plece din spital, când este acolo ca pacient voluntar. Durează cel mult 6 ore, ca să poată veni un medic sau un clinician autorizat (approved clinician) să o vadă.
            [staff] Secțiunea 5(4) este puterea asistentei de a opri în spital un pacient internat informal. Durează cel mult 6 ore, ca să poată veni un medic sau un clinician autorizat (approved clinician).
           *[patient] Secțiunea 5(4) îi permite unei asistente să vă oprească să plecați din spital, când sunteți acolo ca pacient voluntar. Durează cel mult 6 ore, ca să poată veni un medic sau un clinician autorizat (approved clinician) să vă vadă.
        }
# Sections 135 and 136 let the police take a person to a place of safety.
right-place-of-safety-length = Cât durează șederea într-un loc sigur
    .body =
        { $audience ->
            [carer] Secțiunile 135 și 136 îi permit poliției să o ducă pe persoana despre care întrebați într-un loc sigur (place of safety), de exemplu un spital, ca să poată fi evaluată. Poate fi ținută acolo cel mult 24 de ore. Acest timp poate fi prelungit cu cel mult 12 ore.
            [staff] Secțiunile 135 și 136 îi permit poliției să ducă o persoană într-un loc sigur (place of safety) pentru evaluare. Pacientul poate fi ținut acolo cel mult 24 de ore, iar acest timp poate fi prelungit cu cel mult 12 ore.
           *[patient] Secțiunile 135 și 136 îi permit poliției să vă ducă într-un loc sigur (place of safety), de exemplu un spital, ca să vi se poată face o evaluare. Vă pot ține acolo cel mult 24 de ore. Acest timp poate fi prelungit cu cel mult 12 ore.
        }
right-section-35-length = Cât durează secțiunea 35
    .body =
        { $audience ->
            [carer] Secțiunea 35 înseamnă că o instanță a trimis persoana despre care întrebați la spital pentru un raport despre sănătatea ei mintală. Durează cel mult 28 de zile o dată și nu mai mult de 12 săptămâni în total. Persoana poate obține, pe cheltuiala ei, propriul raport independent de la un medic sau un clinician autorizat (approved clinician) ales de ea și îl poate folosi pentru a cere instanței să pună capăt trimiterii în spital (remand).
            [staff] Secțiunea 35 este o trimitere în spital de către instanță (remand) pentru un raport despre starea psihică a pacientului. Durează cel mult 28 de zile o dată și nu mai mult de 12 săptămâni în total. Pacientul poate obține un raport independent, pe cheltuiala lui, și poate cere instanței, pe baza acestuia, să pună capăt trimiterii.
           *[patient] Secțiunea 35 înseamnă că o instanță v-a trimis la spital pentru un raport despre sănătatea dumneavoastră mintală. Durează cel mult 28 de zile o dată și nu mai mult de 12 săptămâni în total. Puteți obține propriul raport independent de la un medic sau un clinician autorizat (approved clinician) ales de dumneavoastră, dar trebuie să plătiți pentru el. Apoi îl puteți folosi pentru a cere instanței să pună capăt trimiterii în spital (remand).
        }
right-section-36-length = Cât durează secțiunea 36
    .body =
        { $audience ->
            [carer] Secțiunea 36 înseamnă că o instanță a trimis persoana despre care întrebați la spital pentru tratament cât timp durează procesul ei. Durează cel mult 28 de zile o dată și nu mai mult de 12 săptămâni în total. Persoana poate obține, pe cheltuiala ei, propriul raport independent și îl poate folosi pentru a cere instanței să pună capăt trimiterii în spital (remand).
            [staff] Secțiunea 36 este o trimitere în spital de către instanță (remand) pentru tratament. Durează cel mult 28 de zile o dată și nu mai mult de 12 săptămâni în total. Pacientul poate obține un raport independent, pe cheltuiala lui, și poate cere instanței, pe baza acestuia, să pună capăt trimiterii.
           *[patient] Secțiunea 36 înseamnă că o instanță v-a trimis la spital pentru tratament cât timp durează procesul dumneavoastră. Durează cel mult 28 de zile o dată și nu mai mult de 12 săptămâni în total. Puteți obține propriul raport independent, dar trebuie să plătiți pentru el. Apoi îl puteți folosi pentru a cere instanței să pună capăt trimiterii în spital (remand).
        }
right-section-37-length = Cât durează un ordin de internare
    .body =
        { $audience ->
            [carer] Secțiunea 37 este un ordin de internare (hospital order): o instanță a trimis persoana despre care întrebați la spital pentru tratament. La început durează cel mult 6 luni. Apoi poate fi prelungit cu încă 6 luni, iar după aceea cu câte 12 luni o dată.
            [staff] Secțiunea 37 este un ordin de internare (hospital order) dat de o instanță. La început durează cel mult 6 luni. Apoi poate fi prelungit cu încă 6 luni, iar după aceea cu câte 12 luni o dată.
           *[patient] Secțiunea 37 este un ordin de internare (hospital order): o instanță v-a trimis la spital pentru tratament. La început durează cel mult 6 luni. Apoi poate fi prelungit cu încă 6 luni, iar după aceea cu câte 12 luni o dată.
        }
right-section-38-length = Cât durează un ordin provizoriu de internare
    .body =
        { $audience ->
            [carer] Secțiunea 38 este un ordin provizoriu de internare (interim hospital order): o instanță a trimis persoana despre care întrebați la spital pentru o perioadă, ca să vadă dacă un ordin de internare este potrivit pentru ea. La început durează cel mult 12 săptămâni. Instanța îl poate prelungi cu cel mult 28 de zile o dată, până la cel mult 12 luni în total.
            [staff] Secțiunea 38 este un ordin provizoriu de internare (interim hospital order). La început durează cel mult 12 săptămâni. Instanța îl poate prelungi cu cel mult 28 de zile o dată, până la cel mult 12 luni în total.
           *[patient] Secțiunea 38 este un ordin provizoriu de internare (interim hospital order): o instanță v-a trimis la spital pentru o perioadă, ca să vadă dacă un ordin de internare este potrivit pentru dumneavoastră. La început durează cel mult 12 săptămâni. Instanța îl poate prelungi cu cel mult 28 de zile o dată, până la cel mult 12 luni în total.
        }

## Court and prison sections

right-prison-transfer = Mutarea din închisoare la spital
    .body =
        { $audience ->
            [carer] Persoana despre care întrebați a fost mutată pentru tratament la spital din închisoare sau din alt loc unde era deținută. În funcție de situația ei, se poate întoarce la închisoare când nu mai are nevoie de tratament în spital. Poate întreba personalul sau un avocat ce se va întâmpla în cazul ei.
            [staff] Pacientul a fost transferat pentru tratament la spital din închisoare sau din alt loc de detenție. În funcție de situația lui, se poate întoarce la închisoare când nu mai are nevoie de tratament în spital.
           *[patient] V-au mutat pentru tratament la spital din închisoare sau din alt loc de detenție unde vă aflați. În funcție de situația dumneavoastră, vă puteți întoarce la închisoare când nu mai aveți nevoie de tratament în spital. Întrebați personalul sau un avocat ce se va întâmpla în cazul dumneavoastră.
        }
right-hospital-direction = Dispoziție de internare în spital (hospital direction)
    .body =
        { $audience ->
            [carer] O dispoziție de internare în spital (hospital direction) înseamnă că instanța i-a dat persoanei despre care întrebați o pedeapsă cu închisoarea, dar a trimis-o mai întâi la spital pentru tratament. Când nu mai are nevoie de tratament în spital, poate fi mutată la închisoare.
            [staff] O dispoziție de internare în spital (hospital direction) înseamnă că instanța a dat o pedeapsă cu închisoarea, dar a dispus ca pacientul să meargă mai întâi la spital pentru tratament. Când nu mai are nevoie de tratament în spital, poate fi mutat la închisoare.
           *[patient] O dispoziție de internare în spital (hospital direction) înseamnă că instanța v-a dat o pedeapsă cu închisoarea, dar v-a trimis mai întâi la spital pentru tratament. Când nu mai aveți nevoie de tratament în spital, vă pot muta la închisoare.
        }
# "Restrictions" here means a restriction order or restriction direction.
right-restrictions = Restricții
    .body =
        { $audience ->
            [carer] Secțiunea persoanei despre care întrebați are restricții. Asta înseamnă că clinicianul ei responsabil (responsible clinician – specialistul care se ocupă de îngrijirea ei) are nevoie de acordul Secretary of State for Justice (ministrul britanic al justiției) ca să îi dea învoire, să o mute la alt spital sau să o externeze.
            [staff] Pacientul este un pacient cu restricții (restricted patient). Clinicianul responsabil (responsible clinician) are nevoie de acordul Secretary of State for Justice (ministrul britanic al justiției) ca să îi acorde învoire, să îl transfere la alt spital sau să îl externeze.
           *[patient] Secțiunea dumneavoastră are restricții. Asta înseamnă că clinicianul dumneavoastră responsabil (responsible clinician – specialistul care se ocupă de îngrijirea dumneavoastră) are nevoie de acordul Secretary of State for Justice (ministrul britanic al justiției) ca să vă dea învoire, să vă mute la alt spital sau să vă externeze.
        }

## The Tribunal

right-section-2-tribunal = Cererea la Tribunal
    .body =
        { $audience ->
            [carer] Persoana despre care întrebați poate face o cerere la Tribunal (o comisie independentă care poate pune capăt secțiunii ei) în primele 14 zile ale secțiunii 2. Un avocat o poate ajuta gratuit să facă cererea.
            [staff] Pacientul poate face o cerere la Tribunal în primele 14 zile ale secțiunii 2. Pentru cazurile la Tribunal există asistență juridică gratuită de la un avocat (solicitor).
           *[patient] Puteți face o cerere la Tribunal (o comisie independentă care poate pune capăt secțiunii dumneavoastră) în primele 14 zile ale secțiunii 2. Un avocat vă poate ajuta gratuit să faceți cererea.
        }
right-section-3-tribunal = Cererea la Tribunal
    .body =
        { $audience ->
            [carer] Persoana despre care întrebați poate face o cerere la Tribunal (o comisie independentă care poate pune capăt secțiunii ei) o dată în primele 6 luni, o dată în următoarele 6 luni și apoi o dată pe an. Un avocat o poate ajuta gratuit să facă cererea.
            [staff] Pacientul poate face o cerere la Tribunal o dată în primele 6 luni, o dată în următoarele 6 luni și apoi o dată pe an. Pentru cazurile la Tribunal există asistență juridică gratuită de la un avocat (solicitor).
           *[patient] Puteți face o cerere la Tribunal (o comisie independentă care poate pune capăt secțiunii dumneavoastră) o dată în primele 6 luni, o dată în următoarele 6 luni și apoi o dată pe an. Un avocat vă poate ajuta gratuit să faceți cererea.
        }
right-section-3-referral = Când conducerea spitalului vă trimite cazul la Tribunal
    .body =
        { $audience ->
            [carer] Dacă persoana despre care întrebați nu a făcut o cerere la Tribunal în primele 6 luni, conducerea spitalului (hospital managers) trebuie să trimită cazul ei la Tribunal. O cerere retrasă nu se ia în calcul. Conducerea trebuie să trimită cazul și dacă trec 3 ani fără ca Tribunalul să îl analizeze (1 an, dacă persoana are sub 18 ani).
            [staff] Dacă pacientul nu a făcut o cerere în primele 6 luni (o cerere retrasă nu se ia în calcul), conducerea spitalului (hospital managers) trebuie să trimită cazul la Tribunal. Trebuie să îl trimită și dacă Tribunalul nu a analizat cazul timp de 3 ani (1 an, dacă pacientul are sub 18 ani).
           *[patient] Dacă nu ați făcut o cerere la Tribunal în primele 6 luni, conducerea spitalului (hospital managers) trebuie să trimită cazul dumneavoastră la Tribunal. O cerere retrasă nu se ia în calcul. Conducerea trebuie să îl trimită și dacă trec 3 ani fără ca Tribunalul să vă analizeze cazul (1 an, dacă aveți sub 18 ani).
        }
right-section-37-tribunal = Cererea la Tribunal
    .body =
        { $audience ->
            [carer] Cu un ordin de internare (hospital order), persoana despre care întrebați nu poate face o cerere la Tribunal (o comisie independentă care poate pune capăt secțiunii ei) în primele 6 luni. După aceea, poate face o cerere o dată între 6 și 12 luni, apoi o dată pe an. Dacă a fost mutată din închisoare, regulile sunt diferite, așa că întrebați personalul sau un avocat. Un avocat o poate ajuta gratuit în legătură cu Tribunalul (asistență juridică gratuită – legal aid).
            [staff] Un pacient cu ordin de internare (hospital order) nu poate face o cerere în primele 6 luni. Poate face o cerere o dată în a doua perioadă de 6 luni și apoi o dată pe an, când ordinul este reînnoit. Pentru cazurile la Tribunal există asistență juridică gratuită de la un avocat (solicitor, legal aid).
           *[patient] Cu un ordin de internare (hospital order), nu puteți face o cerere la Tribunal (o comisie independentă care poate pune capăt secțiunii dumneavoastră) în primele 6 luni. După aceea, puteți face o cerere o dată între 6 și 12 luni, apoi o dată pe an. Dacă v-au mutat din închisoare, regulile sunt diferite, așa că întrebați personalul sau un avocat. Un avocat vă poate ajuta gratuit în legătură cu Tribunalul (asistență juridică gratuită – legal aid).
        }
right-section-37-referral = Când conducerea spitalului vă trimite cazul la Tribunal
    .body =
        { $audience ->
            [carer] Dacă trec 3 ani fără ca Tribunalul să analizeze cazul persoanei despre care întrebați (1 an, dacă persoana are sub 18 ani), conducerea spitalului (hospital managers) trebuie să îl trimită la Tribunal.
            [staff] Conducerea spitalului (hospital managers) trebuie să trimită cazul la Tribunal dacă Tribunalul nu l-a analizat timp de 3 ani (1 an, dacă pacientul are sub 18 ani). Trimiterea după primele 6 luni nu se aplică unui ordin de internare (hospital order).
           *[patient] Dacă trec 3 ani fără ca Tribunalul să vă analizeze cazul (1 an, dacă aveți sub 18 ani), conducerea spitalului (hospital managers) trebuie să îl trimită la Tribunal.
        }
right-restricted-tribunal = Cererea la Tribunal
    .body =
        { $audience ->
            [carer] Persoana despre care întrebați poate face o cerere la Tribunal (o comisie independentă care poate decide dacă persoana ar trebui externată) o dată între 6 și 12 luni după ordinul ei, apoi o dată pe an. Dacă trec 3 ani fără ca Tribunalul să îi analizeze cazul, Secretary of State for Justice (ministrul britanic al justiției) trebuie să îl trimită la Tribunal. Un avocat o poate ajuta gratuit în legătură cu Tribunalul (asistență juridică gratuită – legal aid).
            [staff] Un pacient cu restricții (restricted patient) poate face o cerere între 6 și 12 luni după ordin și apoi o dată în fiecare perioadă de 12 luni. Secretary of State (ministrul) trebuie să trimită cazul la Tribunal dacă Tribunalul nu l-a analizat timp de 3 ani. Pentru cazurile la Tribunal există asistență juridică gratuită de la un avocat (solicitor, legal aid).
           *[patient] Puteți face o cerere la Tribunal (o comisie independentă care poate decide dacă vă externează) o dată între 6 și 12 luni după ordinul dumneavoastră, apoi o dată pe an. Dacă trec 3 ani fără ca Tribunalul să vă analizeze cazul, Secretary of State for Justice (ministrul britanic al justiției) trebuie să îl trimită la Tribunal. Un avocat vă poate ajuta gratuit în legătură cu Tribunalul (asistență juridică gratuită – legal aid).
        }
right-restricted-transfer-tribunal = Cererea la Tribunal
    .body =
        { $audience ->
            [carer] Persoana despre care întrebați poate face o cerere la Tribunal (o comisie independentă). Un avocat îi poate spune când și o poate ajuta gratuit (asistență juridică gratuită – legal aid). Tribunalul nu o poate externa singur. Îi spune lui Secretary of State for Justice (ministrul britanic al justiției) dacă ar trebui externată în cazul în care ar avea un ordin de internare (hospital order) și poate recomanda să rămână în spital în loc să se întoarcă la închisoare. Este posibil să poată cere și Parole Board (comisia pentru eliberare condiționată) să o elibereze.
            [staff] Pentru un pacient cu o dispoziție de internare în spital (hospital direction) sau cu o dispoziție de transfer cu restricții (restricted transfer direction), Tribunalul nu poate dispune externarea: îl notifică pe Secretary of State (ministrul) dacă pacientul ar avea dreptul la externare și poate recomanda menținerea internării în spital în locul întoarcerii la închisoare. Cererile către Parole Board (comisia pentru eliberare condiționată) rămân posibile. Pentru cazurile la Tribunal există asistență juridică gratuită de la un avocat (solicitor, legal aid).
           *[patient] Puteți face o cerere la Tribunal (o comisie independentă). Un avocat vă poate spune când și vă poate ajuta gratuit (asistență juridică gratuită – legal aid). Tribunalul nu vă poate externa singur. Îi spune lui Secretary of State for Justice (ministrul britanic al justiției) dacă ar trebui să vă externeze în cazul în care ați avea un ordin de internare (hospital order) și poate recomanda să rămâneți în spital în loc să vă întoarceți la închisoare. Este posibil să puteți cere și Parole Board (comisia pentru eliberare condiționată) să vă elibereze.
        }
right-transfer-tribunal = Cererea la Tribunal
    .body =
        { $audience ->
            [carer] Dacă persoana despre care întrebați a fost mutată la spital din închisoare, poate face o cerere la Tribunal (o comisie independentă) în primele 6 luni după mutare, o dată în următoarele 6 luni și apoi o dată pe an. Un avocat poate verifica datele pentru ea și o poate ajuta gratuit (asistență juridică gratuită – legal aid).
            [staff] Un deținut transferat poate face o cerere în primele 6 luni după transfer, o dată în următoarele 6 luni și apoi o dată pe an. Pentru cazurile la Tribunal există asistență juridică gratuită de la un avocat (solicitor, legal aid).
           *[patient] Dacă v-au mutat la spital din închisoare, puteți face o cerere la Tribunal (o comisie independentă) în primele 6 luni după mutare, o dată în următoarele 6 luni și apoi o dată pe an. Un avocat poate verifica datele pentru dumneavoastră și vă poate ajuta gratuit (asistență juridică gratuită – legal aid).
        }
right-cto-tribunal = Cererea la Tribunal
    .body =
        { $audience ->
            [carer] Persoana despre care întrebați poate face o cerere la Tribunal (o comisie independentă care poate pune capăt CTO-ului ei) o dată în primele 6 luni ale CTO-ului și apoi o dată în fiecare perioadă pentru care acesta este prelungit. Un avocat o poate ajuta gratuit în legătură cu Tribunalul (asistență juridică gratuită – legal aid).
            [staff] Un pacient în comunitate (community patient) poate face o cerere o dată în primele 6 luni ale CTO-ului, o dată la revocare și o dată în fiecare perioadă de prelungire. Pentru cazurile la Tribunal există asistență juridică gratuită de la un avocat (solicitor, legal aid).
           *[patient] Puteți face o cerere la Tribunal (o comisie independentă care poate pune capăt CTO-ului dumneavoastră) o dată în primele 6 luni ale CTO-ului și apoi o dată în fiecare perioadă pentru care acesta este prelungit. Un avocat vă poate ajuta gratuit în legătură cu Tribunalul (asistență juridică gratuită – legal aid).
        }
right-cto-referral = Când conducerea spitalului vă trimite cazul la Tribunal
    .body =
        { $audience ->
            [carer] Dacă persoana despre care întrebați nu a făcut o cerere la Tribunal în primele 6 luni ale CTO-ului, conducerea spitalului (hospital managers) trebuie să trimită cazul ei la Tribunal. Trebuie să îl trimită și dacă trec 3 ani fără ca Tribunalul să îl analizeze (1 an, dacă persoana are sub 18 ani) și imediat, dacă CTO-ul este revocat.
            [staff] Conducerea spitalului (hospital managers) trebuie să trimită cazul dacă nu s-a făcut nicio cerere în primele 6 luni, dacă Tribunalul nu l-a analizat timp de 3 ani (1 an, dacă pacientul are sub 18 ani) și cât mai curând după revocarea CTO-ului.
           *[patient] Dacă nu ați făcut o cerere la Tribunal în primele 6 luni ale CTO-ului, conducerea spitalului (hospital managers) trebuie să trimită cazul dumneavoastră la Tribunal. Trebuie să îl trimită și dacă trec 3 ani fără ca Tribunalul să vă analizeze cazul (1 an, dacă aveți sub 18 ani) și imediat, dacă CTO-ul dumneavoastră este revocat.
        }
right-guardianship-tribunal = Cererea la Tribunal
    .body =
        { $audience ->
            [carer] Persoana despre care întrebați poate face o cerere la Tribunal (o comisie independentă care poate pune capăt tutelei ei) o dată în primele 6 luni și apoi o dată în fiecare perioadă pentru care tutela este reînnoită. Un avocat o poate ajuta gratuit în legătură cu Tribunalul (asistență juridică gratuită – legal aid).
            [staff] Un pacient sub tutelă (guardianship) poate face o cerere o dată în primele 6 luni și o dată în fiecare perioadă de reînnoire. Pentru cazurile la Tribunal există asistență juridică gratuită de la un avocat (solicitor, legal aid).
           *[patient] Puteți face o cerere la Tribunal (o comisie independentă care poate pune capăt tutelei dumneavoastră) o dată în primele 6 luni și apoi o dată în fiecare perioadă pentru care tutela este reînnoită. Un avocat vă poate ajuta gratuit în legătură cu Tribunalul (asistență juridică gratuită – legal aid).
        }
right-conditional-discharge-tribunal = Cererea la Tribunal
    .body =
        { $audience ->
            [carer] Persoana despre care întrebați poate cere Tribunalului (o comisie independentă) să îi schimbe condițiile sau să pună capăt externării ei condiționate. Prima cerere o poate face între 12 luni și 2 ani după externare, apoi o dată la 2 ani. Un avocat o poate ajuta gratuit în legătură cu Tribunalul (asistență juridică gratuită – legal aid).
            [staff] Un pacient externat condiționat (conditionally discharged) care nu a fost rechemat poate face o cerere între 12 luni și 2 ani după externare și apoi o dată în fiecare perioadă de 2 ani; Tribunalul poate modifica condițiile sau poate ridica restricțiile. Pentru cazurile la Tribunal există asistență juridică gratuită de la un avocat (solicitor, legal aid).
           *[patient] Puteți cere Tribunalului (o comisie independentă) să vă schimbe condițiile sau să pună capăt externării dumneavoastră condiționate. Prima cerere o puteți face între 12 luni și 2 ani după externare, apoi o dată la 2 ani. Un avocat vă poate ajuta gratuit în legătură cu Tribunalul (asistență juridică gratuită – legal aid).
        }
# Shown when the exact section is not known.
right-detained-tribunal = Cererea la Tribunal
    .body =
        { $audience ->
            [carer] De obicei, persoana despre care întrebați poate face o cerere la Tribunal (o comisie independentă care poate pune capăt secțiunii ei). Cât de des depinde de secțiunea ei, așa că întrebați personalul, un consilier IMHA sau un avocat. Un avocat o poate ajuta gratuit în legătură cu Tribunalul.
            [staff] Majoritatea pacienților internați nevoluntar pot face o cerere la Tribunal. Cât de des depinde de secțiune. Pentru cazurile la Tribunal există asistență juridică gratuită de la un avocat (solicitor).
           *[patient] De obicei, puteți face o cerere la Tribunal (o comisie independentă care poate pune capăt secțiunii dumneavoastră). Cât de des depinde de secțiunea dumneavoastră, așa că întrebați personalul, un consilier IMHA sau un avocat. Un avocat vă poate ajuta gratuit în legătură cu Tribunalul.
        }

## Others who can end a section

right-hospital-managers = Cererea către conducerea spitalului
    .body =
        { $audience ->
            [carer] Persoana despre care întrebați poate cere oricând conducerii spitalului (hospital managers – oameni care acționează în numele organizației care administrează spitalul) să pună capăt secțiunii sau CTO-ului ei. Conducerea poate organiza o întâlnire, numită audiere (hearing), ca să decidă.
            [staff] Pacientul poate cere oricând conducerii spitalului (hospital managers) să îl externeze. Conducerea poate organiza o audiere (hearing) ca să decidă.
           *[patient] Puteți cere oricând conducerii spitalului (hospital managers – oameni care acționează în numele organizației care administrează spitalul) să pună capăt secțiunii sau CTO-ului dumneavoastră. Conducerea poate organiza o întâlnire, numită audiere (hearing), ca să decidă.
        }
# The nearest relative is a family member picked by a list in the Act; not
# always the next of kin.
right-nearest-relative-discharge = Cea mai apropiată rudă (nearest relative)
    .body =
        { $audience ->
            [carer] Cea mai apropiată rudă (nearest relative – un membru al familiei stabilit de Legea sănătății mintale (Mental Health Act)) a persoanei despre care întrebați poate dispune externarea ei. Dacă persoana este internată nevoluntar în spital sau are un CTO, ruda trebuie să anunțe în scris conducerea spitalului cu 72 de ore înainte, iar clinicianul responsabil (responsible clinician) poate opri externarea dacă este probabil ca persoana să fie un pericol pentru sine sau pentru alții. Apoi cea mai apropiată rudă nu mai poate dispune externarea timp de 6 luni. Dacă se întâmplă asta pe secțiunea 3 sau pe un CTO, cea mai apropiată rudă poate face o cerere la Tribunal în 28 de zile.
            [staff] Cea mai apropiată rudă (nearest relative) a pacientului poate dispune externarea lui. Pentru un pacient internat nevoluntar sau un pacient în comunitate, ruda trebuie să anunțe în scris conducerea spitalului cu 72 de ore înainte, iar clinicianul responsabil (responsible clinician) poate bloca externarea dacă este probabil ca pacientul să acționeze periculos pentru sine sau pentru alții. O rudă căreia i s-a blocat externarea nu mai poate dispune externarea timp de 6 luni de la data raportului (report). Dacă externarea este blocată pe secțiunea 3 sau pe un CTO, cea mai apropiată rudă poate face o cerere la Tribunal în 28 de zile.
           *[patient] Cea mai apropiată rudă a dumneavoastră (nearest relative – un membru al familiei stabilit de Legea sănătății mintale (Mental Health Act)) poate dispune externarea dumneavoastră. Dacă trebuie să rămâneți în spital sau aveți un CTO, ruda trebuie să anunțe în scris conducerea spitalului cu 72 de ore înainte, iar clinicianul dumneavoastră responsabil (responsible clinician) poate opri externarea dacă este probabil să fiți un pericol pentru dumneavoastră sau pentru alții. Apoi cea mai apropiată rudă a dumneavoastră nu mai poate dispune externarea dumneavoastră timp de 6 luni. Dacă se întâmplă asta pe secțiunea 3 sau pe un CTO, cea mai apropiată rudă a dumneavoastră poate face o cerere la Tribunal în 28 de zile.
        }
right-nearest-relative-cannot-discharge = Cea mai apropiată rudă (nearest relative)
    .body =
        { $audience ->
            [carer] Cea mai apropiată rudă (nearest relative – un membru al familiei stabilit de Legea sănătății mintale (Mental Health Act)) a persoanei despre care întrebați nu poate pune capăt unui ordin de internare. Dar poate face o cerere la Tribunal pentru ea, în aceleași perioade în care poate face și persoana.
            [staff] Cea mai apropiată rudă (nearest relative) a pacientului nu poate dispune externarea de sub un ordin de internare. Poate face o cerere la Tribunal în aceleași perioade ca pacientul.
           *[patient] Cea mai apropiată rudă a dumneavoastră (nearest relative – un membru al familiei stabilit de Legea sănătății mintale (Mental Health Act)) nu poate pune capăt unui ordin de internare. Dar poate face o cerere la Tribunal pentru dumneavoastră, în aceleași perioade în care puteți face și dumneavoastră.
        }

right-nearest-relative-change = Schimbarea celei mai apropiate rude (nearest relative)
    .body =
        { $audience ->
            [carer] Dacă cea mai apropiată rudă a persoanei despre care întrebați nu este potrivită să acționeze pentru ea, persoana (sau o rudă ori un profesionist autorizat în sănătate mintală (approved mental health professional, AMHP)) poate face o cerere la instanța de comitat (county court) ca altcineva să acționeze în locul acelei rude. Persoana poate cere și spitalului să nu îi trimită celei mai apropiate rude copii ale informațiilor despre ea.
            [staff] Pacientul, o rudă, o persoană cu care locuiește sau un AMHP poate cere instanței de comitat (county court) un ordin prin care altcineva să acționeze ca cea mai apropiată rudă (nearest relative), de exemplu pentru că ruda actuală nu este o persoană potrivită. Pacientul poate cere ca celei mai apropiate rude să nu i se trimită copii ale informațiilor date pacientului.
           *[patient] Dacă cea mai apropiată rudă a dumneavoastră nu este potrivită să acționeze pentru dumneavoastră, puteți face o cerere la instanța de comitat (county court) ca altcineva să acționeze în locul ei. Puteți cere și spitalului să nu îi trimită celei mai apropiate rude copii ale informațiilor despre dumneavoastră.
        }
right-guardianship-discharge = Încetarea tutelei
    .body =
        { $audience ->
            [carer] Tutela (guardianship) poate fi încheiată de clinicianul responsabil (responsible clinician), de autoritatea locală care răspunde de ea (local social services authority – autoritatea locală responsabilă pentru servicii sociale) sau de cea mai apropiată rudă (nearest relative) a persoanei despre care întrebați. Persoana poate scrie autorității locale ca să îi ceară să pună capăt tutelei ei.
            [staff] Tutela (guardianship) poate fi încetată de clinicianul responsabil (responsible clinician), de autoritatea locală responsabilă pentru servicii sociale (local social services authority) sau de cea mai apropiată rudă (nearest relative). Pacientul poate scrie autorității ca să îi ceară să pună capăt tutelei; ordinul celei mai apropiate rude nu poate fi blocat.
           *[patient] Tutela dumneavoastră (guardianship) poate fi încheiată de clinicianul dumneavoastră responsabil (responsible clinician), de autoritatea locală care răspunde de ea (local social services authority – autoritatea locală responsabilă pentru servicii sociale) sau de cea mai apropiată rudă a dumneavoastră (nearest relative). Puteți scrie autorității locale ca să îi cereți să pună capăt tutelei dumneavoastră.
        }

## Treatment

# SOAD: Second Opinion Appointed Doctor, an independent doctor.
right-consent-to-treatment = Medicamente și tratament
    .body =
        { $audience ->
            [carer] În primele 3 luni de când persoana despre care întrebați primește prima dată medicamente pentru tulburarea ei psihică în timp ce este internată nevoluntar, acestea i se pot da fără consimțământul ei. După aceea, i se pot da doar dacă este de acord sau dacă un medic independent pentru a doua opinie (SOAD) confirmă că tratamentul este potrivit. Alte tratamente pentru tulburarea ei psihică, cum ar fi îngrijirea asigurată de asistente, i se pot da fără consimțământul ei.
            [staff] Medicamentele pentru tulburarea psihică pot fi date fără consimțământ timp de 3 luni de la prima administrare în perioada în care pacientul este internat nevoluntar. După aceea, este nevoie de consimțământul pacientului sau de certificarea unui medic numit pentru a doua opinie (second opinion appointed doctor, SOAD). Alte tratamente pentru tulburarea psihică pot fi date fără consimțământ.
           *[patient] În primele 3 luni de când primiți prima dată medicamente pentru tulburarea dumneavoastră psihică în perioada în care trebuie să rămâneți în spital, acestea vi se pot da fără consimțământul dumneavoastră. După aceea, vi se pot da doar dacă sunteți de acord sau dacă un medic independent pentru a doua opinie (SOAD) confirmă că tratamentul este potrivit. Alte tratamente pentru tulburarea dumneavoastră psihică, cum ar fi îngrijirea asigurată de asistente, vi se pot da fără consimțământul dumneavoastră.
        }
right-no-treatment-without-consent = Refuzul tratamentului
    .body =
        { $audience ->
            [carer] Pe această secțiune, regulile care permit tratamentul fără consimțământ nu se aplică persoanei despre care întrebați. Poate refuza tratamentul pe care nu îl vrea, inclusiv medicamentele. Doar în situații speciale, care ar trebui să îi fie explicate, i se poate da un tratament cu care nu este de acord: de exemplu, într-o urgență sau dacă nu poate decide și tratamentul este în interesul ei superior.
            [staff] Partea 4 a legii (Part 4) nu se aplică acestui pacient (secțiunea 56(3)), așa că nu oferă nicio autorizare pentru tratament fără consimțământ. Orice tratament fără consimțământ are nevoie de altă autorizare, cum ar fi Mental Capacity Act 2005 (legea privind capacitatea de decizie) pentru un pacient care nu are capacitatea de a decide (lacks capacity), și ar trebui să îi fie explicat pacientului.
           *[patient] Pe această secțiune, regulile care permit tratamentul fără consimțământ nu se aplică în cazul dumneavoastră. Puteți refuza tratamentul pe care nu îl vreți, inclusiv medicamentele. Doar în situații speciale, care ar trebui să vă fie explicate, vi se poate da un tratament cu care nu sunteți de acord: de exemplu, într-o urgență sau dacă nu puteți decide și tratamentul este în interesul dumneavoastră superior.
        }
# ECT is electroconvulsive therapy.
right-ect = ECT (terapia electroconvulsivă)
    .body =
        { $audience ->
            [carer] Dacă persoana despre care întrebați are 18 ani sau mai mult și poate decide, ECT nu poate fi făcută dacă spune nu, cu excepția unei urgențe: pentru a-i salva viața sau pentru a împiedica o agravare serioasă a stării ei. Dacă nu poate decide, un medic pentru a doua opinie (SOAD) trebuie să fie de acord, iar ECT nu poate contrazice o decizie anticipată valabilă (advance decision) sau o decizie a mandatarului ei (attorney), a reprezentantului numit de instanță (deputy) ori a Court of Protection (instanța care decide pentru persoanele fără capacitate de decizie). Dacă are sub 18 ani, un SOAD trebuie să fie de acord cu ECT, chiar dacă persoana spune da.
            [staff] ECT nu poate fi făcută unui adult care are capacitatea de a decide (capacity) și refuză, cu excepția unei urgențe în baza secțiunii 62 (pentru a salva viața sau pentru a preveni o deteriorare gravă). Dacă pacientul nu are capacitatea de a decide (lacks capacity), un SOAD trebuie să certifice ECT, iar aceasta nu trebuie să contravină unei decizii anticipate valabile (advance decision) sau unei decizii a unui mandatar (donee), a unui reprezentant numit de instanță (deputy) sau a Court of Protection. Pentru un pacient sub 18 ani, un SOAD trebuie să certifice ECT, chiar dacă pacientul își dă consimțământul.
           *[patient] Dacă aveți 18 ani sau mai mult și puteți decide, ECT nu vă poate fi făcută dacă spuneți nu, cu excepția unei urgențe: pentru a vă salva viața sau pentru a împiedica o agravare serioasă a stării dumneavoastră. Dacă nu puteți decide, un medic pentru a doua opinie (SOAD) trebuie să fie de acord, iar ECT nu poate contrazice o decizie anticipată valabilă (advance decision) sau o decizie a mandatarului dumneavoastră (attorney), a reprezentantului numit de instanță (deputy) ori a Court of Protection (instanța care decide pentru persoanele fără capacitate de decizie). Dacă aveți sub 18 ani, un SOAD trebuie să fie de acord cu ECT, chiar dacă dumneavoastră spuneți da.
        }
right-ect-without-part-4 = ECT (terapia electroconvulsivă)
    .body =
        { $audience ->
            [carer] Regulile care permit ECT în caz de urgență pentru pacienții internați nevoluntar nu se aplică persoanei despre care întrebați. Dacă are 18 ani sau mai mult și poate decide, ECT nu poate fi făcută dacă spune nu. Dacă are sub 18 ani, pentru ECT este nevoie și de acordul unui medic independent pentru a doua opinie (SOAD), chiar dacă persoana spune da.
            [staff] Partea 4 a legii (Part 4) nu se aplică acestui pacient (secțiunea 56), așa că procedura de urgență din secțiunea 62 nu autorizează ECT. Unui adult care are capacitatea de a decide (capacity) și refuză nu i se poate face ECT. Pentru un pacient sub 18 ani, un SOAD trebuie să certifice ECT, chiar dacă pacientul își dă consimțământul (secțiunea 58A, aplicată prin secțiunea 56(5)).
           *[patient] Regulile care permit ECT în caz de urgență pentru pacienții internați nevoluntar nu se aplică în cazul dumneavoastră. Dacă aveți 18 ani sau mai mult și puteți decide, ECT nu vă poate fi făcută dacă spuneți nu. Dacă aveți sub 18 ani, pentru ECT este nevoie și de acordul unui medic independent pentru a doua opinie (SOAD), chiar dacă dumneavoastră spuneți da.
        }
right-section-57-treatment = Operații pe creier și implanturi hormonale
    .body =
        { $audience ->
            [carer] O operație pe creier pentru o tulburare psihică sau un implant hormonal care reduce dorința sexuală masculină se poate face doar dacă persoana despre care întrebați este de acord. Un medic pentru a doua opinie și alte două persoane independente (care nu sunt medici) trebuie, de asemenea, să confirme că persoana poate decide și că și-a dat acordul, iar medicul trebuie să fie de acord că tratamentul este potrivit. Acest lucru este valabil pentru toată lumea, pe secțiune sau nu.
            [staff] Neurochirurgia pentru tulburare psihică sau un implant hormonal care reduce dorința sexuală masculină necesită consimțământul pacientului. Un medic numit și alte două persoane numite, care nu sunt medici, trebuie să certifice că pacientul are capacitatea de a decide (capacity) și și-a dat consimțământul, iar medicul trebuie să certifice că tratamentul este potrivit. Acest lucru se aplică fiecărui pacient, internat nevoluntar sau nu.
           *[patient] O operație pe creier pentru o tulburare psihică sau un implant hormonal care reduce dorința sexuală masculină se poate face doar dacă sunteți de acord. Un medic pentru a doua opinie și alte două persoane independente (care nu sunt medici) trebuie, de asemenea, să confirme că puteți decide și că v-ați dat acordul, iar medicul trebuie să fie de acord că tratamentul este potrivit. Acest lucru este valabil pentru toată lumea, pe secțiune sau nu.
        }
right-cto-treatment = Tratamentul cu un CTO
    .body =
        { $audience ->
            [carer] Cât timp persoana despre care întrebați locuiește în comunitate cu un CTO, nu i se pot da medicamente pentru tulburarea ei psihică dacă poate decide și spune nu. Dacă nu poate decide, i se poate da tratament în unele cazuri, dar forța nu poate fi folosită decât într-o urgență, pentru a preveni un rău. Dacă este chemată înapoi în spital, se aplică regulile pentru pacienții internați nevoluntar.
            [staff] Un pacient în comunitate (community patient) care nu a fost rechemat poate fi tratat doar cu o autorizare în baza secțiunii 64C: propriul consimțământ, dacă are capacitatea de a decide (capacity), consimțământul unui mandatar (donee), al unui reprezentant numit de instanță (deputy) sau al Court of Protection ori secțiunile 64D sau 64G, dacă nu are capacitatea de a decide. Forța poate fi folosită doar într-o urgență, în baza secțiunii 64G. La rechemare se aplică Partea 4 (Part 4).
           *[patient] Cât timp locuiți în comunitate cu un CTO, nu vi se pot da medicamente pentru tulburarea dumneavoastră psihică dacă puteți decide și spuneți nu. Dacă nu puteți decide, vi se poate da tratament în unele cazuri, dar forța nu poate fi folosită decât într-o urgență, pentru a preveni un rău. Dacă spitalul vă cheamă înapoi, se aplică regulile pentru pacienții internați nevoluntar.
        }

## Leave, recall and life after hospital

# "Section 17 leave" is the everyday name for leave of absence from hospital.
right-leave = Învoirea din spital
    .body =
        { $audience ->
            [carer] Clinicianul responsabil al persoanei despre care întrebați (responsible clinician – specialistul care se ocupă de îngrijirea ei) îi poate da învoire ca să stea o perioadă în afara spitalului. Aceasta se numește învoire în baza secțiunii 17 (section 17 leave). Poate avea condiții, iar persoana poate fi chemată înapoi în spital.
            [staff] Clinicianul responsabil (responsible clinician) îi poate acorda pacientului învoire (section 17 leave). Aceasta poate avea condiții, iar pacientul poate fi rechemat în spital.
           *[patient] Clinicianul dumneavoastră responsabil (responsible clinician – specialistul care se ocupă de îngrijirea dumneavoastră) vă poate da învoire ca să stați o perioadă în afara spitalului. Aceasta se numește învoire în baza secțiunii 17 (section 17 leave). Poate avea condiții, iar spitalul vă poate chema înapoi.
        }
right-restricted-leave = Învoirea din spital
    .body =
        { $audience ->
            [carer] Persoana despre care întrebați poate primi învoire din spital doar dacă Secretary of State for Justice (ministrul britanic al justiției) este de acord.
            [staff] Pacientului i se poate acorda învoire doar cu acordul Secretary of State for Justice (ministrul britanic al justiției).
           *[patient] Puteți primi învoire din spital doar dacă Secretary of State for Justice (ministrul britanic al justiției) este de acord.
        }
right-cto-conditions = Condițiile CTO-ului
    .body =
        { $audience ->
            [carer] CTO-ul persoanei despre care întrebați are condiții. Două fac parte din orice CTO: să fie văzută de un medic sau de un clinician autorizat (approved clinician) când CTO-ul este prelungit și de un medic pentru a doua opinie (SOAD) când i se cere. Alte condiții sunt stabilite de clinicianul responsabil (responsible clinician), iar un profesionist autorizat în sănătate mintală (approved mental health professional, AMHP) trebuie să fie de acord cu ele. Persoana poate fi chemată înapoi în spital dacă încalcă una dintre cele două condiții pe care le are orice CTO. Încălcarea altei condiții nu este suficientă de una singură: poate fi chemată înapoi doar dacă are nevoie de tratament în spital și, fără el, ar exista un risc pentru sănătatea sau siguranța ei ori pentru alții.
            [staff] Două condiții sunt obligatorii (secțiunea 17B(3)): să se prezinte la examinare pentru prelungire și pentru certificatul unui SOAD. Alte condiții sunt stabilite de clinicianul responsabil (responsible clinician) cu acordul unui AMHP. Încălcarea unei condiții obligatorii permite rechemarea (secțiunea 17E(2)); altfel, rechemarea necesită motivele din secțiunea 17E(1), iar încălcarea altei condiții nu este suficientă de una singură.
           *[patient] CTO-ul dumneavoastră are condiții. Două fac parte din orice CTO: să vă vadă un medic sau un clinician autorizat (approved clinician) când CTO-ul dumneavoastră este prelungit și un medic pentru a doua opinie (SOAD) când vi se cere. Alte condiții sunt stabilite de clinicianul dumneavoastră responsabil (responsible clinician), iar un profesionist autorizat în sănătate mintală (approved mental health professional, AMHP) trebuie să fie de acord cu ele. Spitalul vă poate chema înapoi dacă încălcați una dintre cele două condiții pe care le are orice CTO. Încălcarea altei condiții nu este suficientă de una singură: spitalul vă poate chema înapoi doar dacă aveți nevoie de tratament în spital și, fără el, ar exista un risc pentru sănătatea sau siguranța dumneavoastră ori pentru alții.
        }
right-cto-recall = Rechemarea în spital
    .body =
        { $audience ->
            [carer] Clinicianul responsabil (responsible clinician) al persoanei despre care întrebați o poate chema înapoi în spital pentru cel mult 72 de ore. În acest timp, fie i se permite să plece, fie CTO-ul este revocat (anulat). Dacă este revocat, persoana este din nou ținută în spital în baza secțiunii ei.
            [staff] Clinicianul responsabil (responsible clinician) poate rechema pacientul în spital pentru cel mult 72 de ore. În acest timp, fie pacientul este lăsat să plece, fie CTO-ul este revocat. Revocarea înseamnă că pacientul este din nou internat nevoluntar.
           *[patient] Clinicianul dumneavoastră responsabil (responsible clinician) vă poate chema înapoi în spital pentru cel mult 72 de ore. În acest timp, fie vi se permite să plecați, fie CTO-ul dumneavoastră este revocat (anulat). Dacă este revocat, trebuie să rămâneți din nou în spital în baza secțiunii dumneavoastră.
        }
right-cto-length = Cât durează un CTO
    .body = Un CTO durează la început cel mult 6 luni. Apoi poate fi prelungit cu încă 6 luni, iar după aceea cu câte 12 luni o dată.
right-guardianship-powers = Ce poate face un tutore
    .body =
        { $audience ->
            [carer] Tutorele poate spune unde trebuie să locuiască persoana despre care întrebați. Îi poate cere să meargă în anumite locuri pentru tratament, muncă, educație sau formare și să îi lase pe medici, pe profesioniștii autorizați în sănătate mintală (approved mental health professionals, AMHP) sau pe alte persoane numite de tutore să o vadă acasă. Tutorele nu o poate forța să accepte tratament.
            [staff] Tutorele îi poate cere pacientului să locuiască într-un anumit loc, să meargă în anumite locuri pentru tratament, muncă, educație sau formare și să permită accesul medicilor, profesioniștilor autorizați în sănătate mintală (approved mental health professionals, AMHP) sau altor persoane numite. Tutorele nu are puterea de a trata fără consimțământ.
           *[patient] Tutorele dumneavoastră poate spune unde trebuie să locuiți. Vă poate cere să mergeți în anumite locuri pentru tratament, muncă, educație sau formare și să îi lăsați pe medici, pe profesioniștii autorizați în sănătate mintală (approved mental health professionals, AMHP) sau pe alte persoane numite de tutore să vă vadă acasă. Tutorele nu vă poate forța să acceptați tratament.
        }
right-guardianship-length = Cât durează tutela
    .body = Tutela (guardianship) durează la început cel mult 6 luni. Apoi poate fi prelungită.
right-conditional-discharge-conditions = Externarea condiționată
    .body =
        { $audience ->
            [carer] Persoana despre care întrebați a ieșit din spital cu condiții stabilite de Tribunal (o comisie independentă) sau de Secretary of State for Justice (ministrul britanic al justiției). Ministrul o poate chema înapoi în spital.
            [staff] Condițiile pacientului sunt stabilite de Tribunal sau de Secretary of State for Justice (ministrul britanic al justiției). Ministrul îl poate rechema în spital.
           *[patient] Ați ieșit din spital cu condiții stabilite de Tribunal (o comisie independentă) sau de Secretary of State for Justice (ministrul britanic al justiției). Ministrul vă poate chema înapoi în spital.
        }
# "Section 117 after-care" is the everyday name for this right.
right-aftercare = Îngrijirea după externare
    .body =
        { $audience ->
            [carer] Când persoana despre care întrebați iese din spital, are dreptul la îngrijire gratuită după externare. Aceasta înseamnă ajutor și sprijin pentru sănătatea ei mintală, ca să se simtă bine în continuare. Adesea se numește îngrijire după externare în baza secțiunii 117 (section 117 after-care).
            [staff] Pacientul are dreptul la îngrijire gratuită după externare în baza secțiunii 117 (section 117 after-care) când iese din spital.
           *[patient] Când ieșiți din spital, aveți dreptul la îngrijire gratuită după externare. Aceasta înseamnă ajutor și sprijin pentru sănătatea dumneavoastră mintală, ca să vă simțiți bine în continuare. Adesea se numește îngrijire după externare în baza secțiunii 117 (section 117 after-care).
        }

## Not detained, or held for a short time

right-informal-can-leave = Plecarea din spital ca pacient voluntar
    .body =
        { $audience ->
            [carer] Ca pacient voluntar, persoana despre care întrebați poate alege să plece din spital. Dar un medic, un clinician autorizat (approved clinician) sau o asistentă o poate opri pentru scurt timp, ca să poată fi evaluată. Dacă se întâmplă asta, verificați din nou dacă poate avea un consilier IMHA.
            [staff] Un pacient informal poate alege să plece din spital. Dar un medic, un clinician autorizat (approved clinician) sau o asistentă îl poate opri în spital pentru scurt timp în baza secțiunii 5. Dacă se întâmplă asta, verificați din nou dacă poate avea un consilier IMHA.
           *[patient] Ca pacient voluntar, puteți alege să plecați din spital. Dar un medic, un clinician autorizat (approved clinician) sau o asistentă vă poate opri pentru scurt timp, ca să vi se poată face o evaluare. Dacă se întâmplă asta, verificați din nou dacă puteți avea un consilier IMHA.
        }
right-complaints-england = Depunerea unei plângeri
    .body =
        { $audience ->
            [carer] Persoana despre care întrebați sau dumneavoastră puteți face o plângere la spital sau la serviciu, folosind procedura lor de plângeri. Dacă plângerea este despre modul în care a fost aplicată Legea sănătății mintale (Mental Health Act), de exemplu internarea nevoluntară sau tratamentul ei în baza acesteia, persoana poate face plângere și la Care Quality Commission (CQC, comisia pentru calitatea îngrijirii).
            [staff] Pacientul poate folosi procedura de plângeri a spitalului sau a serviciului. Plângerile privind folosirea puterilor din Legea sănătății mintale (Mental Health Act) pot fi adresate și Care Quality Commission (CQC, comisia pentru calitatea îngrijirii), care le investighează.
           *[patient] Puteți face o plângere la spital sau la serviciu, folosind procedura lor de plângeri. Dacă plângerea dumneavoastră este despre modul în care a fost aplicată Legea sănătății mintale (Mental Health Act), de exemplu internarea nevoluntară sau tratamentul dumneavoastră în baza acesteia, puteți face plângere și la Care Quality Commission (CQC, comisia pentru calitatea îngrijirii).
        }
right-complaints-wales = Depunerea unei plângeri
    .body =
        { $audience ->
            [carer] Persoana despre care întrebați sau dumneavoastră puteți face o plângere la spital sau la serviciu, folosind procedura lor de plângeri. Dacă plângerea este despre modul în care a fost aplicată Legea sănătății mintale (Mental Health Act), persoana se poate adresa și Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru – inspectoratul pentru sănătate din Țara Galilor).
            [staff] Pacientul poate folosi procedura de plângeri a consiliului de sănătate (health board) sau a serviciului. Plângerile privind folosirea puterilor din Legea sănătății mintale (Mental Health Act) în Țara Galilor pot fi adresate și Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru – inspectoratul pentru sănătate din Țara Galilor).
           *[patient] Puteți face o plângere la spital sau la serviciu, folosind procedura lor de plângeri. Dacă plângerea dumneavoastră este despre modul în care a fost aplicată Legea sănătății mintale (Mental Health Act), vă puteți adresa și Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru – inspectoratul pentru sănătate din Țara Galilor).
        }
right-short-term-may-become-longer = Ce se poate întâmpla în continuare
    .body =
        { $audience ->
            [carer] Aceste măsuri durează doar puțin timp. Persoana despre care întrebați poate fi evaluată, ca să se vadă dacă trebuie ținută în spital pe secțiunea 2 sau 3. Dacă da, atunci poate avea un consilier IMHA.
            [staff] Acestea sunt măsuri pe termen scurt. Pacientul poate fi evaluat pentru internare nevoluntară în baza secțiunii 2 sau 3. Dacă este internat nevoluntar în baza uneia dintre ele, atunci poate avea un consilier IMHA.
           *[patient] Aceste măsuri durează doar puțin timp. Este posibil să vi se facă o evaluare, ca să se vadă dacă trebuie să rămâneți în spital pe secțiunea 2 sau 3. Dacă da, atunci puteți avea un consilier IMHA.
        }

## The same rights once the Mental Health Act 2025 changes them. These are
## shown only from the day each change starts.

right-section-2-tribunal-2025 = Cererea la Tribunal
    .body =
        { $audience ->
            [carer] Persoana despre care întrebați poate face o cerere la Tribunal (o comisie independentă care poate pune capăt secțiunii ei) în primele 21 de zile ale secțiunii 2. Un avocat o poate ajuta gratuit să facă cererea.
            [staff] Pacientul poate face o cerere la Tribunal în primele 21 de zile ale secțiunii 2. Pentru cazurile la Tribunal există asistență juridică gratuită de la un avocat (solicitor).
           *[patient] Puteți face o cerere la Tribunal (o comisie independentă care poate pune capăt secțiunii dumneavoastră) în primele 21 de zile ale secțiunii 2. Un avocat vă poate ajuta gratuit să faceți cererea.
        }
right-section-3-tribunal-2025 = Cererea la Tribunal
    .body =
        { $audience ->
            [carer] Persoana despre care întrebați poate face o cerere la Tribunal (o comisie independentă care poate pune capăt secțiunii ei) o dată în primele 3 luni ale secțiunii 3 și apoi o dată în fiecare perioadă pentru care secțiunea este prelungită. Un avocat o poate ajuta gratuit să facă cererea.
            [staff] Pacientul poate face o cerere la Tribunal o dată în primele 3 luni și apoi o dată în fiecare perioadă de prelungire. Pentru cazurile la Tribunal există asistență juridică gratuită de la un avocat (solicitor).
           *[patient] Puteți face o cerere la Tribunal (o comisie independentă care poate pune capăt secțiunii dumneavoastră) o dată în primele 3 luni ale secțiunii 3 și apoi o dată în fiecare perioadă pentru care secțiunea este prelungită. Un avocat vă poate ajuta gratuit să faceți cererea.
        }
right-section-3-referral-2025 = Când conducerea spitalului vă trimite cazul la Tribunal
    .body =
        { $audience ->
            [carer] Dacă Tribunalul nu a analizat cazul persoanei despre care întrebați în primele 3 luni, conducerea spitalului (hospital managers) trebuie să îl trimită. Trebuie să îl trimită din nou dacă nu a fost analizat între 3 și 12 luni și apoi în fiecare an.
            [staff] Conducerea spitalului (hospital managers) trebuie să trimită cazul dacă Tribunalul nu l-a analizat în primele 3 luni, din nou dacă nu l-a analizat între 3 și 12 luni și apoi în fiecare perioadă de 12 luni.
           *[patient] Dacă Tribunalul nu v-a analizat cazul în primele 3 luni, conducerea spitalului (hospital managers) trebuie să îl trimită. Trebuie să îl trimită din nou dacă nu a fost analizat între 3 și 12 luni și apoi în fiecare an.
        }
right-section-3-length-2025 = Cât durează secțiunea 3
    .body = Secțiunea 3 este pentru tratament. La început durează cel mult 3 luni. Apoi poate fi prelungită cu încă 3 luni, apoi cu 6 luni, iar după aceea cu câte un an o dată.
right-consent-to-treatment-2025 = Medicamente și tratament
    .body =
        { $audience ->
            [carer] În primele 2 luni de când persoana despre care întrebați primește prima dată medicamente pentru tulburarea ei psihică în timp ce este internată nevoluntar, acestea i se pot da fără consimțământul ei. După aceea, i se pot da doar dacă este de acord sau dacă un medic independent pentru a doua opinie (SOAD) confirmă că tratamentul este potrivit. Alte tratamente pentru tulburarea ei psihică, cum ar fi îngrijirea asigurată de asistente, i se pot da fără consimțământul ei.
            [staff] Medicamentele pentru tulburarea psihică pot fi date fără consimțământ timp de 2 luni de la prima administrare în perioada în care pacientul este internat nevoluntar. După aceea, este nevoie de consimțământul pacientului sau de certificarea unui SOAD. Alte tratamente pentru tulburarea psihică pot fi date fără consimțământ.
           *[patient] În primele 2 luni de când primiți prima dată medicamente pentru tulburarea dumneavoastră psihică în perioada în care trebuie să rămâneți în spital, acestea vi se pot da fără consimțământul dumneavoastră. După aceea, vi se pot da doar dacă sunteți de acord sau dacă un medic independent pentru a doua opinie (SOAD) confirmă că tratamentul este potrivit. Alte tratamente pentru tulburarea dumneavoastră psihică, cum ar fi îngrijirea asigurată de asistente, vi se pot da fără consimțământul dumneavoastră.
        }
# "nominated person": translated as "persoana desemnată (nominated person)".
# This is a draft term for review: a new legal term of the Mental Health Act
# 2025 for the person the patient chooses to replace the nearest relative.
right-nominated-person-discharge = Persoana desemnată (nominated person)
    .body =
        { $audience ->
            [carer] Persoana desemnată (nominated person) a persoanei despre care întrebați (cineva ales de ea sau numit pentru ea) poate dispune externarea ei, anunțând în scris conducerea spitalului (hospital managers). Clinicianul responsabil (responsible clinician) poate opri externarea dacă este probabil ca persoana despre care întrebați să fie un pericol pentru sine sau pentru alții. Persoana desemnată nu mai poate apoi dispune externarea timp de 3 luni.
            [staff] Persoana desemnată (nominated person) a pacientului poate dispune externarea lui printr-o notificare scrisă către conducerea spitalului. Clinicianul responsabil (responsible clinician) o poate bloca dacă este probabil ca pacientul să acționeze periculos; persoana desemnată nu mai poate apoi dispune externarea timp de 3 luni.
           *[patient] Persoana dumneavoastră desemnată (nominated person – cineva ales de dumneavoastră sau numit pentru dumneavoastră) poate dispune externarea dumneavoastră, anunțând în scris conducerea spitalului (hospital managers). Clinicianul dumneavoastră responsabil (responsible clinician) poate opri externarea dacă este probabil să fiți un pericol pentru dumneavoastră sau pentru alții. Persoana dumneavoastră desemnată nu mai poate apoi dispune externarea dumneavoastră timp de 3 luni.
        }
right-nominated-person-cannot-discharge = Persoana desemnată (nominated person)
    .body =
        { $audience ->
            [carer] Persoana desemnată (nominated person) a persoanei despre care întrebați nu poate pune capăt unui ordin de internare. Dar poate face o cerere la Tribunal pentru ea, în aceleași perioade în care poate face și persoana despre care întrebați.
            [staff] Persoana desemnată (nominated person) a pacientului nu poate dispune externarea de sub un ordin de internare. Poate face o cerere la Tribunal în aceleași perioade ca pacientul.
           *[patient] Persoana dumneavoastră desemnată (nominated person – cineva ales de dumneavoastră sau numit pentru dumneavoastră) nu poate pune capăt unui ordin de internare. Dar poate face o cerere la Tribunal pentru dumneavoastră, în aceleași perioade în care puteți face și dumneavoastră.
        }
right-section-37-referral-2025 = Când conducerea spitalului vă trimite cazul la Tribunal
    .body =
        { $audience ->
            [carer] Dacă trec 12 luni fără ca Tribunalul să analizeze cazul persoanei despre care întrebați, conducerea spitalului (hospital managers) trebuie să îl trimită la Tribunal.
            [staff] Conducerea spitalului (hospital managers) trebuie să trimită cazul dacă Tribunalul nu l-a analizat în ultimele 12 luni.
           *[patient] Dacă trec 12 luni fără ca Tribunalul să vă analizeze cazul, conducerea spitalului (hospital managers) trebuie să îl trimită la Tribunal.
        }
right-cto-referral-2025 = Când conducerea spitalului vă trimite cazul la Tribunal
    .body =
        { $audience ->
            [carer] Dacă Tribunalul nu a analizat cazul persoanei despre care întrebați în primele 6 luni ale CTO-ului ei, conducerea spitalului (hospital managers) trebuie să îl trimită. Trebuie să îl trimită din nou dacă nu a fost analizat între 6 și 12 luni și apoi în fiecare an.
            [staff] Conducerea spitalului (hospital managers) trebuie să trimită cazul dacă Tribunalul nu l-a analizat în primele 6 luni, din nou dacă nu l-a analizat între 6 și 12 luni și apoi în fiecare perioadă de 12 luni.
           *[patient] Dacă Tribunalul nu v-a analizat cazul în primele 6 luni ale CTO-ului dumneavoastră, conducerea spitalului (hospital managers) trebuie să îl trimită. Trebuie să îl trimită din nou dacă nu a fost analizat între 6 și 12 luni și apoi în fiecare an.
        }
right-guardianship-discharge-2025 = Încetarea tutelei
    .body =
        { $audience ->
            [carer] Tutela (guardianship) poate fi încheiată de clinicianul responsabil (responsible clinician), de autoritatea locală care răspunde de ea (local social services authority – autoritatea locală responsabilă pentru servicii sociale) sau de persoana desemnată (nominated person) a persoanei despre care întrebați. Persoana poate scrie autorității locale ca să îi ceară să pună capăt tutelei ei.
            [staff] Tutela (guardianship) poate fi încetată de clinicianul responsabil (responsible clinician), de autoritatea locală responsabilă pentru servicii sociale (local social services authority) sau de persoana desemnată (nominated person). Pacientul poate scrie autorității ca să îi ceară să pună capăt tutelei.
           *[patient] Tutela dumneavoastră (guardianship) poate fi încheiată de clinicianul dumneavoastră responsabil (responsible clinician), de autoritatea locală care răspunde de ea (local social services authority – autoritatea locală responsabilă pentru servicii sociale) sau de persoana dumneavoastră desemnată (nominated person). Puteți scrie autorității locale ca să îi cereți să pună capăt tutelei dumneavoastră.
        }
right-nominated-person-change = Schimbarea persoanei desemnate (nominated person)
    .body =
        { $audience ->
            [carer] Persoana despre care întrebați poate alege, în scris, o altă persoană desemnată (nominated person). Instanța de comitat (county court) poate, de asemenea, să pună capăt numirii unei persoane desemnate. Persoana despre care întrebați poate cere spitalului să nu îi trimită persoanei ei desemnate copii ale informațiilor despre ea.
            [staff] Pacientul poate numi în scris o altă persoană desemnată (nominated person); instanța de comitat (county court) poate pune capăt unei numiri. Pacientul poate cere ca persoanei desemnate să nu i se trimită copii ale informațiilor date pacientului.
           *[patient] Puteți alege, în scris, o altă persoană desemnată (nominated person). Instanța de comitat (county court) poate, de asemenea, să pună capăt numirii unei persoane desemnate. Puteți cere spitalului să nu îi trimită persoanei dumneavoastră desemnate copii ale informațiilor despre dumneavoastră.
        }
