# SPDX-License-Identifier: MIT OR Apache-2.0

### What NHS trusts add: their local IMHA provider's contact details,
### ward posters with a QR code, and a page for staff.

## The local IMHA provider, as the trust configured it

# Before the provider's name.
provider-intro = Twoja lokalna służba rzeczników IMHA to:
provider-phone = Telefon
provider-text = SMS
provider-email = E-mail
provider-hours = Godziny otwarcia
provider-referral = Poproś o rzecznika przez internet
provider-bsl = Brytyjski język migowy (British Sign Language, BSL)
# When the trust's settings could not be used; the page then shows contact-default.
provider-unavailable = Nie udało się wyświetlić danych twojej lokalnej służby rzeczników IMHA.

## Page for staff

staff-heading = Jak informować pacjentów o niezależnych rzecznikach ds. zdrowia psychicznego
staff-intro = Zgodnie z prawem pacjentom, którzy mogą mieć rzecznika IMHA, trzeba pomóc zrozumieć, co rzecznik IMHA może zrobić i jak go uzyskać. To jest obowiązek informowania.
staff-who-heading = Kogo trzeba poinformować
staff-who = Każdego pacjenta, który może mieć rzecznika IMHA. W Anglii: pacjentów, którzy podlegają hospitalizacji bez zgody (liable to be detained) na podstawie dowolnej sekcji z wyjątkiem krótkotrwałych uprawnień (holding powers: sekcje 4, 5(2) i 5(4)) i bezpiecznych miejsc (places of safety: sekcje 135 i 136), na przykład sekcji 2, 3, od 35 do 38, 45A, 47 i 48, także na przepustce; pacjentów objętych nakazem leczenia środowiskowego (CTO) lub opieką prawną (guardianship) albo warunkowo wypisanych ze szpitala; a także każdą osobę, z którą omawia się operację mózgu z powodu zaburzenia psychicznego, implant hormonalny zmniejszający popęd seksualny albo (u osób poniżej 18 lat) ECT. W Walii: te same osoby, a także pacjentów na sekcjach 4, 5(2) i 5(4) oraz każdego pacjenta hospitalizowanego nieformalnie, u którego ocenia się lub leczy zaburzenie psychiczne. Pobyt w bezpiecznym miejscu nie daje tego prawa w żadnym z tych krajów.
staff-when-heading = Kiedy informować
staff-when-detention = Tak szybko, jak to praktycznie możliwe (as soon as practicable), od chwili, gdy pacjent może mieć rzecznika IMHA: gdy zostaje hospitalizowany bez zgody, objęty CTO lub opieką prawną albo warunkowo wypisany ze szpitala, lub gdy omawia się z nim leczenie, które daje to prawo.
staff-when-change = Gdy zmienia się sekcja, na przykład z sekcji 2 na sekcję 3.
staff-when-ward-rounds = Przed obchodami i przeglądami opieki.
staff-when-tribunal = Przed rozprawami przed Trybunałem i przed zarządem szpitala (hospital managers) oraz przy przedłużeniu sekcji.
staff-when-medication = Przed przeglądami leków i przed wizytą lekarza wydającego drugą opinię (SOAD).
staff-how-heading = Jak informować
staff-how = Powiedz to pacjentowi i daj mu to na piśmie. Sprawdź, czy zrozumiał. Jeśli jest zbyt chory, spróbuj ponownie później. W razie potrzeby skorzystaj z tłumacza, materiałów w łatwym języku (Easy Read) lub brytyjskiego języka migowego (British Sign Language).
staff-nearest-relative = Jeśli pacjent się nie sprzeciwia, wyślij kopię pisemnej informacji jego najbliższemu członkowi rodziny (nearest relative). Dotyczy to pacjentów hospitalizowanych bez zgody, środowiskowych i objętych opieką prawną, ale nie pacjentów na sekcjach sądowych lub więziennych ani pacjentów, którzy mają prawo do rzecznika tylko z powodu rozmowy o leczeniu. W Walii kopię informacji dla pacjenta nieformalnego dostają osoby wymienione w sekcji 130L(6).
# "nominated person": translated as "osoba wskazana (nominated person)". This is
# a draft term for review: a new legal term of the Mental Health Act 2025 for
# the person the patient chooses to replace the nearest relative.
staff-nominated-person = Jeśli pacjent się nie sprzeciwia, wyślij kopię pisemnej informacji jego osobie wskazanej (nominated person). Nie dotyczy to pacjentów, którzy mają prawo do rzecznika tylko z powodu rozmowy o leczeniu. W Walii kopię informacji dla pacjenta nieformalnego dostają osoby wymienione w sekcji 130L(6).
staff-referral-heading = Jak zgłosić pacjenta
staff-referral = Pacjenci mogą sami skontaktować się ze służbą rzeczników IMHA. Personel też może zgłosić pacjenta – za jego zgodą albo wtedy, gdy pacjent nie jest w stanie zdecydować, a rzecznik IMHA mógłby mu pomóc. Przekaż służbie rzeczników IMHA imię i nazwisko pacjenta, oddział, sekcję i datę ewentualnej rozprawy.
staff-cqc-heading = Na co zwraca uwagę Care Quality Commission (CQC, urząd kontroli jakości opieki)
staff-cqc = Inspektorzy sprawdzają, czy pacjentów poinformowano o rzecznikach IMHA, gdy uzyskali do nich prawo, i ponownie później, czy zostało to zapisane oraz czy pacjenci mogli łatwo skontaktować się z rzecznikiem IMHA, także przez telefon, z którego mogą rozmawiać na osobności.
staff-print = Wydrukuj tę listę kontrolną
# Links to the questions, to see what one patient can have.
staff-patient-link = Sprawdź, co może mieć jeden pacjent: jego rzecznika IMHA, jego prawa i twoje obowiązki

## Ward posters

poster-link = Przygotuj plakat na oddział
poster-heading = Przygotuj plakat na oddział
poster-intro = Przygotuj plakat w formacie A4 z kodem QR, który otwiera tę usługę w odpowiednim języku i z danymi twojej lokalnej służby rzeczników IMHA.
poster-language-label = Język plakatu
poster-provider-label = Służba rzeczników IMHA
# The last choice of IMHA service, when staff want another one or the trust has set none: they then type its name and phone.
poster-provider-none = Żadna z powyższych: wpisz dane służby poniżej
poster-name-label = Nazwa służby rzeczników IMHA
poster-name-hint = Tak, jak ma wyglądać na plakacie. Jest używana tylko na tym plakacie i nie jest zapisywana.
poster-phone-label = Numer telefonu służby rzeczników IMHA
# A UK phone number example; keep the digits as they are.
poster-phone-hint = Numer w Wielkiej Brytanii, na przykład 0300 123 4567. Jest używany tylko na tym plakacie i nie jest zapisywany.
poster-phone-error = Wpisz numer telefonu w Wielkiej Brytanii, na przykład 0300 123 4567 lub +44 300 123 4567
poster-url-label = Publiczny adres internetowy tej usługi
poster-url-hint = Adres, który ludzie będą otwierać, zaczynający się od https://
poster-url-error = Wpisz adres internetowy, który zaczyna się od https://
poster-make = Przygotuj plakat
poster-print = Wydrukuj plakat
# The poster itself, in the chosen language.
poster-title = Chcesz pomocy, aby zrozumieć swoje prawa?
poster-body = Niezależny rzecznik ds. zdrowia psychicznego może ci pomóc. To nic nie kosztuje. Rzecznik nie pracuje dla szpitala.
poster-scan = Zeskanuj kod QR, aby sprawdzić, czy możesz mieć rzecznika.
poster-or-visit = Albo wejdź na stronę:
poster-call = Albo zadzwoń:
# For people who cannot scan the QR code.
poster-no-smartphone = Nie masz smartfona? Poproś pielęgniarkę, aby pomogła ci skontaktować się z rzecznikiem.
poster-qr-label = Kod QR, który otwiera tę usługę
