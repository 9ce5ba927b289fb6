# SPDX-License-Identifier: MIT OR Apache-2.0

### Read aloud: the button on question and result pages that reads the page
### with the browser's speech synthesis. Shown only where the browser has a
### voice for the page's language.

# The button that starts reading the page aloud.
listen-button = Ascultați această pagină
# The same button while the page is being read: it stops the reading.
listen-stop = Opriți ascultarea
