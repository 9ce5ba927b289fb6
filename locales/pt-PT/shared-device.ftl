# SPDX-License-Identifier: MIT OR Apache-2.0

### A shared device: a ward tablet, a family room's computer or a phone
### passed round, set up (by the provider's configuration or a link's
### ?device=shared) so that one person's answers are not left for the next.
### The answers are cleared after 10 minutes without use, with a warning
### 2 minutes before; the result and request pages offer "Finish and clear".

## The warning, shown over the page after 8 minutes without use

# The warning's heading.
idle-warning-heading = Ainda está aí?
idle-warning = Este dispositivo é partilhado. Por privacidade, as suas respostas vão ser apagadas dentro de 2 minutos.
# The warning's button: it keeps the answers.
idle-warning-still-here = Ainda estou aqui

## Shown on the start page once the answers are cleared

# After 10 minutes without use.
notice-answers-cleared-after-inactivity = As suas respostas foram apagadas porque este dispositivo não foi usado durante 10 minutos. Assim, a próxima pessoa não as vê.
# After "Finish and clear".
notice-answers-cleared = As suas respostas foram apagadas. A próxima pessoa a usar este dispositivo não as vai ver.

## At the end of the result and of the request for an advocate

finish-hint = Este dispositivo é partilhado. Quando terminar, apague as suas respostas para que a próxima pessoa não as possa ver.
# The button: it clears the answers and goes back to the start.
finish-and-clear = Terminar e apagar

## The privacy page, after what the browser's history keeps

privacy-shared-device = Num dispositivo preparado para ser partilhado, como o tablet de uma enfermaria, o endereço nunca contém as suas respostas, e estas são apagadas após 10 minutos sem utilização, ou quando escolher “{ finish-and-clear }”.
