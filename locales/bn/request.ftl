# SPDX-License-Identifier: MIT OR Apache-2.0

### Asking for an advocate: a short message to the local IMHA service,
### always composed in English for the service (the request-line-*
### messages) and shown in the reader's language beside it to check.
### Every message receives $audience: "patient", "carer" or "staff".

# On the result page, under "What to do now": opens the request page.
request-link = পক্ষসমর্থনকারী চেয়ে একটি বার্তা লিখুন
request-heading = পক্ষসমর্থনকারী চান
request-intro =
    { $audience ->
        [carer] যতটা পারেন পূরণ করুন। আমরা IMHA সেবার জন্য ইংরেজিতে একটি ছোট বার্তা লিখি, এবং সেটি আপনার ভাষাতেও দেখাই, যাতে আপনি তা যাচাই করে নিতে পারেন। আপনি নিজের ফোন থেকে না পাঠালে কিছুই পাঠানো বা সংরক্ষণ করা হয় না।
        [staff] রোগী যতটুকুতে রাজি, ততটুকু পূরণ করুন। আমরা IMHA সেবার জন্য ইংরেজিতে একটি ছোট বার্তা লিখি। আপনি না পাঠালে কিছুই পাঠানো বা সংরক্ষণ করা হয় না।
       *[patient] আপনি যা চান, তা পূরণ করুন। আমরা IMHA সেবার জন্য ইংরেজিতে একটি ছোট বার্তা লিখি, এবং সেটি আপনার ভাষাতেও দেখাই, যাতে আপনি তা যাচাই করে নিতে পারেন। আপনি নিজের ফোন থেকে না পাঠালে কিছুই পাঠানো বা সংরক্ষণ করা হয় না।
    }
request-name-label =
    { $audience ->
        [carer] যাঁর পক্ষসমর্থনকারী দরকার, তাঁর নাম
        [staff] রোগীর নাম
       *[patient] আপনার নাম
    }
request-place-label =
    { $audience ->
        [carer] তিনি কোথায় আছেন
        [staff] ওয়ার্ড ও হাসপাতাল
       *[patient] আপনি কোথায় আছেন
    }
    .hint = যেমন, ওয়ার্ড ও হাসপাতাল, অথবা শহর
request-contact-label =
    { $audience ->
        [carer] আপনার নাম, এবং এমন একটি ফোন নম্বর যেখানে সেবাটি আপনাকে ফোন করতে পারে
        [staff] আপনার নাম, পদ এবং ওয়ার্ডের ফোন নম্বর
       *[patient] এমন একটি ফোন নম্বর যেখানে সেবাটি আপনাকে ফোন করতে পারে, যদি আপনার থাকে
    }
request-language-label =
    { $audience ->
        [patient] আপনি যে ভাষায় কথা বলেন
       *[other] তিনি যে ভাষায় কথা বলেন
    }
# Last in the list of languages; shows a box to type the language in.
request-language-other = অন্য কোনো ভাষা
request-other-language-label = কোন ভাষা?
request-interpreter-legend =
    { $audience ->
        [patient] আপনার কি দোভাষী (interpreter) দরকার?
       *[other] তাঁর কি দোভাষী (interpreter) দরকার?
    }
request-yes = হ্যাঁ
request-no = না
request-english-heading = বার্তাটি, ইংরেজিতে
request-translation-heading = এতে কী বলা হয়েছে, আপনার ভাষায়
request-not-saved = এই বার্তাটি সংরক্ষণ করা হয় না। আপনি এই পাতা ছেড়ে গেলে, এটি মুছে যাবে।
# The provider’s name is shown above these links.
request-send-text = এটি টেক্সট মেসেজ হিসেবে পাঠান
request-send-email = এটি ইমেইল হিসেবে পাঠান
request-or-call = অথবা ফোন করুন:
# With no local IMHA service configured: the card is for a nurse or ward staff.
request-no-provider =
    { $audience ->
        [carer] এই বার্তাটি ওয়ার্ডের কর্মীদের, অথবা আপনি যাঁর বিষয়ে জানতে চাইছেন তাঁর কেয়ার টিমকে দেখান। IMHA সেবার সাথে যোগাযোগ করতে তাঁদের অবশ্যই ওই ব্যক্তিকে সাহায্য করতে হবে।
        [staff] এই বার্তাটি স্থানীয় IMHA সেবার কাছে পৌঁছে দিন।
       *[patient] এই বার্তাটি একজন নার্স বা ওয়ার্ডের কর্মীদের দেখান। IMHA সেবার সাথে যোগাযোগ করতে তাঁদের অবশ্যই আপনাকে সাহায্য করতে হবে।
    }
# Shows the message in large type, filling the screen, to hand to a nurse.
request-show-card = বার্তাটি পুরো স্ক্রিনে দেখান
request-card-close = বন্ধ করুন
