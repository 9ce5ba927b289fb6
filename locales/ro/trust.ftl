# SPDX-License-Identifier: MIT OR Apache-2.0

### What NHS trusts add: their local IMHA provider's contact details,
### ward posters with a QR code, and a page for staff.

## The local IMHA provider, as the trust configured it

# Before the provider's name.
provider-intro = Serviciul IMHA local este:
provider-phone = Telefon
provider-text = SMS
provider-email = E-mail
provider-hours = Program
provider-referral = Cereți online un consilier
provider-bsl = Limbajul semnelor britanic (British Sign Language, BSL)
# When the trust's settings could not be used; the page then shows contact-default.
provider-unavailable = Nu am putut afișa datele serviciului IMHA local.

## Page for staff

staff-heading = Cum le spuneți pacienților despre consilierii independenți pentru sănătatea mintală
staff-intro = Legea spune că pacienții care pot avea un consilier IMHA trebuie ajutați să înțeleagă ce poate face un consilier IMHA și cum pot obține unul. Aceasta este obligația de informare.
staff-who-heading = Cine trebuie informat
staff-who = Fiecare pacient care poate avea un consilier IMHA. În Anglia: pacienții care pot fi internați nevoluntar (liable to be detained) în baza oricărei secțiuni, cu excepția măsurilor de menținere temporară în spital (holding powers: secțiunile 4, 5(2) și 5(4)) și a locurilor sigure (places of safety: secțiunile 135 și 136), de exemplu secțiunile 2, 3, de la 35 la 38, 45A, 47 și 48, inclusiv cei aflați în învoire; pacienții cu un ordin de tratament în comunitate (CTO), cei aflați sub tutelă (guardianship) sau externați condiționat; și orice persoană cu care se discută o operație pe creier pentru o tulburare psihică, un implant hormonal care reduce dorința sexuală sau (pentru cei sub 18 ani) ECT. În Țara Galilor: aceleași persoane și, în plus, pacienții aflați sub secțiunile 4, 5(2) și 5(4) și fiecare pacient internat informal pentru evaluarea sau tratarea unei tulburări psihice. Locurile sigure nu dau acest drept în niciuna dintre cele două țări.
staff-when-heading = Când trebuie informați
staff-when-detention = Cât mai curând posibil în practică (as soon as practicable) după ce pot avea un consilier IMHA: când sunt internați nevoluntar, primesc un CTO, sunt puși sub tutelă sau sunt externați condiționat ori cât timp se discută un tratament care dă acest drept.
staff-when-change = Când li se schimbă secțiunea, de exemplu de la secțiunea 2 la secțiunea 3.
staff-when-ward-rounds = Înainte de vizitele medicale pe salon și de reevaluările îngrijirii.
staff-when-tribunal = Înainte de audierile la Tribunal și la conducerea spitalului (hospital managers) și când se prelungește o secțiune.
staff-when-medication = Înainte de reevaluările tratamentului medicamentos și când vine un medic pentru a doua opinie (SOAD).
staff-how-heading = Cum trebuie informați
staff-how = Spuneți-le verbal și dați-le informațiile în scris. Verificați dacă au înțeles. Dacă sunt prea bolnavi, încercați din nou mai târziu. Folosiți un interpret, materiale în format ușor de citit (Easy Read) sau limbajul semnelor britanic (British Sign Language) când este nevoie.
staff-nearest-relative = Dacă pacientul nu se opune, trimiteți o copie a informațiilor scrise celei mai apropiate rude a lui (nearest relative). Acest lucru este valabil pentru pacienții internați nevoluntar, pacienții în comunitate și cei aflați sub tutelă, dar nu pentru pacienții aflați pe secțiuni dispuse de instanță sau pe secțiuni pentru deținuți și nici pentru pacienții care au acest drept doar din cauza unei discuții despre tratament. În Țara Galilor, copia pentru un pacient informal se trimite persoanelor numite în secțiunea 130L(6).
# "nominated person": translated as "persoana desemnată (nominated person)".
# This is a draft term for review: a new legal term of the Mental Health Act
# 2025 for the person the patient chooses to replace the nearest relative.
staff-nominated-person = Dacă pacientul nu se opune, trimiteți o copie a informațiilor scrise persoanei lui desemnate (nominated person). Acest lucru nu este valabil pentru pacienții care au acest drept doar din cauza unei discuții despre tratament. În Țara Galilor, copia pentru un pacient informal se trimite persoanelor numite în secțiunea 130L(6).
staff-referral-heading = Cum faceți o trimitere
staff-referral = Pacienții pot contacta singuri serviciul IMHA. Și personalul poate face o trimitere, cu acordul pacientului sau atunci când pacientul nu poate decide și un consilier IMHA l-ar ajuta. Dați serviciului IMHA numele pacientului, salonul, secțiunea și data oricărei audieri.
staff-cqc-heading = Ce verifică Care Quality Commission (CQC, comisia pentru calitatea îngrijirii)
staff-cqc = Inspectorii verifică dacă pacienților li s-a spus despre consilierii IMHA când au dobândit acest drept și din nou mai târziu, dacă acest lucru a fost notat și dacă pacienții au putut contacta ușor un consilier IMHA, inclusiv de la un telefon pe care îl pot folosi fără să fie auziți.
staff-print = Tipăriți această listă de verificare
# Links to the questions, to see what one patient can have.
staff-patient-link = Verificați ce poate avea un anumit pacient: consilierul IMHA, drepturile sale și obligațiile dumneavoastră

## Ward posters

poster-link = Faceți un afiș pentru salon
poster-heading = Faceți un afiș pentru salon
poster-intro = Faceți un afiș A4 cu un cod QR care deschide acest serviciu în limba potrivită și cu datele serviciului IMHA local.
poster-language-label = Limba afișului
poster-provider-label = Serviciul IMHA
# The last choice of IMHA service, when staff want another one or the trust has set none: they then type its name and phone.
poster-provider-none = Niciunul dintre acestea: scrieți mai jos datele serviciului
poster-name-label = Numele serviciului IMHA
poster-name-hint = Așa cum trebuie să apară pe afiș. Este folosit doar pentru acest afiș și nu este salvat.
poster-phone-label = Numărul de telefon al serviciului IMHA
# A UK phone number example; keep the digits as they are.
poster-phone-hint = Un număr din Regatul Unit, de exemplu 0300 123 4567. Este folosit doar pentru acest afiș și nu este salvat.
poster-phone-error = Introduceți un număr de telefon din Regatul Unit, de exemplu 0300 123 4567 sau +44 300 123 4567
poster-url-label = Adresa web publică a acestui serviciu
poster-url-hint = Adresa pe care o vor deschide oamenii, care începe cu https://
poster-url-error = Introduceți o adresă web care începe cu https://
poster-make = Faceți afișul
poster-print = Tipăriți afișul
# The poster itself, in the chosen language.
poster-title = Vreți ajutor ca să vă înțelegeți drepturile?
poster-body = Un consilier independent pentru sănătatea mintală vă poate ajuta. Este gratuit. Consilierul nu lucrează pentru spital.
poster-scan = Scanați codul QR ca să aflați dacă puteți avea un consilier.
poster-or-visit = Sau intrați pe:
poster-call = Sau sunați la:
# For people who cannot scan the QR code.
poster-no-smartphone = Nu aveți smartphone? Rugați o asistentă medicală să vă ajute să contactați un consilier.
poster-qr-label = Cod QR care deschide serviciul
