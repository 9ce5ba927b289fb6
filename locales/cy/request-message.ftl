# SPDX-License-Identifier: MIT OR Apache-2.0

### The message asking for an advocate: compiled into the app in English,
### because it is always sent in English, whatever language the page is in.

## The message itself. $value is what the person typed or chose.

request-email-subject = Cais am eiriolwr iechyd meddwl annibynnol (IMHA)
request-line-hello =
    { $audience ->
        [carer] Helo. Rydw i’n gofyn am eiriolwr iechyd meddwl annibynnol (IMHA) ar gyfer rhywun sy’n bwysig i mi.
        [staff] Helo. Rydw i’n aelod o staff, ac rydw i’n gofyn am eiriolwr iechyd meddwl annibynnol (IMHA) ar gyfer claf.
       *[patient] Helo. Hoffwn i gael eiriolwr iechyd meddwl annibynnol (IMHA).
    }
request-line-name = Enw: { $value }
request-line-place = Ble: { $value }
request-line-status = Adran neu statws: { $value }
request-line-language = Iaith: { $value }
request-line-contact = Cyswllt: { $value }
# $needed is "yes" or "no".
request-line-interpreter =
    { $needed ->
        [yes] Mae angen cyfieithydd ar y pryd.
       *[no] Nid oes angen cyfieithydd ar y pryd.
    }
request-line-thanks = Diolch.
# The statuses that are not a section, as the service would name them.
request-status =
    { $status ->
        [detained-longer-term] Yn cael eu cadw’n gaeth o dan adran (nid yw’n hysbys pa un)
        [detained-section-not-known] Yn cael eu cadw’n gaeth o dan adran (nid yw’n hysbys pa un)
        [cto] Gorchymyn triniaeth gymunedol (CTO)
        [cto-recalled] Gorchymyn triniaeth gymunedol (CTO), wedi cael eu galw’n ôl i’r ysbyty
        [guardianship] Gwarcheidiaeth
        [conditional-discharge] Wedi cael rhyddhad amodol
        [informal-inpatient] Claf gwirfoddol (anffurfiol)
        [none] Ddim yn cael eu cadw’n gaeth
       *[unknown] Ddim yn hysbys
    }
