# SPDX-License-Identifier: MIT OR Apache-2.0

### The accessibility statement (#/accessibility) and the privacy page
### (#/privacy), linked from every page's footer.
###
### The accessibility statement follows the model statement for public
### sector websites under the Public Sector Bodies (Websites and Mobile
### Applications) (No. 2) Accessibility Regulations 2018, and GOV.UK's
### sample statement: keep its headings recognisable, and the names of the
### regulations, the bodies and the standard as official names (the
### English in brackets after a translation is fine). "We" is the
### organisation that runs the service. $trust is that organisation's
### name, from its configuration; the "-no-trust" messages are used when
### no organisation is configured. Dates are YYYY-MM-DD.

## On both pages: who runs the service, and how to reach them

statement-run-by = Acest serviciu este administrat de { $trust }.
statement-run-by-no-trust = Acest serviciu este administrat de trustul NHS sau de organizația care v-a dat linkul către el.
# With no organisation configured, in place of its contact details.
statement-contact-ask = Întrebați personalul de pe salon sau organizația care v-a dat linkul către acest serviciu cum o puteți contacta.
# Label before the address of a contact form or web page.
statement-contact-online = Online

## The accessibility statement

# "service-name" is the service's name, as in the page header.
accessibility-heading = Declarație de accesibilitate pentru „{ service-name }”
accessibility-scope = Această declarație de accesibilitate se aplică acestui serviciu, care le spune persoanelor aflate sub incidența Legii sănătății mintale din 1983 (Mental Health Act 1983), îngrijitorilor lor și personalului de pe salon dacă pot avea un consilier independent pentru sănătatea mintală (IMHA) și ce drepturi au, în toate limbile în care este disponibil.
accessibility-able-intro = Ne dorim ca acest serviciu să poată fi folosit de cât mai multe persoane. De exemplu, asta înseamnă că ar trebui să puteți:
accessibility-able-keyboard = răspunde la întrebări și citi rezultatul folosind doar tastatura
# $count is how many languages the service offers besides English (Easy
# Read English counts as one).
accessibility-able-languages = citi serviciul în { $count ->
        [one] o limbă
        [few] { $count } limbi
       *[other] { $count } de limbi
    } pe lângă engleză, inclusiv galeză și engleză ușor de citit (Easy Read), cu paginile în arabă și urdu așezate de la dreapta la stânga
accessibility-able-read-aloud = asculta întrebările și rezultatele citite cu voce tare, dacă telefonul sau calculatorul dumneavoastră are o voce pentru limba dumneavoastră
accessibility-able-print = tipări rezultatul
accessibility-abilitynet = AbilityNet oferă sfaturi despre cum vă puteți face dispozitivul mai ușor de folosit dacă aveți o dizabilitate.
accessibility-abilitynet-link = AbilityNet: My Computer My Way (în engleză)

accessibility-how-heading = Cât de accesibil este acest serviciu
accessibility-how-intro = Știm că unele părți ale acestui serviciu nu sunt pe deplin accesibile:
accessibility-issue-draft-translations = traducerile și versiunea Easy Read nu au fost încă verificate de un traducător calificat, așa că unele propoziții pot fi neclare sau greșite (fiecare spune acest lucru și are un link către versiunea în engleză)
accessibility-issue-one-language = detaliile pe care le dăm într-o singură limbă, cum ar fi programul unui serviciu de consiliere, apar în acea limbă pe paginile în alte limbi, iar un cititor de ecran le poate citi cu o voce greșită
accessibility-issue-easy-read-pictures = imaginile din versiunea Easy Read provin dintr-un set general de simboluri (OpenMoji), nu dintr-unul creat pentru Easy Read, și nu au fost testate cu persoane cu dizabilități de învățare
accessibility-issue-read-aloud = citirea cu voce tare funcționează doar dacă dispozitivul are o voce pentru limba paginii, iar unele dispozitive nu au voce pentru unele dintre aceste limbi
accessibility-issue-bsl = nu există o versiune în limbajul semnelor britanic (BSL)
accessibility-issue-no-manual-checks = serviciul nu a fost încă verificat manual, de exemplu cu un cititor de ecran sau de către persoane cu dizabilități, așa că pot exista probleme pe care nu le cunoaștem

accessibility-feedback-heading = Feedback și informații de contact
accessibility-feedback = Dacă aveți nevoie de informațiile din acest serviciu într-un alt format, cum ar fi scris mare, înregistrare audio sau Braille, contactați-ne.

accessibility-reporting-heading = Raportarea problemelor de accesibilitate ale acestui serviciu
accessibility-reporting = Căutăm mereu să îmbunătățim accesibilitatea acestui serviciu. Dacă găsiți probleme care nu sunt enumerate pe această pagină sau credeți că nu respectăm cerințele de accesibilitate, contactați-ne.

accessibility-enforcement-heading = Procedura de aplicare a legii
accessibility-enforcement = Comisia pentru Egalitate și Drepturile Omului (Equality and Human Rights Commission, EHRC) este responsabilă de aplicarea regulamentului privind accesibilitatea site-urilor web și a aplicațiilor mobile ale organismelor din sectorul public (the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018, „regulamentul de accesibilitate”). Dacă nu sunteți mulțumit de felul în care răspundem la plângerea dumneavoastră, contactați Equality Advisory and Support Service (EASS), serviciul de consiliere privind egalitatea.
accessibility-enforcement-eass-link = Equality Advisory and Support Service (EASS)
accessibility-enforcement-northern-ireland = Dacă vă aflați în Irlanda de Nord și nu sunteți mulțumit de felul în care răspundem la plângerea dumneavoastră, puteți contacta Comisia pentru Egalitate din Irlanda de Nord (Equality Commission for Northern Ireland, ECNI), care este responsabilă de aplicarea regulamentului de accesibilitate în Irlanda de Nord.
accessibility-enforcement-ecni-link = Equality Commission for Northern Ireland (ECNI)

accessibility-technical-heading = Informații tehnice despre accesibilitatea acestui serviciu
accessibility-technical = Ne angajăm să facem acest serviciu accesibil, în conformitate cu regulamentul de accesibilitate (the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018).
accessibility-regulations-link = Regulamentul de accesibilitate pe legislation.gov.uk (în engleză)
accessibility-compliance-heading = Stadiul conformității
accessibility-compliance = Acest serviciu este parțial conform cu nivelul AA al Ghidului de accesibilitate a conținutului web (WCAG) versiunea 2.2, din cauza neconformității enumerate mai jos.
accessibility-wcag-link = Ghidul de accesibilitate a conținutului web (WCAG) 2.2
accessibility-non-accessible-heading = Conținut neaccesibil
accessibility-non-accessible = Conținutul enumerat mai jos nu este accesibil din următorul motiv.
accessibility-non-compliance-heading = Neconformitate cu regulamentul de accesibilitate
accessibility-non-compliance-language-of-parts = Textul din setările organizației dat într-o singură limbă, cum ar fi programul unui serviciu de consiliere, apare în acea limbă pe paginile în alte limbi, fără să fie marcat ca fiind în acea limbă. Aceasta nu respectă criteriul de succes 3.1.2 din WCAG 2.2 (Limba părților). Problema se evită dacă un astfel de text este dat în toate limbile serviciului.

accessibility-improving-heading = Ce facem pentru a îmbunătăți accesibilitatea
accessibility-improving-intro = Acest serviciu este software open source. Dezvoltatorii lui plănuiesc să:
accessibility-improving-translations = ceară unui traducător calificat să verifice fiecare traducere, iar unui autor de texte Easy Read să verifice versiunea Easy Read
accessibility-improving-manual-checks = testeze serviciul cu cititoare de ecran și cu persoane cu dizabilități
accessibility-improving-language-of-parts = marcheze limba textului dat într-o singură limbă
accessibility-improving-bsl = adauge videoclipuri în limbajul semnelor britanic

accessibility-preparation-heading = Pregătirea acestei declarații de accesibilitate
accessibility-prepared = Această declarație a fost pregătită la { $prepared }. A fost revizuită ultima dată la { $reviewed }.
# $axe is the version of the axe-core checker, e.g. 4.14.1.
accessibility-tested = Acest serviciu a fost testat ultima dată la { $date }. Testul a fost făcut de dezvoltatorii lui, prin verificări automate: axe-core { $axe } a verificat paginile pentru criteriile de succes WCAG 2.2 A și AA pe care le poate testa, în browserul Chromium (toate paginile în engleză; rezultatele, cererea pentru un consilier, pagina de revizuire pentru traducători, această declarație și pagina de confidențialitate în toate limbile), iar alte teste au verificat că la întrebări se poate răspunde doar cu tastatura și că paginile în arabă și urdu sunt așezate de la dreapta la stânga.
accessibility-manual-none = Nu s-a făcut încă nicio verificare manuală, cum ar fi testarea cu un cititor de ecran.
accessibility-manual-intro = Verificări manuale:
# One manual check: $date is its day, $check what was checked (one of
# the accessibility-manual-kind messages).
accessibility-manual-check = { $date }: { $check }
accessibility-manual-kind-keyboard = fiecare pagină folosită doar cu tastatura
accessibility-manual-kind-screen-reader = fiecare pagină folosită cu un cititor de ecran
accessibility-manual-kind-zoom = fiecare pagină folosită mărită la 400% și pe un ecran lat de 320 de pixeli
accessibility-manual-kind-disabled-users = serviciul încercat de persoane cu dizabilități care l-ar putea folosi

## The privacy page

privacy-heading = Confidențialitate: ce se întâmplă cu răspunsurile dumneavoastră
privacy-intro = Acest serviciu nu trimite nicăieri răspunsurile dumneavoastră. Ele rămân în browserul de pe acest telefon, tabletă sau calculator, dacă nu le trimiteți chiar dumneavoastră.

privacy-stored-heading = Ce se păstrează pe acest dispozitiv
privacy-stored-intro = Cât timp folosiți serviciul, browserul păstrează aceste lucruri în memoria sesiunii (session storage), un spațiu care aparține acestei file a browserului. Fiecare are un nume, afișat primul:
# After the name of an item in session storage.
privacy-stored-answers = răspunsurile dumneavoastră la întrebări, ca butoanele Înapoi și Înainte și reîncărcarea paginii să le păstreze
privacy-stored-language = limba pe care ați ales-o, ca pagina următoare să fie în acea limbă
privacy-stored-nothing-else = Nu se păstrează nimic altceva: nu există cookie-uri și nimic în memoria de durată a browserului.

privacy-how-long-heading = Cât timp se păstrează
privacy-how-long = Browserul șterge memoria sesiunii când închideți fila sau browserul. „{ clear-answers }”, în partea de jos a fiecărei pagini după ce ați răspuns la o întrebare, vă șterge imediat răspunsurile.
privacy-history = Adresa unei pagini cu rezultat conține răspunsurile dumneavoastră după semnul #, așa că istoricul browserului le păstrează până când îl ștergeți. Pe un telefon sau calculator folosit în comun, folosiți o fereastră privată sau ștergeți istoricul când ați terminat.

privacy-sent-heading = Ce se trimite și cui
privacy-sent = Acest serviciu nu trimite nimănui nimic din ce alegeți sau scrieți. Nu există cookie-uri, analize de trafic sau reclame și nu se încarcă nimic de pe alte site-uri.
privacy-files = Browserul descarcă fișierele serviciului de pe site-ul de pe care provine: codul și stilurile paginilor, textele în limba dumneavoastră, lista serviciilor locale de consiliere și imaginile Easy Read. Răspunsurile dumneavoastră nu fac parte din aceste cereri: un browser nu trimite niciodată partea dintr-o adresă de după semnul #. Ca orice site, serverul acelui site poate păstra o evidență a cererilor, cum ar fi adresa de internet a dispozitivului dumneavoastră și ora.
privacy-request = Dacă cereți un consilier, mesajul este trimis de aplicația de mesaje sau de e-mail a propriului telefon și doar când îl trimiteți din ea. Ajunge la serviciul de consiliere prin compania dumneavoastră de telefonie sau furnizorul de e-mail, nu prin acest serviciu.
privacy-read-aloud = Citirea cu voce tare folosește doar vocile care funcționează direct pe dispozitivul dumneavoastră, așa că textul paginii nu este trimis nicăieri. Unele browsere oferă și voci care funcționează prin internet (de exemplu, unele voci din Google Chrome pe calculator): serviciul nu le folosește niciodată, iar dacă dispozitivul are doar astfel de voci pentru limba dumneavoastră, nu există butonul „Ascultați această pagină”.
privacy-embedded = Dacă acest serviciu face parte din pagina web a altei organizații, restul acelei pagini intră sub incidența notei de confidențialitate a acelei organizații.

privacy-contact-heading = Întrebări despre informațiile dumneavoastră
privacy-contact = Pentru întrebări despre informațiile dumneavoastră sau despre cum le folosim, contactați responsabilul nostru cu protecția datelor.
privacy-ico = Dacă nu sunteți mulțumit de felul în care o organizație vă folosește informațiile, puteți face o plângere la Information Commissioner’s Office (ICO), autoritatea britanică pentru protecția datelor.
privacy-ico-link = Faceți o plângere la Information Commissioner’s Office (ICO)
