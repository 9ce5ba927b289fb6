# SPDX-License-Identifier: MIT OR Apache-2.0

### The frame around every screen: title, header, footer and fallbacks.

# The name of the service, as in the page title and the header.
service-name = حمایتی حاصل کرنے کا آپ کا حق
# The page title. $page is the heading of the screen.
page-title = { $page } – { service-name }
skip-link = اصل مواد پر جائیں
footer-privacy = آپ یہاں جو بھی معلومات درج کریں، وہ اس فون یا کمپیوٹر سے باہر نہیں جاتیں۔ یہاں کوئی کوکیز (cookies) استعمال نہیں ہوتیں۔
# $date is the month the legal facts were last checked, e.g. 2026-11.
footer-law-as-at = قانون { $date } کے مطابق۔
# Footer links to the accessibility statement and the privacy page
# (their words are in statements.ftl).
accessibility-link = رسائی کا بیان
privacy-link = رازداری

## Start page

start-heading = معلوم کریں کہ کیا آپ کو ذہنی صحت کا آزاد حمایتی مل سکتا ہے
start-intro =
    { $audience ->
        [carer] ذہنی صحت کا آزاد حمایتی (IMHA) لوگوں کو اپنے حقوق سمجھنے اور استعمال کرنے میں مدد دیتا ہے۔ یہ مدد ان لوگوں کے لیے ہے جنہیں ذہنی صحت کے قانون (Mental Health Act) کے تحت ہسپتال میں رکھا گیا ہو یا جن کا علاج اس قانون کے تحت ہو رہا ہو۔ چند سوالوں کے جواب دیں اور معلوم کریں کہ کیا جس فرد کے بارے میں آپ کا سوال ہے، انہیں یہ حمایتی مل سکتا ہے۔
        [staff] ذہنی صحت کا آزاد حمایتی (IMHA) ذہنی صحت کے قانون (Mental Health Act) کے تحت مریضوں کو اپنے حقوق سمجھنے اور استعمال کرنے میں مدد دیتا ہے۔ چند سوالوں کے جواب دیں اور دیکھیں کہ کیا کسی مریض کو یہ حمایتی مل سکتا ہے، اور آپ کو انہیں کیا بتانا لازمی ہے۔
       *[patient] اگر آپ کو ذہنی صحت کے قانون (Mental Health Act) کے تحت ہسپتال میں رکھا گیا ہے یا آپ کا علاج اس قانون کے تحت ہو رہا ہے، تو ذہنی صحت کا آزاد حمایتی (IMHA) آپ کو اپنے حقوق سمجھنے اور استعمال کرنے میں مدد دے سکتا ہے۔ چند سوالوں کے جواب دیں اور معلوم کریں کہ کیا آپ کو یہ حمایتی مل سکتا ہے۔
    }
start-free = حمایتی کی مدد مفت ہے، اور حمایتی ہسپتال کے لیے کام نہیں کرتے۔
start-time = اس میں تقریباً 2 منٹ لگتے ہیں۔
start-button = ابھی شروع کریں

## When something goes wrong

fallback-heading = معاف کیجیے، یہ صفحہ نہیں دکھایا جا سکا
fallback-advice = آپ کو پھر بھی مدد مل سکتی ہے۔ وارڈ کے عملے سے اپنے علاقے کی ذہنی صحت کے آزاد حمایتی (IMHA) کی سروس کی تفصیلات مانگیں۔ عملے پر لازم ہے کہ وہ اس سروس سے رابطہ کرنے میں آپ کی مدد کرے۔

## Citations of several sections at once

# $sections is a list of section numbers, such as "23, 25, 66(1)(g)";
# $count is how many.
citation-sections = ذہنی صحت کا قانون 1983 (Mental Health Act 1983)، { $count ->
        [one] دفعہ
       *[other] دفعات
    } { $sections }
citation-sections-wales = ذہنی صحت کا قانون 1983 (Mental Health Act 1983)، جس میں Mental Health (Wales) Measure 2010 کے ذریعے ترمیم کی گئی، { $count ->
        [one] دفعہ
       *[other] دفعات
    } { $sections }

citation-sections-2025 = ذہنی صحت کا قانون 1983 (Mental Health Act 1983)، جس میں ذہنی صحت کے قانون 2025 (Mental Health Act 2025) کے ذریعے ترمیم کی گئی، { $count ->
        [one] دفعہ
       *[other] دفعات
    } { $sections }

## Where this information comes from: a page for reviewers

sources-link = یہ معلومات کہاں سے آتی ہیں
sources-heading = یہ معلومات کہاں سے آتی ہیں
sources-intro = اس سروس میں قانون کے بارے میں ہر بات ذہنی صحت کے قانون 1983 (Mental Health Act 1983) کی کسی دفعہ یا کسی اور سرکاری ذریعے پر مبنی ہے۔ یہ فہرست ہر ذریعہ دکھاتی ہے، اور یہ بھی کہ اسے کیسے اور کب جانچا گیا۔
sources-unchecked = جہاں کسی ذریعے کو صرف وضاحتی نوٹس (explanatory notes) یا کسی اور کی نقل سے جانچا گیا ہو، وہاں اس پر بھروسہ کرنے سے پہلے کسی وکیل کو اسے قانون کے متن سے جانچنا چاہیے۔
sources-column-source = ذریعہ
sources-column-how = اسے کیسے جانچا گیا
sources-column-checked = جانچنے کی تاریخ
source-how-primary-text = قانون کے متن سے
source-how-official-explanatory = سرکاری وضاحتی نوٹس (explanatory notes) سے
source-how-secondary = کسی ثانوی ذریعے (secondary source) سے
source-document-code-of-practice = ذہنی صحت کے قانون 1983 (Mental Health Act 1983) کا ضابطۂ عمل (Code of Practice)، باب 6
source-document-commencement-2025 = ذہنی صحت کا قانون 2025 (Mental Health Act 2025)، دفعہ 56 (یہ کب شروع ہوتا ہے)

## Languages

# Label for the list of languages, read by screen readers.
language-switcher-label = زبان منتخب کریں
# Shown at the top of every page when this translation has not yet been
# checked by a qualified translator. It is shown in this language and in
# English.
# One line, opening the full draft notice below it.
draft-notice-short = مسودہ ترجمہ: ابھی جانچا نہیں گیا
draft-notice = اس ترجمے کو ابھی تک کسی مستند مترجم نے نہیں جانچا۔ اس میں غلطیاں ہو سکتی ہیں۔
draft-notice-english-link = یہ صفحہ انگریزی میں پڑھیں
# When the chosen language could not be downloaded; the page is shown in English.
language-load-failed = معاف کیجیے، یہ زبان لوڈ نہیں ہو سکی، اس لیے صفحہ انگریزی میں دکھایا جا رہا ہے۔
words-loading = لوڈ ہو رہا ہے…
words-load-failed-heading = معذرت، یہ صفحہ لوڈ نہیں ہو سکا
words-load-failed-body = یقینی بنائیں کہ آپ انٹرنیٹ سے جڑے ہوئے ہیں، پھر دوبارہ کوشش کریں۔
words-load-retry = دوبارہ کوشش کریں
# When a link asks for a language this service does not have.
language-not-available = یہ صفحہ اس زبان میں دستیاب نہیں جو لنک میں مانگی گئی تھی، اس لیے اسے کسی اور زبان میں دکھایا جا رہا ہے۔

## On every page: clearing the answers, and the link for staff

clear-answers = میرے جوابات مٹا دیں
# Asked before the answers are cleared, with two buttons.
clear-confirm = کیا آپ اپنے تمام جوابات مٹانا چاہتے ہیں؟ آپ پہلے سوال سے دوبارہ شروع کریں گے۔
clear-confirm-yes = ہاں، میرے جوابات مٹا دیں
clear-confirm-no = نہیں، انہیں رہنے دیں
staff-link = وارڈ کے عملے کے لیے: مریضوں کو IMHA کے بارے میں بتانا
