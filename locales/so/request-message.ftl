# SPDX-License-Identifier: MIT OR Apache-2.0

### The message asking for an advocate: compiled into the app in English,
### because it is always sent in English, whatever language the page is in.

## The message itself. $value is what the person typed or chose.

request-email-subject = Codsi u-doode madax-bannaan oo caafimaadka maskaxda ah (IMHA)
request-line-hello =
    { $audience ->
        [carer] Salaan. Waxaan u codsanayaa u-doode madax-bannaan oo caafimaadka maskaxda ah (IMHA) qof aan daneeyo.
        [staff] Salaan. Waxaan ahay xubin ka mid ah shaqaalaha, waxaanan bukaan u codsanayaa u-doode madax-bannaan oo caafimaadka maskaxda ah (IMHA).
       *[patient] Salaan. Waxaan jeclaan lahaa u-doode madax-bannaan oo caafimaadka maskaxda ah (IMHA).
    }
request-line-name = Magaca: { $value }
request-line-place = Goobta: { $value }
request-line-status = Qodobka ama xaaladda: { $value }
request-line-language = Luqadda: { $value }
request-line-contact = Xiriirka: { $value }
# $needed is "yes" or "no".
request-line-interpreter =
    { $needed ->
        [yes] Turjumaan ayaa loo baahan yahay.
       *[no] Turjumaan looma baahna.
    }
request-line-thanks = Mahadsanid.
# The statuses that are not a section, as the service would name them.
request-status =
    { $status ->
        [detained-longer-term] Lagu hayo qodob (lama yaqaan kee)
        [detained-section-not-known] Lagu hayo qodob (lama yaqaan kee)
        [cto] Amarka daaweynta bulshada (CTO)
        [cto-recalled] Amarka daaweynta bulshada (CTO), dib loogu yeeray isbitaalka
        [guardianship] Ilaalinta sharciga (guardianship)
        [conditional-discharge] La siiyay sii-dayn shuruud leh (conditional discharge)
        [informal-inpatient] Bukaan ikhtiyaari ah (informal)
        [none] Lama hayo
       *[unknown] Lama yaqaan
    }
