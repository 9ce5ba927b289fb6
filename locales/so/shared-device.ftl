# SPDX-License-Identifier: MIT OR Apache-2.0

### A shared device: a ward tablet, a family room's computer or a phone
### passed round, set up (by the provider's configuration or a link's
### ?device=shared) so that one person's answers are not left for the next.
### The answers are cleared after 10 minutes without use, with a warning
### 2 minutes before; the result and request pages offer "Finish and clear".

## The warning, shown over the page after 8 minutes without use

# The warning's heading.
idle-warning-heading = Weli ma joogtaa?
idle-warning = Qalabkan dad badan ayaa isticmaala. Si loo ilaaliyo qarsoodigaaga, jawaabahaaga waa la tirtiri doonaa 2 daqiiqo kadib.
# The warning's button: it keeps the answers.
idle-warning-still-here = Weli waan joogaa

## Shown on the start page once the answers are cleared

# After 10 minutes without use.
notice-answers-cleared-after-inactivity = Jawaabahaaga waa la tirtiray sababtoo ah qalabkan lama isticmaalin 10 daqiiqo. Sidaas darteed qofka xiga ma arki karo.
# After "Finish and clear".
notice-answers-cleared = Jawaabahaaga waa la tirtiray. Qofka xiga ee isticmaala qalabkan ma arki doono.

## At the end of the result and of the request for an advocate

finish-hint = Qalabkan dad badan ayaa isticmaala. Markaad dhammayso, tirtir jawaabahaaga si qofka xiga uusan u arkin.
# The button: it clears the answers and goes back to the start.
finish-and-clear = Dhammee oo tirtir

## The privacy page, after what the browser's history keeps

privacy-shared-device = Qalab loo diyaariyay in la wadaago, sida tablet-ka waadhka, cinwaanku marna ma hayo jawaabahaaga, waxaana la tirtiraa 10 daqiiqo oo aan la isticmaalin kadib, ama marka aad doorato “{ finish-and-clear }”.
