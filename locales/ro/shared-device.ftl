# SPDX-License-Identifier: MIT OR Apache-2.0

### A shared device: a ward tablet, a family room's computer or a phone
### passed round, set up (by the provider's configuration or a link's
### ?device=shared) so that one person's answers are not left for the next.
### The answers are cleared after 10 minutes without use, with a warning
### 2 minutes before; the result and request pages offer "Finish and clear".

## The warning, shown over the page after 8 minutes without use

# The warning's heading.
idle-warning-heading = Mai sunteți aici?
idle-warning = Acest dispozitiv este folosit de mai multe persoane. Pentru confidențialitate, răspunsurile dumneavoastră vor fi șterse în 2 minute.
# The warning's button: it keeps the answers.
idle-warning-still-here = Sunt încă aici

## Shown on the start page once the answers are cleared

# After 10 minutes without use.
notice-answers-cleared-after-inactivity = Răspunsurile dumneavoastră au fost șterse, deoarece acest dispozitiv nu a fost folosit timp de 10 minute. Astfel, următoarea persoană nu le poate vedea.
# After "Finish and clear".
notice-answers-cleared = Răspunsurile dumneavoastră au fost șterse. Următoarea persoană care folosește acest dispozitiv nu le va vedea.

## At the end of the result and of the request for an advocate

finish-hint = Acest dispozitiv este folosit de mai multe persoane. Când ați terminat, ștergeți răspunsurile, ca următoarea persoană să nu le poată vedea.
# The button: it clears the answers and goes back to the start.
finish-and-clear = Terminați și ștergeți

## The privacy page, after what the browser's history keeps

privacy-shared-device = Pe un dispozitiv pregătit pentru folosire în comun, cum ar fi tableta unui salon, adresa nu conține niciodată răspunsurile dumneavoastră, iar acestea sunt șterse după 10 minute fără folosire sau când alegeți „{ finish-and-clear }”.
