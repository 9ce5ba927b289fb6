# SPDX-License-Identifier: MIT OR Apache-2.0

### Asking for an advocate: a short message to the local IMHA service,
### always composed in English for the service (the request-line-*
### messages) and shown in the reader's language beside it to check.
### Every message receives $audience: "patient", "carer" or "staff".

# On the result page, under "What to do now": opens the request page.
request-link = Ysgrifennu neges yn gofyn am eiriolwr
request-heading = Gofyn am eiriolwr
request-intro =
    { $audience ->
        [carer] Llenwch yr hyn y gallwch chi. Rydyn ni’n ysgrifennu neges fer yn Saesneg ar gyfer y gwasanaeth IMHA, ac yn ei dangos yn eich iaith chi hefyd, er mwyn i chi allu ei gwirio. Nid oes dim byd yn cael ei anfon na’i gadw oni bai eich bod chi’n ei hanfon o’ch ffôn.
        [staff] Llenwch yr hyn y mae’r claf yn cytuno iddo. Rydyn ni’n ysgrifennu neges fer yn Saesneg ar gyfer y gwasanaeth IMHA. Nid oes dim byd yn cael ei anfon na’i gadw oni bai eich bod chi’n ei hanfon.
       *[patient] Llenwch yr hyn rydych chi eisiau. Rydyn ni’n ysgrifennu neges fer yn Saesneg ar gyfer y gwasanaeth IMHA, ac yn ei dangos yn eich iaith chi hefyd, er mwyn i chi allu ei gwirio. Nid oes dim byd yn cael ei anfon na’i gadw oni bai eich bod chi’n ei hanfon o’ch ffôn.
    }
request-name-label =
    { $audience ->
        [carer] Enw’r person sydd angen eiriolwr
        [staff] Enw’r claf
       *[patient] Eich enw
    }
request-place-label =
    { $audience ->
        [carer] Ble maen nhw
        [staff] Y ward a’r ysbyty
       *[patient] Ble rydych chi
    }
    .hint = Er enghraifft, y ward a’r ysbyty, neu’r dref
request-contact-label =
    { $audience ->
        [carer] Eich enw, a rhif ffôn y gall y gwasanaeth eich ffonio arno
        [staff] Eich enw, eich rôl a rhif ffôn y ward
       *[patient] Rhif ffôn y gall y gwasanaeth eich ffonio arno, os oes gennych chi un
    }
request-language-label =
    { $audience ->
        [patient] Yr iaith rydych chi’n ei siarad
       *[other] Yr iaith maen nhw’n ei siarad
    }
# Last in the list of languages; shows a box to type the language in.
request-language-other = Iaith arall
request-other-language-label = Pa iaith?
request-interpreter-legend =
    { $audience ->
        [patient] Oes angen cyfieithydd ar y pryd arnoch chi?
       *[other] Oes angen cyfieithydd ar y pryd arnyn nhw?
    }
request-yes = Ie
request-no = Na
request-english-heading = Y neges, yn Saesneg
request-translation-heading = Beth mae’n ei ddweud, yn eich iaith chi
request-not-saved = Nid yw’r neges hon yn cael ei chadw. Pan fyddwch chi’n gadael y dudalen hon, bydd hi wedi mynd.
# The provider’s name is shown above these links.
request-send-text = Ei hanfon fel neges destun
request-send-email = Ei hanfon fel e-bost
request-or-call = Neu ffoniwch:
# With no local IMHA service configured: the card is for a nurse or ward staff.
request-no-provider =
    { $audience ->
        [carer] Dangoswch y neges hon i staff y ward neu i dîm gofal y person rydych chi’n holi amdano. Mae’n rhaid iddyn nhw eu helpu i gysylltu â’r gwasanaeth IMHA.
        [staff] Anfonwch y neges hon ymlaen at y gwasanaeth IMHA lleol.
       *[patient] Dangoswch y neges hon i nyrs neu i staff y ward. Mae’n rhaid iddyn nhw eich helpu i gysylltu â’r gwasanaeth IMHA.
    }
# Shows the message in large type, filling the screen, to hand to a nurse.
request-show-card = Dangos y neges ar y sgrin gyfan
request-card-close = Cau
