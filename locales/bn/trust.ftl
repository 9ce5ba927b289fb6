# SPDX-License-Identifier: MIT OR Apache-2.0

### What NHS trusts add: their local IMHA provider's contact details,
### ward posters with a QR code, and a page for staff.

## The local IMHA provider, as the trust configured it

# Before the provider's name.
provider-intro = আপনার এলাকার IMHA সেবা হলো:
provider-phone = ফোন
provider-text = টেক্সট মেসেজ
provider-email = ইমেইল
provider-hours = খোলা থাকার সময়
provider-referral = অনলাইনে একজন পক্ষসমর্থনকারী চান
provider-bsl = ব্রিটিশ সাংকেতিক ভাষা (British Sign Language, BSL)
# When the trust's settings could not be used; the page then shows contact-default.
provider-unavailable = আপনার এলাকার IMHA সেবার তথ্য আমরা দেখাতে পারিনি।

## Page for staff

staff-heading = রোগীদের স্বাধীন মানসিক স্বাস্থ্য পক্ষসমর্থনকারী সম্পর্কে জানানো
staff-intro = আইন বলে, যে রোগীরা IMHA পেতে পারেন, একজন IMHA কী করতে পারেন এবং কীভাবে IMHA পাওয়া যায়, তা বুঝতে তাঁদের সাহায্য করতে হবে। একে জানানোর দায়িত্ব (duty to inform) বলে।
staff-who-heading = কাকে জানাতে হবে
staff-who = IMHA পেতে পারেন এমন প্রত্যেক রোগীকে। ইংল্যান্ডে: আটকে রাখার ক্ষমতা (holding powers: সেকশন 4, 5(2) ও 5(4)) এবং নিরাপদ স্থান (places of safety: সেকশন 135 ও 136) ছাড়া যেকোনো সেকশনের অধীনে আটক রাখার আওতায় থাকা রোগীরা (liable to be detained), যেমন সেকশন 2, 3, 35 থেকে 38, 45A, 47 ও 48, ছুটিতে থাকা রোগীসহ; কমিউনিটি ট্রিটমেন্ট অর্ডারে (CTO), অভিভাবকত্বের (guardianship) অধীনে, বা শর্তসাপেক্ষে মুক্তিতে (conditional discharge) থাকা রোগীরা; এবং যাঁরা মানসিক রোগের জন্য মস্তিষ্কে অস্ত্রোপচার, যৌন ইচ্ছা কমানোর জন্য হরমোন ইমপ্লান্ট, বা (18-এর কম বয়স হলে) ECT নিয়ে আলোচনা করছেন। ওয়েলসে: এঁরা সবাই, এবং সেই সাথে সেকশন 4, 5(2) ও 5(4)-এর অধীনে থাকা রোগীরা, এবং মানসিক রোগের জন্য অ্যাসেসমেন্ট বা চিকিৎসা চলছে এমন প্রত্যেক ইনফর্মাল (স্বেচ্ছায় ভর্তি) রোগী। নিরাপদ স্থান (places of safety) কোনো দেশেই এই অধিকার দেয় না।
staff-when-heading = কখন জানাবেন
staff-when-detention = যখন থেকে তিনি IMHA পেতে পারেন, তার পর বাস্তবে যত তাড়াতাড়ি সম্ভব: অর্থাৎ যখন তাঁকে আটক করা হয়, CTO-তে রাখা হয়, অভিভাবকত্বে (guardianship) নেওয়া হয় বা শর্তসাপেক্ষে মুক্তি (conditional discharge) দেওয়া হয়, অথবা যখন এমন কোনো চিকিৎসা নিয়ে আলোচনা চলছে যা এই অধিকার দেয়।
staff-when-change = যখন তাঁর সেকশন বদলায়, যেমন সেকশন 2 থেকে সেকশন 3-এ।
staff-when-ward-rounds = ওয়ার্ড রাউন্ড এবং কেয়ার রিভিউয়ের (care review) আগে।
staff-when-tribunal = ট্রাইব্যুনাল এবং হাসপাতালের ম্যানেজারদের শুনানির (hearing) আগে, এবং যখন কোনো সেকশন নবায়ন (renew) করা হয়।
staff-when-medication = ওষুধ পর্যালোচনার আগে, এবং যখন দ্বিতীয় মতামতের একজন ডাক্তার (SOAD) দেখতে আসবেন।
staff-how-heading = কীভাবে জানাবেন
staff-how = তাঁকে মুখে বলুন এবং লিখিতভাবেও দিন। তিনি বুঝেছেন কিনা যাচাই করুন। তিনি খুব অসুস্থ থাকলে, পরে আবার চেষ্টা করুন। দরকার হলে একজন দোভাষী, সহজপাঠ্য (Easy Read) তথ্য বা ব্রিটিশ সাংকেতিক ভাষা (British Sign Language) ব্যবহার করুন।
staff-nearest-relative = রোগী আপত্তি না করলে, লিখিত তথ্যের একটি কপি তাঁর নিকটতম আত্মীয়কে (nearest relative) পাঠান। এটি আটক, কমিউনিটি ও অভিভাবকত্বের রোগীদের জন্য, কিন্তু আদালত বা জেল সংক্রান্ত সেকশনে থাকা রোগীদের জন্য নয়, এবং যাঁরা শুধু চিকিৎসা নিয়ে আলোচনার কারণে যোগ্য, তাঁদের জন্যও নয়। ওয়েলসে, একজন ইনফর্মাল রোগীর কপি যায় সেই মানুষদের কাছে, যাঁদের কথা সেকশন 130L(6)-এ বলা আছে।
# "nominated person": draft term for review. Rendered as "মনোনীত ব্যক্তি"
# (literally "nominated person"), with the English term in brackets. It is the
# new legal term of the Mental Health Act 2025: a person the patient chooses to
# replace the nearest relative.
staff-nominated-person = রোগী আপত্তি না করলে, লিখিত তথ্যের একটি কপি তাঁর মনোনীত ব্যক্তিকে (nominated person) পাঠান। যাঁরা শুধু চিকিৎসা নিয়ে আলোচনার কারণে যোগ্য, সেই রোগীদের জন্য এটি নয়। ওয়েলসে, একজন ইনফর্মাল রোগীর কপি যায় সেই মানুষদের কাছে, যাঁদের কথা সেকশন 130L(6)-এ বলা আছে।
staff-referral-heading = কীভাবে রেফার (refer) করবেন
staff-referral = রোগীরা নিজেরাই IMHA সেবার সাথে যোগাযোগ করতে পারেন। কর্মীরাও রেফার করতে পারেন: রোগীর সম্মতি নিয়ে, অথবা যখন রোগী সিদ্ধান্ত নিতে পারেন না এবং একজন IMHA তাঁকে সাহায্য করতে পারবেন। IMHA সেবাকে রোগীর নাম, ওয়ার্ড, সেকশন, এবং কোনো শুনানি থাকলে তার তারিখ জানান।
staff-cqc-heading = Care Quality Commission (পরিদর্শন সংস্থা) কী দেখে
staff-cqc = পরিদর্শকরা যাচাই করেন: রোগীরা যোগ্য হওয়ার সময় এবং পরে আবার তাঁদের IMHA সম্পর্কে জানানো হয়েছিল কিনা, তা রেকর্ড করা হয়েছিল কিনা, এবং রোগীরা সহজে একজন IMHA-র সাথে যোগাযোগ করতে পেরেছিলেন কিনা, একান্তে ব্যবহারের ফোনসহ।
staff-print = এই চেকলিস্টটি প্রিন্ট করুন
# Links to the questions, to see what one patient can have.
staff-patient-link = একজন রোগী কী কী পেতে পারেন দেখুন: তাঁর IMHA, তাঁর অধিকার এবং আপনার দায়িত্ব

## Ward posters

poster-link = ওয়ার্ডের জন্য একটি পোস্টার তৈরি করুন
poster-heading = ওয়ার্ডের জন্য একটি পোস্টার তৈরি করুন
poster-intro = একটি QR কোডসহ A4 মাপের পোস্টার তৈরি করুন। QR কোডটি এই সেবাটি সঠিক ভাষায় এবং আপনার এলাকার IMHA সেবার তথ্যসহ খুলবে।
poster-language-label = পোস্টারের ভাষা
poster-provider-label = IMHA সেবা
# The last choice of IMHA service, when staff want another one or the trust has set none: they then type its name and phone.
poster-provider-none = এগুলোর কোনোটিই নয়: নিচে সেবার বিবরণ লিখুন
poster-name-label = IMHA সেবার নাম
poster-name-hint = পোস্টারে যেভাবে দেখানো উচিত। এটি শুধু এই পোস্টারের জন্য ব্যবহার করা হয় এবং সংরক্ষণ করা হয় না।
poster-phone-label = IMHA সেবার ফোন নম্বর
# A UK phone number example; keep the digits as they are.
poster-phone-hint = যুক্তরাজ্যের একটি নম্বর, যেমন 0300 123 4567। এটি শুধু এই পোস্টারের জন্য ব্যবহার করা হয় এবং সংরক্ষণ করা হয় না।
poster-phone-error = যুক্তরাজ্যের একটি ফোন নম্বর লিখুন, যেমন 0300 123 4567 বা +44 300 123 4567
poster-url-label = এই সেবার পাবলিক ওয়েব ঠিকানা
poster-url-hint = মানুষ যে ঠিকানাটি খুলবেন, যা https:// দিয়ে শুরু হয়
poster-url-error = https:// দিয়ে শুরু হয় এমন একটি ওয়েব ঠিকানা লিখুন
poster-make = পোস্টার তৈরি করুন
poster-print = পোস্টার প্রিন্ট করুন
# The poster itself, in the chosen language.
poster-title = আপনার অধিকার বুঝতে কি সাহায্য চান?
poster-body = একজন স্বাধীন মানসিক স্বাস্থ্য পক্ষসমর্থনকারী আপনাকে সাহায্য করতে পারেন। এটি বিনামূল্যে। তাঁরা হাসপাতালের হয়ে কাজ করেন না।
poster-scan = আপনি একজন পক্ষসমর্থনকারী পেতে পারেন কিনা জানতে QR কোডটি স্ক্যান করুন।
poster-or-visit = অথবা এখানে যান:
poster-call = অথবা ফোন করুন:
# For people who cannot scan the QR code.
poster-no-smartphone = স্মার্টফোন নেই? একজন পক্ষসমর্থনকারীর সাথে যোগাযোগ করতে একজন নার্সকে সাহায্য করতে বলুন।
poster-qr-label = এই সেবাটি খোলার QR কোড
