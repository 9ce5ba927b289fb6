# SPDX-License-Identifier: MIT OR Apache-2.0

## The review page (#/review?lang=<tag>): for qualified translators checking a
## translation. The words approved, status and comment stay in English: they
## are what the review sheet's columns and tools/review-import read.

review-link = ترجمے کا جائزہ لیں (مترجمین کے لیے)
review-choose-heading = ترجمے کا جائزہ لیں
review-heading = ترجمے کا جائزہ: { $language }
review-intro = اہل مترجمین کے لیے: ترجمے کا ہر پیغام اس کے انگریزی متن کے ساتھ، اس اسکرین کے لحاظ سے گروپ کیا گیا ہے جہاں وہ نظر آتا ہے۔ پیغام کی ہر شکل (خود اس شخص کے لیے، نگہداشت کرنے والے کے لیے یا عملے کے لیے) کی اپنی الگ قطار ہے۔
review-how = جائزے کی شیٹ ڈاؤن لوڈ کریں اور اسے اسپریڈشیٹ میں کھولیں۔ ہر قطار میں status کے کالم میں approved لکھیں، یا ترجمہ درست کریں اور comment کے کالم میں وجہ بتائیں۔ پھر شیٹ اس سروس کو چلانے والوں کو واپس بھیج دیں۔
review-termbase = اس زبان کی قانونی اصطلاحات کی متفقہ فہرست کے الفاظ نمایاں کیے گئے ہیں۔
review-no-termbase = اس زبان کے لیے ابھی قانونی اصطلاحات کی کوئی متفقہ فہرست نہیں ہے، اس لیے کوئی لفظ نمایاں نہیں کیا گیا۔
review-download = جائزے کی شیٹ ڈاؤن لوڈ کریں (CSV)
review-print = یہ صفحہ پرنٹ کریں
review-column-message = پیغام
review-missing = ترجمہ نہیں ہوا
