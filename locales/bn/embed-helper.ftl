# SPDX-License-Identifier: MIT OR Apache-2.0

### The staff page's embed helper: for a trust's web team, the code that
### puts this service on the trust's website.

embed-heading = এই সেবাটি আপনার NHS ট্রাস্টের ওয়েবসাইটে যোগ করুন
embed-intro = আপনার ওয়েব টিমের জন্য। ওয়ার্ড, ভাষা এবং সেবাটি কীভাবে এমবেড করবেন তা বেছে নিন, তারপর কোডটি কপি করে আপনার ট্রাস্টের ওয়েবসাইটের একটি পাতায় বসান। কোডটি সেই ওয়েবসাইটেই কাজ করে, যেখান থেকে এই পাতাটি এসেছে।
embed-provider-label = IMHA সেবা (ওয়ার্ড)
# The last choice: no provider named in the code, so the settings file's default is used.
embed-provider-default = এই ওয়েবসাইটের সাধারণ সেবাটি
# When the trust has set no IMHA services in providers.json.
embed-no-providers = এই ওয়েবসাইটের জন্য এখনও কোনো IMHA সেবা যোগ করা হয়নি, তাই সেবাটি মানুষকে ওয়ার্ডের কর্মীদের জিজ্ঞেস করতে বলবে। আপনার ওয়েব টিম providers.json-এ সেগুলো যোগ করতে পারে।
embed-language-label = ভাষা
# The first choice: no language in the code.
embed-language-browser = পাঠকের নিজের ভাষা, তাঁর ব্রাউজার যেমন বলে
embed-how-label = কীভাবে এমবেড করবেন
embed-how-script = স্ক্রিপ্ট ও এলিমেন্ট (প্রস্তাবিত)
# $policy is code (a Content Security Policy); keep it as it is.
embed-how-script-hint = সেবাটি আপনার পাতার ভেতরেই দেখা যায়। আপনার পাতার বিষয়বস্তু নিরাপত্তা নীতিতে (Content Security Policy) অবশ্যই { $policy } অনুমোদিত থাকতে হবে।
embed-how-iframe = ফ্রেম (iframe)
# $policy is code (a Content Security Policy); keep it as it is.
embed-how-iframe-hint = সেবাটি একটি ফ্রেমের মধ্যে দেখা যায়, যা সেবার মাপ অনুযায়ী বড় হয়। আপনার পাতার বিষয়বস্তু নিরাপত্তা নীতিতে (Content Security Policy) অবশ্যই { $policy } অনুমোদিত থাকতে হবে। আপনার স্টাইলশিটে ফ্রেমটিকে পুরো প্রস্থ দিন এবং কোনো বর্ডার রাখবেন না।
embed-code-label = যে কোডটি কপি করতে হবে
embed-copy = কোডটি কপি করুন
embed-copied = কপি হয়েছে। আপনার পাতায় যেখানে সেবাটি দেখা যাওয়া উচিত, সেখানে এটি পেস্ট করুন।
embed-copy-failed = আপনার ব্রাউজার এই পাতাকে কপি করতে দেয়নি। কোডটি নির্বাচন করে নিজে কপি করুন।
# The frame's name for screen readers, in the code the web team copies.
embed-frame-title = আপনি একজন স্বাধীন মানসিক স্বাস্থ্য পক্ষসমর্থনকারী পেতে পারেন কিনা জানুন
