# SPDX-License-Identifier: MIT OR Apache-2.0

### The frame around every screen: title, header, footer and fallbacks.

# The name of the service, as in the page title and the header.
service-name = Twoje prawo do rzecznika
# The page title. $page is the heading of the screen.
page-title = { $page } – { service-name }
skip-link = Przejdź do treści strony
footer-privacy = Nic, co tu wpiszesz, nie opuszcza tego telefonu ani komputera. Nie używamy plików cookie.
# $date is the month the legal facts were last checked, e.g. 2026-11.
footer-law-as-at = Stan prawny na { $date }.
# Footer links to the accessibility statement and the privacy page
# (their words are in statements.ftl).
accessibility-link = Deklaracja dostępności
privacy-link = Prywatność

## Start page

start-heading = Sprawdź, czy możesz mieć niezależnego rzecznika ds. zdrowia psychicznego
start-intro =
    { $audience ->
        [carer] Niezależny rzecznik ds. zdrowia psychicznego (IMHA) pomaga osobom, które muszą przebywać w szpitalu albo są leczone na podstawie ustawy o zdrowiu psychicznym (Mental Health Act), zrozumieć swoje prawa i z nich korzystać. Odpowiedz na kilka pytań, aby sprawdzić, czy osoba, o którą pytasz, może mieć takiego rzecznika.
        [staff] Niezależny rzecznik ds. zdrowia psychicznego (IMHA) pomaga pacjentom objętym ustawą o zdrowiu psychicznym (Mental Health Act) zrozumieć swoje prawa i z nich korzystać. Odpowiedz na kilka pytań, aby sprawdzić, czy pacjent może mieć takiego rzecznika i co musisz mu powiedzieć.
       *[patient] Niezależny rzecznik ds. zdrowia psychicznego (IMHA) może pomóc ci zrozumieć twoje prawa i z nich korzystać, jeśli na podstawie ustawy o zdrowiu psychicznym (Mental Health Act) musisz przebywać w szpitalu albo cię leczą. Odpowiedz na kilka pytań, aby sprawdzić, czy możesz mieć takiego rzecznika.
    }
start-free = Rzecznicy są bezpłatni i nie pracują dla szpitala.
start-time = To zajmie około 2 minut.
start-button = Zacznij teraz

## When something goes wrong

fallback-heading = Przepraszamy, nie udało się wyświetlić tej strony
fallback-advice = Nadal możesz dostać pomoc. Poproś personel oddziału o dane kontaktowe lokalnej służby niezależnych rzeczników ds. zdrowia psychicznego (IMHA). Personel musi pomóc ci się z nią skontaktować.

## Citations of several sections at once

# $sections is a list of section numbers, such as "23, 25, 66(1)(g)";
# $count is how many.
citation-sections = Ustawa o zdrowiu psychicznym z 1983 r. (Mental Health Act 1983), { $count ->
        [one] sekcja
        [few] sekcje
        [many] sekcje
       *[other] sekcje
    } { $sections }
citation-sections-wales = Ustawa o zdrowiu psychicznym z 1983 r. (Mental Health Act 1983) ze zmianami wprowadzonymi przez Mental Health (Wales) Measure 2010, { $count ->
        [one] sekcja
        [few] sekcje
        [many] sekcje
       *[other] sekcje
    } { $sections }

citation-sections-2025 = Ustawa o zdrowiu psychicznym z 1983 r. (Mental Health Act 1983) ze zmianami wprowadzonymi przez ustawę o zdrowiu psychicznym z 2025 r. (Mental Health Act 2025), { $count ->
        [one] sekcja
        [few] sekcje
        [many] sekcje
       *[other] sekcje
    } { $sections }

## Where this information comes from: a page for reviewers

sources-link = Skąd pochodzą te informacje
sources-heading = Skąd pochodzą te informacje
sources-intro = Każde stwierdzenie dotyczące prawa w tej usłudze opiera się na sekcji ustawy o zdrowiu psychicznym z 1983 r. (Mental Health Act 1983) lub na innym oficjalnym źródle. Ta lista pokazuje każde źródło oraz to, jak i kiedy je sprawdzono.
sources-unchecked = Jeśli źródło sprawdzono tylko na podstawie not wyjaśniających (explanatory notes) albo czyjejś kopii tekstu, prawnik powinien porównać je z tekstem przepisów, zanim będzie można się na nim opierać.
sources-column-source = Źródło
sources-column-how = Jak je sprawdzono
sources-column-checked = Data sprawdzenia
source-how-primary-text = Porównanie z tekstem przepisów
source-how-official-explanatory = Porównanie z oficjalnymi notami wyjaśniającymi (explanatory notes)
source-how-secondary = Porównanie ze źródłem wtórnym
source-document-code-of-practice = Kodeks postępowania do ustawy o zdrowiu psychicznym z 1983 r. (Mental Health Act 1983 Code of Practice), rozdział 6
source-document-commencement-2025 = Ustawa o zdrowiu psychicznym z 2025 r. (Mental Health Act 2025), sekcja 56 (kiedy wchodzi w życie)

## Languages

# Label for the list of languages, read by screen readers.
language-switcher-label = Wybierz język
# Shown at the top of every page when this translation has not yet been
# checked by a qualified translator. It is shown in this language and in
# English.
# One line, opening the full draft notice below it.
draft-notice-short = Tłumaczenie robocze: jeszcze niesprawdzone
draft-notice = To tłumaczenie nie zostało jeszcze sprawdzone przez wykwalifikowanego tłumacza. Może zawierać błędy.
draft-notice-english-link = Przeczytaj tę stronę po angielsku
# When the chosen language could not be downloaded; the page is shown in English.
language-load-failed = Przepraszamy, nie udało się załadować tego języka, więc strona jest wyświetlana po angielsku.
words-loading = Wczytywanie…
words-load-failed-heading = Przepraszamy, nie udało się wczytać tej strony
words-load-failed-body = Sprawdź, czy masz połączenie z internetem, i spróbuj ponownie.
words-load-retry = Spróbuj ponownie
# When a link asks for a language this service does not have.
language-not-available = Ta strona nie jest dostępna w języku, o który prosi link, więc jest wyświetlana w innym języku.

## On every page: clearing the answers, and the link for staff

clear-answers = Wyczyść moje odpowiedzi
# Asked before the answers are cleared, with two buttons.
clear-confirm = Wyczyścić wszystkie twoje odpowiedzi? Zaczniesz od nowa od pierwszego pytania.
clear-confirm-yes = Tak, wyczyść moje odpowiedzi
clear-confirm-no = Nie, zachowaj je
staff-link = Dla personelu oddziału: jak informować pacjentów o rzecznikach IMHA
