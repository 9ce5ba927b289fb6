# SPDX-License-Identifier: MIT OR Apache-2.0

### The staff page's embed helper: for a trust's web team, the code that
### puts this service on the trust's website.

embed-heading = Rhoi’r gwasanaeth hwn ar wefan eich ymddiriedolaeth GIG
embed-intro = Ar gyfer eich tîm gwe. Dewiswch y ward, yr iaith a sut i fewnosod y gwasanaeth, ac yna copïwch y cod i dudalen ar wefan eich ymddiriedolaeth. Mae’r cod yn gweithio ar y wefan y daw’r dudalen hon ohoni.
embed-provider-label = Gwasanaeth IMHA (ward)
# The last choice: no provider named in the code, so the settings file's default is used.
embed-provider-default = Yr un arferol ar gyfer y wefan hon
# When the trust has set no IMHA services in providers.json.
embed-no-providers = Nid oes unrhyw wasanaethau IMHA wedi’u gosod ar gyfer y wefan hon eto, felly bydd y gwasanaeth yn dweud wrth bobl am ofyn i staff y ward. Gall eich tîm gwe eu hychwanegu yn providers.json.
embed-language-label = Iaith
# The first choice: no language in the code.
embed-language-browser = Iaith y darllenydd ei hun, yn ôl eu porwr
embed-how-label = Sut i’w fewnosod
embed-how-script = Sgript ac elfen (argymhellir)
# $policy is code (a Content Security Policy); keep it as it is.
embed-how-script-hint = Mae’r gwasanaeth yn ymddangos y tu mewn i’ch tudalen. Rhaid i Bolisi Diogelwch Cynnwys (Content Security Policy) eich tudalen ganiatáu { $policy }.
embed-how-iframe = Ffrâm (iframe)
# $policy is code (a Content Security Policy); keep it as it is.
embed-how-iframe-hint = Mae’r gwasanaeth yn ymddangos mewn ffrâm sy’n tyfu i’w ffitio. Rhaid i Bolisi Diogelwch Cynnwys (Content Security Policy) eich tudalen ganiatáu { $policy }. Yn eich taflen arddull, rhowch y lled llawn i’r ffrâm, heb ffin.
embed-code-label = Y cod i’w gopïo
embed-copy = Copïo’r cod
embed-copied = Wedi’i gopïo. Gludwch ef yn eich tudalen lle dylai’r gwasanaeth ymddangos.
embed-copy-failed = Ni wnaeth eich porwr adael i’r dudalen hon gopïo. Dewiswch y cod a’i gopïo eich hun.
# The frame's name for screen readers, in the code the web team copies.
embed-frame-title = Cael gwybod a allwch chi gael eiriolwr iechyd meddwl annibynnol
