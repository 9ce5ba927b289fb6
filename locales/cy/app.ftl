# SPDX-License-Identifier: MIT OR Apache-2.0

### The frame around every screen: title, header, footer and fallbacks.

# The name of the service, as in the page title and the header.
service-name = Eich hawl i gael eiriolwr
# The page title. $page is the heading of the screen.
page-title = { $page } – { service-name }
skip-link = Neidio i’r prif gynnwys
footer-privacy = Nid yw unrhyw beth rydych chi’n ei nodi yn gadael y ffôn neu’r cyfrifiadur hwn. Nid oes dim cwcis.
# $date is the month the legal facts were last checked, e.g. 2026-11.
footer-law-as-at = Y gyfraith fel yr oedd hi ar { $date }.
# Footer links to the accessibility statement and the privacy page
# (their words are in statements.ftl).
accessibility-link = Datganiad hygyrchedd
privacy-link = Preifatrwydd

## Start page

start-heading = Cael gwybod a allwch chi gael eiriolwr iechyd meddwl annibynnol
start-intro =
    { $audience ->
        [carer] Mae eiriolwr iechyd meddwl annibynnol (IMHA) yn helpu pobl sy’n cael eu cadw’n gaeth yn yr ysbyty, neu’n cael triniaeth, o dan y Ddeddf Iechyd Meddwl (Mental Health Act) i ddeall a defnyddio eu hawliau. Atebwch ychydig o gwestiynau i gael gwybod a all y person rydych chi’n holi amdano gael un.
        [staff] Mae eiriolwr iechyd meddwl annibynnol (IMHA) yn helpu cleifion o dan y Ddeddf Iechyd Meddwl (Mental Health Act) i ddeall a defnyddio eu hawliau. Atebwch ychydig o gwestiynau i wirio a all claf gael un, a beth mae’n rhaid i chi ei ddweud wrthyn nhw.
       *[patient] Gall eiriolwr iechyd meddwl annibynnol (IMHA) eich helpu i ddeall a defnyddio eich hawliau os ydych chi’n cael eich cadw’n gaeth yn yr ysbyty, neu’n cael triniaeth, o dan y Ddeddf Iechyd Meddwl (Mental Health Act). Atebwch ychydig o gwestiynau i gael gwybod a allwch chi gael un.
    }
start-free = Mae eiriolwyr am ddim, ac nid ydyn nhw’n gweithio i’r ysbyty.
start-time = Mae’n cymryd tua 2 funud.
start-button = Dechrau nawr

## When something goes wrong

fallback-heading = Mae’n ddrwg gennym, nid oedd modd dangos y dudalen hon
fallback-advice = Gallwch chi gael help o hyd. Gofynnwch i staff y ward am fanylion eich gwasanaeth eiriolaeth iechyd meddwl annibynnol (IMHA) lleol. Mae’n rhaid iddyn nhw eich helpu i gysylltu ag ef.

## Citations of several sections at once

# $sections is a list of section numbers, such as "23, 25, 66(1)(g)";
# $count is how many.
citation-sections = Deddf Iechyd Meddwl 1983, { $count ->
        [zero] adrannau
        [one] adran
        [two] adrannau
        [few] adrannau
        [many] adrannau
       *[other] adrannau
    } { $sections }
citation-sections-wales = Deddf Iechyd Meddwl 1983 fel y’i diwygiwyd gan Fesur Iechyd Meddwl (Cymru) 2010, { $count ->
        [zero] adrannau
        [one] adran
        [two] adrannau
        [few] adrannau
        [many] adrannau
       *[other] adrannau
    } { $sections }

citation-sections-2025 = Deddf Iechyd Meddwl 1983 fel y’i diwygiwyd gan Ddeddf Iechyd Meddwl 2025, { $count ->
        [zero] adrannau
        [one] adran
        [two] adrannau
        [few] adrannau
        [many] adrannau
       *[other] adrannau
    } { $sections }

## Where this information comes from: a page for reviewers

sources-link = O ble mae’r wybodaeth hon yn dod
sources-heading = O ble mae’r wybodaeth hon yn dod
sources-intro = Mae pob datganiad am y gyfraith yn y gwasanaeth hwn yn seiliedig ar adran o Ddeddf Iechyd Meddwl 1983 neu ar ffynhonnell swyddogol arall. Mae’r rhestr hon yn dangos pob ffynhonnell, sut y cafodd ei gwirio a phryd.
sources-unchecked = Lle mai dim ond yn erbyn nodiadau esboniadol neu gopi rhywun arall y mae ffynhonnell wedi cael ei gwirio, dylai cyfreithiwr ei gwirio yn erbyn testun y gyfraith cyn dibynnu arni.
sources-column-source = Ffynhonnell
sources-column-how = Sut y cafodd ei gwirio
sources-column-checked = Dyddiad ei gwirio
source-how-primary-text = Yn erbyn testun y gyfraith
source-how-official-explanatory = Yn erbyn nodiadau esboniadol swyddogol
source-how-secondary = Yn erbyn ffynhonnell eilaidd
source-document-code-of-practice = Cod Ymarfer Deddf Iechyd Meddwl 1983, pennod 6
source-document-commencement-2025 = Deddf Iechyd Meddwl 2025, adran 56 (pryd mae’n dechrau)

## Languages

# Label for the list of languages, read by screen readers.
language-switcher-label = Dewis iaith
# Shown at the top of every page when this translation has not yet been
# checked by a qualified translator. It is shown in this language and in
# English.
# One line, opening the full draft notice below it.
draft-notice-short = Cyfieithiad drafft: heb ei wirio eto
draft-notice = Nid yw cyfieithydd cymwys wedi gwirio’r cyfieithiad hwn eto. Gall fod camgymeriadau ynddo.
draft-notice-english-link = Darllen y dudalen hon yn Saesneg
# When the chosen language could not be downloaded; the page is shown in English.
language-load-failed = Mae’n ddrwg gennym, nid oedd modd llwytho’r iaith hon, felly mae’r dudalen yn cael ei dangos yn Saesneg.
words-loading = Wrthi’n llwytho…
words-load-failed-heading = Mae’n ddrwg gennym, nid oedd modd llwytho’r dudalen hon
words-load-failed-body = Gwnewch yn siŵr eich bod wedi cysylltu â’r rhyngrwyd, yna rhowch gynnig arall arni.
words-load-retry = Rhoi cynnig arall arni
# When a link asks for a language this service does not have.
language-not-available = Nid yw’r dudalen hon ar gael yn yr iaith y gofynnodd y ddolen amdani, felly mae’n cael ei dangos mewn iaith arall.

## On every page: clearing the answers, and the link for staff

clear-answers = Clirio fy atebion
# Asked before the answers are cleared, with two buttons.
clear-confirm = Clirio eich holl atebion? Byddwch chi’n dechrau eto o’r cwestiwn cyntaf.
clear-confirm-yes = Ie, clirio fy atebion
clear-confirm-no = Na, eu cadw
staff-link = Ar gyfer staff y ward: dweud wrth gleifion am eiriolwyr iechyd meddwl annibynnol (IMHA)
