# SPDX-License-Identifier: MIT OR Apache-2.0

### A shared device: a ward tablet, a family room's computer or a phone
### passed round, set up (by the provider's configuration or a link's
### ?device=shared) so that one person's answers are not left for the next.
### The answers are cleared after 10 minutes without use, with a warning
### 2 minutes before; the result and request pages offer "Finish and clear".

## The warning, shown over the page after 8 minutes without use

# The warning's heading.
idle-warning-heading = هل ما زلت هنا؟
idle-warning = هذا الجهاز مشترك. حفاظًا على الخصوصية، ستُمسح إجاباتك بعد دقيقتين.
# The warning's button: it keeps the answers.
idle-warning-still-here = ما زلت هنا

## Shown on the start page once the answers are cleared

# After 10 minutes without use.
notice-answers-cleared-after-inactivity = مُسحت إجاباتك لأن هذا الجهاز لم يُستخدم مدة 10 دقائق. وبذلك لا يراها الشخص التالي.
# After "Finish and clear".
notice-answers-cleared = مُسحت إجاباتك. لن يراها الشخص التالي الذي يستخدم هذا الجهاز.

## At the end of the result and of the request for an advocate

finish-hint = هذا الجهاز مشترك. عندما تنتهي، امسح إجاباتك حتى لا يراها الشخص التالي.
# The button: it clears the answers and goes back to the start.
finish-and-clear = إنهاء ومسح الإجابات

## The privacy page, after what the browser's history keeps

privacy-shared-device = على جهاز مُعدّ للاستخدام المشترك، مثل الجهاز اللوحي في الجناح، لا يحتوي العنوان على إجاباتك أبدًا، وتُحذف بعد 10 دقائق دون استخدام، أو عندما تختار «{ finish-and-clear }».
