# SPDX-License-Identifier: MIT OR Apache-2.0

### A shared device: a ward tablet, a family room's computer or a phone
### passed round, set up (by the provider's configuration or a link's
### ?device=shared) so that one person's answers are not left for the next.
### The answers are cleared after 10 minutes without use, with a warning
### 2 minutes before; the result and request pages offer "Finish and clear".

## The warning, shown over the page after 8 minutes without use

# The warning's heading.
idle-warning-heading = Are you still there?
idle-warning = This device is shared. For privacy, your answers will be cleared in 2 minutes.
# The warning's button: it keeps the answers.
idle-warning-still-here = I’m still here

## Shown on the start page once the answers are cleared

# After 10 minutes without use.
notice-answers-cleared-after-inactivity = Your answers were cleared because this device was not used for 10 minutes. This keeps them private from the next person.
# After "Finish and clear".
notice-answers-cleared = Your answers have been cleared. The next person to use this device will not see them.

## At the end of the result and of the request for an advocate

finish-hint = This device is shared. When you have finished, clear your answers so that the next person cannot see them.
# The button: it clears the answers and goes back to the start.
finish-and-clear = Finish and clear

## The privacy page, after what the browser's history keeps

privacy-shared-device = On a device set up to be shared, such as a ward’s tablet, the address never holds your answers, and they are deleted after 10 minutes without use, or when you choose “{ finish-and-clear }”.
