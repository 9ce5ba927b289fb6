# SPDX-License-Identifier: MIT OR Apache-2.0

### The questions, one per page. For each question:
### question-<slug>-heading (the question), -hint (under it), -error (when
### nothing is chosen), -summary (short label on the check-answers page);
### and option-<slug>-<value> for each answer, with an optional .hint.

## Shared by every question page

continue-button = جاری رکھیں
back-link = واپس
# Between the answers and "I don't know", as in GOV.UK forms.
or-divider = یا
error-summary-title = ایک مسئلہ ہے
# The page title when the page shows an error.
page-title-error = خرابی: { page-title }

## Who is asking

question-audience-heading = آپ کون ہیں؟
question-audience-hint = اس سے ہمیں باتیں صحیح طریقے سے سمجھانے میں مدد ملے گی۔
question-audience-error = منتخب کریں کہ آپ کون ہیں
question-audience-summary = کون پوچھ رہا ہے
option-audience-patient = میں مریض ہوں
    .hint = آپ ہسپتال میں ہیں، یا آپ کو بتایا گیا ہے کہ آپ ذہنی صحت کے قانون (Mental Health Act) کے تحت ہیں۔
option-audience-carer = میں کیئرر (دیکھ بھال کرنے والا فرد)، رشتہ دار یا دوست ہوں
    .hint = قریب ترین رشتہ دار (nearest relative) بھی اس میں شامل ہے۔ آپ کا سوال کسی اور کے بارے میں ہے۔
option-audience-staff = میرا کام کسی وارڈ میں یا ذہنی صحت کی کسی سروس میں ہے
    .hint = آپ کو یہ دیکھنا ہے کہ حمایتیوں کے بارے میں آپ کو کسے بتانا لازمی ہے۔

## Where the hospital is

question-jurisdiction-heading =
    { $audience ->
        [carer] جس فرد کے بارے میں آپ کا سوال ہے، کیا ان کا ہسپتال انگلینڈ میں ہے یا ویلز میں؟
        [staff] کیا مریض کا ہسپتال انگلینڈ میں ہے یا ویلز میں؟
       *[patient] کیا آپ کا ہسپتال انگلینڈ میں ہے یا ویلز میں؟
    }
question-jurisdiction-hint = ویلز میں قانون مختلف ہے۔ یہ سوال اس بارے میں ہے کہ ہسپتال کہاں ہے، اس بارے میں نہیں کہ کوئی کہاں رہتا ہے۔ کمیونٹی علاج کے حکم (CTO) کے لیے، وہ ہسپتال دیکھیں جو اس کا ذمہ دار ہے۔ سرپرستی (guardianship) کے لیے، کونسل دیکھیں۔
question-jurisdiction-error = انگلینڈ، ویلز یا "مجھے نہیں معلوم" منتخب کریں
question-jurisdiction-summary = ہسپتال کہاں ہے
option-jurisdiction-england = انگلینڈ
option-jurisdiction-wales = ویلز
option-jurisdiction-unknown = مجھے نہیں معلوم

## The broad situation

question-setting-heading =
    { $audience ->
        [carer] ان میں سے کون سی بات اس فرد کے لیے سچ ہے؟
        [staff] ان میں سے کون سی بات مریض کے لیے سچ ہے؟
       *[patient] ان میں سے کون سی بات آپ کے لیے سچ ہے؟
    }
question-setting-hint = وہ جواب چنیں جو سب سے زیادہ مناسب ہو۔ اگر آپ کو یقین نہیں ہے تو "مجھے نہیں معلوم" چنیں، ہم مدد کریں گے۔
question-setting-error = جو صورتحال سب سے زیادہ مناسب ہو وہ منتخب کریں، یا "مجھے نہیں معلوم" منتخب کریں
question-setting-summary = صورتحال
option-setting-detained =
    { $audience ->
        [carer] انہیں ذہنی صحت کے قانون (Mental Health Act) کی کسی دفعہ کے تحت ہسپتال میں رکھا گیا ہے
        [staff] ذہنی صحت کے قانون (Mental Health Act) کی کسی دفعہ کے تحت ہسپتال میں رکھا گیا
       *[patient] مجھے ذہنی صحت کے قانون (Mental Health Act) کی کسی دفعہ کے تحت ہسپتال میں رکھا گیا ہے
    }
    .hint = اسے کبھی کبھی "سیکشن کیا جانا" (being sectioned) بھی کہتے ہیں۔
option-setting-detained-on-leave =
    { $audience ->
        [carer] وہ کسی دفعہ کے تحت ہیں، لیکن ہسپتال سے چھٹی پر ہیں (دفعہ 17 کی چھٹی، section 17 leave)
        [staff] دفعہ کے تحت ہسپتال میں رکھا گیا، دفعہ 17 کی چھٹی (section 17 leave) پر
       *[patient] میں کسی دفعہ کے تحت ہوں، لیکن ہسپتال سے چھٹی پر ہوں (دفعہ 17 کی چھٹی، section 17 leave)
    }
    .hint = کچھ وقت کے لیے ہسپتال سے دور رہنے کی اجازت، مثلاً گھر پر۔ دفعہ ختم نہیں ہوئی۔
option-setting-cto =
    { $audience ->
        [carer] وہ کمیونٹی علاج کے حکم (CTO) پر ہیں
        [staff] کمیونٹی علاج کے حکم (CTO) پر
       *[patient] میں کمیونٹی علاج کے حکم (CTO) پر ہوں
    }
    .hint = ہسپتال سے باہر رہنا، لیکن کچھ شرطوں پر عمل کرنا ضروری ہے۔
option-setting-cto-recalled =
    { $audience ->
        [carer] وہ CTO پر ہیں اور انہیں ہسپتال واپس بلایا گیا ہے
        [staff] CTO پر، اور ہسپتال میں واپس بلایا گیا
       *[patient] میں CTO پر ہوں اور مجھے ہسپتال واپس بلایا گیا ہے
    }
    .hint = اسے واپس بلانا (recall) کہتے ہیں۔ یہ زیادہ سے زیادہ 72 گھنٹے تک رہتا ہے۔
option-setting-guardianship =
    { $audience ->
        [carer] ذہنی صحت کے قانون (Mental Health Act) کے تحت ان کا ایک سرپرست ہے
        [staff] سرپرستی (guardianship) کے تحت
       *[patient] ذہنی صحت کے قانون (Mental Health Act) کے تحت میرا ایک سرپرست ہے
    }
    .hint = سرپرست، جو اکثر کونسل ہوتی ہے، کچھ باتوں کا فیصلہ کر سکتا ہے، جیسے کہ کہاں رہنا ہے۔
option-setting-conditional-discharge =
    { $audience ->
        [carer] انہیں ہسپتال سے ایسی شرطوں کے ساتھ جانے دیا گیا ہے جو ٹریبونل (Tribunal) یا حکومت نے طے کی ہیں
        [staff] پابندیوں والا مریض (restricted patient) جسے مشروط رہائی (conditional discharge) ملی ہے
       *[patient] مجھے ہسپتال سے ایسی شرطوں کے ساتھ جانے دیا گیا ہے جو ٹریبونل (Tribunal) یا حکومت نے طے کی ہیں
    }
    .hint = اسے مشروط رہائی (conditional discharge) کہتے ہیں۔ یہ پابندیوں والے عدالتی حکم کے بعد ہوتی ہے۔
option-setting-informal-inpatient =
    { $audience ->
        [carer] وہ اپنی ذہنی صحت کی وجہ سے ہسپتال میں ہیں، لیکن کسی دفعہ کے تحت نہیں
        [staff] غیر رسمی (رضاکارانہ) داخل مریض، جس کے ذہنی عارضے کا جائزہ یا علاج ہو رہا ہے
       *[patient] میں اپنی ذہنی صحت کی وجہ سے ہسپتال میں ہوں، لیکن کسی دفعہ کے تحت نہیں
    }
    .hint = اسے کبھی کبھی رضاکارانہ یا غیر رسمی مریض کہتے ہیں۔ اس میں صرف کسی جسمانی بیماری کے لیے کسی عام ہسپتال میں رہنا شامل نہیں ہے۔
option-setting-none =
    { $audience ->
        [carer] وہ ہسپتال میں نہیں ہیں اور ذہنی صحت کے قانون (Mental Health Act) کے تحت بھی نہیں ہیں
        [staff] ہسپتال میں نہیں اور ذہنی صحت کے قانون (Mental Health Act) کے تحت بھی نہیں
       *[patient] میں ہسپتال میں نہیں ہوں اور ذہنی صحت کے قانون (Mental Health Act) کے تحت بھی نہیں ہوں
    }
option-setting-unknown = مجھے نہیں معلوم

## Which section

question-section-heading =
    { $audience ->
        [carer] وہ فرد کس دفعہ کے تحت ہیں؟
        [staff] مریض کس دفعہ کے تحت ہے؟
       *[patient] آپ کس دفعہ کے تحت ہیں؟
    }
question-section-hint = یہ دفعہ کے کاغذات (section papers) پر لکھی ہوتی ہے، اور حقوق کے اس کتابچے پر بھی جو ہسپتال دیتا ہے۔ اگر آپ کو یہ نہ ملے تو "مجھے نہیں معلوم" چنیں۔
question-section-error = دفعہ منتخب کریں، یا "مجھے نہیں معلوم" منتخب کریں
question-section-summary = دفعہ
option-section-section-2 = دفعہ 2
    .hint = کسی کا جائزہ (assessment) لینے کے لیے، زیادہ سے زیادہ 28 دن تک۔
option-section-section-3 = دفعہ 3
    .hint = علاج کے لیے، شروع میں زیادہ سے زیادہ 6 مہینے تک۔
option-section-section-4 = دفعہ 4
    .hint = ایمرجنسی میں، ایک ڈاکٹر کے ساتھ، زیادہ سے زیادہ 72 گھنٹے تک۔
option-section-section-5-2 = دفعہ 5(2)
    .hint = کسی ڈاکٹر نے کسی کو وارڈ سے جانے سے روکا، زیادہ سے زیادہ 72 گھنٹے تک۔
option-section-section-5-4 = دفعہ 5(4)
    .hint = کسی نرس نے کسی کو وارڈ سے جانے سے روکا، زیادہ سے زیادہ 6 گھنٹے تک۔
option-section-section-135 = دفعہ 135
    .hint = پولیس وارنٹ لے کر آئی اور کسی کو ایک محفوظ جگہ (place of safety) لے گئی۔
option-section-section-136 = دفعہ 136
    .hint = پولیس کسی کو ایک عوامی جگہ سے ایک محفوظ جگہ (place of safety) لے گئی۔
option-section-section-35 = دفعہ 35
    .hint = عدالت نے کسی کو رپورٹ کے لیے ہسپتال بھیجا۔
option-section-section-36 = دفعہ 36
    .hint = عدالت نے کسی کو مقدمہ ختم ہونے سے پہلے علاج کے لیے ہسپتال بھیجا۔
option-section-section-37 = دفعہ 37
    .hint = عدالت نے ہسپتال آرڈر (hospital order) دیا۔
option-section-section-37-41 = دفعہ 37 کے ساتھ دفعہ 41
    .hint = عدالت نے پابندیوں کے ساتھ ہسپتال آرڈر (hospital order) دیا۔
option-section-section-38 = دفعہ 38
    .hint = عدالت نے عبوری ہسپتال آرڈر (interim hospital order) دیا۔
option-section-section-45a = دفعہ 45A
    .hint = عدالت نے جیل کی سزا دی اور ساتھ ہسپتال ڈائریکشن (hospital direction) بھی دی۔
option-section-section-47 = دفعہ 47
    .hint = سزا سنائے جانے کے بعد جیل سے ہسپتال منتقل کیا گیا۔
option-section-section-47-49 = دفعہ 47 کے ساتھ دفعہ 49
    .hint = سزا سنائے جانے کے بعد جیل سے ہسپتال منتقل کیا گیا، پابندیوں کے ساتھ۔
option-section-section-48 = دفعہ 48
    .hint = سزا سنائے جانے سے پہلے جیل یا امیگریشن کی قید سے ہسپتال منتقل کیا گیا۔
option-section-section-48-49 = دفعہ 48 کے ساتھ دفعہ 49
    .hint = سزا سنائے جانے سے پہلے ہسپتال منتقل کیا گیا، پابندیوں کے ساتھ۔
option-section-unknown = مجھے نہیں معلوم کہ کون سی دفعہ ہے

## Help to find the section

question-what-happened-heading =
    { $audience ->
        [carer] ان میں سے کون سی بات اس فرد کے ساتھ ہونے والے واقعے سے سب سے زیادہ ملتی ہے؟
        [staff] ان میں سے کون سی بات مریض کے ساتھ ہونے والے واقعے سے سب سے زیادہ ملتی ہے؟
       *[patient] ان میں سے کون سی بات آپ کے ساتھ ہونے والے واقعے سے سب سے زیادہ ملتی ہے؟
    }
question-what-happened-hint = ذہنی صحت کے قانون (Mental Health Act) کی ہر دفعہ الگ صورتحال میں استعمال ہوتی ہے۔ اس سے ہمیں یہ اندازہ لگانے میں مدد ملتی ہے کہ یہ کون سی دفعہ ہو سکتی ہے۔
question-what-happened-error = جو بات سب سے زیادہ ملتی ہو وہ منتخب کریں، یا "مجھے ابھی بھی یقین نہیں" منتخب کریں
question-what-happened-summary = کیا ہوا
question-what-happened-papers-heading = دفعہ کے کاغذات کیسے ہوتے ہیں
question-what-happened-papers =
    { $audience ->
        [carer] ہسپتال پر لازم ہے کہ وہ اس فرد کو کچھ فارم دے، جنہیں دفعہ کے کاغذات (section papers) کہتے ہیں، اور ان کے حقوق کے بارے میں ایک کتابچہ بھی دے۔ کتابچے کے عنوان میں دفعہ لکھی ہوتی ہے، مثلاً "ذہنی صحت کا قانون 1983 (Mental Health Act 1983) کی دفعہ 2"۔ وہ فرد، یا وارڈ کا عملہ، آپ کو یہ دکھا سکتا ہے۔
        [staff] مریض کو دیے گئے دفعہ کے کاغذات (section papers) اور حقوق کے کتابچے میں دفعہ کا نام لکھا ہوتا ہے۔ مریض کے کاغذات دیکھیں یا وارڈ کے ذہنی صحت کے قانون (Mental Health Act) کے دفتر سے معلوم کریں۔
       *[patient] ہسپتال پر لازم ہے کہ وہ آپ کو کچھ فارم دے، جنہیں دفعہ کے کاغذات (section papers) کہتے ہیں، اور آپ کے حقوق کے بارے میں ایک کتابچہ بھی دے۔ کتابچے کے عنوان میں آپ کی دفعہ لکھی ہوتی ہے، مثلاً "ذہنی صحت کا قانون 1983 (Mental Health Act 1983) کی دفعہ 2"۔ آپ کے کہنے پر وارڈ کا عملہ آپ کو یہ دکھا سکتا ہے۔
    }
option-what-happened-police-public-place =
    { $audience ->
        [carer] پولیس انہیں ایک عوامی جگہ سے ایک محفوظ جگہ لے گئی
        [staff] پولیس انہیں ایک عوامی جگہ سے ایک محفوظ جگہ لے گئی
       *[patient] پولیس آپ کو ایک عوامی جگہ سے ایک محفوظ جگہ لے گئی
    }
    .hint = جیسے کوئی ہسپتال یا تھانہ۔ یہ عام طور پر دفعہ 136 ہوتی ہے۔
option-what-happened-police-warrant-home =
    { $audience ->
        [carer] پولیس وارنٹ لے کر ان کے گھر آئی اور انہیں ایک محفوظ جگہ لے گئی
        [staff] پولیس وارنٹ لے کر ان کے گھر آئی اور انہیں ایک محفوظ جگہ لے گئی
       *[patient] پولیس وارنٹ لے کر آپ کے گھر آئی اور آپ کو ایک محفوظ جگہ لے گئی
    }
    .hint = یہ عام طور پر دفعہ 135 ہوتی ہے۔
option-what-happened-nurse-stopped-leaving =
    { $audience ->
        [carer] ایک نرس نے انہیں کچھ گھنٹوں کے لیے وارڈ سے جانے سے روکا
        [staff] ایک نرس نے انہیں کچھ گھنٹوں کے لیے وارڈ سے جانے سے روکا
       *[patient] ایک نرس نے آپ کو کچھ گھنٹوں کے لیے وارڈ سے جانے سے روکا
    }
    .hint = یہ عام طور پر دفعہ 5(4) ہوتی ہے۔ یہ زیادہ سے زیادہ 6 گھنٹے تک رہتی ہے۔
option-what-happened-doctor-stopped-leaving =
    { $audience ->
        [carer] ایک ڈاکٹر نے انہیں زیادہ سے زیادہ 3 دن کے لیے وارڈ سے جانے سے روکا
        [staff] ایک ڈاکٹر نے انہیں زیادہ سے زیادہ 3 دن کے لیے وارڈ سے جانے سے روکا
       *[patient] ایک ڈاکٹر نے آپ کو زیادہ سے زیادہ 3 دن کے لیے وارڈ سے جانے سے روکا
    }
    .hint = یہ عام طور پر دفعہ 5(2) ہوتی ہے۔ یہ زیادہ سے زیادہ 72 گھنٹے تک رہتی ہے۔
option-what-happened-kept-more-than-3-days =
    { $audience ->
        [carer] انہیں کسی دفعہ کے تحت 3 دن سے زیادہ ہسپتال میں رکھا گیا ہے
        [staff] انہیں کسی دفعہ کے تحت 3 دن سے زیادہ ہسپتال میں رکھا گیا ہے
       *[patient] آپ کو کسی دفعہ کے تحت 3 دن سے زیادہ ہسپتال میں رکھا گیا ہے
    }
    .hint = ایمرجنسی والی تمام مختصر دفعات 3 دن کے اندر ختم ہو جاتی ہیں۔
option-what-happened-court-sent =
    { $audience ->
        [carer] عدالت نے انہیں ہسپتال بھیجا
        [staff] عدالت نے انہیں ہسپتال بھیجا
       *[patient] عدالت نے آپ کو ہسپتال بھیجا
    }
option-what-happened-moved-from-prison =
    { $audience ->
        [carer] انہیں جیل سے ہسپتال منتقل کیا گیا
        [staff] انہیں جیل سے ہسپتال منتقل کیا گیا
       *[patient] آپ کو جیل سے ہسپتال منتقل کیا گیا
    }
option-what-happened-rules-outside-hospital =
    { $audience ->
        [carer] ان کی رہائش ہسپتال سے باہر ہے، لیکن انہیں کچھ اصولوں پر عمل کرنا لازمی ہے اور انہیں واپس بلایا جا سکتا ہے
        [staff] ان کی رہائش ہسپتال سے باہر ہے، لیکن انہیں کچھ اصولوں پر عمل کرنا لازمی ہے اور انہیں واپس بلایا جا سکتا ہے
       *[patient] آپ کی رہائش ہسپتال سے باہر ہے، لیکن آپ کو کچھ اصولوں پر عمل کرنا لازمی ہے اور آپ کو واپس بلایا جا سکتا ہے
    }
    .hint = یہ عام طور پر کمیونٹی علاج کا حکم (CTO) ہوتا ہے۔
option-what-happened-guardian =
    { $audience ->
        [carer] ایک سرپرست، جو اکثر کونسل ہوتی ہے، یہ فیصلہ کرتا ہے کہ ان کی رہائش کہاں ہوگی
        [staff] ایک سرپرست، جو اکثر کونسل ہوتی ہے، یہ فیصلہ کرتا ہے کہ ان کی رہائش کہاں ہوگی
       *[patient] ایک سرپرست، جو اکثر کونسل ہوتی ہے، یہ فیصلہ کرتا ہے کہ آپ کی رہائش کہاں ہوگی
    }
    .hint = اسے سرپرستی (guardianship) کہتے ہیں۔
option-what-happened-free-to-leave =
    { $audience ->
        [carer] وہ ہسپتال میں ہیں اور انہیں جانے کی آزادی ہے
        [staff] وہ ہسپتال میں ہیں اور انہیں جانے کی آزادی ہے
       *[patient] آپ ہسپتال میں ہیں اور آپ کو جانے کی آزادی ہے
    }
    .hint = اسے رضاکارانہ یا غیر رسمی مریض ہونا کہتے ہیں۔
option-what-happened-not-in-hospital =
    { $audience ->
        [carer] وہ ہسپتال میں نہیں ہیں اور ان میں سے کوئی بات ان پر لاگو نہیں ہوتی
        [staff] وہ ہسپتال میں نہیں ہیں اور ان میں سے کوئی بات ان پر لاگو نہیں ہوتی
       *[patient] آپ ہسپتال میں نہیں ہیں اور ان میں سے کوئی بات آپ پر لاگو نہیں ہوتی
    }
option-what-happened-still-not-sure = مجھے ابھی بھی یقین نہیں

## Leave

question-on-leave-heading =
    { $audience ->
        [carer] کیا وہ فرد اس وقت ہسپتال سے چھٹی پر ہیں؟
        [staff] کیا مریض دفعہ 17 کی چھٹی (section 17 leave) پر ہے؟
       *[patient] کیا آپ اس وقت ہسپتال سے چھٹی پر ہیں؟
    }
question-on-leave-hint = اسے دفعہ 17 کی چھٹی (section 17 leave) کہتے ہیں: وارڈ سے دور رہنے کا وہ وقت جس کی ڈاکٹر نے اجازت دی ہو۔ چھٹی پر ہونے سے حمایتی کا حق نہیں بدلتا۔
question-on-leave-error = ہاں، نہیں یا "مجھے نہیں معلوم" منتخب کریں
question-on-leave-summary = چھٹی پر
option-on-leave-true = ہاں
option-on-leave-false = نہیں
option-on-leave-unknown = مجھے نہیں معلوم

## Treatment being discussed

question-treatment-discussed-heading =
    { $audience ->
        [carer] کیا کسی ڈاکٹر نے اس فرد سے ان میں سے کسی علاج کے بارے میں بات کی ہے؟
        [staff] کیا مریض کی کسی ڈاکٹر یا منظور شدہ معالج (approved clinician) سے ان میں سے کسی علاج کے بارے میں بات ہو رہی ہے؟
       *[patient] کیا کسی ڈاکٹر نے آپ سے ان میں سے کسی علاج کے بارے میں بات کی ہے؟
    }
question-treatment-discussed-hint = کچھ علاج ایسے ہیں جن کی وجہ سے حمایتی کا حق مل جاتا ہے، ان لوگوں کو بھی جو کسی دفعہ کے تحت نہیں ہیں۔
question-treatment-discussed-error = کوئی علاج منتخب کریں، "ان میں سے کوئی نہیں"، یا "مجھے نہیں معلوم" منتخب کریں
question-treatment-discussed-summary = جس علاج پر بات ہوئی
option-treatment-discussed-section-57 = ذہنی صحت کے مسئلے کے لیے دماغ کا آپریشن، یا جنسی خواہش کم کرنے کے لیے ہارمون کا امپلانٹ
    .hint = یہ بہت کم ہوتے ہیں۔
option-treatment-discussed-section-58a = الیکٹرو کنولسو تھراپی (ECT)، یعنی بجلی کے ذریعے علاج
    .hint = ایک علاج جس میں بے ہوشی کی دوا دے کر دماغ میں سے بجلی کا ہلکا سا کرنٹ گزارا جاتا ہے۔
option-treatment-discussed-none = ان میں سے کوئی نہیں
option-treatment-discussed-unknown = مجھے نہیں معلوم

## Age

question-under-18-heading =
    { $audience ->
        [carer] کیا اس فرد کی عمر 18 سال سے کم ہے؟
        [staff] کیا مریض کی عمر 18 سال سے کم ہے؟
       *[patient] کیا آپ کی عمر 18 سال سے کم ہے؟
    }
question-under-18-hint = ECT کے لیے، 18 سال سے کم عمر لوگوں کے اصول مختلف ہیں۔
question-under-18-error = ہاں، نہیں یا "مجھے نہیں معلوم" منتخب کریں
question-under-18-summary = 18 سال سے کم
option-under-18-true = ہاں
option-under-18-false = نہیں
option-under-18-unknown = مجھے نہیں معلوم

## Check your answers

check-heading = اپنے جوابات دیکھ لیں
check-intro = نتیجہ دیکھنے سے پہلے آپ اپنا کوئی بھی جواب بدل سکتے ہیں۔
check-change = بدلیں
# After "Change", read by screen readers only, e.g. "Change Section".
check-change-context = { $question }
check-continue = نتیجہ دیکھیں
# Under an answer to "what happened": the section that answer stands for,
# e.g. "That means: Section 136".
check-inferred-section = اس کا مطلب ہے: { $section }

## Notices

notice-saved-answers-unreadable = ہم آپ کے محفوظ کیے گئے جوابات نہیں پڑھ سکے، اس لیے ہم نے دوبارہ شروع کیا ہے۔
notice-link-unreadable = لنک میں موجود کچھ جوابات پڑھے نہیں جا سکے۔ براہِ کرم اس سوال کا جواب دیں۔

## A page that does not exist

not-found-heading = صفحہ نہیں ملا
not-found-body = ہو سکتا ہے لنک غلط ہو یا پرانا ہو چکا ہو۔
not-found-start = شروع پر جائیں
