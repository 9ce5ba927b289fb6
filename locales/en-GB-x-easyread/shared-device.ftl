# SPDX-License-Identifier: MIT OR Apache-2.0

### A shared device: a ward tablet, a family room's computer or a phone
### passed round, set up (by the provider's configuration or a link's
### ?device=shared) so that one person's answers are not left for the next.
### The answers are cleared after 10 minutes without use, with a warning
### 2 minutes before; the result and request pages offer "Finish and clear".

## The warning, shown over the page after 8 minutes without use

# The warning's heading.
idle-warning-heading = Are you still using this?
idle-warning =
    Other people use this tablet, phone or computer too.
    Your answers will be cleared in 2 minutes.
    This keeps your answers private.
# The warning's button: it keeps the answers.
idle-warning-still-here = I am still here

## Shown on the start page once the answers are cleared

# After 10 minutes without use.
notice-answers-cleared-after-inactivity =
    Nobody used this for 10 minutes.
    So we cleared your answers.
    The next person cannot see them.
# After "Finish and clear".
notice-answers-cleared =
    We cleared your answers.
    The next person cannot see them.

## At the end of the result and of the request for an advocate

finish-hint =
    Other people use this tablet, phone or computer too.
    When you finish, clear your answers.
    Then the next person cannot see them.
# The button: it clears the answers and goes back to the start.
finish-and-clear = Finish and clear my answers

## The privacy page, after what the browser's history keeps

privacy-shared-device =
    Some tablets and computers are set up for sharing.
    On these, your answers are not kept in the address.
    They are deleted after 10 minutes without use.
    Or when you press “{ finish-and-clear }”.
