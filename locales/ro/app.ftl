# SPDX-License-Identifier: MIT OR Apache-2.0

### The frame around every screen: title, header, footer and fallbacks.

# The name of the service, as in the page title and the header.
service-name = Dreptul dumneavoastră la un consilier independent
# The page title. $page is the heading of the screen.
page-title = { $page } – { service-name }
skip-link = Mergeți la conținutul principal
footer-privacy = Nimic din ce scrieți aici nu pleacă de pe acest telefon sau calculator. Nu folosim cookie-uri.
# $date is the month the legal facts were last checked, e.g. 2026-11.
footer-law-as-at = Legislația este cea valabilă la { $date }.
# Footer links to the accessibility statement and the privacy page
# (their words are in statements.ftl).
accessibility-link = Declarație de accesibilitate
privacy-link = Confidențialitate

## Start page

start-heading = Aflați dacă puteți avea un consilier independent pentru sănătatea mintală
start-intro =
    { $audience ->
        [carer] Un consilier independent pentru sănătatea mintală (IMHA) ajută persoanele care sunt ținute în spital sau tratate în baza Legii sănătății mintale (Mental Health Act) să își înțeleagă drepturile și să le folosească. Răspundeți la câteva întrebări ca să aflați dacă persoana despre care întrebați poate avea un astfel de consilier.
        [staff] Un consilier independent pentru sănătatea mintală (IMHA) îi ajută pe pacienții aflați sub incidența Legii sănătății mintale (Mental Health Act) să își înțeleagă drepturile și să le folosească. Răspundeți la câteva întrebări ca să verificați dacă un pacient poate avea un astfel de consilier și ce trebuie să îi spuneți.
       *[patient] Un consilier independent pentru sănătatea mintală (IMHA) vă poate ajuta să vă înțelegeți drepturile și să le folosiți, dacă trebuie să rămâneți în spital sau primiți tratament în baza Legii sănătății mintale (Mental Health Act). Răspundeți la câteva întrebări ca să aflați dacă puteți avea un astfel de consilier.
    }
start-free = Consilierii sunt gratuiți și nu lucrează pentru spital.
start-time = Durează aproximativ 2 minute.
start-button = Începeți acum

## When something goes wrong

fallback-heading = Ne pare rău, această pagină nu a putut fi afișată
fallback-advice = Puteți primi totuși ajutor. Cereți personalului de pe salon datele de contact ale serviciului local de consilieri independenți pentru sănătatea mintală (IMHA). Personalul trebuie să vă ajute să îl contactați.

## Citations of several sections at once

# $sections is a list of section numbers, such as "23, 25, 66(1)(g)";
# $count is how many.
citation-sections = Legea sănătății mintale din 1983 (Mental Health Act 1983), { $count ->
        [one] secțiunea
        [few] secțiunile
       *[other] secțiunile
    } { $sections }
citation-sections-wales = Legea sănătății mintale din 1983 (Mental Health Act 1983), cu modificările aduse de Mental Health (Wales) Measure 2010, { $count ->
        [one] secțiunea
        [few] secțiunile
       *[other] secțiunile
    } { $sections }

citation-sections-2025 = Legea sănătății mintale din 1983 (Mental Health Act 1983), cu modificările aduse de Legea sănătății mintale din 2025 (Mental Health Act 2025), { $count ->
        [one] secțiunea
        [few] secțiunile
       *[other] secțiunile
    } { $sections }

## Where this information comes from: a page for reviewers

sources-link = De unde provin aceste informații
sources-heading = De unde provin aceste informații
sources-intro = Fiecare afirmație despre lege din acest serviciu se bazează pe o secțiune din Legea sănătății mintale din 1983 (Mental Health Act 1983) sau pe o altă sursă oficială. Această listă arată fiecare sursă, cum a fost verificată și când.
sources-unchecked = Acolo unde o sursă a fost verificată doar cu notele explicative (explanatory notes) sau cu copia altcuiva, un jurist ar trebui să o verifice cu textul legii înainte ca cineva să se bazeze pe ea.
sources-column-source = Sursa
sources-column-how = Cum a fost verificată
sources-column-checked = Data verificării
source-how-primary-text = Cu textul legii
source-how-official-explanatory = Cu notele explicative oficiale (explanatory notes)
source-how-secondary = Cu o sursă secundară
source-document-code-of-practice = Codul de practică al Legii sănătății mintale din 1983 (Mental Health Act 1983 Code of Practice), capitolul 6
source-document-commencement-2025 = Legea sănătății mintale din 2025 (Mental Health Act 2025), secțiunea 56 (când intră în vigoare)

## Languages

# Label for the list of languages, read by screen readers.
language-switcher-label = Alegeți o limbă
# Shown at the top of every page when this translation has not yet been
# checked by a qualified translator. It is shown in this language and in
# English.
# One line, opening the full draft notice below it.
draft-notice-short = Traducere provizorie: încă neverificată
draft-notice = Această traducere nu a fost încă verificată de un traducător calificat. Poate conține greșeli.
draft-notice-english-link = Citiți această pagină în engleză
# When the chosen language could not be downloaded; the page is shown in English.
language-load-failed = Ne pare rău, această limbă nu a putut fi încărcată, așa că pagina este afișată în engleză.
words-loading = Se încarcă…
words-load-failed-heading = Ne pare rău, această pagină nu a putut fi încărcată
words-load-failed-body = Verificați dacă sunteți conectat la internet, apoi încercați din nou.
words-load-retry = Încercați din nou
# When a link asks for a language this service does not have.
language-not-available = Această pagină nu este disponibilă în limba cerută de link, așa că este afișată în altă limbă.

## On every page: clearing the answers, and the link for staff

clear-answers = Ștergeți răspunsurile mele
# Asked before the answers are cleared, with two buttons.
clear-confirm = Ștergeți toate răspunsurile? Veți începe din nou de la prima întrebare.
clear-confirm-yes = Da, ștergeți răspunsurile mele
clear-confirm-no = Nu, păstrați-le
staff-link = Pentru personalul de pe salon: cum le spuneți pacienților despre consilierii IMHA
