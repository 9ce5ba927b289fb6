# SPDX-License-Identifier: MIT OR Apache-2.0

### What an independent mental health advocate (IMHA) does and cannot do,
### and what staff must do to tell patients about IMHAs.
### Every message receives $audience: "patient", "carer" or "staff".

## What an IMHA can do

advocate-heading =
    { $audience ->
        [carer] Jak rzecznik IMHA może pomóc tej osobie
        [staff] Jak rzecznik IMHA może pomóc pacjentowi
       *[patient] Jak rzecznik IMHA może ci pomóc
    }
advocate-intro =
    { $audience ->
        [carer] Rzecznik IMHA to przeszkolony rzecznik, który jest niezależny od szpitala. Jego pomoc jest bezpłatna. To, co powie mu osoba, o którą pytasz, zostaje między nimi, ale rzecznik może mieć obowiązek to komuś przekazać, jeśli ktoś jest w poważnym niebezpieczeństwie.
        [staff] Rzecznik IMHA to przeszkolony rzecznik, który jest niezależny od szpitala. Jego pomoc jest bezpłatna i poufna, ale rzecznik może mieć obowiązek przekazać informacje, jeśli ktoś jest w poważnym niebezpieczeństwie.
       *[patient] Rzecznik IMHA to przeszkolony rzecznik, który jest niezależny od szpitala. Jego pomoc jest bezpłatna. To, co mu powiesz, zostaje między wami, ale rzecznik może mieć obowiązek to komuś przekazać, jeśli ktoś jest w poważnym niebezpieczeństwie.
    }
advocate-understand-rights =
    { $audience ->
        [carer] Może pomóc osobie, o którą pytasz, zrozumieć jej sekcję, wszystkie warunki lub ograniczenia, które jej dotyczą, oraz jej prawa.
        [staff] Może pomóc pacjentowi zrozumieć przepisy, które go dotyczą, wszystkie warunki lub ograniczenia, którym podlega, oraz jego prawa.
       *[patient] Może pomóc ci zrozumieć twoją sekcję, wszystkie warunki lub ograniczenia, które cię dotyczą, oraz twoje prawa.
    }
advocate-understand-treatment =
    { $audience ->
        [carer] Może pomóc osobie, o którą pytasz, dowiedzieć się więcej o jej leczeniu: na czym polega, dlaczego je dostaje, jakie prawo na nie pozwala i jakie zasady ją chronią.
        [staff] Może pomóc pacjentowi dowiedzieć się więcej o jego leczeniu: co jest podawane, proponowane lub omawiane, dlaczego, na jakiej podstawie prawnej oraz jakie zabezpieczenia mają zastosowanie.
       *[patient] Może pomóc ci dowiedzieć się więcej o twoim leczeniu: na czym polega, dlaczego je dostajesz, jakie prawo na nie pozwala i jakie zasady cię chronią.
    }
advocate-use-rights =
    { $audience ->
        [carer] Może pomóc osobie, o którą pytasz, korzystać z jej praw, na przykład złożyć wniosek do Trybunału (Tribunal – niezależnego organu orzekającego, który może zakończyć jej sekcję).
        [staff] Może pomóc pacjentowi korzystać z jego praw, na przykład złożyć wniosek do Trybunału.
       *[patient] Może pomóc ci korzystać z twoich praw, na przykład złożyć wniosek do Trybunału (Tribunal – niezależnego organu orzekającego, który może zakończyć twoją sekcję).
    }
advocate-speak-for-you =
    { $audience ->
        [carer] Może mówić w imieniu osoby, o którą pytasz, albo wspierać ją, aby mówiła sama za siebie, na przykład na spotkaniach z personelem.
        [staff] Może reprezentować pacjenta i mówić w jego imieniu, na przykład na spotkaniach z personelem.
       *[patient] Może mówić w twoim imieniu albo wspierać cię, gdy mówisz we własnym imieniu, na przykład na spotkaniach z personelem.
    }
advocate-take-part-in-decisions =
    { $audience ->
        [carer] Może pomóc osobie, o którą pytasz, brać udział w decyzjach o jej opiece i leczeniu, także przez mówienie w jej imieniu.
        [staff] Może pomóc pacjentowi uczestniczyć w podejmowaniu decyzji o jego opiece i leczeniu, także przez reprezentowanie go.
       *[patient] Może pomóc ci brać udział w decyzjach o twojej opiece i leczeniu, także przez mówienie w twoim imieniu.
    }
advocate-complain =
    { $audience ->
        [carer] Może pomóc osobie, o którą pytasz, złożyć skargę na jej opiekę lub leczenie.
        [staff] Może pomóc pacjentowi złożyć skargę na jego opiekę lub leczenie, także przez reprezentowanie go.
       *[patient] Może pomóc ci złożyć skargę na twoją opiekę lub leczenie.
    }
advocate-other-services =
    { $audience ->
        [carer] Może powiedzieć osobie, o którą pytasz, jakie inne służby mogłyby jej pomóc.
        [staff] Może przekazać pacjentowi informacje o innych służbach, które są lub mogą być dla niego dostępne.
       *[patient] Może powiedzieć ci o innych służbach, które mogłyby ci pomóc.
    }
advocate-meet-in-private =
    { $audience ->
        [carer] Może spotykać się z osobą, o którą pytasz, na osobności. Może też rozmawiać ze specjalistami, którzy ją leczą.
        [staff] Może odwiedzać pacjenta i rozmawiać z nim na osobności oraz rozmawiać ze specjalistami zaangażowanymi w jego leczenie.
       *[patient] Może spotykać się z tobą na osobności. Może też rozmawiać ze specjalistami, którzy cię leczą.
    }
# The IMHA can see records of detention, treatment and after-care, and
# council records, with the patient's consent; if the patient lacks capacity,
# only relevant records, and not against a decision of an attorney, deputy or
# the Court of Protection.
advocate-see-records =
    { $audience ->
        [carer] Może zobaczyć dokumentację osoby, o którą pytasz, ze szpitala lub od władz lokalnych (council), jeśli ta osoba się zgodzi. Jeśli ta osoba nie jest w stanie zdecydować, o dostępie decyduje ten, kto przechowuje dokumentację: rzecznik może zobaczyć tylko dokumentację, która ma znaczenie dla sprawy, tylko wtedy, gdy jest to właściwe, i nie wbrew decyzji kogoś, kto ma prawo decydować za tę osobę.
        [staff] Może zobaczyć dokumentację pacjenta ze szpitala i od władz lokalnych (council) za zgodą pacjenta. Jeśli pacjent nie ma zdolności do decydowania (lacks capacity), osoba przechowująca dokumentację (record holder) decyduje, czy dokumentacja jest istotna dla pomocy rzecznika IMHA i czy dostęp jest właściwy, a dostęp nie może być sprzeczny z decyzją pełnomocnika (donee), kuratora ustanowionego przez sąd (deputy) lub Court of Protection (sądu ds. osób niezdolnych do decydowania).
       *[patient] Może zobaczyć twoją dokumentację ze szpitala lub od władz lokalnych (council), jeśli się zgodzisz. Jeśli nie jesteś w stanie zdecydować, o dostępie decyduje ten, kto przechowuje dokumentację: rzecznik może zobaczyć tylko dokumentację, która ma znaczenie dla sprawy, tylko wtedy, gdy jest to właściwe, i nie wbrew decyzji kogoś, kto ma prawo decydować za ciebie.
    }
# An approved mental health professional (AMHP) is a trained professional,
# often a social worker, with duties under the Mental Health Act.
advocate-visit-requests =
    { $audience ->
        [carer] Najbliższy członek rodziny (nearest relative), klinicysta prowadzący (responsible clinician) albo zatwierdzony specjalista ds. zdrowia psychicznego (approved mental health professional, AMHP) może poprosić rzecznika IMHA o odwiedziny u osoby, o którą pytasz. Ta osoba nadal może odmówić pomocy rzecznika.
        [staff] Najbliższy członek rodziny (nearest relative), klinicysta prowadzący (responsible clinician) albo zatwierdzony specjalista ds. zdrowia psychicznego (approved mental health professional, AMHP) może poprosić rzecznika IMHA o odwiedziny u pacjenta. Pacjent nadal może odmówić pomocy rzecznika.
       *[patient] Twój najbliższy członek rodziny (nearest relative), twój klinicysta prowadzący (responsible clinician) albo zatwierdzony specjalista ds. zdrowia psychicznego (approved mental health professional, AMHP) może poprosić rzecznika IMHA o odwiedziny u ciebie. Nadal możesz odmówić pomocy rzecznika.
    }

advocate-visit-requests-wales-compulsory =
    { $audience ->
        [carer] O odwiedziny rzecznika IMHA może poprosić osoba, o którą pytasz, jej najbliższy członek rodziny (nearest relative), jej klinicysta prowadzący (responsible clinician), zatwierdzony specjalista ds. zdrowia psychicznego (approved mental health professional, AMHP), pracownik socjalny, zarząd szpitala (hospital managers) albo ktoś, kto ma prawo decydować za nią. Osoba, o którą pytasz, nadal może odmówić pomocy rzecznika.
        [staff] O odwiedziny rzecznika IMHA może poprosić pacjent, jego najbliższy członek rodziny (nearest relative), klinicysta prowadzący (responsible clinician), zatwierdzony specjalista ds. zdrowia psychicznego (AMHP), pracownik socjalny zajmujący się pacjentem, zarząd szpitala (hospital managers) albo pełnomocnik (donee) lub kurator ustanowiony przez sąd (deputy) pacjenta. Pacjent nadal może odmówić pomocy rzecznika.
       *[patient] O odwiedziny rzecznika IMHA u ciebie możesz poprosić ty, a także twój najbliższy członek rodziny (nearest relative), twój klinicysta prowadzący (responsible clinician), zatwierdzony specjalista ds. zdrowia psychicznego (approved mental health professional, AMHP), pracownik socjalny, zarząd szpitala (hospital managers) albo ktoś, kto ma prawo decydować za ciebie. Nadal możesz odmówić pomocy rzecznika.
    }
advocate-visit-requests-wales-informal =
    { $audience ->
        [carer] O odwiedziny rzecznika IMHA może poprosić osoba, o którą pytasz, osoba, która się nią opiekuje (carer), pracownik socjalny, zarząd szpitala (hospital managers) albo ktoś, kto ma prawo decydować za nią. Osoba, o którą pytasz, nadal może odmówić pomocy rzecznika.
        [staff] O odwiedziny rzecznika IMHA może poprosić pacjent, osoba, która się nim opiekuje (carer), pracownik socjalny zajmujący się pacjentem, zarząd szpitala (hospital managers) albo pełnomocnik (donee) lub kurator ustanowiony przez sąd (deputy) pacjenta. Pacjent nadal może odmówić pomocy rzecznika.
       *[patient] O odwiedziny rzecznika IMHA u ciebie możesz poprosić ty, a także osoba, która się tobą opiekuje (carer), pracownik socjalny, zarząd szpitala (hospital managers) albo ktoś, kto ma prawo decydować za ciebie. Nadal możesz odmówić pomocy rzecznika.
    }
# "nominated person": translated as "osoba wskazana (nominated person)". This is
# a draft term for review: a new legal term of the Mental Health Act 2025 for
# the person the patient chooses to replace the nearest relative.
advocate-visit-requests-nominated-person =
    { $audience ->
        [carer] O odwiedziny rzecznika IMHA u osoby, o którą pytasz, może poprosić osoba wskazana (nominated person), klinicysta prowadzący (responsible clinician) albo zatwierdzony specjalista ds. zdrowia psychicznego (approved mental health professional, AMHP). Osoba, o którą pytasz, nadal może odmówić pomocy rzecznika.
        [staff] O odwiedziny rzecznika IMHA u pacjenta może poprosić osoba wskazana (nominated person), klinicysta prowadzący (responsible clinician) albo zatwierdzony specjalista ds. zdrowia psychicznego (AMHP). Pacjent nadal może odmówić pomocy rzecznika.
       *[patient] O odwiedziny rzecznika IMHA u ciebie może poprosić twoja osoba wskazana (nominated person), twój klinicysta prowadzący (responsible clinician) albo zatwierdzony specjalista ds. zdrowia psychicznego (approved mental health professional, AMHP). Nadal możesz odmówić pomocy rzecznika.
    }
advocate-visit-requests-wales-compulsory-nominated-person =
    { $audience ->
        [carer] O odwiedziny rzecznika IMHA może poprosić osoba, o którą pytasz, jej osoba wskazana (nominated person), jej klinicysta prowadzący (responsible clinician), zatwierdzony specjalista ds. zdrowia psychicznego (approved mental health professional, AMHP), pracownik socjalny, zarząd szpitala (hospital managers) albo ktoś, kto ma prawo decydować za nią. Osoba, o którą pytasz, nadal może odmówić pomocy rzecznika.
        [staff] O odwiedziny rzecznika IMHA może poprosić pacjent, jego osoba wskazana (nominated person), klinicysta prowadzący (responsible clinician), zatwierdzony specjalista ds. zdrowia psychicznego (AMHP), pracownik socjalny zajmujący się pacjentem, zarząd szpitala (hospital managers) albo pełnomocnik (donee) lub kurator ustanowiony przez sąd (deputy) pacjenta. Pacjent nadal może odmówić pomocy rzecznika.
       *[patient] O odwiedziny rzecznika IMHA u ciebie możesz poprosić ty, a także twoja osoba wskazana (nominated person), twój klinicysta prowadzący (responsible clinician), zatwierdzony specjalista ds. zdrowia psychicznego (approved mental health professional, AMHP), pracownik socjalny, zarząd szpitala (hospital managers) albo ktoś, kto ma prawo decydować za ciebie. Nadal możesz odmówić pomocy rzecznika.
    }

## What an IMHA cannot do

advocate-limits-heading = Czego rzecznik IMHA nie może zrobić
advocate-not-a-lawyer =
    { $audience ->
        [carer] Rzecznik IMHA nie jest prawnikiem (solicitor). Może pomóc osobie, o którą pytasz, znaleźć prawnika do sprawy przed Trybunałem.
        [staff] Rzecznik IMHA nie jest prawnikiem (solicitor) i nie zastępuje prawnika przed Trybunałem. Może pomóc pacjentowi znaleźć prawnika.
       *[patient] Rzecznik IMHA nie jest prawnikiem (solicitor). Może pomóc ci znaleźć prawnika do sprawy przed Trybunałem.
    }
advocate-no-decisions =
    { $audience ->
        [carer] Rzecznik IMHA nie może podejmować decyzji za osobę, o którą pytasz, ani mówić personelowi, co ma robić. Pomaga zadbać o to, aby zdanie tej osoby zostało wysłuchane.
        [staff] Rzecznik IMHA nie może podejmować decyzji za pacjenta ani mówić personelowi, co ma robić. Pomaga zadbać o to, aby zdanie pacjenta zostało wysłuchane.
       *[patient] Rzecznik IMHA nie może podejmować decyzji za ciebie ani mówić personelowi, co ma robić. Pomaga zadbać o to, aby twoje zdanie zostało wysłuchane.
    }
advocate-can-say-no =
    { $audience ->
        [carer] Osoba, o którą pytasz, może odmówić pomocy rzecznika IMHA. Później może zmienić zdanie.
        [staff] Pacjent może odmówić pomocy rzecznika IMHA i może później zmienić zdanie.
       *[patient] Możesz odmówić pomocy rzecznika IMHA. Później możesz zmienić zdanie.
    }
advocate-not-imca = Rzecznik IMHA to ktoś inny niż niezależny rzecznik ds. zdolności do podejmowania decyzji (Independent Mental Capacity Advocate, IMCA). Rzecznik IMCA pomaga osobom, które nie są w stanie podjąć decyzji i nie mają nikogo innego, kto by im pomógł. Można mieć obu rzeczników.

## What staff must do (shown to staff only)

duty-heading = Co musi zrobić personel
duty-intro = Zgodnie z prawem osoba odpowiedzialna musi podjąć wszystkie możliwe w praktyce kroki, aby pacjent zrozumiał, jak może mu pomóc rzecznik IMHA i jak go uzyskać.
duty-who-hospital-managers = Kto musi to zrobić: zarząd szpitala (hospital managers). W praktyce zwykle robi to w jego imieniu personel oddziału.
duty-who-responsible-clinician = Kto musi to zrobić: klinicysta prowadzący (responsible clinician) pacjenta, ponieważ pacjent został warunkowo wypisany ze szpitala.
duty-who-local-authority = Kto musi to zrobić: odpowiedzialny lokalny organ pomocy społecznej (local social services authority – władze lokalne odpowiedzialne za opiekę prawną).
duty-who-responsible-hospital = Kto musi to zrobić: zarząd szpitala odpowiedzialnego (responsible hospital – szpitala, który odpowiada za CTO pacjenta).
duty-who-doctor-discussing-treatment = Kto musi to zrobić: lekarz lub zatwierdzony klinicysta (approved clinician), który omawia leczenie z pacjentem.
# In Wales, an informal in-patient qualifies when they become an in-patient.
duty-as-soon-as-practicable = Kiedy: tak szybko, jak to w praktyce możliwe, po tym, jak pacjent uzyska prawo do rzecznika. Czyli gdy zostanie hospitalizowany bez zgody, objęty CTO, objęty opieką prawną albo gdy omawia się z nim leczenie. W przypadku pacjenta nieformalnego w Walii – gdy zostanie przyjęty do szpitala.
duty-orally-and-in-writing = Jak: poinformuj pacjenta zarówno ustnie, jak i na piśmie.
duty-copy-to-nearest-relative = Jeśli pacjent nie poprosi, aby tego nie robić, daj kopię pisemnej informacji osobie, która wydaje się jego najbliższym członkiem rodziny (nearest relative), o ile to w praktyce możliwe. Zrób to wtedy, gdy informujesz pacjenta, albo w rozsądnym czasie potem. Nie dotyczy to pacjentów na sekcjach sądowych lub więziennych.
duty-copy-to-nominated-person = Jeśli pacjent nie poprosi, aby tego nie robić, daj kopię pisemnej informacji osobie, która wydaje się jego osobą wskazaną (nominated person). Zrób to wtedy, gdy informujesz pacjenta, albo w rozsądnym czasie potem.
# Wales, informal patients: section 130L(6) lists who gets the copy.
duty-copy-to-informal-patients-people = Jeśli pacjent nie poprosi, aby tego nie robić, daj kopię pisemnej informacji osobom wymienionym w sekcji 130L(6). Sprawdź w tekście tej sekcji, kim są te osoby.
duty-repeat-at-key-moments = Powtarzaj informację w ważnych momentach: przy przyjęciu, przy zmianie sekcji oraz przed obchodami, przeglądami leków, przedłużeniami i rozprawami przed Trybunałem.
duty-check-understanding = Sprawdź, czy pacjent zrozumiał. Jeśli jest zbyt chory, aby to przyjąć, spróbuj ponownie później. W razie potrzeby skorzystaj z tłumacza lub informacji w łatwym języku (easy read).
duty-help-to-contact = Pomóż pacjentowi skontaktować się ze służbą rzeczników IMHA, na przykład dając mu dostęp do telefonu, z którego może rozmawiać na osobności. Zapisz, co zrobiono.
