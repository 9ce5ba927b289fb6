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

statement-run-by = Ten serwis prowadzi { $trust }.
statement-run-by-no-trust = Ten serwis prowadzi trust NHS lub inna organizacja, od której otrzymano link do niego.
# With no organisation configured, in place of its contact details.
statement-contact-ask = Zapytaj personel oddziału albo organizację, od której otrzymano link do tego serwisu, jak się z nią skontaktować.
# Label before the address of a contact form or web page.
statement-contact-online = Online

## The accessibility statement

# "service-name" is the service's name, as in the page header.
accessibility-heading = Deklaracja dostępności serwisu „{ service-name }”
accessibility-scope = Ta deklaracja dostępności dotyczy tego serwisu, który mówi osobom objętym przepisami ustawy o zdrowiu psychicznym z 1983 r. (Mental Health Act 1983), ich opiekunom i personelowi oddziału, czy mogą skorzystać z pomocy niezależnego rzecznika ds. zdrowia psychicznego (IMHA) i jakie mają prawa, we wszystkich językach, w których jest dostępny.
accessibility-able-intro = Chcemy, aby z tego serwisu mogło korzystać jak najwięcej osób. Oznacza to na przykład, że możesz:
accessibility-able-keyboard = odpowiedzieć na pytania i przeczytać wynik, używając tylko klawiatury
# $count is how many languages the service offers besides English (Easy
# Read English counts as one).
accessibility-able-languages = czytać go w { $count } językach oprócz angielskiego, w tym po walijsku i w wersji Easy Read (łatwy angielski), przy czym strony po arabsku i w urdu są ułożone od prawej do lewej
accessibility-able-read-aloud = słuchać pytań i wyników czytanych na głos, jeśli Twój telefon lub komputer ma głos w Twoim języku
accessibility-able-print = wydrukować swój wynik
accessibility-abilitynet = AbilityNet podpowiada, jak ułatwić sobie korzystanie z urządzenia, jeśli masz niepełnosprawność.
accessibility-abilitynet-link = AbilityNet: My Computer My Way (po angielsku)

accessibility-how-heading = Jak dostępny jest ten serwis
accessibility-how-intro = Wiemy, że niektóre części tego serwisu nie są w pełni dostępne:
accessibility-issue-draft-translations = tłumaczenia i wersja Easy Read nie zostały jeszcze sprawdzone przez wykwalifikowanego tłumacza, więc niektóre zdania mogą być niejasne lub błędne (każde z nich o tym informuje i zawiera link do wersji angielskiej)
accessibility-issue-one-language = informacje, które podajemy tylko w jednym języku, na przykład godziny pracy serwisu rzeczników, są pokazywane w tym języku na stronach w innych językach, a czytnik ekranu może przeczytać je niewłaściwym głosem
accessibility-issue-easy-read-pictures = obrazki w wersji Easy Read pochodzą z ogólnego zestawu symboli (OpenMoji), a nie z zestawu przygotowanego dla Easy Read, i nie zostały sprawdzone z osobami z niepełnosprawnością intelektualną
accessibility-issue-read-aloud = czytanie na głos działa tylko wtedy, gdy urządzenie ma głos w języku strony, a niektóre urządzenia nie mają głosów dla niektórych z tych języków
accessibility-issue-bsl = nie ma wersji w brytyjskim języku migowym (BSL)
accessibility-issue-no-manual-checks = serwis nie został jeszcze sprawdzony ręcznie, na przykład z czytnikiem ekranu lub przez osoby z niepełnosprawnościami, więc mogą w nim być problemy, o których nie wiemy

accessibility-feedback-heading = Informacje zwrotne i dane kontaktowe
accessibility-feedback = Jeśli potrzebujesz informacji z tego serwisu w innym formacie, na przykład dużym drukiem, w nagraniu dźwiękowym lub alfabetem Braille’a, skontaktuj się z nami.

accessibility-reporting-heading = Zgłaszanie problemów z dostępnością tego serwisu
accessibility-reporting = Stale staramy się poprawiać dostępność tego serwisu. Jeśli znajdziesz problem, którego nie ma na tej stronie, albo uważasz, że nie spełniamy wymagań dostępności, skontaktuj się z nami.

accessibility-enforcement-heading = Procedura egzekwowania
accessibility-enforcement = Za egzekwowanie rozporządzenia o dostępności stron internetowych i aplikacji mobilnych podmiotów publicznych (the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018, „rozporządzenie o dostępności”) odpowiada Komisja ds. Równości i Praw Człowieka (Equality and Human Rights Commission, EHRC). Jeśli nie jesteś zadowolony(-a) z tego, jak odpowiedzieliśmy na Twoją skargę, skontaktuj się z Equality Advisory and Support Service (EASS), serwisem porad w sprawach równości.
accessibility-enforcement-eass-link = Equality Advisory and Support Service (EASS)
accessibility-enforcement-northern-ireland = Jeśli jesteś w Irlandii Północnej i nie jesteś zadowolony(-a) z tego, jak odpowiedzieliśmy na Twoją skargę, możesz skontaktować się z Komisją ds. Równości Irlandii Północnej (Equality Commission for Northern Ireland, ECNI), która odpowiada za egzekwowanie rozporządzenia o dostępności w Irlandii Północnej.
accessibility-enforcement-ecni-link = Equality Commission for Northern Ireland (ECNI)

accessibility-technical-heading = Informacje techniczne o dostępności tego serwisu
accessibility-technical = Zobowiązujemy się zapewnić dostępność tego serwisu zgodnie z rozporządzeniem o dostępności (the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018).
accessibility-regulations-link = Rozporządzenie o dostępności na legislation.gov.uk (po angielsku)
accessibility-compliance-heading = Status zgodności
accessibility-compliance = Ten serwis jest częściowo zgodny ze standardem AA Wytycznych dla dostępności treści internetowych (WCAG) w wersji 2.2 z powodu niezgodności wymienionej poniżej.
accessibility-wcag-link = Wytyczne dla dostępności treści internetowych (WCAG) 2.2
accessibility-non-accessible-heading = Treści niedostępne
accessibility-non-accessible = Treści wymienione poniżej są niedostępne z następującego powodu.
accessibility-non-compliance-heading = Niezgodność z rozporządzeniem o dostępności
accessibility-non-compliance-language-of-parts = Tekst z ustawień organizacji podany tylko w jednym języku, na przykład godziny pracy serwisu rzeczników, jest pokazywany w tym języku na stronach w innych językach bez oznaczenia, w jakim jest języku. Narusza to kryterium sukcesu 3.1.2 WCAG 2.2 (Język części). Można tego uniknąć, podając taki tekst we wszystkich językach serwisu.

accessibility-improving-heading = Co robimy, aby poprawić dostępność
accessibility-improving-intro = Ten serwis jest oprogramowaniem open source. Jego twórcy planują:
accessibility-improving-translations = zlecić sprawdzenie każdego tłumaczenia wykwalifikowanemu tłumaczowi, a wersji Easy Read – autorowi tekstów Easy Read
accessibility-improving-manual-checks = przetestować serwis z czytnikami ekranu i z udziałem osób z niepełnosprawnościami
accessibility-improving-language-of-parts = oznaczać język tekstu podanego tylko w jednym języku
accessibility-improving-bsl = dodać filmy w brytyjskim języku migowym

accessibility-preparation-heading = Przygotowanie niniejszej deklaracji dostępności
accessibility-prepared = Deklarację przygotowano { $prepared }. Ostatni przegląd przeprowadzono { $reviewed }.
# $axe is the version of the axe-core checker, e.g. 4.14.1.
accessibility-tested = Serwis ostatnio przetestowano { $date }. Testy przeprowadzili jego twórcy za pomocą kontroli automatycznych: axe-core { $axe } sprawdził strony pod kątem kryteriów sukcesu WCAG 2.2 na poziomach A i AA, które potrafi badać, w przeglądarce Chromium (wszystkie strony po angielsku; wyniki, prośbę o rzecznika, stronę przeglądu dla tłumaczy, tę deklarację i stronę o prywatności we wszystkich językach), a inne testy sprawdziły, że na pytania można odpowiedzieć samą klawiaturą i że strony po arabsku i w urdu są ułożone od prawej do lewej.
accessibility-manual-none = Nie przeprowadzono jeszcze żadnych kontroli ręcznych, takich jak test z czytnikiem ekranu.
accessibility-manual-intro = Kontrole ręczne:
# One manual check: $date is its day, $check what was checked (one of
# the accessibility-manual-kind messages).
accessibility-manual-check = { $date }: { $check }
accessibility-manual-kind-keyboard = korzystanie z każdej strony wyłącznie za pomocą klawiatury
accessibility-manual-kind-screen-reader = korzystanie z każdej strony z czytnikiem ekranu
accessibility-manual-kind-zoom = korzystanie z każdej strony w powiększeniu 400% i na ekranie o szerokości 320 pikseli
accessibility-manual-kind-disabled-users = serwis wypróbowany przez osoby z niepełnosprawnościami, które mogłyby z niego korzystać

## The privacy page

privacy-heading = Prywatność: co dzieje się z Twoimi odpowiedziami
privacy-intro = Ten serwis nigdzie nie wysyła Twoich odpowiedzi. Zostają one w przeglądarce na tym telefonie, tablecie lub komputerze, chyba że sam(a) je wyślesz.

privacy-stored-heading = Co jest przechowywane na tym urządzeniu
privacy-stored-intro = Podczas korzystania z serwisu przeglądarka przechowuje te informacje w pamięci sesji (session storage), która należy do tej karty przeglądarki. Każda ma nazwę, podaną na początku:
# After the name of an item in session storage.
privacy-stored-answers = Twoje odpowiedzi na pytania, aby przyciski Wstecz i Dalej oraz ponowne wczytanie strony ich nie usuwały
privacy-stored-language = wybrany przez Ciebie język, aby następna strona była w tym języku
privacy-stored-nothing-else = Nic więcej nie jest przechowywane: nie ma plików cookie ani niczego w trwałej pamięci przeglądarki.

privacy-how-long-heading = Jak długo są przechowywane
privacy-how-long = Przeglądarka usuwa pamięć sesji, gdy zamkniesz kartę lub przeglądarkę. Przycisk „{ clear-answers }”, na dole każdej strony, gdy odpowiesz już na pytanie, od razu usuwa Twoje odpowiedzi.
privacy-history = Adres strony z wynikiem zawiera Twoje odpowiedzi po znaku #, więc historia przeglądarki przechowuje je, dopóki jej nie usuniesz. Na wspólnym telefonie lub komputerze użyj okna prywatnego albo usuń historię po zakończeniu.

privacy-sent-heading = Co jest wysyłane i do kogo
privacy-sent = Ten serwis nikomu nie wysyła niczego, co wybierzesz lub wpiszesz. Nie ma plików cookie, analityki ani reklam i nic nie jest wczytywane z innych stron internetowych.
privacy-files = Przeglądarka pobiera własne pliki serwisu ze strony, z której pochodzi: kod i style stron, teksty w Twoim języku, listę lokalnych serwisów rzeczników oraz obrazki Easy Read. Twoje odpowiedzi nie są częścią tych żądań: przeglądarka nigdy nie wysyła części adresu po znaku #. Jak każda strona internetowa, serwer tej strony może zapisywać żądania, na przykład adres internetowy Twojego urządzenia i godzinę.
privacy-request = Jeśli poprosisz o rzecznika, wiadomość wyśle aplikacja do SMS-ów lub poczty e-mail w Twoim telefonie, i to dopiero wtedy, gdy ją tam wyślesz. Trafia ona do serwisu rzeczników przez Twojego operatora telefonii lub dostawcę poczty, a nie przez ten serwis.
privacy-read-aloud = Czytanie na głos korzysta wyłącznie z głosów działających na samym urządzeniu, więc tekst strony nie jest nigdzie wysyłany. Niektóre przeglądarki oferują też głosy działające przez internet (na przykład niektóre głosy w Google Chrome na komputerze): serwis nigdy z nich nie korzysta, a jeśli Twoje urządzenie ma dla Twojego języka tylko takie głosy, nie ma przycisku „Posłuchaj tej strony”.
privacy-embedded = Jeśli ten serwis jest częścią strony internetowej innej organizacji, pozostała część tej strony podlega informacji o prywatności tej organizacji.

privacy-contact-heading = Pytania o Twoje dane
privacy-contact = Aby zapytać o swoje dane lub o to, jak z nich korzystamy, skontaktuj się z naszym inspektorem ochrony danych.
privacy-ico = Jeśli nie jesteś zadowolony(-a) z tego, jak organizacja wykorzystuje Twoje dane, możesz złożyć skargę do Information Commissioner’s Office (ICO), brytyjskiego urzędu ochrony danych.
privacy-ico-link = Złóż skargę do Information Commissioner’s Office (ICO)
