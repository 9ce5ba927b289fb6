# SPDX-License-Identifier: MIT OR Apache-2.0

### The frame around every screen: title, header, footer and fallbacks.

# The name of the service, as in the page title and the header.
service-name = পক্ষসমর্থনকারী পাওয়ার আপনার অধিকার
# The page title. $page is the heading of the screen.
page-title = { $page } – { service-name }
skip-link = মূল অংশে যান
footer-privacy = আপনি এখানে যা লেখেন, তা এই ফোন বা কম্পিউটারের বাইরে যায় না। এখানে কোনো কুকি (cookies) নেই।
# $date is the month the legal facts were last checked, e.g. 2026-11.
footer-law-as-at = { $date } তারিখের আইন অনুযায়ী।
# Footer links to the accessibility statement and the privacy page
# (their words are in statements.ftl).
accessibility-link = প্রবেশযোগ্যতা বিবৃতি
privacy-link = গোপনীয়তা

## Start page

start-heading = আপনি একজন স্বাধীন মানসিক স্বাস্থ্য পক্ষসমর্থনকারী পেতে পারেন কিনা, জেনে নিন
start-intro =
    { $audience ->
        [carer] মানসিক স্বাস্থ্য আইনের (Mental Health Act) অধীনে যাঁদের হাসপাতালে রাখা হয় বা চিকিৎসা দেওয়া হয়, একজন স্বাধীন মানসিক স্বাস্থ্য পক্ষসমর্থনকারী (IMHA) তাঁদের নিজেদের অধিকার বুঝতে ও কাজে লাগাতে সাহায্য করেন। আপনি যাঁর বিষয়ে জানতে চাইছেন, তিনি একজন IMHA পেতে পারেন কিনা জানতে কয়েকটি প্রশ্নের উত্তর দিন।
        [staff] একজন স্বাধীন মানসিক স্বাস্থ্য পক্ষসমর্থনকারী (IMHA) মানসিক স্বাস্থ্য আইনের (Mental Health Act) অধীনে থাকা রোগীদের তাঁদের অধিকার বুঝতে ও কাজে লাগাতে সাহায্য করেন। কোনো রোগী IMHA পেতে পারেন কিনা, এবং তাঁকে আপনার কী জানাতেই হবে, তা দেখতে কয়েকটি প্রশ্নের উত্তর দিন।
       *[patient] আপনাকে যদি মানসিক স্বাস্থ্য আইনের (Mental Health Act) অধীনে হাসপাতালে রাখা হয় বা চিকিৎসা দেওয়া হয়, তাহলে একজন স্বাধীন মানসিক স্বাস্থ্য পক্ষসমর্থনকারী (IMHA) আপনাকে আপনার অধিকার বুঝতে ও কাজে লাগাতে সাহায্য করতে পারেন। আপনি একজন IMHA পেতে পারেন কিনা জানতে কয়েকটি প্রশ্নের উত্তর দিন।
    }
start-free = পক্ষসমর্থনকারীর সাহায্য বিনামূল্যে পাওয়া যায়, এবং তাঁরা হাসপাতালের হয়ে কাজ করেন না।
start-time = এতে প্রায় 2 মিনিট লাগে।
start-button = এখনই শুরু করুন

## When something goes wrong

fallback-heading = দুঃখিত, এই পাতাটি দেখানো যায়নি
fallback-advice = আপনি এখনও সাহায্য পেতে পারেন। ওয়ার্ডের কর্মীদের কাছে আপনার এলাকার স্বাধীন মানসিক স্বাস্থ্য পক্ষসমর্থন (IMHA) সেবার যোগাযোগের তথ্য চান। এই সেবার সাথে যোগাযোগ করতে তাঁদের অবশ্যই আপনাকে সাহায্য করতে হবে।

## Citations of several sections at once

# $sections is a list of section numbers, such as "23, 25, 66(1)(g)";
# $count is how many.
citation-sections = মানসিক স্বাস্থ্য আইন 1983 (Mental Health Act 1983), { $count ->
        [one] সেকশন
       *[other] সেকশন
    } { $sections }
citation-sections-wales = মানসিক স্বাস্থ্য আইন 1983 (Mental Health Act 1983, Mental Health (Wales) Measure 2010 দ্বারা সংশোধিত), { $count ->
        [one] সেকশন
       *[other] সেকশন
    } { $sections }

citation-sections-2025 = মানসিক স্বাস্থ্য আইন 1983 (Mental Health Act 1983, মানসিক স্বাস্থ্য আইন 2025 দ্বারা সংশোধিত), { $count ->
        [one] সেকশন
       *[other] সেকশন
    } { $sections }

## Where this information comes from: a page for reviewers

sources-link = এই তথ্য কোথা থেকে এসেছে
sources-heading = এই তথ্য কোথা থেকে এসেছে
sources-intro = এই সেবায় আইন সম্পর্কে প্রতিটি কথা মানসিক স্বাস্থ্য আইন 1983-এর (Mental Health Act 1983) কোনো একটি সেকশন বা অন্য কোনো সরকারি উৎসের উপর ভিত্তি করে। এই তালিকায় প্রতিটি উৎস দেখানো হয়েছে, এবং সেটি কীভাবে ও কবে যাচাই করা হয়েছে তাও।
sources-unchecked = যেখানে কোনো উৎস শুধু ব্যাখ্যামূলক নোট (explanatory notes) বা অন্য কারও কপির সাথে মিলিয়ে যাচাই করা হয়েছে, সেখানে তার উপর নির্ভর করার আগে একজন আইনজীবীর উচিত সেটি আইনের মূল পাঠের সাথে মিলিয়ে যাচাই করা।
sources-column-source = উৎস
sources-column-how = কীভাবে যাচাই করা হয়েছে
sources-column-checked = যাচাইয়ের তারিখ
source-how-primary-text = আইনের মূল পাঠের সাথে মিলিয়ে
source-how-official-explanatory = সরকারি ব্যাখ্যামূলক নোটের (explanatory notes) সাথে মিলিয়ে
source-how-secondary = একটি মাধ্যমিক উৎসের (secondary source) সাথে মিলিয়ে
source-document-code-of-practice = মানসিক স্বাস্থ্য আইন 1983-এর অনুশীলন বিধি (Mental Health Act 1983 Code of Practice), অধ্যায় 6
source-document-commencement-2025 = মানসিক স্বাস্থ্য আইন 2025 (Mental Health Act 2025), সেকশন 56 (এটি কবে শুরু হয়)

## Languages

# Label for the list of languages, read by screen readers.
language-switcher-label = একটি ভাষা বেছে নিন
# Shown at the top of every page when this translation has not yet been
# checked by a qualified translator. It is shown in this language and in
# English.
# One line, opening the full draft notice below it.
draft-notice-short = খসড়া অনুবাদ: এখনও যাচাই করা হয়নি
draft-notice = এই অনুবাদটি এখনও কোনো যোগ্য অনুবাদক যাচাই করেননি। এতে ভুল থাকতে পারে।
draft-notice-english-link = এই পাতাটি ইংরেজিতে পড়ুন
# When the chosen language could not be downloaded; the page is shown in English.
language-load-failed = দুঃখিত, এই ভাষাটি লোড করা যায়নি, তাই পাতাটি ইংরেজিতে দেখানো হচ্ছে।
words-loading = লোড হচ্ছে…
words-load-failed-heading = দুঃখিত, এই পৃষ্ঠাটি লোড করা যায়নি
words-load-failed-body = আপনি ইন্টারনেটে সংযুক্ত আছেন কি না দেখে নিন, তারপর আবার চেষ্টা করুন।
words-load-retry = আবার চেষ্টা করুন
# When a link asks for a language this service does not have.
language-not-available = লিংকে যে ভাষা চাওয়া হয়েছে, এই পাতাটি সেই ভাষায় পাওয়া যায় না, তাই এটি অন্য একটি ভাষায় দেখানো হচ্ছে।

## On every page: clearing the answers, and the link for staff

clear-answers = আমার উত্তরগুলো মুছে ফেলুন
# Asked before the answers are cleared, with two buttons.
clear-confirm = আপনার সব উত্তর মুছে ফেলবেন? আপনাকে আবার প্রথম প্রশ্ন থেকে শুরু করতে হবে।
clear-confirm-yes = হ্যাঁ, আমার উত্তরগুলো মুছে ফেলুন
clear-confirm-no = না, সেগুলো রেখে দিন
staff-link = ওয়ার্ডের কর্মীদের জন্য: রোগীদের IMHA সম্পর্কে জানানো
