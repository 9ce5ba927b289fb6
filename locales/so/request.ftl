# SPDX-License-Identifier: MIT OR Apache-2.0

### Asking for an advocate: a short message to the local IMHA service,
### always composed in English for the service (the request-line-*
### messages) and shown in the reader's language beside it to check.
### Every message receives $audience: "patient", "carer" or "staff".

# On the result page, under "What to do now": opens the request page.
request-link = Qor fariin aad ku codsanayso u-doode
request-heading = Codso u-doode
request-intro =
    { $audience ->
        [carer] Buuxi inta aad awoodo. Waxaan fariin gaaban oo Ingiriisi ah u qoraynaa adeegga IMHA, waxaanan sidoo kale kuugu tusaynaa luqaddaada, si aad u hubiso. Waxba lama diro lamana kaydiyo haddii aadan adigu ka dirin taleefankaaga.
        [staff] Buuxi waxa uu bukaanku oggol yahay. Waxaan fariin gaaban oo Ingiriisi ah u qoraynaa adeegga IMHA. Waxba lama diro lamana kaydiyo haddii aadan adigu dirin.
       *[patient] Buuxi waxa aad rabto. Waxaan fariin gaaban oo Ingiriisi ah u qoraynaa adeegga IMHA, waxaanan sidoo kale kuugu tusaynaa luqaddaada, si aad u hubiso. Waxba lama diro lamana kaydiyo haddii aadan adigu ka dirin taleefankaaga.
    }
request-name-label =
    { $audience ->
        [carer] Magaca qofka u baahan u-doode
        [staff] Magaca bukaanka
       *[patient] Magacaaga
    }
request-place-label =
    { $audience ->
        [carer] Halka uu joogo
        [staff] Waadhka iyo isbitaalka
       *[patient] Halka aad joogto
    }
    .hint = Tusaale ahaan, waadhka iyo isbitaalka, ama magaalada
request-contact-label =
    { $audience ->
        [carer] Magacaaga, iyo lambar taleefan oo adeeggu kugu soo wici karo
        [staff] Magacaaga, shaqadaada iyo lambarka taleefanka waadhka
       *[patient] Lambar taleefan oo adeeggu kugu soo wici karo, haddii aad leedahay
    }
request-language-label =
    { $audience ->
        [patient] Luqadda aad ku hadasho
       *[other] Luqadda uu ku hadlo
    }
# Last in the list of languages; shows a box to type the language in.
request-language-other = Luqad kale
request-other-language-label = Waa luqaddee?
request-interpreter-legend =
    { $audience ->
        [patient] Ma u baahan tahay turjumaan?
       *[other] Ma u baahan yahay turjumaan?
    }
request-yes = Haa
request-no = Maya
request-english-heading = Fariinta, oo Ingiriisi ah
request-translation-heading = Waxa ay fariintu leedahay, oo luqaddaada ah
request-not-saved = Fariintan lama kaydiyo. Marka aad boggan ka baxdo, way baaba’aysaa.
# The provider’s name is shown above these links.
request-send-text = U dir sidii fariin qoraal ah (SMS)
request-send-email = U dir sidii iimayl
request-or-call = Ama wac:
# With no local IMHA service configured: the card is for a nurse or ward staff.
request-no-provider =
    { $audience ->
        [carer] Fariintan tus shaqaalaha waadhka ama kooxda daryeelka ee qofka aad wax ka weydiinayso. Waa inay ka caawiyaan inuu la xiriiro adeegga IMHA.
        [staff] Fariintan u gudbi adeegga IMHA ee deegaanka.
       *[patient] Fariintan tus kalkaaliye caafimaad ama shaqaalaha waadhka. Waa inay kaa caawiyaan inaad la xiriirto adeegga IMHA.
    }
# Shows the message in large type, filling the screen, to hand to a nurse.
request-show-card = Fariinta ku tus shaashadda oo dhan
request-card-close = Xir
