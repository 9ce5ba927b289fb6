# SPDX-License-Identifier: MIT OR Apache-2.0

### A shared device: a ward tablet, a family room's computer or a phone
### passed round, set up (by the provider's configuration or a link's
### ?device=shared) so that one person's answers are not left for the next.
### The answers are cleared after 10 minutes without use, with a warning
### 2 minutes before; the result and request pages offer "Finish and clear".

## The warning, shown over the page after 8 minutes without use

# The warning's heading.
idle-warning-heading = ਕੀ ਤੁਸੀਂ ਅਜੇ ਵੀ ਇੱਥੇ ਹੋ?
idle-warning = ਇਹ ਡਿਵਾਈਸ ਸਾਂਝੀ ਹੈ। ਨਿੱਜਤਾ ਲਈ, ਤੁਹਾਡੇ ਜਵਾਬ 2 ਮਿੰਟਾਂ ਵਿੱਚ ਮਿਟਾ ਦਿੱਤੇ ਜਾਣਗੇ।
# The warning's button: it keeps the answers.
idle-warning-still-here = ਮੈਂ ਅਜੇ ਵੀ ਇੱਥੇ ਹਾਂ

## Shown on the start page once the answers are cleared

# After 10 minutes without use.
notice-answers-cleared-after-inactivity = ਤੁਹਾਡੇ ਜਵਾਬ ਮਿਟਾ ਦਿੱਤੇ ਗਏ ਹਨ ਕਿਉਂਕਿ ਇਹ ਡਿਵਾਈਸ 10 ਮਿੰਟਾਂ ਤੱਕ ਵਰਤੀ ਨਹੀਂ ਗਈ। ਇਸ ਤਰ੍ਹਾਂ ਅਗਲਾ ਵਿਅਕਤੀ ਇਨ੍ਹਾਂ ਨੂੰ ਨਹੀਂ ਦੇਖ ਸਕਦਾ।
# After "Finish and clear".
notice-answers-cleared = ਤੁਹਾਡੇ ਜਵਾਬ ਮਿਟਾ ਦਿੱਤੇ ਗਏ ਹਨ। ਇਸ ਡਿਵਾਈਸ ਨੂੰ ਵਰਤਣ ਵਾਲਾ ਅਗਲਾ ਵਿਅਕਤੀ ਇਨ੍ਹਾਂ ਨੂੰ ਨਹੀਂ ਦੇਖੇਗਾ।

## At the end of the result and of the request for an advocate

finish-hint = ਇਹ ਡਿਵਾਈਸ ਸਾਂਝੀ ਹੈ। ਜਦੋਂ ਤੁਸੀਂ ਪੂਰਾ ਕਰ ਲਵੋ, ਤਾਂ ਆਪਣੇ ਜਵਾਬ ਮਿਟਾ ਦਿਓ ਤਾਂ ਜੋ ਅਗਲਾ ਵਿਅਕਤੀ ਇਨ੍ਹਾਂ ਨੂੰ ਨਾ ਦੇਖ ਸਕੇ।
# The button: it clears the answers and goes back to the start.
finish-and-clear = ਪੂਰਾ ਕਰੋ ਅਤੇ ਮਿਟਾਓ

## The privacy page, after what the browser's history keeps

privacy-shared-device = ਸਾਂਝੀ ਵਰਤੋਂ ਲਈ ਤਿਆਰ ਕੀਤੀ ਡਿਵਾਈਸ ’ਤੇ, ਜਿਵੇਂ ਵਾਰਡ ਦਾ ਟੈਬਲੈੱਟ, ਪਤੇ ਵਿੱਚ ਕਦੇ ਵੀ ਤੁਹਾਡੇ ਜਵਾਬ ਨਹੀਂ ਹੁੰਦੇ, ਅਤੇ ਉਹ 10 ਮਿੰਟ ਵਰਤੋਂ ਨਾ ਹੋਣ ’ਤੇ, ਜਾਂ ਜਦੋਂ ਤੁਸੀਂ “{ finish-and-clear }” ਚੁਣਦੇ ਹੋ, ਮਿਟਾ ਦਿੱਤੇ ਜਾਂਦੇ ਹਨ।
