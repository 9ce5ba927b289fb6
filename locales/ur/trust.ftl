# SPDX-License-Identifier: MIT OR Apache-2.0

### What NHS trusts add: their local IMHA provider's contact details,
### ward posters with a QR code, and a page for staff.

## The local IMHA provider, as the trust configured it

# Before the provider's name.
provider-intro = آپ کی مقامی IMHA سروس یہ ہے:
provider-phone = فون
provider-text = ٹیکسٹ میسج
provider-email = ای میل
provider-hours = کھلنے کے اوقات
provider-referral = حمایتی کے لیے آن لائن درخواست دیں
provider-bsl = برٹش سائن لینگویج (British Sign Language یا BSL)
# When the trust's settings could not be used; the page then shows contact-default.
provider-unavailable = ہم آپ کی مقامی IMHA سروس کی تفصیلات نہیں دکھا سکے۔

## Page for staff

staff-heading = مریضوں کو ذہنی صحت کے آزاد حمایتیوں کے بارے میں بتانا
staff-intro = قانون کہتا ہے کہ جن مریضوں کو IMHA مل سکتا ہے، انہیں یہ سمجھنے میں مدد دینا لازمی ہے کہ IMHA کیا کر سکتا ہے اور اسے کیسے حاصل کیا جائے۔ اسے آگاہ کرنے کی ذمہ داری (duty to inform) کہتے ہیں۔
staff-who-heading = کس کو بتانا لازمی ہے
staff-who = ہر وہ مریض جسے IMHA مل سکتا ہے۔ انگلینڈ میں: وہ مریض جنہیں کسی بھی دفعہ کے تحت قانوناً ہسپتال میں رکھا جا سکتا ہو (liable to be detained)، سوائے روکے رکھنے کے اختیارات (holding powers، یعنی دفعہ 4، 5(2) اور 5(4)) اور محفوظ جگہ (places of safety، یعنی دفعہ 135 اور 136) کے، مثلاً دفعہ 2، 3، 35 سے 38، 45A، 47 اور 48، بشمول چھٹی پر موجود مریض؛ کمیونٹی علاج کے حکم (CTO) پر، سرپرستی (guardianship) میں، یا مشروط رہائی (conditional discharge) والے مریض؛ اور ہر وہ فرد جس سے ذہنی عارضے کے لیے دماغ کے آپریشن، جنسی خواہش کم کرنے کے لیے ہارمون کے امپلانٹ، یا (18 سال سے کم عمر ہونے پر) ECT کے بارے میں بات ہو رہی ہو۔ ویلز میں: یہی سب، اور اس کے علاوہ دفعہ 4، 5(2) اور 5(4) کے تحت مریض، اور ہر وہ غیر رسمی داخل مریض جس کے ذہنی عارضے کا جائزہ یا علاج ہو رہا ہو۔ محفوظ جگہ سے دونوں میں سے کسی بھی ملک میں یہ حق نہیں ملتا۔
staff-when-heading = انہیں کب بتائیں
staff-when-detention = جب انہیں IMHA مل سکتا ہو، اس کے بعد جتنی جلدی عملی طور پر ممکن ہو: یعنی جب انہیں ہسپتال میں رکھا جائے، CTO پر رکھا جائے، سرپرستی میں لیا جائے یا مشروط رہائی (conditional discharge) دی جائے، یا جب کسی ایسے علاج کے بارے میں بات ہو رہی ہو جس سے یہ حق ملتا ہے۔
staff-when-change = جب ان کی دفعہ بدلے، مثلاً دفعہ 2 سے دفعہ 3 میں۔
staff-when-ward-rounds = وارڈ راؤنڈ اور دیکھ بھال کے جائزوں (care reviews) سے پہلے۔
staff-when-tribunal = ٹریبونل (Tribunal) اور ہسپتال کے منتظمین کی سماعتوں (hearings) سے پہلے، اور جب کسی دفعہ کی تجدید (renewal) ہو۔
staff-when-medication = دواؤں کے جائزوں سے پہلے، اور جب دوسری رائے دینے والا ڈاکٹر (SOAD) ملنے آنے والا ہو۔
staff-how-heading = انہیں کیسے بتائیں
staff-how = انہیں زبانی بتائیں اور لکھ کر بھی دیں۔ یقینی بنائیں کہ انہوں نے بات سمجھ لی ہے۔ اگر وہ بہت بیمار ہوں، تو بعد میں دوبارہ کوشش کریں۔ ضرورت ہو تو ترجمان (interpreter)، آسان زبان (Easy Read) یا برٹش سائن لینگویج (British Sign Language) استعمال کریں۔
staff-nearest-relative = جب تک مریض اعتراض نہ کرے، تحریری معلومات کی ایک کاپی ان کے قریب ترین رشتہ دار (nearest relative) کو بھیجیں۔ یہ ہسپتال میں رکھے گئے (detained)، کمیونٹی اور سرپرستی والے مریضوں کے لیے ہے، لیکن عدالتی یا جیل کی دفعات کے تحت مریضوں کے لیے نہیں، اور نہ ان مریضوں کے لیے جو صرف علاج کے بارے میں بات چیت کی وجہ سے اہل ہیں۔ ویلز میں، غیر رسمی مریض کی کاپی ان لوگوں کو جاتی ہے جن کے نام دفعہ 130L(6) میں دیے گئے ہیں۔
# "nominated person": rendered "نامزد فرد (nominated person)". Draft term for review:
# a new legal term of the Mental Health Act 2025 for the person the patient
# chooses to replace the nearest relative.
staff-nominated-person = جب تک مریض اعتراض نہ کرے، تحریری معلومات کی ایک کاپی ان کے نامزد فرد (nominated person) کو بھیجیں۔ یہ ان مریضوں کے لیے نہیں جو صرف علاج کے بارے میں بات چیت کی وجہ سے اہل ہیں۔ ویلز میں، غیر رسمی مریض کی کاپی ان لوگوں کو جاتی ہے جن کے نام دفعہ 130L(6) میں دیے گئے ہیں۔
staff-referral-heading = ریفرل (referral) کیسے کریں
staff-referral = مریض خود IMHA سروس سے رابطہ کر سکتے ہیں۔ عملہ بھی ریفرل کر سکتا ہے: مریض کی رضامندی سے، یا جب مریض خود فیصلہ نہ کر سکے اور IMHA سے انہیں مدد مل سکتی ہو۔ IMHA سروس کو مریض کا نام، وارڈ، دفعہ، اور کسی بھی سماعت (hearing) کی تاریخ بتائیں۔
staff-cqc-heading = Care Quality Commission (دیکھ بھال کے معیار کا کمیشن) کیا دیکھتا ہے
staff-cqc = معائنہ کار (inspectors) یہ دیکھتے ہیں کہ مریضوں کو IMHA کے بارے میں اس وقت بتایا گیا جب وہ اہل ہوئے، اور پھر بعد میں دوبارہ بھی؛ کہ اس کا ریکارڈ رکھا گیا؛ اور کہ مریض آسانی سے IMHA تک پہنچ سکتے تھے، بشمول ایسے فون کے ذریعے جس پر وہ اکیلے میں بات کر سکیں۔
staff-print = یہ چیک لسٹ پرنٹ کریں
# Links to the questions, to see what one patient can have.
staff-patient-link = دیکھیں کہ ایک مریض کو کیا مل سکتا ہے: ان کا IMHA، ان کے حقوق اور آپ کی ذمہ داریاں

## Ward posters

poster-link = وارڈ کے لیے پوسٹر بنائیں
poster-heading = وارڈ کے لیے پوسٹر بنائیں
poster-intro = QR کوڈ والا A4 پوسٹر بنائیں۔ یہ QR کوڈ اس سروس کو صحیح زبان میں اور آپ کی مقامی IMHA سروس کی تفصیلات کے ساتھ کھولتا ہے۔
poster-language-label = پوسٹر کی زبان
poster-provider-label = IMHA سروس
# The last choice of IMHA service, when staff want another one or the trust has set none: they then type its name and phone.
poster-provider-none = ان میں سے کوئی نہیں: نیچے سروس کی تفصیلات لکھیں
poster-name-label = IMHA سروس کا نام
poster-name-hint = جیسے یہ پوسٹر پر نظر آنا چاہیے۔ یہ صرف اس پوسٹر کے لیے استعمال ہوتا ہے اور محفوظ نہیں کیا جاتا۔
poster-phone-label = IMHA سروس کا فون نمبر
# A UK phone number example; keep the digits as they are.
poster-phone-hint = برطانیہ کا کوئی نمبر، مثلاً ⁦0300 123 4567⁩۔ یہ صرف اس پوسٹر کے لیے استعمال ہوتا ہے اور محفوظ نہیں کیا جاتا۔
poster-phone-error = برطانیہ کا فون نمبر درج کریں، جیسے ⁦0300 123 4567⁩ یا ⁦+44 300 123 4567⁩
poster-url-label = اس سروس کا عوامی ویب ایڈریس
poster-url-hint = وہ ایڈریس جو لوگ کھولیں گے، جو https:// سے شروع ہوتا ہے
poster-url-error = ایسا ویب ایڈریس درج کریں جو https:// سے شروع ہوتا ہو
poster-make = پوسٹر بنائیں
poster-print = پوسٹر پرنٹ کریں
# The poster itself, in the chosen language.
poster-title = کیا آپ کو اپنے حقوق سمجھنے کے لیے مدد چاہیے؟
poster-body = ذہنی صحت کا آزاد حمایتی آپ کی مدد کر سکتا ہے۔ یہ مدد مفت ہے۔ حمایتی ہسپتال کے لیے کام نہیں کرتے۔
poster-scan = QR کوڈ اسکین کریں اور معلوم کریں کہ کیا آپ کو حمایتی مل سکتا ہے۔
poster-or-visit = یا یہاں جائیں:
poster-call = یا فون کریں:
# For people who cannot scan the QR code.
poster-no-smartphone = اسمارٹ فون نہیں ہے؟ کسی نرس سے کہیں کہ وہ حمایتی سے رابطہ کرنے میں آپ کی مدد کرے۔
poster-qr-label = QR کوڈ جو یہ سروس کھولتا ہے
