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

statement-run-by = یہ سروس { $trust } چلاتا ہے۔
statement-run-by-no-trust = یہ سروس وہ NHS ٹرسٹ یا دوسرا ادارہ چلاتا ہے جس نے آپ کو اس کا لنک دیا۔
# With no organisation configured, in place of its contact details.
statement-contact-ask = وارڈ کے عملے سے، یا اس ادارے سے جس نے آپ کو اس سروس کا لنک دیا، پوچھیں کہ ان سے کیسے رابطہ کیا جائے۔
# Label before the address of a contact form or web page.
statement-contact-online = آن لائن

## The accessibility statement

# "service-name" is the service's name, as in the page header.
accessibility-heading = “{ service-name }” کے لیے رسائی کا بیان
accessibility-scope = رسائی کا یہ بیان اس سروس پر لاگو ہوتا ہے، جو ذہنی صحت کے قانون 1983 (Mental Health Act 1983) کے تحت آنے والے لوگوں، ان کی دیکھ بھال کرنے والوں اور وارڈ کے عملے کو بتاتی ہے کہ کیا انہیں ذہنی صحت کا آزاد حمایتی (IMHA) مل سکتا ہے، اور ان کے حقوق کیا ہیں، ان تمام زبانوں میں جن میں یہ دستیاب ہے۔
accessibility-able-intro = ہم چاہتے ہیں کہ زیادہ سے زیادہ لوگ یہ سروس استعمال کر سکیں۔ مثال کے طور پر، اس کا مطلب ہے کہ آپ یہ کر سکیں:
accessibility-able-keyboard = صرف کی بورڈ استعمال کرتے ہوئے سوالوں کے جواب دینا اور اپنا نتیجہ پڑھنا
# $count is how many languages the service offers besides English (Easy
# Read English counts as one).
accessibility-able-languages = اسے انگریزی کے علاوہ { $count } زبانوں میں پڑھنا، جن میں ویلش اور آسان انگریزی (Easy Read) شامل ہیں، اور عربی اور اردو صفحات دائیں سے بائیں ترتیب میں
accessibility-able-read-aloud = سوال اور نتائج بلند آواز میں سننا، اگر آپ کے فون یا کمپیوٹر میں آپ کی زبان کی آواز موجود ہو
accessibility-able-print = اپنا نتیجہ پرنٹ کرنا
accessibility-abilitynet = اگر آپ کو کوئی معذوری ہے تو AbilityNet کے پاس آپ کے آلے کو استعمال میں آسان بنانے کے بارے میں مشورے ہیں۔
accessibility-abilitynet-link = AbilityNet: My Computer My Way (انگریزی میں)

accessibility-how-heading = یہ سروس کتنی قابلِ رسائی ہے
accessibility-how-intro = ہم جانتے ہیں کہ اس سروس کے کچھ حصے پوری طرح قابلِ رسائی نہیں ہیں:
accessibility-issue-draft-translations = ترجموں اور آسان انگریزی (Easy Read) والے حصے کو ابھی کسی مستند مترجم نے نہیں جانچا، اس لیے کچھ جملے غیر واضح یا غلط ہو سکتے ہیں (ہر ترجمہ یہ بتاتا ہے، اور انگریزی کا لنک دیتا ہے)
accessibility-issue-one-language = جو تفصیلات ہم صرف ایک زبان میں دیتے ہیں، جیسے کسی حمایتی سروس کے کھلنے کے اوقات، وہ دوسری زبانوں کے صفحات پر بھی اسی زبان میں دکھائی دیتی ہیں، اور اسکرین ریڈر انہیں غلط آواز میں پڑھ سکتا ہے
accessibility-issue-easy-read-pictures = آسان انگریزی کی تصویریں علامتوں کے ایک عام مجموعے (OpenMoji) سے لی گئی ہیں، جو آسان پڑھائی کے لیے نہیں بنایا گیا، اور انہیں سیکھنے کی معذوری والے لوگوں کے ساتھ آزمایا نہیں گیا
accessibility-issue-read-aloud = بلند آواز میں پڑھنا صرف اسی وقت کام کرتا ہے جب آپ کے آلے میں صفحے کی زبان کی آواز ہو، اور کچھ آلات میں ان میں سے کچھ زبانوں کی آواز نہیں ہوتی
accessibility-issue-bsl = برطانوی اشاروں کی زبان (BSL) میں کوئی ورژن نہیں ہے
accessibility-issue-no-manual-checks = سروس کو ابھی ہاتھ سے نہیں جانچا گیا، مثلاً اسکرین ریڈر کے ساتھ یا معذور افراد کے ذریعے، اس لیے اس میں ایسے مسائل ہو سکتے ہیں جن کا ہمیں علم نہیں

accessibility-feedback-heading = رائے اور رابطے کی معلومات
accessibility-feedback = اگر آپ کو اس سروس کی معلومات کسی اور شکل میں چاہییں، جیسے بڑے حروف، آڈیو ریکارڈنگ یا بریل، تو ہم سے رابطہ کریں۔

accessibility-reporting-heading = اس سروس میں رسائی کے مسائل کی اطلاع دینا
accessibility-reporting = ہم ہمیشہ اس سروس کی رسائی بہتر بنانے کی کوشش کرتے ہیں۔ اگر آپ کو کوئی ایسا مسئلہ ملے جو اس صفحے پر درج نہیں، یا آپ سمجھتے ہیں کہ ہم رسائی کے تقاضے پورے نہیں کر رہے، تو ہم سے رابطہ کریں۔

accessibility-enforcement-heading = نفاذ کا طریقۂ کار
accessibility-enforcement = مساوات اور انسانی حقوق کا کمیشن (Equality and Human Rights Commission, EHRC) سرکاری اداروں کی ویب سائٹس اور ایپس کی رسائی کے ضوابط (the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018، یعنی ‘رسائی کے ضوابط’) نافذ کرنے کا ذمہ دار ہے۔ اگر آپ اپنی شکایت پر ہمارے جواب سے مطمئن نہیں ہیں تو مساوات کی مشاورت اور معاونت کی سروس (Equality Advisory and Support Service, EASS) سے رابطہ کریں۔
accessibility-enforcement-eass-link = مساوات کی مشاورت اور معاونت کی سروس (EASS)
accessibility-enforcement-northern-ireland = اگر آپ شمالی آئرلینڈ میں ہیں اور اپنی شکایت پر ہمارے جواب سے مطمئن نہیں ہیں، تو آپ شمالی آئرلینڈ کے مساوات کمیشن (Equality Commission for Northern Ireland, ECNI) سے رابطہ کر سکتے ہیں، جو شمالی آئرلینڈ میں رسائی کے ضوابط نافذ کرنے کا ذمہ دار ہے۔
accessibility-enforcement-ecni-link = شمالی آئرلینڈ کا مساوات کمیشن (ECNI)

accessibility-technical-heading = اس سروس کی رسائی کے بارے میں تکنیکی معلومات
accessibility-technical = ہم رسائی کے ضوابط (the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018) کے مطابق اس سروس کو قابلِ رسائی بنانے کے پابند ہیں۔
accessibility-regulations-link = legislation.gov.uk پر رسائی کے ضوابط (انگریزی میں)
accessibility-compliance-heading = تعمیل کی صورتحال
accessibility-compliance = یہ سروس ویب مواد کی رسائی کی ہدایات (WCAG) ورژن 2.2 کے AA معیار کی جزوی طور پر تعمیل کرتی ہے، نیچے درج عدم تعمیل کی وجہ سے۔
accessibility-wcag-link = ویب مواد کی رسائی کی ہدایات (WCAG) 2.2
accessibility-non-accessible-heading = ناقابلِ رسائی مواد
accessibility-non-accessible = نیچے درج مواد درج ذیل وجہ سے قابلِ رسائی نہیں ہے۔
accessibility-non-compliance-heading = رسائی کے ضوابط کی عدم تعمیل
accessibility-non-compliance-language-of-parts = ادارے کی ترتیبات کا وہ متن جو صرف ایک زبان میں دیا گیا ہو، جیسے کسی حمایتی سروس کے کھلنے کے اوقات، دوسری زبانوں کے صفحات پر اسی زبان میں دکھایا جاتا ہے، اور یہ نشان نہیں ہوتا کہ وہ کس زبان میں ہے۔ یہ WCAG 2.2 کے کامیابی کے معیار 3.1.2 (حصوں کی زبان) پر پورا نہیں اترتا۔ ایسا متن سروس کی ہر زبان میں دینے سے یہ مسئلہ نہیں ہوتا۔

accessibility-improving-heading = رسائی بہتر بنانے کے لیے ہم کیا کر رہے ہیں
accessibility-improving-intro = یہ سروس اوپن سورس سافٹ ویئر ہے۔ اس کے بنانے والوں کا منصوبہ ہے کہ:
accessibility-improving-translations = ہر ترجمہ کسی مستند مترجم سے، اور آسان انگریزی والا حصہ آسان پڑھائی کے کسی ماہر لکھنے والے سے جانچا جائے
accessibility-improving-manual-checks = سروس کو اسکرین ریڈرز کے ساتھ، اور معذور افراد کے ساتھ آزمایا جائے
accessibility-improving-language-of-parts = صرف ایک زبان میں دیے گئے متن پر اس کی زبان کا نشان لگایا جائے
accessibility-improving-bsl = برطانوی اشاروں کی زبان میں ویڈیو شامل کی جائے

accessibility-preparation-heading = رسائی کے اس بیان کی تیاری
accessibility-prepared = یہ بیان { $prepared } کو تیار کیا گیا۔ اس کا آخری جائزہ { $reviewed } کو لیا گیا۔
# $axe is the version of the axe-core checker, e.g. 4.14.1.
accessibility-tested = اس سروس کو آخری بار { $date } کو جانچا گیا۔ یہ جانچ اس کے بنانے والوں نے خودکار جانچ کے ذریعے کی: axe-core { $axe } نے Chromium ویب براؤزر میں صفحات کو WCAG 2.2 کے A اور AA کامیابی کے ان معیارات پر جانچا جو وہ جانچ سکتا ہے (انگریزی میں تمام صفحات؛ اور ہر زبان میں نتائج، حمایتی کی درخواست، مترجمین کے جائزے کا صفحہ، یہ بیان اور رازداری کا صفحہ)، اور دوسرے ٹیسٹوں نے جانچا کہ سوالوں کے جواب صرف کی بورڈ سے دیے جا سکتے ہیں اور عربی اور اردو صفحات دائیں سے بائیں ترتیب میں ہیں۔
accessibility-manual-none = ابھی تک ہاتھ سے کوئی جانچ، جیسے اسکرین ریڈر کے ساتھ آزمائش، نہیں کی گئی۔
accessibility-manual-intro = ہاتھ سے کی گئی جانچ:
# One manual check: $date is its day, $check what was checked (one of
# the accessibility-manual-kind messages).
accessibility-manual-check = { $date }: { $check }
accessibility-manual-kind-keyboard = ہر صفحہ صرف کی بورڈ سے استعمال کیا گیا
accessibility-manual-kind-screen-reader = ہر صفحہ اسکرین ریڈر کے ساتھ استعمال کیا گیا
accessibility-manual-kind-zoom = ہر صفحہ 400% تک بڑا کر کے، اور 320 پکسل چوڑی اسکرین پر استعمال کیا گیا
accessibility-manual-kind-disabled-users = ایسے معذور افراد نے سروس آزمائی جو اسے استعمال کر سکتے ہیں

## The privacy page

privacy-heading = رازداری: آپ کے جوابات کے ساتھ کیا ہوتا ہے
privacy-intro = یہ سروس آپ کے جوابات کہیں نہیں بھیجتی۔ وہ اس فون، ٹیبلٹ یا کمپیوٹر کے ویب براؤزر میں ہی رہتے ہیں، جب تک آپ خود انہیں نہ بھیجیں۔

privacy-stored-heading = اس آلے پر کیا رکھا جاتا ہے
privacy-stored-intro = جب آپ سروس استعمال کرتے ہیں تو آپ کا ویب براؤزر یہ چیزیں اپنے سیشن اسٹوریج (session storage) میں رکھتا ہے، جو براؤزر کے اسی ٹیب کا حصہ ہے۔ ہر ایک کا ایک نام ہے، جو پہلے دکھایا گیا ہے:
# After the name of an item in session storage.
privacy-stored-answers = سوالوں کے آپ کے جوابات، تاکہ پیچھے، آگے جانے اور صفحہ دوبارہ لوڈ کرنے پر وہ باقی رہیں
privacy-stored-language = آپ کی چنی ہوئی زبان، تاکہ اگلا صفحہ اسی زبان میں ہو
privacy-stored-nothing-else = اس کے علاوہ کچھ نہیں رکھا جاتا: نہ کوکیز (cookies)، نہ براؤزر کے طویل مدتی اسٹوریج میں کچھ۔

privacy-how-long-heading = یہ کب تک رکھا جاتا ہے
privacy-how-long = جب آپ ٹیب یا براؤزر بند کرتے ہیں تو آپ کا براؤزر سیشن اسٹوریج مٹا دیتا ہے۔ “{ clear-answers }”، جو کسی سوال کا جواب دینے کے بعد ہر صفحے کے نیچے ہوتا ہے، آپ کے جوابات فوراً مٹا دیتا ہے۔
privacy-history = نتیجے کے صفحے کے پتے میں # کے نشان کے بعد آپ کے جوابات ہوتے ہیں، اس لیے آپ کے براؤزر کی ہسٹری انہیں اس وقت تک رکھتی ہے جب تک آپ اسے مٹا نہ دیں۔ مشترکہ فون یا کمپیوٹر پر پرائیویٹ ونڈو استعمال کریں، یا کام ختم ہونے پر ہسٹری مٹا دیں۔

privacy-sent-heading = کیا بھیجا جاتا ہے، اور کسے
privacy-sent = یہ سروس آپ کی چنی ہوئی یا لکھی ہوئی کوئی بھی چیز کسی کو نہیں بھیجتی۔ نہ کوکیز ہیں، نہ استعمال کا تجزیہ، نہ اشتہارات، اور کسی دوسری ویب سائٹ سے کچھ لوڈ نہیں ہوتا۔
privacy-files = آپ کا براؤزر سروس کی اپنی فائلیں اسی ویب سائٹ سے ڈاؤن لوڈ کرتا ہے جہاں سے یہ آئی ہے: صفحات کا کوڈ اور انداز، آپ کی زبان کے الفاظ، مقامی حمایتی سروسز کی فہرست، اور آسان انگریزی کی تصویریں۔ آپ کے جوابات ان درخواستوں کا حصہ نہیں ہوتے: ویب براؤزر پتے کا # کے بعد والا حصہ کبھی نہیں بھیجتا۔ ہر ویب سائٹ کی طرح، اس ویب سائٹ کا سرور ان درخواستوں کا ریکارڈ رکھ سکتا ہے، جیسے آپ کے آلے کا انٹرنیٹ پتہ اور وقت۔
privacy-request = اگر آپ حمایتی کی درخواست کرتے ہیں تو آپ کا پیغام آپ کے اپنے فون کی ٹیکسٹ میسج یا ای میل ایپ بھیجتی ہے، اور صرف اس وقت جب آپ اسے وہاں سے بھیجیں۔ یہ حمایتی سروس تک آپ کی فون کمپنی یا ای میل فراہم کنندہ کے ذریعے پہنچتا ہے، اس سروس کے ذریعے نہیں۔
privacy-read-aloud = بلند آواز میں پڑھنا صرف وہ آوازیں استعمال کرتا ہے جو آپ کے آلے پر ہی کام کرتی ہیں، اس لیے صفحے کے الفاظ کہیں نہیں بھیجے جاتے۔ کچھ براؤزر ایسی آوازیں بھی دیتے ہیں جو انٹرنیٹ کے ذریعے کام کرتی ہیں (مثلاً کمپیوٹر پر Google Chrome کی کچھ آوازیں): یہ سروس انہیں کبھی استعمال نہیں کرتی، اور اگر آپ کے آلے میں آپ کی زبان کے لیے صرف ایسی ہی آوازیں ہوں تو “یہ صفحہ سنیں” کا بٹن نہیں ہوتا۔
privacy-embedded = اگر یہ سروس کسی دوسرے ادارے کے ویب صفحے کا حصہ ہے تو اس صفحے کا باقی حصہ اسی ادارے کے اپنے رازداری کے نوٹس کے تحت آتا ہے۔

privacy-contact-heading = آپ کی معلومات کے بارے میں سوالات
privacy-contact = اپنی معلومات کے بارے میں، یا ہم انہیں کیسے استعمال کرتے ہیں اس بارے میں پوچھنے کے لیے، ہمارے ڈیٹا پروٹیکشن آفیسر سے رابطہ کریں۔
privacy-ico = اگر آپ اس سے مطمئن نہیں کہ کوئی ادارہ آپ کی معلومات کیسے استعمال کرتا ہے، تو آپ انفارمیشن کمشنر کے دفتر (Information Commissioner’s Office, ICO) میں شکایت کر سکتے ہیں۔
privacy-ico-link = انفارمیشن کمشنر کے دفتر (ICO) میں شکایت کریں
