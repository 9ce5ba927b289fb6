# SPDX-License-Identifier: MIT OR Apache-2.0

### Rights shown on the result page, one message per right.
### The value is the heading; the .body attribute explains the right.
### Every message receives $audience: "patient", "carer" or "staff".
### Section names such as "section 2" stay in the text: they are what the
### power is called. The app prints the legal citations separately.

## Information about rights

right-information-detained = Informacja o prawach
    .body =
        { $audience ->
            [carer] Szpital musi powiedzieć osobie, o którą pytasz, która sekcja jej dotyczy, co to znaczy i jakie ma prawa. Musi to zrobić ustnie i na piśmie.
            [staff] Zarząd szpitala (hospital managers) musi poinformować pacjenta, która sekcja go dotyczy, co to znaczy i jakie ma prawa. Trzeba to zrobić zarówno ustnie, jak i na piśmie.
           *[patient] Szpital musi ci powiedzieć, która sekcja cię dotyczy, co to znaczy i jakie masz prawa. Musi to zrobić ustnie i na piśmie.
        }
right-information-community = Informacja o prawach przy CTO
    .body =
        { $audience ->
            [carer] Szpital, który odpowiada za CTO, musi powiedzieć osobie, o którą pytasz, co oznacza CTO i jakie ma prawa. Musi to zrobić ustnie i na piśmie.
            [staff] Zarząd szpitala odpowiedzialnego (responsible hospital) musi poinformować pacjenta, co oznacza CTO i jakie ma prawa. Trzeba to zrobić zarówno ustnie, jak i na piśmie.
           *[patient] Szpital, który odpowiada za twoje CTO, musi ci powiedzieć, co oznacza CTO i jakie masz prawa. Musi to zrobić ustnie i na piśmie.
        }
right-information-place-of-safety = Informacja o prawach
    .body =
        { $audience ->
            [carer] Jeśli osoba, o którą pytasz, zostanie zabrana do szpitala jako bezpiecznego miejsca (place of safety), szpital musi jej powiedzieć, na podstawie której sekcji musi tam przebywać, co to znaczy i jakie ma prawa – ustnie i na piśmie. Jeśli jest w innym miejscu, może poprosić osoby, które za nią odpowiadają, o wyjaśnienie jej praw.
            [staff] Jeśli bezpiecznym miejscem (place of safety) jest szpital, jego zarząd (hospital managers) musi poinformować pacjenta, na podstawie której sekcji przebywa tam bez zgody, jakie są jej skutki i jakie ma prawa – ustnie i na piśmie (sekcja 132). W innym miejscu wyjaśnij pacjentowi jego prawa.
           *[patient] Jeśli zabiorą cię do szpitala jako bezpiecznego miejsca (place of safety), szpital musi ci powiedzieć, na podstawie której sekcji musisz tam przebywać, co to znaczy i jakie masz prawa – ustnie i na piśmie. Jeśli jesteś w innym miejscu, poproś osoby, które za ciebie odpowiadają, o wyjaśnienie twoich praw.
        }
# Shown when the person does not know which section they are under.
right-ask-for-your-papers = Jak sprawdzić, która sekcja ma zastosowanie
    .body =
        { $audience ->
            [carer] Osoba, o którą pytasz, ma prawo wiedzieć, która sekcja jej dotyczy i co to znaczy. Może zapytać personel, na jakiej jest sekcji, i poprosić o ulotkę o swoich prawach.
            [staff] Pacjent ma prawo wiedzieć, która sekcja go dotyczy i co to znaczy. Sprawdź jego dokumenty sekcji i daj mu ulotkę o prawach dla tej sekcji.
           *[patient] Masz prawo wiedzieć, która sekcja cię dotyczy i co to znaczy. Zapytaj personel, na jakiej jesteś sekcji, i poproś o ulotkę o swoich prawach.
        }

## How long each power lasts

right-section-2-length = Jak długo trwa sekcja 2
    .body =
        { $audience ->
            [carer] Sekcja 2 służy do oceny (czyli do sprawdzenia, jak jest ze zdrowiem psychicznym tej osoby i jakiej pomocy potrzebuje). Trwa do 28 dni. Nie można jej przedłużyć, ale potem osoba, o którą pytasz, może zostać hospitalizowana bez zgody na podstawie sekcji 3.
            [staff] Sekcja 2 służy do oceny. Trwa do 28 dni. Nie można jej przedłużyć, ale potem pacjent może zostać hospitalizowany bez zgody na podstawie sekcji 3.
           *[patient] Sekcja 2 służy do oceny (czyli do sprawdzenia, jak jest z twoim zdrowiem psychicznym i jakiej pomocy potrzebujesz). Trwa do 28 dni. Nie można jej przedłużyć, ale potem może zostać wobec ciebie zastosowana sekcja 3.
        }
right-section-3-length = Jak długo trwa sekcja 3
    .body = Sekcja 3 służy do leczenia. Najpierw trwa do 6 miesięcy. Potem można ją przedłużyć o kolejne 6 miesięcy, a później za każdym razem o 12 miesięcy.
right-section-4-length = Jak długo trwa sekcja 4
    .body =
        { $audience ->
            [carer] Sekcja 4 jest na nagłe przypadki, gdy tylko jeden lekarz mógł zobaczyć osobę, o którą pytasz. Trwa do 72 godzin. Jeśli drugi lekarz się zgodzi, może zmienić się w sekcję 2.
            [staff] Sekcja 4 jest na nagłe przypadki, na podstawie jednej opinii lekarskiej. Trwa do 72 godzin. Jeśli wpłynie druga opinia lekarska, zmienia się w sekcję 2.
           *[patient] Sekcja 4 jest na nagłe przypadki, gdy tylko jeden lekarz mógł cię zobaczyć. Trwa do 72 godzin. Jeśli drugi lekarz się zgodzi, może zmienić się w sekcję 2.
        }
right-section-5-2-length = Jak długo trwa sekcja 5(2)
    .body =
        { $audience ->
            [carer] Sekcja 5(2) pozwala lekarzowi lub zatwierdzonemu klinicyście (approved clinician) nie pozwolić osobie, o którą pytasz, wyjść ze szpitala, gdy jest tam jako pacjent dobrowolny. Trwa do 72 godzin.
            [staff] Sekcja 5(2) pozwala lekarzowi lub zatwierdzonemu klinicyście (approved clinician) nie wypuścić ze szpitala pacjenta hospitalizowanego nieformalnie. Trwa do 72 godzin.
           *[patient] Sekcja 5(2) pozwala lekarzowi lub zatwierdzonemu klinicyście (approved clinician) nie pozwolić ci wyjść ze szpitala, gdy jesteś tam jako pacjent dobrowolny. Trwa do 72 godzin.
        }
right-section-5-4-length = Jak długo trwa sekcja 5(4)
    .body =
        { $audience ->
            [carer] Sekcja 5(4) pozwala pielęgniarce nie pozwolić osobie, o którą pytasz, wyjść ze szpitala, gdy jest tam jako pacjent dobrowolny. Trwa do 6 godzin, aby lekarz lub zatwierdzony klinicysta (approved clinician) mógł przyjść i się z nią zobaczyć.
            [staff] Sekcja 5(4) to uprawnienie pielęgniarki do niewypuszczenia ze szpitala pacjenta hospitalizowanego nieformalnie. Trwa do 6 godzin, aby lekarz lub zatwierdzony klinicysta (approved clinician) mógł przyjść.
           *[patient] Sekcja 5(4) pozwala pielęgniarce nie pozwolić ci wyjść ze szpitala, gdy jesteś tam jako pacjent dobrowolny. Trwa do 6 godzin, aby lekarz lub zatwierdzony klinicysta (approved clinician) mógł przyjść i się z tobą zobaczyć.
        }
# Sections 135 and 136 let the police take a person to a place of safety.
right-place-of-safety-length = Jak długo trwa pobyt w bezpiecznym miejscu
    .body =
        { $audience ->
            [carer] Sekcje 135 i 136 pozwalają policji zabrać osobę, o którą pytasz, do bezpiecznego miejsca (place of safety), na przykład do szpitala, aby można było ocenić jej stan. Może tam zostać do 24 godzin. Ten czas można przedłużyć najwyżej o 12 godzin.
            [staff] Sekcje 135 i 136 pozwalają policji zabrać osobę do bezpiecznego miejsca (place of safety) w celu oceny. Pobyt pacjenta tam bez zgody może trwać do 24 godzin, a ten czas można przedłużyć najwyżej o 12 godzin.
           *[patient] Sekcje 135 i 136 pozwalają policji zabrać cię do bezpiecznego miejsca (place of safety), na przykład do szpitala, aby można było ocenić twój stan. Pobyt tam bez twojej zgody może trwać do 24 godzin. Ten czas można przedłużyć najwyżej o 12 godzin.
        }
right-section-35-length = Jak długo trwa sekcja 35
    .body =
        { $audience ->
            [carer] Sekcja 35 oznacza, że sąd wysłał osobę, o którą pytasz, do szpitala, aby przygotować raport o jej zdrowiu psychicznym. Trwa do 28 dni za jednym razem i nie dłużej niż 12 tygodni w sumie. Ta osoba może na własny koszt uzyskać własny, niezależny raport od wybranego przez siebie lekarza lub zatwierdzonego klinicysty (approved clinician) i na jego podstawie poprosić sąd o zakończenie skierowania (remand).
            [staff] Sekcja 35 to skierowanie do szpitala przez sąd (remand) w celu przygotowania raportu o stanie psychicznym pacjenta. Trwa do 28 dni za jednym razem i nie dłużej niż 12 tygodni w sumie. Pacjent może na własny koszt uzyskać niezależny raport i na jego podstawie wystąpić do sądu o zakończenie skierowania.
           *[patient] Sekcja 35 oznacza, że sąd wysłał cię do szpitala, aby przygotować raport o twoim zdrowiu psychicznym. Trwa do 28 dni za jednym razem i nie dłużej niż 12 tygodni w sumie. Możesz uzyskać własny, niezależny raport od wybranego przez siebie lekarza lub zatwierdzonego klinicysty (approved clinician), ale musisz za niego zapłacić. Potem możesz na jego podstawie poprosić sąd o zakończenie skierowania (remand).
        }
right-section-36-length = Jak długo trwa sekcja 36
    .body =
        { $audience ->
            [carer] Sekcja 36 oznacza, że sąd wysłał osobę, o którą pytasz, do szpitala na leczenie na czas trwania jej sprawy sądowej. Trwa do 28 dni za jednym razem i nie dłużej niż 12 tygodni w sumie. Ta osoba może na własny koszt uzyskać własny, niezależny raport i na jego podstawie poprosić sąd o zakończenie skierowania (remand).
            [staff] Sekcja 36 to skierowanie do szpitala przez sąd (remand) w celu leczenia. Trwa do 28 dni za jednym razem i nie dłużej niż 12 tygodni w sumie. Pacjent może na własny koszt uzyskać niezależny raport i na jego podstawie wystąpić do sądu o zakończenie skierowania.
           *[patient] Sekcja 36 oznacza, że sąd wysłał cię do szpitala na leczenie na czas trwania twojej sprawy sądowej. Trwa do 28 dni za jednym razem i nie dłużej niż 12 tygodni w sumie. Możesz uzyskać własny, niezależny raport, ale musisz za niego zapłacić. Potem możesz na jego podstawie poprosić sąd o zakończenie skierowania (remand).
        }
right-section-37-length = Jak długo trwa nakaz umieszczenia w szpitalu
    .body =
        { $audience ->
            [carer] Sekcja 37 to nakaz umieszczenia w szpitalu (hospital order): sąd wysłał osobę, o którą pytasz, do szpitala na leczenie. Najpierw trwa do 6 miesięcy. Potem można go przedłużyć o kolejne 6 miesięcy, a później za każdym razem o 12 miesięcy.
            [staff] Sekcja 37 to nakaz umieszczenia w szpitalu (hospital order) wydany przez sąd. Najpierw trwa do 6 miesięcy. Potem można go przedłużyć o kolejne 6 miesięcy, a później za każdym razem o 12 miesięcy.
           *[patient] Sekcja 37 to nakaz umieszczenia w szpitalu (hospital order): sąd wysłał cię do szpitala na leczenie. Najpierw trwa do 6 miesięcy. Potem można go przedłużyć o kolejne 6 miesięcy, a później za każdym razem o 12 miesięcy.
        }
right-section-38-length = Jak długo trwa tymczasowy nakaz umieszczenia w szpitalu
    .body =
        { $audience ->
            [carer] Sekcja 38 to tymczasowy nakaz umieszczenia w szpitalu (interim hospital order): sąd wysłał osobę, o którą pytasz, do szpitala na jakiś czas, aby sprawdzić, czy nakaz umieszczenia w szpitalu jest dla niej dobry. Najpierw trwa do 12 tygodni. Sąd może go przedłużać za każdym razem najwyżej o 28 dni, w sumie najwyżej do 12 miesięcy.
            [staff] Sekcja 38 to tymczasowy nakaz umieszczenia w szpitalu (interim hospital order). Najpierw trwa do 12 tygodni. Sąd może go przedłużać za każdym razem najwyżej o 28 dni, w sumie najwyżej do 12 miesięcy.
           *[patient] Sekcja 38 to tymczasowy nakaz umieszczenia w szpitalu (interim hospital order): sąd wysłał cię do szpitala na jakiś czas, aby sprawdzić, czy nakaz umieszczenia w szpitalu jest dla ciebie dobry. Najpierw trwa do 12 tygodni. Sąd może go przedłużać za każdym razem najwyżej o 28 dni, w sumie najwyżej do 12 miesięcy.
        }

## Court and prison sections

right-prison-transfer = Przeniesienie z więzienia do szpitala
    .body =
        { $audience ->
            [carer] Osobę, o którą pytasz, przeniesiono na leczenie do szpitala z więzienia albo z innego miejsca, w którym była przetrzymywana. Zależnie od jej sytuacji może wrócić do więzienia, gdy nie będzie już potrzebować leczenia w szpitalu. Może zapytać personel lub prawnika, co stanie się w jej sprawie.
            [staff] Pacjenta przeniesiono na leczenie do szpitala z więzienia lub z innego miejsca pozbawienia wolności. Zależnie od jego sytuacji może wrócić do więzienia, gdy nie będzie już potrzebować leczenia w szpitalu.
           *[patient] Przeniesiono cię na leczenie do szpitala z więzienia albo z innego miejsca, w którym cię przetrzymywano. Zależnie od twojej sytuacji możesz wrócić do więzienia, gdy nie będziesz już potrzebować leczenia w szpitalu. Zapytaj personel lub prawnika, co stanie się w twojej sprawie.
        }
right-hospital-direction = Polecenie umieszczenia w szpitalu (hospital direction)
    .body =
        { $audience ->
            [carer] Polecenie umieszczenia w szpitalu (hospital direction) oznacza, że sąd skazał osobę, o którą pytasz, na karę więzienia, ale najpierw wysłał ją do szpitala na leczenie. Gdy nie będzie już potrzebować leczenia w szpitalu, może zostać przeniesiona do więzienia.
            [staff] Polecenie umieszczenia w szpitalu (hospital direction) oznacza, że sąd orzekł karę więzienia, ale polecił, aby pacjent najpierw trafił do szpitala na leczenie. Gdy nie będzie już potrzebować leczenia w szpitalu, może zostać przeniesiony do więzienia.
           *[patient] Polecenie umieszczenia w szpitalu (hospital direction) oznacza, że sąd skazał cię na karę więzienia, ale najpierw wysłał cię do szpitala na leczenie. Gdy nie będziesz już potrzebować leczenia w szpitalu, możesz trafić do więzienia.
        }
# "Restrictions" here means a restriction order or restriction direction.
right-restrictions = Ograniczenia
    .body =
        { $audience ->
            [carer] Sekcja osoby, o którą pytasz, ma ograniczenia. To znaczy, że jej klinicysta prowadzący (responsible clinician – specjalista, który odpowiada za jej opiekę) potrzebuje zgody Secretary of State for Justice (brytyjskiego ministra sprawiedliwości), aby dać jej przepustkę, przenieść ją do innego szpitala albo wypisać ją ze szpitala.
            [staff] Pacjent jest pacjentem z ograniczeniami (restricted patient). Klinicysta prowadzący (responsible clinician) potrzebuje zgody Secretary of State for Justice (ministra sprawiedliwości), aby udzielić mu przepustki, przenieść go do innego szpitala albo go wypisać.
           *[patient] Twoja sekcja ma ograniczenia. To znaczy, że twój klinicysta prowadzący (responsible clinician – specjalista, który odpowiada za twoją opiekę) potrzebuje zgody Secretary of State for Justice (brytyjskiego ministra sprawiedliwości), aby dać ci przepustkę, przenieść cię do innego szpitala albo wypisać cię ze szpitala.
        }

## The Tribunal

right-section-2-tribunal = Wniosek do Trybunału
    .body =
        { $audience ->
            [carer] Osoba, o którą pytasz, może złożyć wniosek do Trybunału (Tribunal – niezależnego organu orzekającego, który może zakończyć jej sekcję) w ciągu pierwszych 14 dni sekcji 2. Prawnik może bezpłatnie pomóc jej złożyć wniosek.
            [staff] Pacjent może złożyć wniosek do Trybunału w ciągu pierwszych 14 dni sekcji 2. W sprawach przed Trybunałem dostępna jest bezpłatna pomoc prawna od prawnika (solicitor).
           *[patient] Możesz złożyć wniosek do Trybunału (Tribunal – niezależnego organu orzekającego, który może zakończyć twoją sekcję) w ciągu pierwszych 14 dni sekcji 2. Prawnik może bezpłatnie pomóc ci złożyć wniosek.
        }
right-section-3-tribunal = Wniosek do Trybunału
    .body =
        { $audience ->
            [carer] Osoba, o którą pytasz, może złożyć wniosek do Trybunału (Tribunal – niezależnego organu orzekającego, który może zakończyć jej sekcję) raz w ciągu pierwszych 6 miesięcy, raz w ciągu kolejnych 6 miesięcy, a potem raz w roku. Prawnik może bezpłatnie pomóc jej złożyć wniosek.
            [staff] Pacjent może złożyć wniosek do Trybunału raz w ciągu pierwszych 6 miesięcy, raz w ciągu kolejnych 6 miesięcy, a potem raz w roku. W sprawach przed Trybunałem dostępna jest bezpłatna pomoc prawna od prawnika (solicitor).
           *[patient] Możesz złożyć wniosek do Trybunału (Tribunal – niezależnego organu orzekającego, który może zakończyć twoją sekcję) raz w ciągu pierwszych 6 miesięcy, raz w ciągu kolejnych 6 miesięcy, a potem raz w roku. Prawnik może bezpłatnie pomóc ci złożyć wniosek.
        }
right-section-3-referral = Kiedy zarząd szpitala przekazuje twoją sprawę do Trybunału
    .body =
        { $audience ->
            [carer] Jeśli osoba, o którą pytasz, nie złożyła wniosku do Trybunału w ciągu pierwszych 6 miesięcy, zarząd szpitala (hospital managers) musi przekazać jej sprawę do Trybunału. Wycofany wniosek się nie liczy. Zarząd musi też przekazać sprawę, jeśli przez 3 lata Trybunał nie rozpatrywał sprawy tej osoby (przez 1 rok, jeśli ma ona mniej niż 18 lat).
            [staff] Jeśli pacjent nie złożył wniosku w ciągu pierwszych 6 miesięcy (wycofany wniosek się nie liczy), zarząd szpitala (hospital managers) musi skierować sprawę do Trybunału. Musi ją też skierować, jeśli Trybunał nie rozpatrywał sprawy przez 3 lata (przez 1 rok, jeśli pacjent ma mniej niż 18 lat).
           *[patient] Jeśli nie złożysz wniosku do Trybunału w ciągu pierwszych 6 miesięcy, zarząd szpitala (hospital managers) musi przekazać twoją sprawę do Trybunału. Wycofany wniosek się nie liczy. Zarząd musi też przekazać sprawę, jeśli przez 3 lata Trybunał nie rozpatrywał twojej sprawy (przez 1 rok, jeśli masz mniej niż 18 lat).
        }
right-section-37-tribunal = Wniosek do Trybunału
    .body =
        { $audience ->
            [carer] Przy nakazie umieszczenia w szpitalu (hospital order) osoba, o którą pytasz, nie może złożyć wniosku do Trybunału (Tribunal – niezależnego organu orzekającego, który może zakończyć jej sekcję) w ciągu pierwszych 6 miesięcy. Potem może złożyć wniosek raz między 6. a 12. miesiącem, a później raz w roku. Jeśli przeniesiono ją z więzienia, zasady są inne, więc zapytaj personel lub prawnika. Prawnik może bezpłatnie pomóc jej w sprawie przed Trybunałem (bezpłatna pomoc prawna – legal aid).
            [staff] Pacjent z nakazem umieszczenia w szpitalu (hospital order) nie może złożyć wniosku w ciągu pierwszych 6 miesięcy. Może złożyć wniosek raz w drugim okresie 6 miesięcy, a potem raz w roku, gdy nakaz jest przedłużany. W sprawach przed Trybunałem dostępna jest bezpłatna pomoc prawna od prawnika (solicitor, legal aid).
           *[patient] Przy nakazie umieszczenia w szpitalu (hospital order) nie możesz złożyć wniosku do Trybunału (Tribunal – niezależnego organu orzekającego, który może zakończyć twoją sekcję) w ciągu pierwszych 6 miesięcy. Potem możesz złożyć wniosek raz między 6. a 12. miesiącem, a później raz w roku. Jeśli przeniesiono cię z więzienia, zasady są inne, więc zapytaj personel lub prawnika. Prawnik może bezpłatnie pomóc ci w sprawie przed Trybunałem (bezpłatna pomoc prawna – legal aid).
        }
right-section-37-referral = Kiedy zarząd szpitala przekazuje twoją sprawę do Trybunału
    .body =
        { $audience ->
            [carer] Jeśli przez 3 lata Trybunał nie rozpatrywał sprawy osoby, o którą pytasz (przez 1 rok, jeśli ma ona mniej niż 18 lat), zarząd szpitala (hospital managers) musi przekazać jej sprawę do Trybunału.
            [staff] Zarząd szpitala (hospital managers) musi skierować sprawę do Trybunału, jeśli Trybunał nie rozpatrywał jej przez 3 lata (przez 1 rok, jeśli pacjent ma mniej niż 18 lat). Skierowanie po pierwszych 6 miesiącach nie dotyczy nakazu umieszczenia w szpitalu (hospital order).
           *[patient] Jeśli przez 3 lata Trybunał nie rozpatrywał twojej sprawy (przez 1 rok, jeśli masz mniej niż 18 lat), zarząd szpitala (hospital managers) musi przekazać twoją sprawę do Trybunału.
        }
right-restricted-tribunal = Wniosek do Trybunału
    .body =
        { $audience ->
            [carer] Osoba, o którą pytasz, może złożyć wniosek do Trybunału (Tribunal – niezależnego organu orzekającego, który może zdecydować, czy należy ją wypisać) raz między 6. a 12. miesiącem od wydania nakazu, a potem raz w roku. Jeśli przez 3 lata Trybunał nie rozpatrywał jej sprawy, Secretary of State for Justice (brytyjski minister sprawiedliwości) musi przekazać ją do Trybunału. Prawnik może bezpłatnie pomóc jej w sprawie przed Trybunałem (bezpłatna pomoc prawna – legal aid).
            [staff] Pacjent z ograniczeniami (restricted patient) może złożyć wniosek między 6. a 12. miesiącem od wydania nakazu, a potem raz w każdym okresie 12 miesięcy. Secretary of State (minister) musi skierować sprawę do Trybunału, jeśli Trybunał nie rozpatrywał jej przez 3 lata. W sprawach przed Trybunałem dostępna jest bezpłatna pomoc prawna od prawnika (solicitor, legal aid).
           *[patient] Możesz złożyć wniosek do Trybunału (Tribunal – niezależnego organu orzekającego, który może zdecydować, czy należy cię wypisać) raz między 6. a 12. miesiącem od wydania nakazu, a potem raz w roku. Jeśli przez 3 lata Trybunał nie rozpatrywał twojej sprawy, Secretary of State for Justice (brytyjski minister sprawiedliwości) musi przekazać ją do Trybunału. Prawnik może bezpłatnie pomóc ci w sprawie przed Trybunałem (bezpłatna pomoc prawna – legal aid).
        }
right-restricted-transfer-tribunal = Wniosek do Trybunału
    .body =
        { $audience ->
            [carer] Osoba, o którą pytasz, może złożyć wniosek do Trybunału (Tribunal – niezależnego organu orzekającego). Prawnik może jej powiedzieć, kiedy, i może jej bezpłatnie pomóc (bezpłatna pomoc prawna – legal aid). Trybunał nie może sam jej wypisać. Informuje Secretary of State for Justice (brytyjskiego ministra sprawiedliwości), czy należałoby ją wypisać, gdyby miała nakaz umieszczenia w szpitalu (hospital order), i może zalecić pozostawienie jej w szpitalu zamiast powrotu do więzienia. Być może ta osoba może też poprosić Parole Board (komisję ds. zwolnień warunkowych) o zwolnienie.
            [staff] W przypadku pacjenta z poleceniem umieszczenia w szpitalu (hospital direction) lub z poleceniem przeniesienia z ograniczeniami (restricted transfer direction) Trybunał nie może zarządzić wypisu: powiadamia Secretary of State (ministra), czy pacjent miałby prawo do wypisu, i może zalecić dalszy pobyt w szpitalu zamiast powrotu do więzienia. Nadal można składać wnioski do Parole Board (komisji ds. zwolnień warunkowych). W sprawach przed Trybunałem dostępna jest bezpłatna pomoc prawna od prawnika (solicitor, legal aid).
           *[patient] Możesz złożyć wniosek do Trybunału (Tribunal – niezależnego organu orzekającego). Prawnik może ci powiedzieć, kiedy, i może ci bezpłatnie pomóc (bezpłatna pomoc prawna – legal aid). Trybunał nie może sam cię wypisać. Informuje Secretary of State for Justice (brytyjskiego ministra sprawiedliwości), czy należałoby cię wypisać przy nakazie umieszczenia w szpitalu (hospital order), i może zalecić pozostawienie cię w szpitalu zamiast powrotu do więzienia. Być może możesz też poprosić Parole Board (komisję ds. zwolnień warunkowych) o zwolnienie.
        }
right-transfer-tribunal = Wniosek do Trybunału
    .body =
        { $audience ->
            [carer] Jeśli osobę, o którą pytasz, przeniesiono do szpitala z więzienia, może złożyć wniosek do Trybunału (Tribunal – niezależnego organu orzekającego) w ciągu pierwszych 6 miesięcy po przeniesieniu, raz w ciągu kolejnych 6 miesięcy, a potem raz w roku. Prawnik może sprawdzić za nią daty i może jej bezpłatnie pomóc (bezpłatna pomoc prawna – legal aid).
            [staff] Więzień przeniesiony do szpitala może złożyć wniosek w ciągu pierwszych 6 miesięcy po przeniesieniu, raz w ciągu kolejnych 6 miesięcy, a potem raz w roku. W sprawach przed Trybunałem dostępna jest bezpłatna pomoc prawna od prawnika (solicitor, legal aid).
           *[patient] Jeśli przeniesiono cię do szpitala z więzienia, możesz złożyć wniosek do Trybunału (Tribunal – niezależnego organu orzekającego) w ciągu pierwszych 6 miesięcy po przeniesieniu, raz w ciągu kolejnych 6 miesięcy, a potem raz w roku. Prawnik może sprawdzić za ciebie daty i może ci bezpłatnie pomóc (bezpłatna pomoc prawna – legal aid).
        }
right-cto-tribunal = Wniosek do Trybunału
    .body =
        { $audience ->
            [carer] Osoba, o którą pytasz, może złożyć wniosek do Trybunału (Tribunal – niezależnego organu orzekającego, który może zakończyć jej CTO) raz w ciągu pierwszych 6 miesięcy CTO, a potem raz w każdym okresie, na który CTO przedłużono. Prawnik może bezpłatnie pomóc jej w sprawie przed Trybunałem (bezpłatna pomoc prawna – legal aid).
            [staff] Pacjent środowiskowy (community patient) może złożyć wniosek raz w ciągu pierwszych 6 miesięcy CTO, raz po cofnięciu CTO (revocation) i raz w każdym okresie przedłużenia. W sprawach przed Trybunałem dostępna jest bezpłatna pomoc prawna od prawnika (solicitor, legal aid).
           *[patient] Możesz złożyć wniosek do Trybunału (Tribunal – niezależnego organu orzekającego, który może zakończyć twoje CTO) raz w ciągu pierwszych 6 miesięcy twojego CTO, a potem raz w każdym okresie, na który je przedłużono. Prawnik może bezpłatnie pomóc ci w sprawie przed Trybunałem (bezpłatna pomoc prawna – legal aid).
        }
right-cto-referral = Kiedy zarząd szpitala przekazuje twoją sprawę do Trybunału
    .body =
        { $audience ->
            [carer] Jeśli osoba, o którą pytasz, nie złożyła wniosku do Trybunału w ciągu pierwszych 6 miesięcy CTO, zarząd szpitala (hospital managers) musi przekazać jej sprawę do Trybunału. Musi ją też przekazać, jeśli przez 3 lata Trybunał nie rozpatrywał tej sprawy (przez 1 rok, jeśli ta osoba ma mniej niż 18 lat), a także od razu, jeśli CTO zostanie cofnięte.
            [staff] Zarząd szpitala (hospital managers) musi skierować sprawę do Trybunału, jeśli w ciągu pierwszych 6 miesięcy nie złożono wniosku, jeśli Trybunał nie rozpatrywał sprawy przez 3 lata (przez 1 rok u pacjenta poniżej 18 lat) oraz jak najszybciej po cofnięciu CTO (revocation).
           *[patient] Jeśli nie złożysz wniosku do Trybunału w ciągu pierwszych 6 miesięcy twojego CTO, zarząd szpitala (hospital managers) musi przekazać twoją sprawę do Trybunału. Musi ją też przekazać, jeśli przez 3 lata Trybunał nie rozpatrywał twojej sprawy (przez 1 rok, jeśli masz mniej niż 18 lat), a także od razu, jeśli twoje CTO zostanie cofnięte.
        }
right-guardianship-tribunal = Wniosek do Trybunału
    .body =
        { $audience ->
            [carer] Osoba, o którą pytasz, może złożyć wniosek do Trybunału (Tribunal – niezależnego organu orzekającego, który może zakończyć jej opiekę prawną) raz w ciągu pierwszych 6 miesięcy, a potem raz w każdym okresie, na który opiekę prawną przedłużono. Prawnik może bezpłatnie pomóc jej w sprawie przed Trybunałem (bezpłatna pomoc prawna – legal aid).
            [staff] Pacjent pod opieką prawną (guardianship) może złożyć wniosek raz w ciągu pierwszych 6 miesięcy i raz w każdym okresie przedłużenia. W sprawach przed Trybunałem dostępna jest bezpłatna pomoc prawna od prawnika (solicitor, legal aid).
           *[patient] Możesz złożyć wniosek do Trybunału (Tribunal – niezależnego organu orzekającego, który może zakończyć twoją opiekę prawną) raz w ciągu pierwszych 6 miesięcy, a potem raz w każdym okresie, na który ją przedłużono. Prawnik może bezpłatnie pomóc ci w sprawie przed Trybunałem (bezpłatna pomoc prawna – legal aid).
        }
right-conditional-discharge-tribunal = Wniosek do Trybunału
    .body =
        { $audience ->
            [carer] Osoba, o którą pytasz, może poprosić Trybunał (Tribunal – niezależny organ orzekający) o zmianę jej warunków albo o zakończenie jej warunkowego wypisu. Pierwszy wniosek może złożyć między 12 miesiącami a 2 latami od wypisu, a potem raz na 2 lata. Prawnik może bezpłatnie pomóc jej w sprawie przed Trybunałem (bezpłatna pomoc prawna – legal aid).
            [staff] Pacjent warunkowo wypisany (conditionally discharged), którego nie wezwano z powrotem do szpitala, może złożyć wniosek między 12 miesiącami a 2 latami od wypisu, a potem raz w każdym okresie 2 lat; Trybunał może zmienić warunki albo znieść ograniczenia. W sprawach przed Trybunałem dostępna jest bezpłatna pomoc prawna od prawnika (solicitor, legal aid).
           *[patient] Możesz poprosić Trybunał (Tribunal – niezależny organ orzekający) o zmianę twoich warunków albo o zakończenie twojego warunkowego wypisu. Pierwszy wniosek możesz złożyć między 12 miesiącami a 2 latami od wypisu, a potem raz na 2 lata. Prawnik może bezpłatnie pomóc ci w sprawie przed Trybunałem (bezpłatna pomoc prawna – legal aid).
        }
# Shown when the exact section is not known.
right-detained-tribunal = Wniosek do Trybunału
    .body =
        { $audience ->
            [carer] Osoba, o którą pytasz, zwykle może złożyć wniosek do Trybunału (Tribunal – niezależnego organu orzekającego, który może zakończyć jej sekcję). To, jak często, zależy od jej sekcji, więc zapytaj personel, rzecznika IMHA lub prawnika. Prawnik może bezpłatnie pomóc jej w sprawie przed Trybunałem.
            [staff] Większość pacjentów hospitalizowanych bez zgody może złożyć wniosek do Trybunału. To, jak często, zależy od sekcji. W sprawach przed Trybunałem dostępna jest bezpłatna pomoc prawna od prawnika (solicitor).
           *[patient] Zwykle możesz złożyć wniosek do Trybunału (Tribunal – niezależnego organu orzekającego, który może zakończyć twoją sekcję). To, jak często, zależy od twojej sekcji, więc zapytaj personel, rzecznika IMHA lub prawnika. Prawnik może bezpłatnie pomóc ci w sprawie przed Trybunałem.
        }

## Others who can end a section

right-hospital-managers = Prośba do zarządu szpitala
    .body =
        { $audience ->
            [carer] Osoba, o którą pytasz, może w każdej chwili poprosić zarząd szpitala (hospital managers – osoby, które działają w imieniu organizacji prowadzącej szpital) o zakończenie jej sekcji lub CTO. Zarząd może zorganizować spotkanie, zwane rozprawą (hearing), aby podjąć decyzję.
            [staff] Pacjent może w każdej chwili poprosić zarząd szpitala (hospital managers) o wypisanie. Zarząd może przeprowadzić rozprawę (hearing), aby podjąć decyzję.
           *[patient] Możesz w każdej chwili poprosić zarząd szpitala (hospital managers – osoby, które działają w imieniu organizacji prowadzącej szpital) o zakończenie twojej sekcji lub CTO. Zarząd może zorganizować spotkanie, zwane rozprawą (hearing), aby podjąć decyzję.
        }
# The nearest relative is a family member picked by a list in the Act; not
# always the next of kin.
right-nearest-relative-discharge = Najbliższy członek rodziny (nearest relative)
    .body =
        { $audience ->
            [carer] Najbliższy członek rodziny (nearest relative – osoba z rodziny wskazana według ustawy o zdrowiu psychicznym (Mental Health Act)) osoby, o którą pytasz, może zarządzić jej wypisanie. Jeśli ta osoba musi przebywać w szpitalu albo ma CTO, najbliższy członek rodziny musi na piśmie powiadomić zarząd szpitala 72 godziny wcześniej. Klinicysta prowadzący (responsible clinician) może to zablokować, jeśli osoba, o którą pytasz, prawdopodobnie byłaby niebezpieczna dla siebie lub innych. Najbliższy członek rodziny nie może wtedy ponownie zarządzić wypisania przez 6 miesięcy. Jeśli stanie się tak przy sekcji 3 lub CTO, najbliższy członek rodziny może złożyć wniosek do Trybunału w ciągu 28 dni.
            [staff] Najbliższy członek rodziny (nearest relative) pacjenta może zarządzić jego wypisanie. W przypadku pacjenta hospitalizowanego bez zgody lub środowiskowego musi złożyć zarządowi szpitala pisemne powiadomienie z 72-godzinnym wyprzedzeniem. Klinicysta prowadzący (responsible clinician) może to zablokować, jeśli pacjent prawdopodobnie zachowywałby się w sposób niebezpieczny dla siebie lub innych. Po zablokowaniu najbliższy członek rodziny nie może ponownie zarządzić wypisania przez 6 miesięcy od daty raportu (report). Jeśli wypis zablokowano przy sekcji 3 lub CTO, najbliższy członek rodziny może złożyć wniosek do Trybunału w ciągu 28 dni.
           *[patient] Twój najbliższy członek rodziny (nearest relative – osoba z rodziny wskazana według ustawy o zdrowiu psychicznym (Mental Health Act)) może zarządzić twoje wypisanie. Jeśli musisz przebywać w szpitalu albo masz CTO, musi on na piśmie powiadomić zarząd szpitala 72 godziny wcześniej. Twój klinicysta prowadzący (responsible clinician) może to zablokować, jeśli jest prawdopodobne, że będziesz stanowić zagrożenie dla siebie lub innych. Twój najbliższy członek rodziny nie może wtedy ponownie zarządzić twojego wypisania przez 6 miesięcy. Jeśli stanie się tak przy sekcji 3 lub CTO, twój najbliższy członek rodziny może złożyć wniosek do Trybunału w ciągu 28 dni.
        }
right-nearest-relative-cannot-discharge = Najbliższy członek rodziny (nearest relative)
    .body =
        { $audience ->
            [carer] Najbliższy członek rodziny (nearest relative – osoba z rodziny wskazana według ustawy o zdrowiu psychicznym (Mental Health Act)) osoby, o którą pytasz, nie może zakończyć nakazu umieszczenia w szpitalu. Może jednak złożyć wniosek do Trybunału w jej imieniu, w tych samych terminach, w których może to zrobić ta osoba.
            [staff] Najbliższy członek rodziny (nearest relative) pacjenta nie może zarządzić wypisania przy nakazie umieszczenia w szpitalu. Może złożyć wniosek do Trybunału w tych samych okresach co pacjent.
           *[patient] Twój najbliższy członek rodziny (nearest relative – osoba z rodziny wskazana według ustawy o zdrowiu psychicznym (Mental Health Act)) nie może zakończyć nakazu umieszczenia w szpitalu. Może jednak złożyć wniosek do Trybunału w twoim imieniu, w tych samych terminach, w których możesz to zrobić ty.
        }

right-nearest-relative-change = Zmiana najbliższego członka rodziny (nearest relative)
    .body =
        { $audience ->
            [carer] Jeśli najbliższy członek rodziny osoby, o którą pytasz, nie nadaje się do działania w jej imieniu, ta osoba (albo krewny lub zatwierdzony specjalista ds. zdrowia psychicznego (approved mental health professional, AMHP)) może złożyć wniosek do sądu hrabstwa (county court), aby zamiast niego działał ktoś inny. Ta osoba może też poprosić szpital, aby nie wysyłał jej najbliższemu członkowi rodziny kopii informacji o niej.
            [staff] Pacjent, krewny, osoba mieszkająca z pacjentem albo AMHP mogą złożyć wniosek do sądu hrabstwa (county court) o nakaz, aby ktoś inny pełnił rolę najbliższego członka rodziny (nearest relative), na przykład dlatego, że obecny najbliższy członek rodziny nie jest odpowiednią osobą. Pacjent może poprosić, aby najbliższemu członkowi rodziny nie wysyłano kopii informacji przekazanych pacjentowi.
           *[patient] Jeśli twój najbliższy członek rodziny nie nadaje się do działania w twoim imieniu, możesz złożyć wniosek do sądu hrabstwa (county court), aby zamiast niego działał ktoś inny. Możesz też poprosić szpital, aby nie wysyłał twojemu najbliższemu członkowi rodziny kopii informacji o tobie.
        }
right-guardianship-discharge = Zakończenie opieki prawnej
    .body =
        { $audience ->
            [carer] Opiekę prawną (guardianship) może zakończyć klinicysta prowadzący (responsible clinician), władze lokalne, które za nią odpowiadają (local social services authority – lokalny organ pomocy społecznej), albo najbliższy członek rodziny (nearest relative) osoby, o którą pytasz. Ta osoba może napisać do władz lokalnych z prośbą o zakończenie jej opieki prawnej.
            [staff] Opiekę prawną (guardianship) może zakończyć klinicysta prowadzący (responsible clinician), odpowiedzialny lokalny organ pomocy społecznej (local social services authority) albo najbliższy członek rodziny (nearest relative). Pacjent może napisać do tego organu z prośbą o zakończenie opieki prawnej; decyzji najbliższego członka rodziny nie można zablokować.
           *[patient] Twoją opiekę prawną (guardianship) może zakończyć twój klinicysta prowadzący (responsible clinician), władze lokalne, które za nią odpowiadają (local social services authority – lokalny organ pomocy społecznej), albo twój najbliższy członek rodziny (nearest relative). Możesz napisać do władz lokalnych z prośbą o zakończenie twojej opieki prawnej.
        }

## Treatment

# SOAD: Second Opinion Appointed Doctor, an independent doctor.
right-consent-to-treatment = Leki i leczenie
    .body =
        { $audience ->
            [carer] Przez pierwsze 3 miesiące od chwili, gdy osoba, o którą pytasz, po raz pierwszy dostała leki na zaburzenie psychiczne w czasie hospitalizacji bez zgody, można jej je podawać bez jej zgody. Potem można je podawać tylko wtedy, gdy ta osoba się zgodzi albo gdy niezależny lekarz wydający drugą opinię (SOAD) potwierdzi, że to leczenie jest właściwe. Inne leczenie zaburzenia psychicznego, na przykład opiekę pielęgniarską, można stosować bez jej zgody.
            [staff] Leki na zaburzenie psychiczne można podawać bez zgody przez 3 miesiące od pierwszego podania w czasie hospitalizacji bez zgody pacjenta. Potem potrzebna jest zgoda pacjenta albo zaświadczenie niezależnego lekarza wydającego drugą opinię (second opinion appointed doctor, SOAD). Inne leczenie zaburzenia psychicznego można stosować bez zgody.
           *[patient] Przez pierwsze 3 miesiące od pierwszego podania ci leków na zaburzenie psychiczne w czasie hospitalizacji bez zgody można ci je podawać bez twojej zgody. Potem można je podawać tylko wtedy, gdy się zgodzisz albo gdy niezależny lekarz wydający drugą opinię (SOAD) potwierdzi, że to leczenie jest właściwe. Inne leczenie zaburzenia psychicznego, na przykład opiekę pielęgniarską, można stosować bez twojej zgody.
        }
right-no-treatment-without-consent = Odmowa leczenia
    .body =
        { $audience ->
            [carer] Przy tej sekcji zasady, które pozwalają leczyć bez zgody, nie dotyczą osoby, o którą pytasz. Może ona odmówić leczenia, w tym leków, których nie chce. Tylko w szczególnych okolicznościach, które należy jej wyjaśnić, można ją leczyć bez jej zgody: na przykład w nagłym przypadku albo gdy nie jest w stanie zdecydować, a leczenie leży w jej najlepszym interesie.
            [staff] Część 4 ustawy (Part 4) nie dotyczy tego pacjenta (sekcja 56(3)), więc nie daje podstawy do leczenia go bez zgody. Każde leczenie bez zgody wymaga innej podstawy prawnej, na przykład Mental Capacity Act 2005 (ustawy o zdolności do podejmowania decyzji) w przypadku pacjenta, który nie ma zdolności do decydowania (lacks capacity), i należy je pacjentowi wyjaśnić.
           *[patient] Przy tej sekcji nie dotyczą cię zasady, które pozwalają leczyć bez zgody. Możesz odmówić leczenia, w tym leków, których nie chcesz. Tylko w szczególnych okolicznościach, które należy ci wyjaśnić, można cię leczyć bez twojej zgody: na przykład w nagłym przypadku albo gdy nie jesteś w stanie zdecydować, a leczenie leży w twoim najlepszym interesie.
        }
# ECT is electroconvulsive therapy.
right-ect = ECT (terapia elektrowstrząsowa)
    .body =
        { $audience ->
            [carer] Jeśli osoba, o którą pytasz, ma 18 lat lub więcej i jest w stanie zdecydować, nie można zastosować u niej ECT, jeśli się nie zgadza, chyba że w nagłym przypadku: aby ratować jej życie albo zapobiec poważnemu pogorszeniu jej stanu. Jeśli ta osoba nie jest w stanie zdecydować, musi zgodzić się lekarz wydający drugą opinię (SOAD), a ECT nie może być sprzeczna z ważną decyzją o odmowie leczenia podjętą z wyprzedzeniem (advance decision) ani z decyzją jej pełnomocnika (attorney), kuratora ustanowionego przez sąd (deputy) lub Court of Protection (sądu ds. osób niezdolnych do decydowania). Jeśli ta osoba ma mniej niż 18 lat, na ECT musi zgodzić się SOAD, nawet jeśli ta osoba się zgadza.
            [staff] Nie można zastosować ECT u osoby dorosłej, która ma zdolność do decydowania (capacity) i odmawia, chyba że w nagłym przypadku na podstawie sekcji 62 (aby ratować życie albo zapobiec poważnemu pogorszeniu stanu). Jeśli pacjent nie ma zdolności do decydowania (lacks capacity), potrzebne jest zaświadczenie SOAD, a ECT nie może być sprzeczna z ważną decyzją o odmowie leczenia podjętą z wyprzedzeniem (advance decision) ani z decyzją pełnomocnika (donee), kuratora ustanowionego przez sąd (deputy) lub Court of Protection. U pacjenta poniżej 18 lat na ECT potrzebne jest zaświadczenie SOAD, nawet jeśli pacjent wyraża zgodę.
           *[patient] Jeśli masz 18 lat lub więcej i jesteś w stanie zdecydować, nie można zastosować u ciebie ECT, jeśli się nie zgadzasz, chyba że w nagłym przypadku: aby ratować twoje życie albo zapobiec poważnemu pogorszeniu twojego stanu. Jeśli nie jesteś w stanie zdecydować, musi zgodzić się lekarz wydający drugą opinię (SOAD), a ECT nie może być sprzeczna z ważną decyzją o odmowie leczenia podjętą z wyprzedzeniem (advance decision) ani z decyzją twojego pełnomocnika (attorney), kuratora ustanowionego przez sąd (deputy) lub Court of Protection (sądu ds. osób niezdolnych do decydowania). Jeśli masz mniej niż 18 lat, na ECT musi zgodzić się SOAD, nawet jeśli ty się zgadzasz.
        }
right-ect-without-part-4 = ECT (terapia elektrowstrząsowa)
    .body =
        { $audience ->
            [carer] Zasady, które pozwalają zastosować ECT w nagłym przypadku u pacjentów hospitalizowanych bez zgody, nie dotyczą osoby, o którą pytasz. Jeśli ma ona 18 lat lub więcej i jest w stanie zdecydować, nie można zastosować u niej ECT, jeśli się nie zgadza. Jeśli ma mniej niż 18 lat, na ECT musi też zgodzić się niezależny lekarz wydający drugą opinię (SOAD), nawet jeśli ta osoba się zgadza.
            [staff] Część 4 ustawy (Part 4) nie dotyczy tego pacjenta (sekcja 56), więc tryb nagły z sekcji 62 nie upoważnia do zastosowania ECT. Nie można zastosować ECT u osoby dorosłej, która ma zdolność do decydowania (capacity) i odmawia. U pacjenta poniżej 18 lat na ECT potrzebne jest zaświadczenie SOAD, nawet jeśli pacjent wyraża zgodę (sekcja 58A, stosowana na podstawie sekcji 56(5)).
           *[patient] Zasady, które pozwalają zastosować ECT w nagłym przypadku u pacjentów hospitalizowanych bez zgody, nie dotyczą ciebie. Jeśli masz 18 lat lub więcej i jesteś w stanie zdecydować, nie można zastosować u ciebie ECT, jeśli się nie zgadzasz. Jeśli masz mniej niż 18 lat, na ECT musi też zgodzić się niezależny lekarz wydający drugą opinię (SOAD), nawet jeśli ty się zgadzasz.
        }
right-section-57-treatment = Operacja mózgu i implanty hormonalne
    .body =
        { $audience ->
            [carer] Operację mózgu z powodu zaburzenia psychicznego albo implant hormonalny, który zmniejsza popęd seksualny u mężczyzn, można zastosować tylko wtedy, gdy osoba, o którą pytasz, się zgadza. Lekarz wydający drugą opinię i dwie inne niezależne osoby (które nie są lekarzami) muszą też potwierdzić, że ta osoba jest w stanie zdecydować i wyraża zgodę, a lekarz musi potwierdzić, że to leczenie jest właściwe. Dotyczy to każdego, z sekcją lub bez.
            [staff] Neurochirurgia z powodu zaburzenia psychicznego albo implant hormonalny, który zmniejsza popęd seksualny u mężczyzn, wymaga zgody pacjenta. Wyznaczony lekarz i dwie inne wyznaczone osoby, które nie są lekarzami, muszą zaświadczyć, że pacjent ma zdolność do decydowania (capacity) i wyraził zgodę, a lekarz musi zaświadczyć, że leczenie jest właściwe. Dotyczy to każdego pacjenta, hospitalizowanego bez zgody lub nie.
           *[patient] Operację mózgu z powodu zaburzenia psychicznego albo implant hormonalny, który zmniejsza popęd seksualny u mężczyzn, można zastosować tylko wtedy, gdy się zgadzasz. Lekarz wydający drugą opinię i dwie inne niezależne osoby (które nie są lekarzami) muszą też potwierdzić, że jesteś w stanie zdecydować i wyrażasz zgodę, a lekarz musi potwierdzić, że to leczenie jest właściwe. Dotyczy to każdego, z sekcją lub bez.
        }
right-cto-treatment = Leczenie przy CTO
    .body =
        { $audience ->
            [carer] Gdy osoba, o którą pytasz, mieszka poza szpitalem na CTO, nie można jej podawać leków na zaburzenie psychiczne, jeśli jest w stanie zdecydować i odmawia. Jeśli nie jest w stanie zdecydować, w niektórych przypadkach można ją leczyć, ale nie wolno użyć siły, chyba że w nagłym przypadku, aby zapobiec szkodzie. Jeśli zostanie wezwana z powrotem do szpitala, obowiązują zasady dla pacjentów hospitalizowanych bez zgody.
            [staff] Pacjenta środowiskowego (community patient), którego nie wezwano z powrotem do szpitala, można leczyć tylko na podstawie sekcji 64C: za jego własną zgodą, jeśli ma zdolność do decydowania (capacity), za zgodą pełnomocnika (donee), kuratora ustanowionego przez sąd (deputy) lub Court of Protection albo na podstawie sekcji 64D lub 64G, jeśli nie ma zdolności do decydowania. Siły można użyć tylko w nagłym przypadku na podstawie sekcji 64G. Po wezwaniu z powrotem do szpitala stosuje się Część 4 (Part 4).
           *[patient] Gdy mieszkasz poza szpitalem na CTO, nie można ci podawać leków na zaburzenie psychiczne, jeśli jesteś w stanie zdecydować i odmawiasz. Jeśli nie jesteś w stanie zdecydować, w niektórych przypadkach można cię leczyć, ale nie wolno użyć siły, chyba że w nagłym przypadku, aby zapobiec szkodzie. Jeśli wezwą cię z powrotem do szpitala, obowiązują zasady dla pacjentów hospitalizowanych bez zgody.
        }

## Leave, recall and life after hospital

# "Section 17 leave" is the everyday name for leave of absence from hospital.
right-leave = Przepustka ze szpitala
    .body =
        { $audience ->
            [carer] Klinicysta prowadzący osoby, o którą pytasz (responsible clinician – specjalista, który odpowiada za jej opiekę), może dać jej przepustkę, czyli pozwolić jej przebywać poza szpitalem. Nazywa się to przepustką na podstawie sekcji 17 (section 17 leave). Przepustka może mieć warunki, a tę osobę można wezwać z powrotem do szpitala.
            [staff] Klinicysta prowadzący (responsible clinician) może udzielić pacjentowi przepustki (section 17 leave). Przepustka może mieć warunki, a pacjenta można wezwać z powrotem do szpitala.
           *[patient] Twój klinicysta prowadzący (responsible clinician – specjalista, który odpowiada za twoją opiekę) może dać ci przepustkę, czyli pozwolić ci przebywać poza szpitalem. Nazywa się to przepustką na podstawie sekcji 17 (section 17 leave). Przepustka może mieć warunki, a ciebie można wezwać z powrotem do szpitala.
        }
right-restricted-leave = Przepustka ze szpitala
    .body =
        { $audience ->
            [carer] Osoba, o którą pytasz, może dostać przepustkę ze szpitala tylko wtedy, gdy zgodzi się Secretary of State for Justice (brytyjski minister sprawiedliwości).
            [staff] Pacjent może dostać przepustkę tylko za zgodą Secretary of State for Justice (ministra sprawiedliwości).
           *[patient] Możesz dostać przepustkę ze szpitala tylko wtedy, gdy zgodzi się Secretary of State for Justice (brytyjski minister sprawiedliwości).
        }
right-cto-conditions = Warunki CTO
    .body =
        { $audience ->
            [carer] CTO osoby, o którą pytasz, ma warunki. Dwa z nich są częścią każdego CTO: stawić się na badanie u lekarza lub zatwierdzonego klinicysty (approved clinician), gdy CTO jest przedłużane, oraz u lekarza wydającego drugą opinię (SOAD), gdy o to poprosi. Inne warunki ustala klinicysta prowadzący (responsible clinician), a musi się na nie zgodzić zatwierdzony specjalista ds. zdrowia psychicznego (approved mental health professional, AMHP). Tę osobę można wezwać z powrotem do szpitala za złamanie jednego z dwóch warunków, które ma każde CTO. Złamanie innego warunku samo w sobie nie wystarczy: można ją wezwać z powrotem tylko wtedy, gdy potrzebuje leczenia w szpitalu, a bez niego byłoby zagrożenie dla jej zdrowia lub bezpieczeństwa albo dla innych.
            [staff] Dwa warunki są obowiązkowe (sekcja 17B(3)): stawienie się na badanie w związku z przedłużeniem CTO oraz w celu wydania zaświadczenia SOAD. Inne warunki ustala klinicysta prowadzący (responsible clinician) za zgodą AMHP. Naruszenie warunku obowiązkowego pozwala na wezwanie z powrotem do szpitala (sekcja 17E(2)); w innym przypadku wezwanie wymaga przesłanek z sekcji 17E(1), a samo naruszenie innego warunku nie wystarczy.
           *[patient] Twoje CTO ma warunki. Dwa z nich są częścią każdego CTO: stawić się na badanie u lekarza lub zatwierdzonego klinicysty (approved clinician), gdy twoje CTO jest przedłużane, oraz u lekarza wydającego drugą opinię (SOAD), gdy o to poprosi. Inne warunki ustala twój klinicysta prowadzący (responsible clinician), a musi się na nie zgodzić zatwierdzony specjalista ds. zdrowia psychicznego (approved mental health professional, AMHP). Można cię wezwać z powrotem do szpitala za złamanie jednego z dwóch warunków, które ma każde CTO. Złamanie innego warunku samo w sobie nie wystarczy: można cię wezwać z powrotem tylko wtedy, gdy potrzebujesz leczenia w szpitalu, a bez niego byłoby zagrożenie dla twojego zdrowia lub bezpieczeństwa albo dla innych.
        }
right-cto-recall = Wezwanie z powrotem do szpitala
    .body =
        { $audience ->
            [carer] Klinicysta prowadzący (responsible clinician) osoby, o którą pytasz, może wezwać ją z powrotem do szpitala na maksymalnie 72 godziny. W tym czasie albo ta osoba dostaje zgodę na wyjście, albo CTO zostaje cofnięte (anulowane). Jeśli CTO zostanie cofnięte, ta osoba znowu musi zostać w szpitalu na podstawie swojej sekcji.
            [staff] Klinicysta prowadzący (responsible clinician) może wezwać pacjenta z powrotem do szpitala na maksymalnie 72 godziny. W tym czasie pacjent albo opuszcza szpital, albo CTO zostaje cofnięte (revoked). Cofnięcie CTO oznacza powrót pacjenta do hospitalizacji bez zgody.
           *[patient] Twój klinicysta prowadzący (responsible clinician) może wezwać cię z powrotem do szpitala na maksymalnie 72 godziny. W tym czasie albo dostajesz zgodę na wyjście, albo twoje CTO zostaje cofnięte (anulowane). Jeśli CTO zostanie cofnięte, znowu musisz zostać w szpitalu na podstawie swojej sekcji.
        }
right-cto-length = Jak długo trwa CTO
    .body = CTO najpierw trwa do 6 miesięcy. Potem można je przedłużyć o kolejne 6 miesięcy, a później za każdym razem o 12 miesięcy.
right-guardianship-powers = Co może opiekun prawny
    .body =
        { $audience ->
            [carer] Opiekun prawny może zdecydować, gdzie osoba, o którą pytasz, musi mieszkać. Może wymagać, aby chodziła w określone miejsca na leczenie, do pracy, na naukę lub szkolenie oraz aby w domu wpuszczała lekarzy, zatwierdzonych specjalistów ds. zdrowia psychicznego (approved mental health professionals, AMHP) lub inne osoby wskazane przez opiekuna prawnego. Opiekun prawny nie może zmusić jej do leczenia.
            [staff] Opiekun prawny może wymagać, aby pacjent mieszkał w określonym miejscu, stawiał się w określonych miejscach na leczenie, do pracy, na naukę lub szkolenie oraz umożliwiał dostęp do siebie lekarzom, zatwierdzonym specjalistom ds. zdrowia psychicznego (approved mental health professionals, AMHP) lub innym wskazanym osobom. Opiekun prawny nie ma prawa leczyć bez zgody.
           *[patient] Twój opiekun prawny może zdecydować, gdzie musisz mieszkać. Może wymagać od ciebie chodzenia w określone miejsca na leczenie, do pracy, na naukę lub szkolenie oraz wpuszczania do domu lekarzy, zatwierdzonych specjalistów ds. zdrowia psychicznego (approved mental health professionals, AMHP) lub innych osób wskazanych przez opiekuna prawnego. Opiekun prawny nie może zmusić cię do leczenia.
        }
right-guardianship-length = Jak długo trwa opieka prawna
    .body = Opieka prawna (guardianship) najpierw trwa do 6 miesięcy. Potem można ją przedłużyć.
right-conditional-discharge-conditions = Warunkowy wypis ze szpitala
    .body =
        { $audience ->
            [carer] Osobę, o którą pytasz, wypisano ze szpitala na warunkach ustalonych przez Trybunał (Tribunal – niezależny organ orzekający) albo przez Secretary of State for Justice (brytyjskiego ministra sprawiedliwości). Minister może wezwać ją z powrotem do szpitala.
            [staff] Warunki pacjenta ustala Trybunał albo Secretary of State for Justice (minister sprawiedliwości). Minister może wezwać pacjenta z powrotem do szpitala.
           *[patient] Wypisano cię ze szpitala na warunkach ustalonych przez Trybunał (Tribunal – niezależny organ orzekający) albo przez Secretary of State for Justice (brytyjskiego ministra sprawiedliwości). Minister może wezwać cię z powrotem do szpitala.
        }
# "Section 117 after-care" is the everyday name for this right.
right-aftercare = Opieka po wypisie
    .body =
        { $audience ->
            [carer] Gdy osoba, o którą pytasz, wyjdzie ze szpitala, ma prawo do bezpłatnej opieki po wypisie. To pomoc i wsparcie w sprawach zdrowia psychicznego, żeby pomóc jej dalej dobrze się czuć. Często nazywa się to opieką po wypisie na podstawie sekcji 117 (section 117 after-care).
            [staff] Pacjent ma prawo do bezpłatnej opieki po wypisie na podstawie sekcji 117 (section 117 after-care), gdy wyjdzie ze szpitala.
           *[patient] Gdy wyjdziesz ze szpitala, masz prawo do bezpłatnej opieki po wypisie. To pomoc i wsparcie w sprawach zdrowia psychicznego, żeby pomóc ci dalej dobrze się czuć. Często nazywa się to opieką po wypisie na podstawie sekcji 117 (section 117 after-care).
        }

## Not detained, or held for a short time

right-informal-can-leave = Wyjście ze szpitala przy pobycie dobrowolnym
    .body =
        { $audience ->
            [carer] Jako pacjent dobrowolny osoba, o którą pytasz, może zdecydować, że wychodzi ze szpitala. Lekarz, zatwierdzony klinicysta (approved clinician) lub pielęgniarka mogą jednak na krótko nie pozwolić jej wyjść, aby można było ocenić jej stan. Jeśli tak się stanie, sprawdź jeszcze raz, czy może mieć rzecznika IMHA.
            [staff] Pacjent nieformalny może zdecydować, że wychodzi ze szpitala. Lekarz, zatwierdzony klinicysta (approved clinician) lub pielęgniarka mogą jednak na krótko nie pozwolić mu wyjść na podstawie sekcji 5. Jeśli tak się stanie, sprawdź jeszcze raz, czy może mieć rzecznika IMHA.
           *[patient] Jako pacjent dobrowolny możesz zdecydować, że wychodzisz ze szpitala. Lekarz, zatwierdzony klinicysta (approved clinician) lub pielęgniarka mogą ci jednak na krótko nie pozwolić wyjść, aby można było ocenić twój stan. Jeśli tak się stanie, sprawdź jeszcze raz, czy możesz mieć rzecznika IMHA.
        }
right-complaints-england = Składanie skargi
    .body =
        { $audience ->
            [carer] Osoba, o którą pytasz, albo ty możecie złożyć skargę do szpitala lub służby, korzystając z ich procedury skargowej. Jeśli skarga dotyczy tego, jak zastosowano ustawę o zdrowiu psychicznym (Mental Health Act), na przykład pobytu tej osoby w szpitalu bez jej zgody lub leczenia jej na podstawie tej ustawy, może ona też złożyć skargę do Care Quality Commission (CQC, urząd kontroli jakości opieki).
            [staff] Pacjent może skorzystać z procedury skargowej szpitala lub służby. Skargi na stosowanie uprawnień z ustawy o zdrowiu psychicznym (Mental Health Act) można też kierować do Care Quality Commission (CQC, urząd kontroli jakości opieki), która je rozpatruje.
           *[patient] Możesz złożyć skargę do szpitala lub służby, korzystając z ich procedury skargowej. Jeśli twoja skarga dotyczy tego, jak zastosowano ustawę o zdrowiu psychicznym (Mental Health Act), na przykład twojego pobytu w szpitalu bez twojej zgody lub leczenia na podstawie tej ustawy, możesz też złożyć skargę do Care Quality Commission (CQC, urząd kontroli jakości opieki).
        }
right-complaints-wales = Składanie skargi
    .body =
        { $audience ->
            [carer] Osoba, o którą pytasz, albo ty możecie złożyć skargę do szpitala lub służby, korzystając z ich procedury skargowej. Jeśli skarga dotyczy tego, jak zastosowano ustawę o zdrowiu psychicznym (Mental Health Act), osoba, o którą pytasz, może też zwrócić się do Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru – inspekcja opieki zdrowotnej w Walii).
            [staff] Pacjent może skorzystać z procedury skargowej rady zdrowia (health board) lub służby. Skargi na stosowanie uprawnień z ustawy o zdrowiu psychicznym (Mental Health Act) w Walii można też kierować do Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru – inspekcja opieki zdrowotnej w Walii).
           *[patient] Możesz złożyć skargę do szpitala lub służby, korzystając z ich procedury skargowej. Jeśli twoja skarga dotyczy tego, jak zastosowano ustawę o zdrowiu psychicznym (Mental Health Act), możesz też zwrócić się do Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru – inspekcja opieki zdrowotnej w Walii).
        }
right-short-term-may-become-longer = Co może stać się dalej
    .body =
        { $audience ->
            [carer] Te uprawnienia trwają tylko krótko. Stan osoby, o którą pytasz, może zostać oceniony, aby sprawdzić, czy musi zostać w szpitalu na podstawie sekcji 2 lub 3. Jeśli tak, będzie mogła mieć rzecznika IMHA.
            [staff] To są uprawnienia krótkoterminowe. Pacjent może zostać oceniony pod kątem hospitalizacji bez zgody na podstawie sekcji 2 lub 3. Jeśli zostanie hospitalizowany bez zgody na podstawie którejś z nich, będzie mógł mieć rzecznika IMHA.
           *[patient] Te uprawnienia trwają tylko krótko. Twój stan może zostać oceniony, aby sprawdzić, czy musisz zostać w szpitalu na podstawie sekcji 2 lub 3. Jeśli tak, będziesz mieć prawo do rzecznika IMHA.
        }

## The same rights once the Mental Health Act 2025 changes them. These are
## shown only from the day each change starts.

right-section-2-tribunal-2025 = Wniosek do Trybunału
    .body =
        { $audience ->
            [carer] Osoba, o którą pytasz, może złożyć wniosek do Trybunału (Tribunal – niezależnego organu orzekającego, który może zakończyć jej sekcję) w ciągu pierwszych 21 dni sekcji 2. Prawnik może bezpłatnie pomóc jej złożyć wniosek.
            [staff] Pacjent może złożyć wniosek do Trybunału w ciągu pierwszych 21 dni sekcji 2. W sprawach przed Trybunałem dostępna jest bezpłatna pomoc prawna od prawnika (solicitor).
           *[patient] Możesz złożyć wniosek do Trybunału (Tribunal – niezależnego organu orzekającego, który może zakończyć twoją sekcję) w ciągu pierwszych 21 dni sekcji 2. Prawnik może bezpłatnie pomóc ci złożyć wniosek.
        }
right-section-3-tribunal-2025 = Wniosek do Trybunału
    .body =
        { $audience ->
            [carer] Osoba, o którą pytasz, może złożyć wniosek do Trybunału (Tribunal – niezależnego organu orzekającego, który może zakończyć jej sekcję) raz w ciągu pierwszych 3 miesięcy sekcji 3, a potem raz w każdym okresie, na który sekcję przedłużono. Prawnik może bezpłatnie pomóc jej złożyć wniosek.
            [staff] Pacjent może złożyć wniosek do Trybunału raz w ciągu pierwszych 3 miesięcy, a potem raz w każdym okresie przedłużenia. W sprawach przed Trybunałem dostępna jest bezpłatna pomoc prawna od prawnika (solicitor).
           *[patient] Możesz złożyć wniosek do Trybunału (Tribunal – niezależnego organu orzekającego, który może zakończyć twoją sekcję) raz w ciągu pierwszych 3 miesięcy sekcji 3, a potem raz w każdym okresie, na który sekcję przedłużono. Prawnik może bezpłatnie pomóc ci złożyć wniosek.
        }
right-section-3-referral-2025 = Kiedy zarząd szpitala przekazuje twoją sprawę do Trybunału
    .body =
        { $audience ->
            [carer] Jeśli Trybunał nie rozpatrzył sprawy osoby, o którą pytasz, w ciągu pierwszych 3 miesięcy, zarząd szpitala (hospital managers) musi ją przekazać. Musi ją przekazać znowu, jeśli nie została rozpatrzona między 3. a 12. miesiącem, a potem co roku.
            [staff] Zarząd szpitala (hospital managers) musi skierować sprawę do Trybunału, jeśli Trybunał nie rozpatrzył jej w ciągu pierwszych 3 miesięcy, znowu, jeśli nie rozpatrzył jej między 3. a 12. miesiącem, a potem w każdym okresie 12 miesięcy.
           *[patient] Jeśli Trybunał nie rozpatrzył twojej sprawy w ciągu pierwszych 3 miesięcy, zarząd szpitala (hospital managers) musi ją przekazać. Musi ją przekazać znowu, jeśli nie została rozpatrzona między 3. a 12. miesiącem, a potem co roku.
        }
right-section-3-length-2025 = Jak długo trwa sekcja 3
    .body = Sekcja 3 służy do leczenia. Najpierw trwa do 3 miesięcy. Potem można ją przedłużyć o kolejne 3 miesiące, potem o 6 miesięcy, a później za każdym razem o rok.
right-consent-to-treatment-2025 = Leki i leczenie
    .body =
        { $audience ->
            [carer] Przez pierwsze 2 miesiące od chwili, gdy osoba, o którą pytasz, po raz pierwszy dostała leki na zaburzenie psychiczne w czasie hospitalizacji bez zgody, można jej je podawać bez jej zgody. Potem można je podawać tylko wtedy, gdy ta osoba się zgodzi albo gdy niezależny lekarz wydający drugą opinię (SOAD) potwierdzi, że to leczenie jest właściwe. Inne leczenie zaburzenia psychicznego, na przykład opiekę pielęgniarską, można stosować bez jej zgody.
            [staff] Leki na zaburzenie psychiczne można podawać bez zgody przez 2 miesiące od pierwszego podania w czasie hospitalizacji bez zgody pacjenta. Potem potrzebna jest zgoda pacjenta albo zaświadczenie SOAD. Inne leczenie zaburzenia psychicznego można stosować bez zgody.
           *[patient] Przez pierwsze 2 miesiące od pierwszego podania ci leków na zaburzenie psychiczne w czasie hospitalizacji bez zgody można ci je podawać bez twojej zgody. Potem można je podawać tylko wtedy, gdy się zgodzisz albo gdy niezależny lekarz wydający drugą opinię (SOAD) potwierdzi, że to leczenie jest właściwe. Inne leczenie zaburzenia psychicznego, na przykład opiekę pielęgniarską, można stosować bez twojej zgody.
        }
# "nominated person": translated as "osoba wskazana (nominated person)". This is
# a draft term for review: a new legal term of the Mental Health Act 2025 for
# the person the patient chooses to replace the nearest relative.
right-nominated-person-discharge = Osoba wskazana (nominated person)
    .body =
        { $audience ->
            [carer] Osoba wskazana (nominated person – ktoś wybrany przez osobę, o którą pytasz, albo wyznaczony dla niej) może zarządzić wypisanie osoby, o którą pytasz, składając zarządowi szpitala (hospital managers) pisemne powiadomienie. Klinicysta prowadzący (responsible clinician) może to zablokować, jeśli osoba, o którą pytasz, prawdopodobnie byłaby niebezpieczna dla siebie lub innych. Osoba wskazana nie może wtedy ponownie zarządzić wypisania przez 3 miesiące.
            [staff] Osoba wskazana (nominated person) pacjenta może zarządzić jego wypisanie, składając zarządowi szpitala pisemne powiadomienie. Klinicysta prowadzący (responsible clinician) może to zablokować, jeśli pacjent prawdopodobnie zachowywałby się w sposób niebezpieczny; osoba wskazana nie może wtedy ponownie zarządzić wypisania przez 3 miesiące.
           *[patient] Twoja osoba wskazana (nominated person – ktoś wybrany przez ciebie albo wyznaczony dla ciebie) może zarządzić twoje wypisanie, składając zarządowi szpitala (hospital managers) pisemne powiadomienie. Twój klinicysta prowadzący (responsible clinician) może to zablokować, jeśli jest prawdopodobne, że będziesz stanowić zagrożenie dla siebie lub innych. Twoja osoba wskazana nie może wtedy ponownie zarządzić twojego wypisania przez 3 miesiące.
        }
right-nominated-person-cannot-discharge = Osoba wskazana (nominated person)
    .body =
        { $audience ->
            [carer] Osoba wskazana (nominated person) nie może zakończyć nakazu umieszczenia w szpitalu osoby, o którą pytasz. Może jednak złożyć wniosek do Trybunału w jej imieniu, w tych samych terminach, w których może to zrobić osoba, o którą pytasz.
            [staff] Osoba wskazana (nominated person) pacjenta nie może zarządzić wypisania przy nakazie umieszczenia w szpitalu. Może złożyć wniosek do Trybunału w tych samych okresach co pacjent.
           *[patient] Twoja osoba wskazana (nominated person – ktoś wybrany przez ciebie albo wyznaczony dla ciebie) nie może zakończyć nakazu umieszczenia w szpitalu. Może jednak złożyć wniosek do Trybunału w twoim imieniu, w tych samych terminach, w których możesz to zrobić ty.
        }
right-section-37-referral-2025 = Kiedy zarząd szpitala przekazuje twoją sprawę do Trybunału
    .body =
        { $audience ->
            [carer] Jeśli przez 12 miesięcy Trybunał nie rozpatrywał sprawy osoby, o którą pytasz, zarząd szpitala (hospital managers) musi przekazać jej sprawę do Trybunału.
            [staff] Zarząd szpitala (hospital managers) musi skierować sprawę do Trybunału, jeśli Trybunał nie rozpatrywał jej w ciągu ostatnich 12 miesięcy.
           *[patient] Jeśli przez 12 miesięcy Trybunał nie rozpatrywał twojej sprawy, zarząd szpitala (hospital managers) musi przekazać twoją sprawę do Trybunału.
        }
right-cto-referral-2025 = Kiedy zarząd szpitala przekazuje twoją sprawę do Trybunału
    .body =
        { $audience ->
            [carer] Jeśli Trybunał nie rozpatrzył sprawy osoby, o którą pytasz, w ciągu pierwszych 6 miesięcy jej CTO, zarząd szpitala (hospital managers) musi ją przekazać. Musi ją przekazać znowu, jeśli nie została rozpatrzona między 6. a 12. miesiącem, a potem co roku.
            [staff] Zarząd szpitala (hospital managers) musi skierować sprawę do Trybunału, jeśli Trybunał nie rozpatrzył jej w ciągu pierwszych 6 miesięcy, znowu, jeśli nie rozpatrzył jej między 6. a 12. miesiącem, a potem w każdym okresie 12 miesięcy.
           *[patient] Jeśli Trybunał nie rozpatrzył twojej sprawy w ciągu pierwszych 6 miesięcy twojego CTO, zarząd szpitala (hospital managers) musi ją przekazać. Musi ją przekazać znowu, jeśli nie została rozpatrzona między 6. a 12. miesiącem, a potem co roku.
        }
right-guardianship-discharge-2025 = Zakończenie opieki prawnej
    .body =
        { $audience ->
            [carer] Opiekę prawną (guardianship) może zakończyć klinicysta prowadzący (responsible clinician), władze lokalne, które za nią odpowiadają (local social services authority – lokalny organ pomocy społecznej), albo osoba wskazana (nominated person) osoby, o którą pytasz. Ta osoba może napisać do władz lokalnych z prośbą o zakończenie jej opieki prawnej.
            [staff] Opiekę prawną (guardianship) może zakończyć klinicysta prowadzący (responsible clinician), odpowiedzialny lokalny organ pomocy społecznej (local social services authority) albo osoba wskazana (nominated person). Pacjent może napisać do tego organu z prośbą o zakończenie opieki prawnej.
           *[patient] Twoją opiekę prawną (guardianship) może zakończyć twój klinicysta prowadzący (responsible clinician), władze lokalne, które za nią odpowiadają (local social services authority – lokalny organ pomocy społecznej), albo twoja osoba wskazana (nominated person). Możesz napisać do władz lokalnych z prośbą o zakończenie twojej opieki prawnej.
        }
right-nominated-person-change = Zmiana osoby wskazanej (nominated person)
    .body =
        { $audience ->
            [carer] Osoba, o którą pytasz, może na piśmie wybrać inną osobę wskazaną (nominated person). Sąd hrabstwa (county court) może też zakończyć wyznaczenie osoby wskazanej. Osoba, o którą pytasz, może poprosić szpital, aby nie wysyłał jej osobie wskazanej kopii informacji o niej.
            [staff] Pacjent może na piśmie wyznaczyć inną osobę wskazaną (nominated person); sąd hrabstwa (county court) może zakończyć jej wyznaczenie. Pacjent może poprosić, aby osobie wskazanej nie wysyłano kopii informacji przekazanych pacjentowi.
           *[patient] Możesz na piśmie wybrać inną osobę wskazaną (nominated person). Sąd hrabstwa (county court) może też zakończyć wyznaczenie osoby wskazanej. Możesz poprosić szpital, aby nie wysyłał twojej osobie wskazanej kopii informacji o tobie.
        }
