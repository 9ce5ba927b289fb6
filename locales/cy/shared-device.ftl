# SPDX-License-Identifier: MIT OR Apache-2.0

### A shared device: a ward tablet, a family room's computer or a phone
### passed round, set up (by the provider's configuration or a link's
### ?device=shared) so that one person's answers are not left for the next.
### The answers are cleared after 10 minutes without use, with a warning
### 2 minutes before; the result and request pages offer "Finish and clear".

## The warning, shown over the page after 8 minutes without use

# The warning's heading.
idle-warning-heading = Ydych chi’n dal yno?
idle-warning = Mae’r ddyfais hon yn cael ei rhannu. Er mwyn preifatrwydd, bydd eich atebion yn cael eu clirio mewn 2 funud.
# The warning's button: it keeps the answers.
idle-warning-still-here = Rydw i’n dal yma

## Shown on the start page once the answers are cleared

# After 10 minutes without use.
notice-answers-cleared-after-inactivity = Cafodd eich atebion eu clirio oherwydd na chafodd y ddyfais hon ei defnyddio am 10 munud. Felly ni fydd y person nesaf yn eu gweld.
# After "Finish and clear".
notice-answers-cleared = Mae eich atebion wedi cael eu clirio. Ni fydd y person nesaf sy’n defnyddio’r ddyfais hon yn eu gweld.

## At the end of the result and of the request for an advocate

finish-hint = Mae’r ddyfais hon yn cael ei rhannu. Pan fyddwch chi wedi gorffen, cliriwch eich atebion fel na all y person nesaf eu gweld.
# The button: it clears the answers and goes back to the start.
finish-and-clear = Gorffen a chlirio

## The privacy page, after what the browser's history keeps

privacy-shared-device = Ar ddyfais sydd wedi’i gosod i’w rhannu, fel llechen ward, nid yw’r cyfeiriad byth yn cynnwys eich atebion, ac maen nhw’n cael eu dileu ar ôl 10 munud heb ddefnydd, neu pan fyddwch yn dewis “{ finish-and-clear }”.
