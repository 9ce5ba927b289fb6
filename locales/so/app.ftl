# SPDX-License-Identifier: MIT OR Apache-2.0

### The frame around every screen: title, header, footer and fallbacks.

# The name of the service, as in the page title and the header.
service-name = Xaqa aad u leedahay u-doode
# The page title. $page is the heading of the screen.
page-title = { $page } – { service-name }
skip-link = U gudub qoraalka ugu muhiimsan
footer-privacy = Waxa aad halkan ku qorto kama baxo taleefankan ama kombiyuutarkan. Ma jiraan cookies.
# $date is the month the legal facts were last checked, e.g. 2026-11.
footer-law-as-at = Sharciga sida uu ahaa { $date }.
# Footer links to the accessibility statement and the privacy page
# (their words are in statements.ftl).
accessibility-link = Bayaanka helitaanka (accessibility)
privacy-link = Asturnaanta (privacy)

## Start page

start-heading = Ogow haddii aad heli karto u-doode madax-bannaan oo caafimaadka maskaxda ah
start-intro =
    { $audience ->
        [carer] U-doode madax-bannaan oo caafimaadka maskaxda ah (IMHA) wuxuu caawiyaa dadka lagu hayo isbitaalka ama lagu daaweeyo iyadoo la raacayo Sharciga Caafimaadka Maskaxda (Mental Health Act), si ay u fahmaan oo u isticmaalaan xuquuqdooda. Ka jawaab dhowr su’aalood si aad u ogaato in qofka aad wax ka weydiinayso uu heli karo mid.
        [staff] U-doode madax-bannaan oo caafimaadka maskaxda ah (IMHA) wuxuu bukaannada ku hoos jira Sharciga Caafimaadka Maskaxda (Mental Health Act) ka caawiyaa inay fahmaan oo isticmaalaan xuquuqdooda. Ka jawaab dhowr su’aalood si aad u hubiso in bukaan uu heli karo mid, iyo waxa ay tahay inaad u sheegto.
       *[patient] U-doode madax-bannaan oo caafimaadka maskaxda ah (IMHA) wuxuu kaa caawin karaa inaad fahanto oo isticmaasho xuquuqdaada, haddii lagugu hayo isbitaalka ama lagu daaweeyo iyadoo la raacayo Sharciga Caafimaadka Maskaxda (Mental Health Act). Ka jawaab dhowr su’aalood si aad u ogaato inaad heli karto mid.
    }
start-free = U-doodayaashu waa bilaash, mana u shaqeeyaan isbitaalka.
start-time = Waxay qaadanaysaa qiyaastii 2 daqiiqo.
start-button = Hadda bilow

## When something goes wrong

fallback-heading = Waan ka xunnahay, boggan lama soo bandhigi karin
fallback-advice = Weli caawimaad ayaad heli kartaa. Shaqaalaha waadhka weydii macluumaadka adeegga u-doodayaasha madax-bannaan ee caafimaadka maskaxda (IMHA) ee deegaankaaga. Waa inay kaa caawiyaan inaad la xiriirto.

## Citations of several sections at once

# $sections is a list of section numbers, such as "23, 25, 66(1)(g)";
# $count is how many.
citation-sections = Sharciga Caafimaadka Maskaxda 1983 (Mental Health Act 1983), { $count ->
        [one] qodobka
       *[other] qodobada
    } { $sections }
citation-sections-wales = Sharciga Caafimaadka Maskaxda 1983 (Mental Health Act 1983) sida uu wax uga beddelay Mental Health (Wales) Measure 2010, { $count ->
        [one] qodobka
       *[other] qodobada
    } { $sections }

citation-sections-2025 = Sharciga Caafimaadka Maskaxda 1983 (Mental Health Act 1983) sida uu wax uga beddelay Sharciga Caafimaadka Maskaxda 2025 (Mental Health Act 2025), { $count ->
        [one] qodobka
       *[other] qodobada
    } { $sections }

## Where this information comes from: a page for reviewers

sources-link = Halka macluumaadkan ka yimid
sources-heading = Halka macluumaadkan ka yimid
sources-intro = Qoraal kasta oo sharciga ku saabsan oo adeeggan ku jira wuxuu ku salaysan yahay qodob ka mid ah Sharciga Caafimaadka Maskaxda 1983 (Mental Health Act 1983) ama il kale oo rasmi ah. Liiskani wuxuu muujinayaa il kasta, sida loo hubiyay iyo goorta.
sources-unchecked = Haddii il lagu hubiyay oo keliya qoraallo sharraxaad ah (explanatory notes) ama nuqul uu qof kale hayo, qareen waa inuu ku hubiyaa qoraalka sharciga ka hor inta aan lagu tiirsan.
sources-column-source = Isha
sources-column-how = Sida loo hubiyay
sources-column-checked = Goorta la hubiyay
source-how-primary-text = Iyadoo la barbar dhigay qoraalka sharciga
source-how-official-explanatory = Iyadoo la barbar dhigay qoraallo sharraxaad oo rasmi ah (official explanatory notes)
source-how-secondary = Iyadoo la barbar dhigay il labaad (secondary source)
source-document-code-of-practice = Xeerka hab-dhaqanka (Code of Practice) ee Sharciga Caafimaadka Maskaxda 1983 (Mental Health Act 1983), cutubka 6
source-document-commencement-2025 = Sharciga Caafimaadka Maskaxda 2025 (Mental Health Act 2025), qodobka 56 (goorta uu bilaabmayo)

## Languages

# Label for the list of languages, read by screen readers.
language-switcher-label = Dooro luqad
# Shown at the top of every page when this translation has not yet been
# checked by a qualified translator. It is shown in this language and in
# English.
# One line, opening the full draft notice below it.
draft-notice-short = Turjumaad qabyo ah: weli lama hubin
draft-notice = Turjumaan xirfad leh weli ma hubin turjumaaddan. Waxaa ku jiri kara khaladaad.
draft-notice-english-link = Boggan ku akhri Ingiriisi
# When the chosen language could not be downloaded; the page is shown in English.
language-load-failed = Waan ka xunnahay, luqaddan lama soo dejin karin, sidaas darteed boggu wuxuu ku soo baxay Ingiriisi.
words-loading = Waa la soo rarayaa…
words-load-failed-heading = Waan ka xunnahay, boggan lama soo rari karin
words-load-failed-body = Hubi inaad ku xiran tahay internetka, kadibna isku day mar kale.
words-load-retry = Isku day mar kale
# When a link asks for a language this service does not have.
language-not-available = Boggan lagama helo luqadda uu linkigu codsaday, sidaas darteed wuxuu ku soo baxay luqad kale.

## On every page: clearing the answers, and the link for staff

clear-answers = Tirtir jawaabahayga
# Asked before the answers are cleared, with two buttons.
clear-confirm = Ma tirtirtaa dhammaan jawaabahaaga? Waxaad dib uga bilaabi doontaa su’aasha ugu horreysa.
clear-confirm-yes = Haa, tirtir jawaabahayga
clear-confirm-no = Maya, ha tirtirin
staff-link = Shaqaalaha waadhka: u sheegidda bukaannada wax ku saabsan IMHA
