# SPDX-License-Identifier: MIT OR Apache-2.0

### A shared device: a ward tablet, a family room's computer or a phone
### passed round, set up (by the provider's configuration or a link's
### ?device=shared) so that one person's answers are not left for the next.
### The answers are cleared after 10 minutes without use, with a warning
### 2 minutes before; the result and request pages offer "Finish and clear".

## The warning, shown over the page after 8 minutes without use

# The warning's heading.
idle-warning-heading = আপনি কি এখনও আছেন?
idle-warning = এই ডিভাইসটি অনেকে ব্যবহার করেন। গোপনীয়তার জন্য, 2 মিনিট পরে আপনার উত্তরগুলো মুছে ফেলা হবে।
# The warning's button: it keeps the answers.
idle-warning-still-here = আমি এখনও আছি

## Shown on the start page once the answers are cleared

# After 10 minutes without use.
notice-answers-cleared-after-inactivity = এই ডিভাইসটি 10 মিনিট ব্যবহার না হওয়ায় আপনার উত্তরগুলো মুছে ফেলা হয়েছে। এতে পরের জন সেগুলো দেখতে পাবেন না।
# After "Finish and clear".
notice-answers-cleared = আপনার উত্তরগুলো মুছে ফেলা হয়েছে। এই ডিভাইসটি যিনি পরে ব্যবহার করবেন, তিনি সেগুলো দেখতে পাবেন না।

## At the end of the result and of the request for an advocate

finish-hint = এই ডিভাইসটি অনেকে ব্যবহার করেন। শেষ হলে আপনার উত্তরগুলো মুছে ফেলুন, যাতে পরের জন সেগুলো দেখতে না পান।
# The button: it clears the answers and goes back to the start.
finish-and-clear = শেষ করুন ও মুছে ফেলুন

## The privacy page, after what the browser's history keeps

privacy-shared-device = শেয়ার করে ব্যবহারের জন্য তৈরি ডিভাইসে, যেমন ওয়ার্ডের ট্যাবলেটে, ঠিকানায় কখনো আপনার উত্তর থাকে না, এবং 10 মিনিট ব্যবহার না হলে, অথবা আপনি “{ finish-and-clear }” বেছে নিলে, সেগুলো মুছে ফেলা হয়।
