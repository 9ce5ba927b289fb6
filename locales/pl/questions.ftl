# SPDX-License-Identifier: MIT OR Apache-2.0

### The questions, one per page. For each question:
### question-<slug>-heading (the question), -hint (under it), -error (when
### nothing is chosen), -summary (short label on the check-answers page);
### and option-<slug>-<value> for each answer, with an optional .hint.

## Shared by every question page

continue-button = Dalej
back-link = Wstecz
# Between the answers and "I don't know", as in GOV.UK forms.
or-divider = lub
error-summary-title = Wystąpił problem
# The page title when the page shows an error.
page-title-error = Błąd: { page-title }

## Who is asking

question-audience-heading = Kim jesteś?
question-audience-hint = Dzięki temu wyjaśnimy wszystko w odpowiedni sposób.
question-audience-error = Wybierz, kim jesteś
question-audience-summary = Kto pyta
option-audience-patient = Jestem pacjentem lub pacjentką
    .hint = Przebywasz w szpitalu albo powiedziano ci, że obejmuje cię ustawa o zdrowiu psychicznym (Mental Health Act).
option-audience-carer = Opiekuję się kimś, jestem z rodziny lub przyjaźnię się z tą osobą
    .hint = Dotyczy to także najbliższego członka rodziny (nearest relative). Pytasz o inną osobę.
option-audience-staff = Pracuję na oddziale lub w placówce zdrowia psychicznego
    .hint = Chcesz sprawdzić, komu musisz powiedzieć o rzecznikach.

## Where the hospital is

question-jurisdiction-heading =
    { $audience ->
        [carer] Czy szpital tej osoby jest w Anglii czy w Walii?
        [staff] Czy szpital pacjenta jest w Anglii czy w Walii?
       *[patient] Czy twój szpital jest w Anglii czy w Walii?
    }
question-jurisdiction-hint = W Walii prawo jest inne. Chodzi o to, gdzie jest szpital, a nie o to, gdzie ktoś mieszka. Przy nakazie leczenia środowiskowego chodzi o szpital, który za niego odpowiada. Przy opiece prawnej (guardianship) chodzi o władze lokalne (council).
question-jurisdiction-error = Wybierz Anglię, Walię lub „Nie wiem”
question-jurisdiction-summary = Gdzie jest szpital
option-jurisdiction-england = Anglia
option-jurisdiction-wales = Walia
option-jurisdiction-unknown = Nie wiem

## The broad situation

question-setting-heading =
    { $audience ->
        [carer] Co z poniższych dotyczy tej osoby?
        [staff] Co z poniższych dotyczy pacjenta?
       *[patient] Co z poniższych dotyczy ciebie?
    }
question-setting-hint = Wybierz to, co pasuje najlepiej. Jeśli nie masz pewności, wybierz „Nie wiem”, a my pomożemy.
question-setting-error = Wybierz sytuację, która pasuje najlepiej, lub „Nie wiem”
question-setting-summary = Sytuacja
option-setting-detained =
    { $audience ->
        [carer] Ta osoba musi przebywać w szpitalu na podstawie sekcji ustawy o zdrowiu psychicznym (Mental Health Act)
        [staff] Hospitalizowany bez zgody na podstawie sekcji ustawy o zdrowiu psychicznym (Mental Health Act)
       *[patient] Muszę zostać w szpitalu na podstawie sekcji ustawy o zdrowiu psychicznym (Mental Health Act)
    }
    .hint = Czasem mówi się na to „być na sekcji” (po angielsku „sectioned”).
option-setting-detained-on-leave =
    { $audience ->
        [carer] Ta osoba jest na sekcji, ale na przepustce ze szpitala (przepustka na podstawie sekcji 17)
        [staff] Hospitalizowany bez zgody, na przepustce na podstawie sekcji 17
       *[patient] Jestem na sekcji, ale na przepustce ze szpitala (przepustka na podstawie sekcji 17)
    }
    .hint = Zgoda na pobyt poza szpitalem przez pewien czas, na przykład w domu. Sekcja się nie skończyła.
option-setting-cto =
    { $audience ->
        [carer] Ta osoba ma nakaz leczenia środowiskowego (CTO)
        [staff] Objęty nakazem leczenia środowiskowego (CTO)
       *[patient] Mam nakaz leczenia środowiskowego (CTO)
    }
    .hint = Życie poza szpitalem, z warunkami, których trzeba przestrzegać.
option-setting-cto-recalled =
    { $audience ->
        [carer] Ta osoba ma CTO i wezwano ją z powrotem do szpitala
        [staff] Objęty CTO i wezwany z powrotem do szpitala
       *[patient] Mam CTO i wezwano mnie z powrotem do szpitala
    }
    .hint = Nazywa się to wezwaniem do powrotu (recall). Trwa do 72 godzin.
option-setting-guardianship =
    { $audience ->
        [carer] Ta osoba ma opiekuna prawnego na podstawie ustawy o zdrowiu psychicznym (Mental Health Act)
        [staff] Objęty opieką prawną (guardianship)
       *[patient] Mam opiekuna prawnego na podstawie ustawy o zdrowiu psychicznym (Mental Health Act)
    }
    .hint = Opiekun prawny, często władze lokalne (council), może decydować o niektórych sprawach, na przykład o tym, gdzie mieszkać.
option-setting-conditional-discharge =
    { $audience ->
        [carer] Tę osobę wypisano ze szpitala na warunkach ustalonych przez Trybunał (Tribunal – niezależny organ orzekający) lub rząd
        [staff] Pacjent objęty ograniczeniami (restricted patient), warunkowo wypisany ze szpitala
       *[patient] Wypisano mnie ze szpitala na warunkach ustalonych przez Trybunał (Tribunal – niezależny organ orzekający) lub rząd
    }
    .hint = Nazywa się to warunkowym wypisem (conditional discharge). Następuje po nakazie sądu z ograniczeniami.
option-setting-informal-inpatient =
    { $audience ->
        [carer] Ta osoba jest w szpitalu z powodu swojego zdrowia psychicznego, ale nie na podstawie sekcji
        [staff] Pacjent hospitalizowany nieformalnie (dobrowolnie), u którego ocenia się lub leczy zaburzenie psychiczne
       *[patient] Jestem w szpitalu z powodu swojego zdrowia psychicznego, ale nie na podstawie sekcji
    }
    .hint = Czasem mówi się o pacjencie dobrowolnym lub nieformalnym. Nie dotyczy to pobytu w szpitalu ogólnym wyłącznie z powodu choroby fizycznej.
option-setting-none =
    { $audience ->
        [carer] Ta osoba nie jest w szpitalu i nie jest objęta ustawą o zdrowiu psychicznym (Mental Health Act)
        [staff] Nie przebywa w szpitalu i nie jest objęty ustawą o zdrowiu psychicznym (Mental Health Act)
       *[patient] Nie jestem w szpitalu i ustawa o zdrowiu psychicznym (Mental Health Act) mnie nie obejmuje
    }
option-setting-unknown = Nie wiem

## Which section

question-section-heading =
    { $audience ->
        [carer] Która sekcja dotyczy tej osoby?
        [staff] Która sekcja dotyczy pacjenta?
       *[patient] Która sekcja cię dotyczy?
    }
question-section-hint = Jest to napisane w dokumentach sekcji (section papers) i w ulotce o prawach, którą daje szpital. Jeśli nie możesz tego znaleźć, wybierz „Nie wiem”.
question-section-error = Wybierz sekcję lub „Nie wiem”
question-section-summary = Sekcja
option-section-section-2 = Sekcja 2
    .hint = Na ocenę stanu zdrowia, do 28 dni.
option-section-section-3 = Sekcja 3
    .hint = Na leczenie, najpierw do 6 miesięcy.
option-section-section-4 = Sekcja 4
    .hint = Nagły przypadek, z jednym lekarzem, do 72 godzin.
option-section-section-5-2 = Sekcja 5(2)
    .hint = Lekarz nie pozwolił komuś wyjść z oddziału, do 72 godzin.
option-section-section-5-4 = Sekcja 5(4)
    .hint = Pielęgniarka nie pozwoliła komuś wyjść z oddziału, do 6 godzin.
option-section-section-135 = Sekcja 135
    .hint = Policja przyszła z nakazem i zabrała kogoś do bezpiecznego miejsca.
option-section-section-136 = Sekcja 136
    .hint = Policja zabrała kogoś z miejsca publicznego do bezpiecznego miejsca.
option-section-section-35 = Sekcja 35
    .hint = Sąd wysłał kogoś do szpitala, aby przygotować raport.
option-section-section-36 = Sekcja 36
    .hint = Sąd wysłał kogoś do szpitala na leczenie, zanim skończy się proces.
option-section-section-37 = Sekcja 37
    .hint = Sąd wydał nakaz umieszczenia w szpitalu (hospital order).
option-section-section-37-41 = Sekcja 37 z sekcją 41
    .hint = Sąd wydał nakaz umieszczenia w szpitalu z ograniczeniami.
option-section-section-38 = Sekcja 38
    .hint = Sąd wydał tymczasowy nakaz umieszczenia w szpitalu.
option-section-section-45a = Sekcja 45A
    .hint = Sąd wydał wyrok więzienia razem z poleceniem umieszczenia w szpitalu (hospital direction).
option-section-section-47 = Sekcja 47
    .hint = Przeniesienie z więzienia do szpitala po wyroku.
option-section-section-47-49 = Sekcja 47 z sekcją 49
    .hint = Przeniesienie z więzienia do szpitala po wyroku, z ograniczeniami.
option-section-section-48 = Sekcja 48
    .hint = Przeniesienie z więzienia lub z aresztu dla cudzoziemców (immigration detention) do szpitala przed wyrokiem.
option-section-section-48-49 = Sekcja 48 z sekcją 49
    .hint = Przeniesienie do szpitala przed wyrokiem, z ograniczeniami.
option-section-unknown = Nie wiem, która to sekcja

## Help to find the section

question-what-happened-heading =
    { $audience ->
        [carer] Co z poniższych jest najbliższe temu, co się stało tej osobie?
        [staff] Co z poniższych jest najbliższe temu, co się stało pacjentowi?
       *[patient] Co z poniższych jest najbliższe temu, co ci się stało?
    }
question-what-happened-hint = Każda sekcja ustawy o zdrowiu psychicznym (Mental Health Act) jest używana w innej sytuacji. To pomoże nam ustalić, która to może być.
question-what-happened-error = Wybierz to, co jest najbliższe, lub „Nadal nie mam pewności”
question-what-happened-summary = Co się stało
question-what-happened-papers-heading = Jak wyglądają dokumenty sekcji
question-what-happened-papers =
    { $audience ->
        [carer] Szpital musi dać tej osobie formularze, które nazywają się dokumentami sekcji (section papers), oraz ulotkę o jej prawach. Tytuł ulotki podaje sekcję, na przykład sekcja 2 ustawy o zdrowiu psychicznym z 1983 r. („Section 2 of the Mental Health Act 1983”). Ta osoba lub personel oddziału mogą ci to pokazać.
        [staff] Sekcja jest podana w dokumentach sekcji (section papers) i w ulotce o prawach, którą dostał pacjent. Sprawdź dokumenty pacjenta albo zapytaj biuro ds. ustawy o zdrowiu psychicznym (Mental Health Act office) w szpitalu.
       *[patient] Szpital musi dać ci formularze, które nazywają się dokumentami sekcji (section papers), oraz ulotkę o twoich prawach. Tytuł ulotki podaje twoją sekcję, na przykład sekcja 2 ustawy o zdrowiu psychicznym z 1983 r. („Section 2 of the Mental Health Act 1983”). Możesz poprosić personel oddziału, aby ci to pokazał.
    }
option-what-happened-police-public-place =
    { $audience ->
        [carer] Policja zabrała tę osobę z miejsca publicznego do bezpiecznego miejsca
        [staff] Policja zabrała pacjenta z miejsca publicznego do bezpiecznego miejsca
       *[patient] Policja zabrała cię z miejsca publicznego do bezpiecznego miejsca
    }
    .hint = Na przykład do szpitala lub na komisariat policji. Zwykle jest to sekcja 136.
option-what-happened-police-warrant-home =
    { $audience ->
        [carer] Policja przyszła do domu tej osoby z nakazem i zabrała ją do bezpiecznego miejsca
        [staff] Policja przyszła do domu pacjenta z nakazem i zabrała go do bezpiecznego miejsca
       *[patient] Policja przyszła do twojego domu z nakazem i zabrała cię do bezpiecznego miejsca
    }
    .hint = Zwykle jest to sekcja 135.
option-what-happened-nurse-stopped-leaving =
    { $audience ->
        [carer] Pielęgniarka nie pozwoliła tej osobie wyjść z oddziału przez kilka godzin
        [staff] Pielęgniarka nie pozwoliła pacjentowi wyjść z oddziału przez kilka godzin
       *[patient] Pielęgniarka nie pozwoliła ci wyjść z oddziału przez kilka godzin
    }
    .hint = Zwykle jest to sekcja 5(4). Trwa do 6 godzin.
option-what-happened-doctor-stopped-leaving =
    { $audience ->
        [carer] Lekarz nie pozwolił tej osobie wyjść z oddziału, najwyżej przez 3 dni
        [staff] Lekarz nie pozwolił pacjentowi wyjść z oddziału, najwyżej przez 3 dni
       *[patient] Lekarz nie pozwolił ci wyjść z oddziału, najwyżej przez 3 dni
    }
    .hint = Zwykle jest to sekcja 5(2). Trwa do 72 godzin.
option-what-happened-kept-more-than-3-days =
    { $audience ->
        [carer] Ta osoba od ponad 3 dni musi przebywać w szpitalu na podstawie sekcji
        [staff] Pacjent od ponad 3 dni przebywa w szpitalu bez zgody na podstawie sekcji
       *[patient] Od ponad 3 dni musisz przebywać w szpitalu na podstawie sekcji
    }
    .hint = Wszystkie krótkie sekcje na nagłe przypadki kończą się w ciągu 3 dni.
option-what-happened-court-sent =
    { $audience ->
        [carer] Sąd wysłał tę osobę do szpitala
        [staff] Sąd wysłał pacjenta do szpitala
       *[patient] Sąd wysłał cię do szpitala
    }
option-what-happened-moved-from-prison =
    { $audience ->
        [carer] Tę osobę przeniesiono do szpitala z więzienia
        [staff] Pacjenta przeniesiono do szpitala z więzienia
       *[patient] Przeniesiono cię do szpitala z więzienia
    }
option-what-happened-rules-outside-hospital =
    { $audience ->
        [carer] Ta osoba mieszka poza szpitalem, ale musi przestrzegać zasad i może zostać wezwana z powrotem
        [staff] Pacjent mieszka poza szpitalem, ale musi przestrzegać zasad i może zostać wezwany z powrotem
       *[patient] Mieszkasz poza szpitalem, ale musisz przestrzegać zasad i szpital może wezwać cię z powrotem
    }
    .hint = Zwykle jest to nakaz leczenia środowiskowego (CTO).
option-what-happened-guardian =
    { $audience ->
        [carer] Opiekun prawny, często władze lokalne (council), decyduje, gdzie ta osoba mieszka
        [staff] Opiekun prawny, często władze lokalne (council), decyduje, gdzie pacjent mieszka
       *[patient] Opiekun prawny, często władze lokalne (council), decyduje, gdzie mieszkasz
    }
    .hint = To jest opieka prawna (guardianship).
option-what-happened-free-to-leave =
    { $audience ->
        [carer] Ta osoba jest w szpitalu i może z niego wyjść, kiedy chce
        [staff] Pacjent jest w szpitalu i może z niego wyjść, kiedy chce
       *[patient] Jesteś w szpitalu i możesz z niego wyjść, kiedy chcesz
    }
    .hint = To jest pobyt w szpitalu jako pacjent dobrowolny lub nieformalny.
option-what-happened-not-in-hospital =
    { $audience ->
        [carer] Ta osoba nie jest w szpitalu i nic z tego nie pasuje
        [staff] Pacjent nie jest w szpitalu i nic z tego nie pasuje
       *[patient] Nie jesteś w szpitalu i nic z tego nie pasuje
    }
option-what-happened-still-not-sure = Nadal nie mam pewności

## Leave

question-on-leave-heading =
    { $audience ->
        [carer] Czy ta osoba jest teraz na przepustce ze szpitala?
        [staff] Czy pacjent jest na przepustce na podstawie sekcji 17?
       *[patient] Czy jesteś teraz na przepustce ze szpitala?
    }
question-on-leave-hint = To jest przepustka na podstawie sekcji 17 (section 17 leave): czas poza oddziałem, na który zgodził się lekarz. Przepustka nie zmienia prawa do rzecznika.
question-on-leave-error = Wybierz „Tak”, „Nie” lub „Nie wiem”
question-on-leave-summary = Na przepustce
option-on-leave-true = Tak
option-on-leave-false = Nie
option-on-leave-unknown = Nie wiem

## Treatment being discussed

question-treatment-discussed-heading =
    { $audience ->
        [carer] Czy lekarz rozmawiał z tą osobą o którymś z tych sposobów leczenia?
        [staff] Czy lekarz lub zatwierdzony klinicysta (approved clinician) omawia z pacjentem któryś z tych sposobów leczenia?
       *[patient] Czy lekarz rozmawiał z tobą o którymś z tych sposobów leczenia?
    }
question-treatment-discussed-hint = Niektóre sposoby leczenia dają prawo do rzecznika, nawet osobom, których nie dotyczy żadna sekcja.
question-treatment-discussed-error = Wybierz sposób leczenia, „Nic z tego” lub „Nie wiem”
question-treatment-discussed-summary = Omawiane leczenie
option-treatment-discussed-section-57 = Operacja mózgu z powodu problemu ze zdrowiem psychicznym albo implant hormonalny, który zmniejsza popęd seksualny
    .hint = Zdarza się to bardzo rzadko.
option-treatment-discussed-section-58a = Terapia elektrowstrząsowa (ECT)
    .hint = Leczenie, w którym przez mózg przepływa słaby prąd elektryczny. Robi się je w znieczuleniu.
option-treatment-discussed-none = Nic z tego
option-treatment-discussed-unknown = Nie wiem

## Age

question-under-18-heading =
    { $audience ->
        [carer] Czy ta osoba ma mniej niż 18 lat?
        [staff] Czy pacjent ma mniej niż 18 lat?
       *[patient] Czy masz mniej niż 18 lat?
    }
question-under-18-hint = Przy ECT zasady są inne dla osób, które mają mniej niż 18 lat.
question-under-18-error = Wybierz „Tak”, „Nie” lub „Nie wiem”
question-under-18-summary = Poniżej 18 lat
option-under-18-true = Tak
option-under-18-false = Nie
option-under-18-unknown = Nie wiem

## Check your answers

check-heading = Sprawdź swoje odpowiedzi
check-intro = Możesz zmienić odpowiedź, zanim zobaczysz wynik.
check-change = Zmień
# After "Change", read by screen readers only, e.g. "Change Section".
check-change-context = { $question }
check-continue = Zobacz wynik
# Under an answer to "what happened": the section that answer stands for,
# e.g. "That means: Section 136".
check-inferred-section = To oznacza: { $section }

## Notices

notice-saved-answers-unreadable = Nie udało się odczytać twoich zapisanych odpowiedzi, więc zaczynamy od nowa.
notice-link-unreadable = Nie udało się odczytać niektórych odpowiedzi z linku. Odpowiedz na to pytanie.

## A page that does not exist

not-found-heading = Nie znaleziono strony
not-found-body = Link może być błędny lub nieaktualny.
not-found-start = Przejdź do początku
