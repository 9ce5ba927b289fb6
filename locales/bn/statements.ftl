# SPDX-License-Identifier: MIT OR Apache-2.0

### The accessibility statement (#/accessibility) and the privacy page
### (#/privacy), linked from every page's footer.
###
### The accessibility statement follows the model statement for public
### sector websites under the Public Sector Bodies (Websites and Mobile
### Applications) (No. 2) Accessibility Regulations 2018, and GOV.UK's
### sample statement: keep its headings recognisable, and the names of the
### regulations, the bodies and the standard as official names (the
### English in brackets after a translation is fine). "We" is the
### organisation that runs the service. $trust is that organisation's
### name, from its configuration; the "-no-trust" messages are used when
### no organisation is configured. Dates are YYYY-MM-DD.

## On both pages: who runs the service, and how to reach them

statement-run-by = এই সেবাটি চালায় { $trust }।
statement-run-by-no-trust = এই সেবাটি চালায় সেই NHS ট্রাস্ট বা অন্য প্রতিষ্ঠান, যারা আপনাকে এর লিংক দিয়েছে।
# With no organisation configured, in place of its contact details.
statement-contact-ask = ওয়ার্ডের কর্মীদের, অথবা যে প্রতিষ্ঠান আপনাকে এই সেবার লিংক দিয়েছে তাদের জিজ্ঞেস করুন, কীভাবে তাদের সাথে যোগাযোগ করবেন।
# Label before the address of a contact form or web page.
statement-contact-online = অনলাইনে

## The accessibility statement

# "service-name" is the service's name, as in the page header.
accessibility-heading = “{ service-name }”-এর প্রবেশযোগ্যতা বিবৃতি
accessibility-scope = এই প্রবেশযোগ্যতা বিবৃতি এই সেবার ক্ষেত্রে প্রযোজ্য, যা মানসিক স্বাস্থ্য আইন 1983-এর (Mental Health Act 1983) আওতায় থাকা মানুষ, তাঁদের দেখাশোনাকারী এবং ওয়ার্ডের কর্মীদের জানায় যে তাঁরা একজন স্বাধীন মানসিক স্বাস্থ্য পক্ষসমর্থনকারী (IMHA) পেতে পারেন কি না, এবং তাঁদের অধিকার কী, সেবাটি যে সব ভাষায় পাওয়া যায় তার প্রতিটিতে।
accessibility-able-intro = আমরা চাই যত বেশি সম্ভব মানুষ এই সেবাটি ব্যবহার করতে পারুক। উদাহরণস্বরূপ, এর মানে হলো আপনি যেন পারেন:
accessibility-able-keyboard = শুধু কিবোর্ড ব্যবহার করে প্রশ্নের উত্তর দিতে এবং আপনার ফলাফল পড়তে
# $count is how many languages the service offers besides English (Easy
# Read English counts as one).
accessibility-able-languages = ইংরেজি ছাড়াও { $count }টি ভাষায় এটি পড়তে, যার মধ্যে ওয়েলশ ও সহজে পড়ার ইংরেজি (Easy Read) আছে, আর আরবি ও উর্দু পাতা ডান থেকে বাঁয়ে সাজানো
accessibility-able-read-aloud = প্রশ্ন ও ফলাফল জোরে পড়ে শোনাতে, যদি আপনার ফোন বা কম্পিউটারে আপনার ভাষার কণ্ঠস্বর থাকে
accessibility-able-print = আপনার ফলাফল প্রিন্ট করতে
accessibility-abilitynet = আপনার কোনো প্রতিবন্ধিতা থাকলে আপনার ডিভাইস ব্যবহার সহজ করার বিষয়ে AbilityNet-এর পরামর্শ আছে।
accessibility-abilitynet-link = AbilityNet: My Computer My Way (ইংরেজিতে)

accessibility-how-heading = এই সেবাটি কতটা প্রবেশযোগ্য
accessibility-how-intro = আমরা জানি এই সেবার কিছু অংশ পুরোপুরি প্রবেশযোগ্য নয়:
accessibility-issue-draft-translations = অনুবাদগুলো এবং সহজে পড়ার (Easy Read) সংস্করণ এখনও কোনো যোগ্য অনুবাদক যাচাই করেননি, তাই কিছু বাক্য অস্পষ্ট বা ভুল হতে পারে (প্রতিটি অনুবাদে তা বলা আছে, সাথে ইংরেজির লিংক)
accessibility-issue-one-language = যে তথ্য আমরা শুধু একটি ভাষায় দিই, যেমন কোনো পক্ষসমর্থন সেবা কখন খোলা থাকে, তা অন্য ভাষার পাতাতেও সেই ভাষাতেই দেখায়, এবং স্ক্রিন রিডার তা ভুল কণ্ঠে পড়তে পারে
accessibility-issue-easy-read-pictures = সহজে পড়ার ছবিগুলো প্রতীকের একটি সাধারণ সংগ্রহ (OpenMoji) থেকে নেওয়া, যা সহজে পড়ার জন্য তৈরি নয়, এবং শেখার প্রতিবন্ধিতা আছে এমন মানুষের সাথে এগুলো পরীক্ষা করা হয়নি
accessibility-issue-read-aloud = জোরে পড়া তখনই কাজ করে যখন আপনার ডিভাইসে পাতার ভাষার কণ্ঠস্বর থাকে, এবং কিছু ডিভাইসে এই ভাষাগুলোর কয়েকটির কণ্ঠস্বর নেই
accessibility-issue-bsl = ব্রিটিশ সাংকেতিক ভাষায় (BSL) কোনো সংস্করণ নেই
accessibility-issue-no-manual-checks = সেবাটি এখনও হাতে-কলমে যাচাই করা হয়নি, যেমন স্ক্রিন রিডার দিয়ে বা প্রতিবন্ধী মানুষদের দিয়ে, তাই এমন সমস্যা থাকতে পারে যা আমরা জানি না

accessibility-feedback-heading = মতামত ও যোগাযোগের তথ্য
accessibility-feedback = এই সেবার তথ্য অন্য কোনো রূপে দরকার হলে, যেমন বড় অক্ষরে, অডিও রেকর্ডিং বা ব্রেইলে, আমাদের সাথে যোগাযোগ করুন।

accessibility-reporting-heading = এই সেবার প্রবেশযোগ্যতার সমস্যা জানানো
accessibility-reporting = আমরা সবসময় এই সেবার প্রবেশযোগ্যতা উন্নত করার চেষ্টা করি। এই পাতায় তালিকাভুক্ত নয় এমন কোনো সমস্যা পেলে, অথবা আপনার মনে হলে যে আমরা প্রবেশযোগ্যতার শর্ত পূরণ করছি না, আমাদের সাথে যোগাযোগ করুন।

accessibility-enforcement-heading = প্রয়োগের পদ্ধতি
accessibility-enforcement = সরকারি প্রতিষ্ঠানের ওয়েবসাইট ও অ্যাপের প্রবেশযোগ্যতার প্রবিধান (the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018, ‘প্রবেশযোগ্যতা প্রবিধান’) প্রয়োগের দায়িত্ব সমতা ও মানবাধিকার কমিশনের (Equality and Human Rights Commission, EHRC)। আপনার অভিযোগের উত্তরে আমরা যা করেছি তাতে সন্তুষ্ট না হলে সমতা পরামর্শ ও সহায়তা সেবার (Equality Advisory and Support Service, EASS) সাথে যোগাযোগ করুন।
accessibility-enforcement-eass-link = সমতা পরামর্শ ও সহায়তা সেবা (EASS)
accessibility-enforcement-northern-ireland = আপনি নর্দার্ন আয়ারল্যান্ডে থাকলে এবং আপনার অভিযোগের উত্তরে আমরা যা করেছি তাতে সন্তুষ্ট না হলে, নর্দার্ন আয়ারল্যান্ডের সমতা কমিশনের (Equality Commission for Northern Ireland, ECNI) সাথে যোগাযোগ করতে পারেন, যারা নর্দার্ন আয়ারল্যান্ডে প্রবেশযোগ্যতা প্রবিধান প্রয়োগের দায়িত্বে আছে।
accessibility-enforcement-ecni-link = নর্দার্ন আয়ারল্যান্ডের সমতা কমিশন (ECNI)

accessibility-technical-heading = এই সেবার প্রবেশযোগ্যতা সম্পর্কে কারিগরি তথ্য
accessibility-technical = প্রবেশযোগ্যতা প্রবিধান (the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018) অনুযায়ী এই সেবাটি প্রবেশযোগ্য করতে আমরা প্রতিশ্রুতিবদ্ধ।
accessibility-regulations-link = legislation.gov.uk-এ প্রবেশযোগ্যতা প্রবিধান (ইংরেজিতে)
accessibility-compliance-heading = মেনে চলার অবস্থা
accessibility-compliance = এই সেবাটি ওয়েব কনটেন্ট অ্যাক্সেসিবিলিটি গাইডলাইনস (WCAG) সংস্করণ 2.2-এর AA মান আংশিকভাবে মেনে চলে, নিচে তালিকাভুক্ত না-মানার কারণে।
accessibility-wcag-link = ওয়েব কনটেন্ট অ্যাক্সেসিবিলিটি গাইডলাইনস (WCAG) 2.2
accessibility-non-accessible-heading = প্রবেশযোগ্য নয় এমন বিষয়বস্তু
accessibility-non-accessible = নিচে তালিকাভুক্ত বিষয়বস্তু নিচের কারণে প্রবেশযোগ্য নয়।
accessibility-non-compliance-heading = প্রবেশযোগ্যতা প্রবিধান না-মানা
accessibility-non-compliance-language-of-parts = প্রতিষ্ঠানের সেটিংসের যে লেখা শুধু একটি ভাষায় দেওয়া থাকে, যেমন কোনো পক্ষসমর্থন সেবা কখন খোলা থাকে, তা অন্য ভাষার পাতাতেও সেই ভাষায় দেখায়, কিন্তু সেটি কোন ভাষায় তা চিহ্নিত থাকে না। এটি WCAG 2.2-এর সাফল্যের মানদণ্ড 3.1.2 (অংশের ভাষা) পূরণ করে না। এমন লেখা সেবার প্রতিটি ভাষায় দিলে এই সমস্যা হয় না।

accessibility-improving-heading = প্রবেশযোগ্যতা উন্নত করতে আমরা কী করছি
accessibility-improving-intro = এই সেবাটি ওপেন-সোর্স সফটওয়্যার। এর নির্মাতাদের পরিকল্পনা:
accessibility-improving-translations = প্রতিটি অনুবাদ একজন যোগ্য অনুবাদককে দিয়ে, আর সহজে পড়ার সংস্করণ সহজে পড়ার লেখায় দক্ষ একজন লেখককে দিয়ে যাচাই করানো
accessibility-improving-manual-checks = স্ক্রিন রিডার দিয়ে, এবং প্রতিবন্ধী মানুষদের নিয়ে সেবাটি পরীক্ষা করা
accessibility-improving-language-of-parts = শুধু একটি ভাষায় দেওয়া লেখার ভাষা চিহ্নিত করা
accessibility-improving-bsl = ব্রিটিশ সাংকেতিক ভাষার ভিডিও যোগ করা

accessibility-preparation-heading = এই প্রবেশযোগ্যতা বিবৃতি তৈরি
accessibility-prepared = এই বিবৃতি { $prepared } তারিখে তৈরি করা হয়েছে। সর্বশেষ পর্যালোচনা করা হয়েছে { $reviewed } তারিখে।
# $axe is the version of the axe-core checker, e.g. 4.14.1.
accessibility-tested = এই সেবাটি সর্বশেষ পরীক্ষা করা হয়েছে { $date } তারিখে। পরীক্ষাটি করেছেন এর নির্মাতারা, স্বয়ংক্রিয় যাচাই দিয়ে: axe-core { $axe } Chromium ওয়েব ব্রাউজারে পাতাগুলো WCAG 2.2-এর A ও AA সাফল্যের সেই মানদণ্ডগুলোর জন্য যাচাই করেছে যা সে পরীক্ষা করতে পারে (ইংরেজিতে সব পাতা; আর প্রতিটি ভাষায় ফলাফল, পক্ষসমর্থনকারীর অনুরোধ, অনুবাদকদের পর্যালোচনার পাতা, এই বিবৃতি ও গোপনীয়তার পাতা), এবং অন্য পরীক্ষাগুলো যাচাই করেছে যে শুধু কিবোর্ড দিয়ে প্রশ্নের উত্তর দেওয়া যায় এবং আরবি ও উর্দু পাতা ডান থেকে বাঁয়ে সাজানো।
accessibility-manual-none = এখনও কোনো হাতে-কলমে যাচাই, যেমন স্ক্রিন রিডার দিয়ে পরীক্ষা, করা হয়নি।
accessibility-manual-intro = হাতে-কলমে যাচাই:
# One manual check: $date is its day, $check what was checked (one of
# the accessibility-manual-kind messages).
accessibility-manual-check = { $date }: { $check }
accessibility-manual-kind-keyboard = প্রতিটি পাতা শুধু কিবোর্ড দিয়ে ব্যবহার করা হয়েছে
accessibility-manual-kind-screen-reader = প্রতিটি পাতা স্ক্রিন রিডার দিয়ে ব্যবহার করা হয়েছে
accessibility-manual-kind-zoom = প্রতিটি পাতা 400% পর্যন্ত বড় করে, এবং 320 পিক্সেল চওড়া স্ক্রিনে ব্যবহার করা হয়েছে
accessibility-manual-kind-disabled-users = সেবাটি ব্যবহার করতে পারেন এমন প্রতিবন্ধী মানুষেরা এটি চেষ্টা করে দেখেছেন

## The privacy page

privacy-heading = গোপনীয়তা: আপনার উত্তরগুলোর কী হয়
privacy-intro = এই সেবা আপনার উত্তর কোথাও পাঠায় না। সেগুলো এই ফোন, ট্যাবলেট বা কম্পিউটারের ওয়েব ব্রাউজারেই থাকে, যদি না আপনি নিজে সেগুলো পাঠান।

privacy-stored-heading = এই ডিভাইসে কী রাখা হয়
privacy-stored-intro = আপনি সেবাটি ব্যবহার করার সময় আপনার ওয়েব ব্রাউজার এই জিনিসগুলো তার সেশন স্টোরেজে (session storage) রাখে, যা ব্রাউজারের এই ট্যাবেরই অংশ। প্রতিটির একটি নাম আছে, যা প্রথমে দেখানো হয়েছে:
# After the name of an item in session storage.
privacy-stored-answers = প্রশ্নগুলোর আপনার উত্তর, যাতে পেছনে বা সামনে গেলে এবং পাতা আবার লোড করলে সেগুলো থেকে যায়
privacy-stored-language = আপনার বেছে নেওয়া ভাষা, যাতে পরের পাতা সেই ভাষায় থাকে
privacy-stored-nothing-else = আর কিছুই রাখা হয় না: কোনো কুকি (cookies) নেই, এবং ব্রাউজারের দীর্ঘমেয়াদি স্টোরেজেও কিছু নেই।

privacy-how-long-heading = কতদিন রাখা হয়
privacy-how-long = আপনি ট্যাব বা ব্রাউজার বন্ধ করলে আপনার ব্রাউজার সেশন স্টোরেজ মুছে ফেলে। কোনো প্রশ্নের উত্তর দেওয়ার পর প্রতিটি পাতার নিচে থাকা “{ clear-answers }” আপনার উত্তরগুলো সঙ্গে সঙ্গে মুছে দেয়।
privacy-history = ফলাফলের পাতার ঠিকানায় # চিহ্নের পরে আপনার উত্তর থাকে, তাই আপনার ব্রাউজারের ইতিহাস (history) সেগুলো রেখে দেয় যতক্ষণ না আপনি তা মুছে ফেলেন। শেয়ার করা ফোন বা কম্পিউটারে প্রাইভেট উইন্ডো ব্যবহার করুন, অথবা কাজ শেষে ইতিহাস মুছে ফেলুন।

privacy-sent-heading = কী পাঠানো হয়, এবং কাকে
privacy-sent = আপনি যা বেছে নেন বা লেখেন, এই সেবা তার কিছুই কাউকে পাঠায় না। কোনো কুকি নেই, ব্যবহারের বিশ্লেষণ নেই, বিজ্ঞাপন নেই, এবং অন্য কোনো ওয়েবসাইট থেকে কিছু লোড হয় না।
privacy-files = আপনার ব্রাউজার সেবার নিজস্ব ফাইলগুলো সেই ওয়েবসাইট থেকেই ডাউনলোড করে যেখান থেকে এটি এসেছে: পাতার কোড ও নকশা, আপনার ভাষার লেখা, স্থানীয় পক্ষসমর্থন সেবাগুলোর তালিকা, এবং সহজে পড়ার ছবি। আপনার উত্তর এই অনুরোধগুলোর অংশ নয়: ওয়েব ব্রাউজার কখনো ঠিকানার # চিহ্নের পরের অংশ পাঠায় না। অন্য যেকোনো ওয়েবসাইটের মতো, সেই ওয়েবসাইটের সার্ভার অনুরোধগুলোর রেকর্ড রাখতে পারে, যেমন আপনার ডিভাইসের ইন্টারনেট ঠিকানা ও সময়।
privacy-request = আপনি পক্ষসমর্থনকারী চাইলে আপনার বার্তাটি পাঠায় আপনার নিজের ফোনের টেক্সট মেসেজ বা ইমেইল অ্যাপ, এবং শুধু তখনই যখন আপনি সেখান থেকে পাঠান। এটি পক্ষসমর্থন সেবার কাছে যায় আপনার ফোন কোম্পানি বা ইমেইল সেবাদাতার মাধ্যমে, এই সেবার মাধ্যমে নয়।
privacy-read-aloud = জোরে পড়ার সুবিধাটি শুধু সেই কণ্ঠস্বরগুলো ব্যবহার করে যেগুলো আপনার ডিভাইসেই কাজ করে, তাই পাতার লেখা কোথাও পাঠানো হয় না। কিছু ব্রাউজার ইন্টারনেটের মাধ্যমে কাজ করে এমন কণ্ঠস্বরও দেয় (যেমন কম্পিউটারে Google Chrome-এর কিছু কণ্ঠস্বর): এই সেবা সেগুলো কখনো ব্যবহার করে না, এবং আপনার ডিভাইসে আপনার ভাষার জন্য শুধু এমন কণ্ঠস্বরই থাকলে “এই পৃষ্ঠাটি শুনুন” বোতামটি থাকে না।
privacy-embedded = এই সেবা অন্য কোনো প্রতিষ্ঠানের ওয়েব পাতার অংশ হলে, সেই পাতার বাকি অংশ সেই প্রতিষ্ঠানের নিজস্ব গোপনীয়তা নোটিশের আওতায় পড়ে।

privacy-contact-heading = আপনার তথ্য সম্পর্কে প্রশ্ন
privacy-contact = আপনার তথ্য সম্পর্কে, বা আমরা তা কীভাবে ব্যবহার করি সে বিষয়ে জানতে, আমাদের ডেটা সুরক্ষা কর্মকর্তার সাথে যোগাযোগ করুন।
privacy-ico = কোনো প্রতিষ্ঠান আপনার তথ্য যেভাবে ব্যবহার করে তাতে আপনি সন্তুষ্ট না হলে, ইনফরমেশন কমিশনারের অফিসে (Information Commissioner’s Office, ICO) অভিযোগ করতে পারেন।
privacy-ico-link = ইনফরমেশন কমিশনারের অফিসে (ICO) অভিযোগ করুন
