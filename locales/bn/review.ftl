# SPDX-License-Identifier: MIT OR Apache-2.0

## The review page (#/review?lang=<tag>): for qualified translators checking a
## translation. The words approved, status and comment stay in English: they
## are what the review sheet's columns and tools/review-import read.

review-link = একটি অনুবাদ পর্যালোচনা করুন (অনুবাদকদের জন্য)
review-choose-heading = একটি অনুবাদ পর্যালোচনা করুন
review-heading = অনুবাদ পর্যালোচনা: { $language }
review-intro = যোগ্য অনুবাদকদের জন্য: অনুবাদের প্রতিটি বার্তা তার ইংরেজি মূল পাঠের পাশে, যে স্ক্রিনে দেখা যায় সেই অনুযায়ী সাজানো। বার্তার প্রতিটি রূপের (ব্যক্তি নিজে, একজন পরিচর্যাকারী বা কর্মীদের জন্য) নিজস্ব সারি আছে।
review-how = পর্যালোচনা শিটটি ডাউনলোড করে একটি স্প্রেডশিটে খুলুন। প্রতিটি সারিতে status কলামে approved লিখুন, অথবা অনুবাদটি সংশোধন করে comment কলামে কারণ লিখুন। তারপর শিটটি এই পরিষেবা যাঁরা চালান তাঁদের কাছে ফেরত পাঠান।
review-termbase = এই ভাষার আইনি পরিভাষার সম্মত তালিকার শব্দগুলো চিহ্নিত করা আছে।
review-no-termbase = এই ভাষার এখনও আইনি পরিভাষার কোনো সম্মত তালিকা নেই, তাই কোনো শব্দ চিহ্নিত করা হয়নি।
review-download = পর্যালোচনা শিট ডাউনলোড করুন (CSV)
review-print = এই পৃষ্ঠাটি প্রিন্ট করুন
review-column-message = বার্তা
review-missing = অনুবাদ করা হয়নি
