# SPDX-License-Identifier: MIT OR Apache-2.0

### The result page: whether the person can get an independent mental health
### advocate (IMHA), why, what to ask, what to do instead, and how to get help.
### Every message receives $audience: "patient", "carer" or "staff".
### Patient: "you". Carer: "the person you are asking about", then "they".
### Staff: "the patient", then "they".

## The outcome

result-heading-yes =
    { $audience ->
        [carer] Osoba, o którą pytasz, może mieć niezależnego rzecznika ds. zdrowia psychicznego (IMHA)
        [staff] Pacjent może mieć niezależnego rzecznika ds. zdrowia psychicznego (IMHA)
       *[patient] Możesz mieć niezależnego rzecznika ds. zdrowia psychicznego (IMHA)
    }
result-heading-no =
    { $audience ->
        [carer] Osoba, o którą pytasz, nie może teraz mieć rzecznika IMHA
        [staff] Pacjent nie może teraz mieć rzecznika IMHA
       *[patient] Nie możesz teraz mieć rzecznika IMHA
    }
result-heading-unsure =
    { $audience ->
        [carer] Nie wiemy jeszcze, czy osoba, o którą pytasz, może mieć rzecznika IMHA
        [staff] Nie wiemy jeszcze, czy pacjent może mieć rzecznika IMHA
       *[patient] Nie wiemy jeszcze, czy możesz mieć rzecznika IMHA
    }

## Why: the reasons for the outcome

# Heading above the list of reasons for the outcome.
result-why-heading = Dlaczego

reason-liable-to-be-detained =
    { $audience ->
        [carer] Osoba, o którą pytasz, musi przebywać w szpitalu na podstawie sekcji ustawy o zdrowiu psychicznym (Mental Health Act), która daje jej prawo do rzecznika.
        [staff] Pacjent podlega hospitalizacji bez zgody (liable to be detained) na podstawie sekcji, która daje mu prawo do rzecznika IMHA.
       *[patient] Musisz zostać w szpitalu na podstawie sekcji ustawy o zdrowiu psychicznym (Mental Health Act), która daje ci prawo do rzecznika.
    }
# The holding powers are sections 4, 5(2) and 5(4); places of safety are
# sections 135 and 136. People know them by these numbers, so the numbers stay
# in the text.
reason-holding-power-covered-in-wales =
    { $audience ->
        [carer] Osoba, o którą pytasz, musi przebywać w szpitalu na podstawie krótkotrwałego uprawnienia (holding power: sekcja 4, 5(2) lub 5(4)). W Walii osoby hospitalizowane na tej podstawie mogą mieć rzecznika IMHA.
        [staff] Pacjent jest hospitalizowany bez zgody na podstawie krótkotrwałego uprawnienia (holding power: sekcja 4, 5(2) lub 5(4)). W Walii pacjenci hospitalizowani na tej podstawie są walijskimi pacjentami przymusowymi uprawnionymi do rzecznika (Welsh qualifying compulsory patients) i mogą mieć rzecznika IMHA.
       *[patient] Musisz przebywać w szpitalu na podstawie krótkotrwałego uprawnienia (holding power: sekcja 4, 5(2) lub 5(4)). W Walii osoby hospitalizowane na tej podstawie mogą mieć rzecznika IMHA.
    }
reason-holding-power-excluded-in-england =
    { $audience ->
        [carer] Osoba, o którą pytasz, musi przebywać w szpitalu na podstawie krótkotrwałego uprawnienia (holding power: sekcja 4, 5(2) lub 5(4)). W Anglii te uprawnienia nie dają prawa do rzecznika IMHA. Ta osoba może jednak poprosić o inny rodzaj wsparcia rzecznika.
        [staff] Pacjent jest hospitalizowany bez zgody na podstawie krótkotrwałego uprawnienia (holding power: sekcja 4, 5(2) lub 5(4)). W Anglii te uprawnienia nie dają prawa do rzecznika IMHA. Pacjent może jednak poprosić o inny rodzaj wsparcia rzecznika.
       *[patient] Musisz przebywać w szpitalu na podstawie krótkotrwałego uprawnienia (holding power: sekcja 4, 5(2) lub 5(4)). W Anglii te uprawnienia nie dają prawa do rzecznika IMHA. Możesz jednak poprosić o inny rodzaj wsparcia rzecznika.
    }
reason-place-of-safety-excluded =
    { $audience ->
        [carer] Osoba, o którą pytasz, musi pozostać w bezpiecznym miejscu (place of safety: sekcja 135 lub 136). Ani w Anglii, ani w Walii nie daje to prawa do rzecznika IMHA. Ta osoba może jednak poprosić o inny rodzaj wsparcia rzecznika.
        [staff] Pacjent przebywa bez zgody w bezpiecznym miejscu (place of safety: sekcja 135 lub 136). Pobyt w bezpiecznym miejscu nie daje prawa do rzecznika IMHA ani w Anglii, ani w Walii. Pacjent może jednak poprosić o inny rodzaj wsparcia rzecznika.
       *[patient] Musisz pozostać w bezpiecznym miejscu (place of safety: sekcja 135 lub 136). Ani w Anglii, ani w Walii nie daje to prawa do rzecznika IMHA. Możesz jednak poprosić o inny rodzaj wsparcia rzecznika.
    }
reason-community-patient =
    { $audience ->
        [carer] Osoba, o którą pytasz, ma nakaz leczenia środowiskowego (CTO). To znaczy, że mieszka poza szpitalem, ale musi przestrzegać pewnych warunków. Osoby z CTO mogą mieć rzecznika IMHA, także wtedy, gdy wezwano je z powrotem do szpitala.
        [staff] Pacjent jest pacjentem środowiskowym (community patient), czyli ma nakaz leczenia środowiskowego (CTO). Pacjenci środowiskowi mogą mieć rzecznika IMHA, także w czasie, gdy są wezwani z powrotem do szpitala.
       *[patient] Masz nakaz leczenia środowiskowego (CTO). To znaczy, że mieszkasz poza szpitalem, ale musisz przestrzegać pewnych warunków. Osoby z CTO mogą mieć rzecznika IMHA, także wtedy, gdy wezwano je z powrotem do szpitala.
    }
reason-guardianship =
    { $audience ->
        [carer] Osoba, o którą pytasz, jest objęta opieką prawną (guardianship). To znaczy, że opiekun prawny ma wobec niej pewne uprawnienia na podstawie ustawy o zdrowiu psychicznym (Mental Health Act). Osoby objęte opieką prawną mogą mieć rzecznika IMHA.
        [staff] Pacjent jest objęty opieką prawną (guardianship) na podstawie ustawy o zdrowiu psychicznym (Mental Health Act). Osoby objęte opieką prawną mogą mieć rzecznika IMHA.
       *[patient] Masz opiekuna prawnego (guardianship). To znaczy, że opiekun prawny ma wobec ciebie pewne uprawnienia na podstawie ustawy o zdrowiu psychicznym (Mental Health Act). Osoby objęte opieką prawną mogą mieć rzecznika IMHA.
    }
# A restricted patient is one whose discharge needs the Secretary of State for
# Justice. "Conditionally discharged" means they left hospital with conditions.
reason-conditionally-discharged =
    { $audience ->
        [carer] Osoba, o którą pytasz, ma status pacjenta z ograniczeniami (restricted patient), czyli jej sekcja ma dodatkowe ograniczenia ustalone przez sąd lub rząd. Tę osobę warunkowo wypisano ze szpitala (conditional discharge), czyli pozwolono jej wyjść ze szpitala na określonych warunkach. Nadal można ją wezwać z powrotem do szpitala, więc według prawa nadal jest traktowana jak osoba hospitalizowana bez zgody. Dlatego może mieć rzecznika IMHA.
        [staff] Pacjent jest pacjentem z ograniczeniami (restricted patient), warunkowo wypisanym ze szpitala (conditionally discharged). Nadal podlega hospitalizacji bez zgody (liable to be detained), więc może mieć rzecznika IMHA.
       *[patient] Masz status pacjenta z ograniczeniami (restricted patient), czyli twoja sekcja ma dodatkowe ograniczenia ustalone przez sąd lub rząd. Warunkowo wypisano cię ze szpitala (conditional discharge), czyli pozwolono ci wyjść ze szpitala na określonych warunkach. Nadal można cię wezwać z powrotem do szpitala, więc według prawa nadal liczysz się jako osoba hospitalizowana bez zgody. Dlatego możesz mieć rzecznika IMHA.
    }
reason-discussing-section-57 =
    { $audience ->
        [carer] Osoba, o którą pytasz, rozmawia z lekarzem lub zatwierdzonym klinicystą (approved clinician) – doświadczonym specjalistą, który ma zgodę na stosowanie ustawy o zdrowiu psychicznym (Mental Health Act) – o operacji mózgu z powodu zaburzenia psychicznego albo o implancie hormonalnym, który zmniejsza popęd seksualny u mężczyzn. Każda osoba, która rozmawia o takim leczeniu z lekarzem lub zatwierdzonym klinicystą, może mieć rzecznika IMHA, nawet jeśli nie dotyczy jej żadna sekcja.
        [staff] Lekarz lub zatwierdzony klinicysta (approved clinician) omawia z pacjentem operację mózgu z powodu zaburzenia psychicznego albo implant hormonalny, który zmniejsza popęd seksualny u mężczyzn. Każda osoba, która omawia takie leczenie z lekarzem lub zatwierdzonym klinicystą, może mieć rzecznika IMHA, bez względu na swój status.
       *[patient] Lekarz lub zatwierdzony klinicysta (approved clinician) – doświadczony specjalista, który ma zgodę na stosowanie ustawy o zdrowiu psychicznym (Mental Health Act) – rozmawia z tobą o operacji mózgu z powodu zaburzenia psychicznego albo o implancie hormonalnym, który zmniejsza popęd seksualny u mężczyzn. Każda osoba, która rozmawia o takim leczeniu z lekarzem lub zatwierdzonym klinicystą, może mieć rzecznika IMHA, nawet jeśli nie dotyczy jej żadna sekcja.
    }
# ECT is electroconvulsive therapy.
reason-under-18-discussing-ect =
    { $audience ->
        [carer] Osoba, o którą pytasz, ma mniej niż 18 lat, a lekarz lub zatwierdzony klinicysta rozmawia z nią o ECT (terapii elektrowstrząsowej). Każdy, kto ma mniej niż 18 lat i jest w takiej sytuacji, może mieć rzecznika IMHA.
        [staff] Pacjent ma mniej niż 18 lat, a lekarz lub zatwierdzony klinicysta omawia z nim ECT (terapię elektrowstrząsową). Każdy, kto ma mniej niż 18 lat i jest w takiej sytuacji, może mieć rzecznika IMHA.
       *[patient] Masz mniej niż 18 lat, a lekarz lub zatwierdzony klinicysta rozmawia z tobą o ECT (terapii elektrowstrząsowej). Każdy, kto ma mniej niż 18 lat i jest w takiej sytuacji, może mieć rzecznika IMHA.
    }
reason-adult-discussing-ect-does-not-qualify =
    { $audience ->
        [carer] Osoba, o którą pytasz, ma 18 lat lub więcej. U dorosłych sama rozmowa o ECT (terapii elektrowstrząsowej) nie daje prawa do rzecznika IMHA.
        [staff] Pacjent ma 18 lat lub więcej. U dorosłych sama rozmowa o ECT nie daje prawa do rzecznika IMHA.
       *[patient] Masz 18 lat lub więcej. U dorosłych sama rozmowa o ECT (terapii elektrowstrząsowej) nie daje prawa do rzecznika IMHA.
    }
reason-welsh-informal-inpatient =
    { $audience ->
        [carer] Osoba, o którą pytasz, jest w szpitalu w Walii z powodu swojego zdrowia psychicznego. W Walii każdy pacjent w szpitalu z powodu zdrowia psychicznego może mieć rzecznika IMHA, nawet jeśli jest tam z własnego wyboru (jako pacjent dobrowolny).
        [staff] Pacjent przebywa w szpitalu w Walii, gdzie ocenia się lub leczy jego zaburzenie psychiczne. W Walii każdy taki pacjent szpitala może mieć rzecznika IMHA, nawet jeśli przebywa tam nieformalnie (dobrowolnie).
       *[patient] Jesteś w szpitalu w Walii z powodu swojego zdrowia psychicznego. W Walii każdy pacjent w szpitalu z powodu zdrowia psychicznego może mieć rzecznika IMHA, nawet jeśli jest tam z własnego wyboru (jako pacjent dobrowolny).
    }
reason-informal-in-england =
    { $audience ->
        [carer] Osoba, o którą pytasz, jest pacjentem dobrowolnym w Anglii. To znaczy, że jest w szpitalu z własnego wyboru, a nie na podstawie sekcji. W Anglii pacjenci dobrowolni nie mogą mieć rzecznika IMHA, chyba że lekarz rozmawia z nimi o niektórych rodzajach leczenia. Mogą jednak pomóc inne służby rzeczników.
        [staff] Pacjent jest pacjentem nieformalnym (dobrowolnym) w Anglii. W Anglii pacjenci nieformalni nie mogą mieć rzecznika IMHA, chyba że lekarz lub zatwierdzony klinicysta omawia z nimi niektóre rodzaje leczenia. Mogą jednak pomóc inne służby rzeczników.
       *[patient] Jesteś w Anglii w szpitalu jako pacjent dobrowolny. To znaczy, że jesteś w szpitalu z własnego wyboru, a nie na podstawie sekcji. W Anglii pacjenci dobrowolni nie mogą mieć rzecznika IMHA, chyba że lekarz rozmawia z nimi o niektórych rodzajach leczenia. Mogą ci jednak pomóc inne służby rzeczników.
    }
reason-english-informal-inpatient =
    { $audience ->
        [carer] Osoba, o którą pytasz, jest w szpitalu w Anglii z powodu swojego zdrowia psychicznego. W Anglii każdy pacjent w szpitalu z powodu zdrowia psychicznego może teraz mieć rzecznika IMHA, nawet jeśli jest tam z własnego wyboru (jako pacjent dobrowolny).
        [staff] Pacjent przebywa w szpitalu w Anglii, gdzie ocenia się lub leczy jego zaburzenie psychiczne, i nie podlega hospitalizacji bez zgody (liable to be detained). Tacy pacjenci nieformalni mogą teraz mieć rzecznika IMHA.
       *[patient] Jesteś w szpitalu w Anglii z powodu swojego zdrowia psychicznego. W Anglii każdy pacjent w szpitalu z powodu zdrowia psychicznego może teraz mieć rzecznika IMHA, nawet jeśli jest tam z własnego wyboru (jako pacjent dobrowolny).
    }
reason-not-under-the-act =
    { $audience ->
        [carer] Osoby, o którą pytasz, nie dotyczy sekcja, CTO, opieka prawna ani warunkowy wypis i nie jest ona w szpitalu z powodu zdrowia psychicznego. Tylko osoby w tych sytuacjach mogą mieć rzecznika IMHA.
        [staff] Pacjent nie jest hospitalizowany bez zgody, nie ma CTO, nie jest objęty opieką prawną ani warunkowo wypisany i nie przebywa w szpitalu z powodu zaburzenia psychicznego. Tylko pacjenci w tych sytuacjach mogą mieć rzecznika IMHA.
       *[patient] Nie dotyczy cię sekcja, CTO, opieka prawna ani warunkowy wypis i nie jesteś w szpitalu z powodu zdrowia psychicznego. Tylko osoby w tych sytuacjach mogą mieć rzecznika IMHA.
    }
reason-depends-on-answers-not-known =
    { $audience ->
        [carer] Odpowiedź zależy od czegoś, czego jeszcze nie wiemy o osobie, o którą pytasz. Personel oddziału może ci to powiedzieć, a potem możesz sprawdzić jeszcze raz.
        [staff] Odpowiedź zależy od czegoś, czego jeszcze nie wiemy. Sprawdź pytania poniżej, a potem odpowiedz jeszcze raz.
       *[patient] Odpowiedź zależy od czegoś, czego jeszcze nie wiemy. Personel oddziału może ci to powiedzieć, a potem możesz sprawdzić jeszcze raz.
    }

## What to ask ward staff, when the answer is not known

result-ask-heading =
    { $audience ->
        [staff] Co sprawdzić
       *[patient] O co zapytać personel oddziału
    }
# For a CTO, the law that applies depends on where the responsible hospital is;
# for guardianship, on where the council (local social services authority) is.
ask-which-country =
    { $audience ->
        [carer] Czy szpital jest w Anglii czy w Walii? Jeśli osoba, o którą pytasz, ma CTO, zapytaj o szpital, który odpowiada za jej CTO. Jeśli jest objęta opieką prawną, zapytaj, czy władze lokalne (council), które za nią odpowiadają, są w Anglii czy w Walii.
        [staff] Czy szpital jest w Anglii czy w Walii? Przy CTO chodzi o szpital odpowiedzialny (responsible hospital). Przy opiece prawnej chodzi o odpowiedzialny lokalny organ pomocy społecznej (local social services authority).
       *[patient] Czy ten szpital jest w Anglii czy w Walii? Jeśli masz CTO, zapytaj o szpital, który odpowiada za twoje CTO. Jeśli masz opiekuna prawnego, zapytaj, czy władze lokalne (council), które za to odpowiadają, są w Anglii czy w Walii.
    }
ask-which-section =
    { $audience ->
        [carer] Która sekcja ustawy o zdrowiu psychicznym (Mental Health Act) dotyczy osoby, o którą pytasz? Ta osoba może poprosić o pokazanie swoich dokumentów sekcji albo ulotki o swoich prawach.
        [staff] Która sekcja ustawy o zdrowiu psychicznym (Mental Health Act) dotyczy pacjenta? Sprawdź jego dokumenty sekcji.
       *[patient] Która sekcja ustawy o zdrowiu psychicznym (Mental Health Act) mnie dotyczy? Poproś o pokazanie swoich dokumentów sekcji albo ulotki o swoich prawach.
    }
ask-is-under-18 =
    { $audience ->
        [carer] Czy osoba, o którą pytasz, ma mniej niż 18 lat? Zasady dotyczące ECT (terapii elektrowstrząsowej) są inne dla osób poniżej 18 lat.
        [staff] Czy pacjent ma mniej niż 18 lat? Zasady dotyczące ECT są inne dla osób poniżej 18 lat.
       *[patient] Czy masz mniej niż 18 lat? Zasady dotyczące ECT (terapii elektrowstrząsowej) są inne dla osób poniżej 18 lat.
    }
ask-which-treatment =
    { $audience ->
        [carer] Czy osoba, o którą pytasz, rozmawia z lekarzem lub zatwierdzonym klinicystą (approved clinician) o ECT (terapii elektrowstrząsowej)? Albo o operacji mózgu z powodu zaburzenia psychicznego lub o implancie hormonalnym, który zmniejsza popęd seksualny u mężczyzn?
        [staff] Czy lekarz lub zatwierdzony klinicysta (approved clinician) omawia z pacjentem ECT? Albo operację mózgu z powodu zaburzenia psychicznego lub implant hormonalny, który zmniejsza popęd seksualny u mężczyzn?
       *[patient] Czy lekarz lub zatwierdzony klinicysta (approved clinician) rozmawia ze mną o ECT (terapii elektrowstrząsowej)? Albo o operacji mózgu z powodu zaburzenia psychicznego lub o implancie hormonalnym, który zmniejsza popęd seksualny u mężczyzn?
    }

## Notes shown with the outcome

# "Section 17 leave" is the everyday name for leave of absence from hospital.
note-leave-does-not-end-eligibility =
    { $audience ->
        [carer] Przepustka ze szpitala (section 17 leave, przepustka na podstawie sekcji 17) tego nie zmienia. Osoba, o którą pytasz, nadal może mieć rzecznika IMHA.
        [staff] Przepustka na podstawie sekcji 17 (section 17 leave) tego nie zmienia. Pacjent na przepustce nadal podlega hospitalizacji bez zgody (liable to be detained).
       *[patient] Przepustka ze szpitala (section 17 leave, przepustka na podstawie sekcji 17) tego nie zmienia. Nadal możesz mieć rzecznika IMHA.
    }
note-recall-does-not-end-cto =
    { $audience ->
        [carer] Wezwanie z powrotem do szpitala nie kończy CTO osoby, o którą pytasz. Nadal może ona mieć rzecznika IMHA.
        [staff] Wezwanie z powrotem do szpitala nie kończy CTO. Pacjent nadal jest pacjentem środowiskowym (community patient).
       *[patient] Wezwanie z powrotem do szpitala nie kończy twojego CTO. Nadal możesz mieć rzecznika IMHA.
    }
# "Proposed" means the doctor says they plan to give the treatment.
note-stays-qualifying-while-treatment-proposed =
    { $audience ->
        [carer] Gdy osoba, o którą pytasz, usłyszy, że to leczenie jest dla niej planowane, może mieć rzecznika IMHA, dopóki plan nie zostanie porzucony albo leczenie się nie skończy lub nie zostanie przerwane.
        [staff] Gdy pacjent usłyszy, że to leczenie jest proponowane, zachowuje prawo do rzecznika IMHA, dopóki propozycja nie zostanie wycofana albo leczenie nie zostanie zakończone lub przerwane.
       *[patient] Gdy usłyszysz, że to leczenie jest dla ciebie planowane, możesz mieć rzecznika IMHA, dopóki plan nie zostanie porzucony albo leczenie się nie skończy lub nie zostanie przerwane.
    }
note-ask-again-if-detained-longer =
    { $audience ->
        [carer] Jeśli osoba, o którą pytasz, będzie potem musiała przebywać w szpitalu na podstawie sekcji 2 lub 3, będzie miała prawo do rzecznika IMHA. Jeśli tak się stanie, sprawdź jeszcze raz.
        [staff] Jeśli pacjent zostanie potem hospitalizowany bez zgody na podstawie sekcji 2 lub 3, będzie miał prawo do rzecznika IMHA. Jeśli tak się stanie, znowu powiedz mu o rzecznikach IMHA.
       *[patient] Jeśli potem będziesz musieć przebywać w szpitalu na podstawie sekcji 2 lub 3, będziesz mieć prawo do rzecznika IMHA. Jeśli tak się stanie, zapytaj jeszcze raz.
    }

note-advocate-will-visit =
    { $audience ->
        [carer] Służba rzeczników IMHA musi teraz zorganizować odwiedziny rzecznika IMHA u osoby, o którą pytasz, aby sprawdzić, czy ta osoba chce pomocy. Nie musi ona najpierw o to prosić.
        [staff] Służba rzeczników IMHA (IMHA provider) musi teraz zorganizować odwiedziny rzecznika IMHA u pacjenta i rozmowę z nim, aby ustalić, czy pacjent chce pomocy (albo, jeśli nie ma zdolności do decydowania (lacks capacity), czy pomoc leży w jego najlepszym interesie).
       *[patient] Służba rzeczników IMHA musi teraz zorganizować odwiedziny rzecznika IMHA u ciebie, aby sprawdzić, czy chcesz pomocy. Nie musisz najpierw o to prosić.
    }

## The law the outcome is based on

result-basis-heading = Prawo, na którym to się opiera
# $section is a section number of the Act, e.g. 130C(2)(a), or several joined
# by list-separator.
citation-section = Ustawa o zdrowiu psychicznym z 1983 r. (Mental Health Act 1983), sekcja { $section }
# As citation-section, for the sections that apply in Wales.
citation-section-wales = Ustawa o zdrowiu psychicznym z 1983 r. (Mental Health Act 1983), sekcja { $section } (dodana przez Mental Health (Wales) Measure 2010)
# Shown for duties that come from the Code of Practice, not from a section.
citation-code-of-practice = Kodeks postępowania do ustawy o zdrowiu psychicznym z 1983 r. (Mental Health Act 1983 Code of Practice), rozdział 6
# Joins section numbers in a list, e.g. "58, 63". Keep the space after the comma.
list-separator = { ", " }
# $section as for citation-section, for the sections the Mental Health Act 2025
# inserts into the 1983 Act.
citation-section-2025 = Ustawa o zdrowiu psychicznym z 1983 r. (Mental Health Act 1983), sekcja { $section } (dodana przez ustawę o zdrowiu psychicznym z 2025 r., Mental Health Act 2025)
result-not-legal-advice = To są informacje, a nie porada prawna. Opisane tu prawo może się zmienić.

## When the person cannot get an IMHA: what to do instead

instead-heading =
    { $audience ->
        [carer] Co ta osoba może zrobić zamiast tego
        [staff] Co pacjent może zrobić zamiast tego
       *[patient] Co możesz zrobić zamiast tego
    }
instead-ask-again =
    { $audience ->
        [carer] Jeśli sytuacja osoby, o którą pytasz, się zmieni, na przykład zacznie jej dotyczyć sekcja 2 lub 3 albo dostanie CTO, sprawdź jeszcze raz. Ta osoba może wtedy mieć prawo do rzecznika IMHA.
        [staff] Jeśli status pacjenta się zmieni, na przykład na sekcję 2 lub 3 albo CTO, sprawdź jeszcze raz. Pacjent może wtedy mieć prawo do rzecznika IMHA.
       *[patient] Jeśli twoja sytuacja się zmieni, na przykład zacznie cię dotyczyć sekcja 2 lub 3 albo dostaniesz CTO, sprawdź jeszcze raz. Możesz wtedy mieć prawo do rzecznika IMHA.
    }
# The Care Act 2014 gives some people an advocate for care and support from
# the council in England. PALS is the Patient Advice and Liaison Service.
instead-other-advocacy =
    { $audience ->
        [carer] Osoba, o którą pytasz, może zapytać o inne służby rzeczników, na przykład o rzeczników działających w społeczności lokalnej albo o rzecznika, który pomaga w sprawach opieki i wsparcia od władz lokalnych (council) (w Anglii na podstawie ustawy o opiece (Care Act)). W wielu szpitalach jest też biuro porad i kontaktu dla pacjentów (Patient Advice and Liaison Service, PALS), które może pomóc.
        [staff] Pacjent może zapytać o inne służby rzeczników, na przykład o rzeczników działających w społeczności lokalnej albo o rzecznika, który pomaga w sprawach opieki i wsparcia od władz lokalnych (council) (w Anglii na podstawie ustawy o opiece (Care Act)). Może też pomóc szpitalne biuro porad i kontaktu dla pacjentów (Patient Advice and Liaison Service, PALS), jeśli szpital je ma.
       *[patient] Możesz zapytać o inne służby rzeczników, na przykład o rzeczników działających w społeczności lokalnej albo o rzecznika, który pomaga w sprawach opieki i wsparcia od władz lokalnych (council) (w Anglii na podstawie ustawy o opiece (Care Act)). W wielu szpitalach jest też biuro porad i kontaktu dla pacjentów (Patient Advice and Liaison Service, PALS), które może pomóc.
    }
instead-imca =
    { $audience ->
        [carer] Jeśli osoba, o którą pytasz, nie jest w stanie podjąć ważnej decyzji i nie ma nikogo innego, kto by jej pomógł, może jej pomóc niezależny rzecznik ds. zdolności do podejmowania decyzji (Independent Mental Capacity Advocate, IMCA). To inna służba niż IMHA.
        [staff] Jeśli pacjent nie ma zdolności do podjęcia ważnej decyzji (lacks capacity) i nie ma nikogo innego, z kim można się skonsultować, może pomóc niezależny rzecznik ds. zdolności do podejmowania decyzji (Independent Mental Capacity Advocate, IMCA). To inna służba niż IMHA.
       *[patient] Jeśli nie jesteś w stanie podjąć ważnej decyzji i nie masz nikogo innego, kto by ci pomógł, może ci pomóc niezależny rzecznik ds. zdolności do podejmowania decyzji (Independent Mental Capacity Advocate, IMCA). To inna służba niż IMHA.
    }
instead-complaints =
    { $audience ->
        [carer] Ty albo osoba, o którą pytasz, możecie złożyć skargę do szpitala lub służby. Jeśli odpowiedź was nie zadowoli, możecie zwrócić się do Parliamentary and Health Service Ombudsman (rzecznika ds. skarg na służbę zdrowia) w Anglii albo do Public Services Ombudsman for Wales (Ombwdsmon Gwasanaethau Cyhoeddus Cymru – rzecznika ds. skarg na usługi publiczne w Walii). Skargi na to, jak zastosowano ustawę o zdrowiu psychicznym (Mental Health Act), kieruje się do Care Quality Commission (CQC, urząd kontroli jakości opieki) w Anglii albo do Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru – inspekcja opieki zdrowotnej w Walii).
        [staff] Pacjent może złożyć skargę do szpitala lub służby, a następnie do Parliamentary and Health Service Ombudsman (rzecznika ds. skarg na służbę zdrowia, Anglia) albo do Public Services Ombudsman for Wales (Ombwdsmon Gwasanaethau Cyhoeddus Cymru – rzecznika ds. skarg na usługi publiczne w Walii). Skargi na stosowanie uprawnień z ustawy o zdrowiu psychicznym (Mental Health Act) kieruje się do CQC w Anglii albo do Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru – inspekcja opieki zdrowotnej w Walii).
       *[patient] Możesz złożyć skargę do szpitala lub służby. Jeśli odpowiedź cię nie zadowoli, możesz zwrócić się do Parliamentary and Health Service Ombudsman (rzecznika ds. skarg na służbę zdrowia) w Anglii albo do Public Services Ombudsman for Wales (Ombwdsmon Gwasanaethau Cyhoeddus Cymru – rzecznika ds. skarg na usługi publiczne w Walii). Skargi na to, jak zastosowano ustawę o zdrowiu psychicznym (Mental Health Act), kieruje się do Care Quality Commission (CQC, urząd kontroli jakości opieki) w Anglii albo do Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru – inspekcja opieki zdrowotnej w Walii).
    }

## The law is changing: the Mental Health Act 2025 (a new law, which starts
## in stages on dates the government will set)

change-heading = Prawo się zmienia
change-intro = Nowa ustawa o zdrowiu psychicznym z 2025 r. (Mental Health Act 2025) zmieni część tych zasad. Każda zmiana wchodzi w życie w dniu wyznaczonym przez rząd. Do tego czasu obowiązuje prawo opisane na tej stronie.
# What each change is, as a short phrase. Followed by whether it has started.
change-conditional-discharge-deprivation-of-liberty = Wcześniejsza możliwość złożenia wniosku do Trybunału dla warunkowo wypisanych pacjentów z ograniczeniami (restricted patients), których warunki pozbawiają ich wolności.
change-english-informal-patients = Rzecznik IMHA dla pacjentów nieformalnych (dobrowolnych) w szpitalach w Anglii.
change-opt-out-advocacy = W Anglii rzecznik IMHA odwiedza każdego pacjenta, który może go mieć, bez czekania na prośbę.
change-more-help = W Anglii rzecznicy IMHA pomagają pacjentom brać udział w decyzjach o ich opiece i składać skargi, a także informują ich o innych służbach.
# "nominated person": translated as "osoba wskazana (nominated person)". This is
# a draft term for review: a new legal term of the Mental Health Act 2025 for
# the person the patient chooses to replace the nearest relative.
change-nominated-person = „Osoba wskazana” (nominated person), wybrana przez pacjenta, zastępuje najbliższego członka rodziny (nearest relative).
change-section-3-periods = Sekcja 3 trwa 3 miesiące, potem 3 miesiące, potem 6 miesięcy, a potem za każdym razem rok.
change-tribunal-windows = Więcej czasu na złożenie wniosku do Trybunału przy sekcji 2 (21 dni) i wcześniejsza pierwsza możliwość przy sekcji 3 (w ciągu pierwszych 3 miesięcy).
change-automatic-referrals = Zarząd szpitala (hospital managers) częściej przekazuje sprawy do Trybunału.
change-medication-second-opinion = Leki podawane bez zgody wymagają drugiej opinii po 2 miesiącach, a nie po 3.
change-police-stations = Komisariatu policji nie można już używać jako bezpiecznego miejsca (place of safety).
change-complaints-information = Pacjentom trzeba powiedzieć, jak złożyć skargę.
change-detention-criteria = Surowsze warunki hospitalizacji bez zgody, a sam autyzm lub sama niepełnosprawność intelektualna nie są już powodem do sekcji 3 ani CTO.
# $date is a day, written YYYY-MM-DD.
change-no-date = Jeszcze nie obowiązuje: nie wyznaczono daty.
change-starts = Jeszcze nie obowiązuje: wchodzi w życie { $date }.
change-in-force = Obowiązuje od { $date }.

## How to contact an IMHA service

# Heading of the first section under the outcome: what the person can do next.
do-now-heading = Co zrobić teraz
# First in "What to do now" for sections 135 and 136 (at most 24 hours, and
# up to 12 more), and for sections 4, 5(2) and 5(4) (72 or 6 hours).
do-now-place-of-safety =
    { $audience ->
        [carer] Pobyt w bezpiecznym miejscu (place of safety) trwa najwyżej 24 godziny, a lekarz może go przedłużyć najwyżej o 12 godzin. Zapytaj personel, która sekcja dotyczy teraz osoby, o którą pytasz: jeśli się zmieni, jej prawo do rzecznika IMHA też może się zmienić.
        [staff] Pobyt w bezpiecznym miejscu (place of safety) trwa najwyżej 24 godziny i można go przedłużyć najwyżej o 12 godzin. Gdy sekcja się zmieni, powiedz pacjentowi, która sekcja go dotyczy, i poinformuj go o rzecznikach IMHA, jeśli daje ona do nich prawo.
       *[patient] Pobyt w bezpiecznym miejscu (place of safety) trwa najwyżej 24 godziny, a lekarz może go przedłużyć najwyżej o 12 godzin. Zapytaj personel, która sekcja dotyczy cię teraz: jeśli się zmieni, twoje prawo do rzecznika IMHA też może się zmienić.
    }
do-now-holding-power =
    { $audience ->
        [carer] To uprawnienie (holding power) trwa krótko: 72 godziny w przypadku sekcji 4 lub 5(2), 6 godzin w przypadku sekcji 5(4). Zapytaj personel, która sekcja dotyczy teraz osoby, o którą pytasz: jeśli się zmieni, jej prawo do rzecznika IMHA też może się zmienić.
        [staff] To uprawnienie (holding power) trwa najwyżej 72 godziny (sekcja 4 lub 5(2)) lub 6 godzin (sekcja 5(4)). Gdy sekcja się zmieni, powiedz pacjentowi, która sekcja go dotyczy, i poinformuj go o rzecznikach IMHA, jeśli daje ona do nich prawo.
       *[patient] To uprawnienie (holding power) trwa krótko: 72 godziny w przypadku sekcji 4 lub 5(2), 6 godzin w przypadku sekcji 5(4). Zapytaj personel, która sekcja dotyczy cię teraz: jeśli się zmieni, twoje prawo do rzecznika IMHA też może się zmienić.
    }
contact-heading = Jak skontaktować się ze służbą rzeczników IMHA
contact-default =
    { $audience ->
        [carer] Poproś personel oddziału o dane kontaktowe lokalnej służby rzeczników IMHA. Personel musi pomóc osobie, o którą pytasz, skontaktować się z tą służbą. Ta osoba może poprosić o pomoc w wykonaniu telefonu.
        [staff] Daj pacjentowi dane kontaktowe lokalnej służby rzeczników IMHA i pomóż mu się z nią skontaktować. Zaproponuj pomoc w wykonaniu telefonu.
       *[patient] Poproś personel oddziału o dane kontaktowe twojej lokalnej służby rzeczników IMHA. Personel musi pomóc ci się z nią skontaktować. Możesz poprosić o pomoc w wykonaniu telefonu.
    }
contact-self-referral =
    { $audience ->
        [carer] Osoba, o którą pytasz, może sama skontaktować się ze służbą rzeczników IMHA albo poprosić pielęgniarkę, aby zrobiła to za nią. Ty też możesz poprosić służbę rzeczników IMHA o odwiedziny u tej osoby.
        [staff] Pacjent może sam skontaktować się ze służbą rzeczników IMHA albo poprosić o to pielęgniarkę. Krewny lub opiekun też może poprosić służbę rzeczników IMHA o odwiedziny u pacjenta.
       *[patient] Możesz samodzielnie skontaktować się ze służbą rzeczników IMHA albo poprosić pielęgniarkę, aby zrobiła to za ciebie. Ktoś z rodziny lub opiekun też może poprosić służbę rzeczników IMHA o odwiedziny u ciebie.
    }

# For a person not on a ward: on leave, on a CTO, under guardianship or
# conditionally discharged. A care coordinator is the person who organises
# their care in the community.
contact-community =
    { $audience ->
        [carer] Poproś koordynatora opieki (care coordinator), środowiskowy zespół zdrowia psychicznego (community mental health team) lub pracownika socjalnego osoby, o którą pytasz, o dane kontaktowe lokalnej służby rzeczników IMHA albo zadzwoń do szpitala odpowiedzialnego za jej opiekę. W Anglii służby rzeczników IMHA organizują władze lokalne (council), a w Walii – rada zdrowia (health board).
        [staff] Daj pacjentowi dane kontaktowe lokalnej służby rzeczników IMHA i pomóż mu się z nią skontaktować. W Anglii służby rzeczników IMHA organizują władze lokalne (council), a w Walii – rada zdrowia (health board).
       *[patient] Poproś swojego koordynatora opieki (care coordinator), środowiskowy zespół zdrowia psychicznego (community mental health team) lub pracownika socjalnego o dane kontaktowe twojej lokalnej służby rzeczników IMHA albo zadzwoń do szpitala odpowiedzialnego za twoją opiekę. W Anglii służby rzeczników IMHA organizują władze lokalne (council), a w Walii – rada zdrowia (health board).
    }
# Interpreters include British Sign Language.
do-now-interpreter =
    { $audience ->
        [carer] Jeśli osoba, o którą pytasz, potrzebuje tłumacza, także tłumacza brytyjskiego języka migowego (British Sign Language), może o niego poprosić. Personel powinien to zorganizować – dzięki temu ta osoba zrozumie swoje prawa i będzie mogła rozmawiać z rzecznikiem.
        [staff] Jeśli pacjent potrzebuje tłumacza, także tłumacza brytyjskiego języka migowego (British Sign Language), zorganizuj go – dzięki temu pacjent zrozumie swoje prawa i będzie mógł rozmawiać z rzecznikiem.
       *[patient] Jeśli potrzebujesz tłumacza, także tłumacza brytyjskiego języka migowego (British Sign Language), możesz o niego poprosić. Personel powinien to zorganizować – dzięki temu zrozumiesz swoje prawa i porozmawiasz z rzecznikiem.
    }

## Actions

print-button = Wydrukuj lub zapisz tę stronę
change-answers = Zmień swoje odpowiedzi

## Rights: the heading and introduction above the list of rights (rights.ftl)

rights-heading =
    { $audience ->
        [carer] Prawa tej osoby
        [staff] Prawa pacjenta
       *[patient] Twoje prawa
    }
rights-intro =
    { $audience ->
        [carer] To są najważniejsze prawa w tej sytuacji. Rzecznik IMHA może pomóc osobie, o którą pytasz, je zrozumieć i z nich korzystać.
        [staff] To są najważniejsze prawa w tej sytuacji. Rzecznik IMHA może pomóc pacjentowi je zrozumieć i z nich korzystać.
       *[patient] To są najważniejsze prawa w tej sytuacji. Rzecznik IMHA może pomóc ci je zrozumieć i z nich korzystać.
    }
# Label before the list of sections of the Act that a right rests on.
right-sections-label = Prawo:

## The nearest relative, for a carer or relative (each point is followed
## by its sections; "you" is the carer or relative reading)

nearest-relative-heading = Najbliższy członek rodziny (nearest relative): kto to jest i co może zrobić
nearest-relative-intro = Prawo daje jednemu krewnemu osoby, o którą pytasz – najbliższemu członkowi rodziny (nearest relative) – jego własne prawa. Może to być ty.
# The order of Mental Health Act 1983 section 26.
nearest-relative-who-it-is = Najbliższy członek rodziny to pierwsza osoba z tej listy: mąż, żona lub partner w związku partnerskim (civil partner) (albo – w przypadku osoby, która nie jest w związku małżeńskim ani partnerskim – partner, z którym ta osoba mieszka jak para od co najmniej 6 miesięcy); syn lub córka; ojciec lub matka; brat lub siostra; dziadek lub babcia; wnuk lub wnuczka; wujek lub ciotka; bratanek, siostrzeniec, bratanica lub siostrzenica. Pierwszeństwo ma krewny, który mieszka z tą osobą lub się nią opiekuje. Spośród dwóch krewnych tego samego rodzaju pierwszeństwo ma starszy. Ktoś, kto nie jest krewnym, ale mieszka z tą osobą od co najmniej 5 lat, jest na końcu listy. Nie bierze się pod uwagę osób poniżej 18 lat (chyba że są mężem, żoną, partnerem w związku partnerskim lub rodzicem tej osoby), męża, żony lub partnera w związku partnerskim, który trwale żyje z nią w separacji, ani kogoś, kto zwykle nie mieszka w Zjednoczonym Królestwie, gdy ta osoba w nim mieszka.
nearest-relative-told-of-section-2 = Przy sekcji 2 zatwierdzony specjalista ds. zdrowia psychicznego (approved mental health professional, AMHP) musi spróbować poinformować najbliższego członka rodziny o hospitalizacji bez zgody oraz o tym, że może on zarządzić wypisanie tej osoby.
nearest-relative-consulted-before-section-3 = Przed złożeniem wniosku o sekcję 3 lub opiekę prawną (guardianship) AMHP musi skonsultować się z najbliższym członkiem rodziny, chyba że nie jest to w praktyce możliwe albo spowodowałoby nieuzasadnione opóźnienie. Jeśli najbliższy członek rodziny się sprzeciwi, AMHP nie może złożyć wniosku, ale może poprosić sąd hrabstwa (county court) o wyznaczenie kogoś innego na najbliższego członka rodziny.
nearest-relative-ask-for-assessment = Najbliższy członek rodziny może poprosić władze lokalne (council) obszaru, w którym mieszka ta osoba, aby AMHP rozważył, czy powinna ona zostać przyjęta do szpitala na podstawie ustawy o zdrowiu psychicznym (Mental Health Act). Jeśli AMHP nie złoży wniosku, musi podać swoje powody na piśmie.
nearest-relative-order-discharge = Najbliższy członek rodziny może zarządzić wypisanie tej osoby z sekcji 2, sekcji 3 lub CTO, na piśmie skierowanym do zarządu szpitala (hospital managers), z co najmniej 72-godzinnym wyprzedzeniem. Klinicysta prowadzący (responsible clinician) może to zablokować, stwierdzając w raporcie (report) złożonym w ciągu tych 72 godzin, że ta osoba prawdopodobnie byłaby niebezpieczna dla siebie lub innych. Najbliższy członek rodziny nie może wtedy ponownie zarządzić wypisania przez 6 miesięcy.
nearest-relative-order-guardianship-discharge = Najbliższy członek rodziny może zakończyć opiekę prawną (guardianship) pisemnym zarządzeniem. Nie trzeba powiadamiać o tym z wyprzedzeniem, a klinicysta prowadzący nie może tego zablokować.
nearest-relative-tribunal-after-barring = Jeśli klinicysta prowadzący zablokuje zarządzone przez najbliższego członka rodziny wypisanie kogoś z sekcji 3 lub CTO, najbliższy członek rodziny może złożyć wniosek do Trybunału w ciągu 28 dni od otrzymania tej informacji.
nearest-relative-cannot-discharge-court-patient = Najbliższy członek rodziny nie może zarządzić wypisania osoby, którą sąd skierował do szpitala albo którą przeniesiono z więzienia.
nearest-relative-copy-of-information = Szpital musi dać najbliższemu członkowi rodziny kopię pisemnej informacji o prawach, którą otrzymuje ta osoba, chyba że ta osoba poprosi szpital, aby tego nie robił.
nearest-relative-county-court = Jeśli nie ma najbliższego członka rodziny albo nie jest on odpowiednią osobą, ta osoba, inny krewny, ktoś, kto z nią mieszka, albo AMHP mogą poprosić sąd hrabstwa (county court) o wyznaczenie kogoś innego do pełnienia roli najbliższego członka rodziny.
