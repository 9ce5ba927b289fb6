# SPDX-License-Identifier: MIT OR Apache-2.0

### The result page: whether the person can get an independent mental health
### advocate (IMHA), why, what to ask, what to do instead, and how to get help.
### Every message receives $audience: "patient", "carer" or "staff".
### Patient: "you". Carer: "the person you are asking about", then "they".
### Staff: "the patient", then "they".

## The outcome

result-heading-yes =
    { $audience ->
        [carer] جس فرد کے بارے میں آپ کا سوال ہے، انہیں ذہنی صحت کا آزاد حمایتی (IMHA) مل سکتا ہے
        [staff] مریض کو ذہنی صحت کا آزاد حمایتی (IMHA) مل سکتا ہے
       *[patient] آپ کو ذہنی صحت کا آزاد حمایتی (IMHA) مل سکتا ہے
    }
result-heading-no =
    { $audience ->
        [carer] جس فرد کے بارے میں آپ کا سوال ہے، انہیں اس وقت IMHA نہیں مل سکتا
        [staff] مریض کو اس وقت IMHA نہیں مل سکتا
       *[patient] آپ کو اس وقت IMHA نہیں مل سکتا
    }
result-heading-unsure =
    { $audience ->
        [carer] ہمیں ابھی یقین نہیں کہ جس فرد کے بارے میں آپ کا سوال ہے، انہیں IMHA مل سکتا ہے یا نہیں
        [staff] ہمیں ابھی یقین نہیں کہ مریض کو IMHA مل سکتا ہے یا نہیں
       *[patient] ہمیں ابھی یقین نہیں کہ آپ کو IMHA مل سکتا ہے یا نہیں
    }

## Why: the reasons for the outcome

# Heading above the list of reasons for the outcome.
result-why-heading = اس کی وجہ

reason-liable-to-be-detained =
    { $audience ->
        [carer] جس فرد کے بارے میں آپ کا سوال ہے، انہیں ذہنی صحت کے قانون (Mental Health Act) کی ایک ایسی دفعہ کے تحت ہسپتال میں رکھا گیا ہے جس سے انہیں حمایتی کا حق ملتا ہے۔
        [staff] مریض کو ایک ایسی دفعہ کے تحت قانوناً حراست میں رکھا جا سکتا ہے (liable to be detained) جس سے انہیں IMHA کا حق ملتا ہے۔
       *[patient] آپ کو ذہنی صحت کے قانون (Mental Health Act) کی ایک ایسی دفعہ کے تحت ہسپتال میں رکھا گیا ہے جس سے آپ کو حمایتی کا حق ملتا ہے۔
    }
# The holding powers are sections 4, 5(2) and 5(4); places of safety are
# sections 135 and 136. People know them by these numbers, so the numbers stay
# in the text.
reason-holding-power-covered-in-wales =
    { $audience ->
        [carer] جس فرد کے بارے میں آپ کا سوال ہے، انہیں روکے رکھنے کے ایک اختیار (holding power، یعنی دفعہ 4، 5(2) یا 5(4)) کے تحت روکا گیا ہے۔ ویلز میں، ان اختیارات کے تحت روکے گئے لوگوں کو IMHA مل سکتا ہے۔
        [staff] مریض کو روکے رکھنے کے ایک اختیار (holding power، یعنی دفعہ 4، 5(2) یا 5(4)) کے تحت روکا گیا ہے۔ ویلز میں، ان اختیارات کے تحت روکے گئے مریض ویلز کے اہل لازمی مریض (Welsh qualifying compulsory patients) ہیں اور انہیں IMHA مل سکتا ہے۔
       *[patient] آپ کو روکے رکھنے کے ایک اختیار (holding power، یعنی دفعہ 4، 5(2) یا 5(4)) کے تحت روکا گیا ہے۔ ویلز میں، ان اختیارات کے تحت روکے گئے لوگوں کو IMHA مل سکتا ہے۔
    }
reason-holding-power-excluded-in-england =
    { $audience ->
        [carer] جس فرد کے بارے میں آپ کا سوال ہے، انہیں روکے رکھنے کے ایک اختیار (holding power، یعنی دفعہ 4، 5(2) یا 5(4)) کے تحت روکا گیا ہے۔ انگلینڈ میں، ان اختیارات سے IMHA کا حق نہیں ملتا۔ وہ پھر بھی کسی دوسری حمایتی سروس (advocacy) کے لیے کہہ سکتے ہیں۔
        [staff] مریض کو روکے رکھنے کے ایک اختیار (holding power، یعنی دفعہ 4، 5(2) یا 5(4)) کے تحت روکا گیا ہے۔ انگلینڈ میں، ان اختیارات سے IMHA کا حق نہیں ملتا۔ مریض پھر بھی کسی دوسری حمایتی سروس (advocacy) کے لیے کہہ سکتے ہیں۔
       *[patient] آپ کو روکے رکھنے کے ایک اختیار (holding power، یعنی دفعہ 4، 5(2) یا 5(4)) کے تحت روکا گیا ہے۔ انگلینڈ میں، ان اختیارات سے IMHA کا حق نہیں ملتا۔ آپ پھر بھی کسی دوسری حمایتی سروس (advocacy) کے لیے کہہ سکتے ہیں۔
    }
reason-place-of-safety-excluded =
    { $audience ->
        [carer] جس فرد کے بارے میں آپ کا سوال ہے، انہیں ایک محفوظ جگہ (place of safety، یعنی دفعہ 135 یا 136) میں رکھا جا رہا ہے۔ انگلینڈ میں بھی اور ویلز میں بھی، اس سے IMHA کا حق نہیں ملتا۔ وہ پھر بھی کسی دوسری حمایتی سروس (advocacy) کے لیے کہہ سکتے ہیں۔
        [staff] مریض کو ایک محفوظ جگہ (place of safety، یعنی دفعہ 135 یا 136) میں رکھا گیا ہے۔ محفوظ جگہ سے IMHA کا حق نہیں ملتا، نہ انگلینڈ میں اور نہ ویلز میں۔ مریض پھر بھی کسی دوسری حمایتی سروس (advocacy) کے لیے کہہ سکتے ہیں۔
       *[patient] آپ کو ایک محفوظ جگہ (place of safety، یعنی دفعہ 135 یا 136) میں رکھا جا رہا ہے۔ انگلینڈ میں بھی اور ویلز میں بھی، اس سے IMHA کا حق نہیں ملتا۔ آپ پھر بھی کسی دوسری حمایتی سروس (advocacy) کے لیے کہہ سکتے ہیں۔
    }
reason-community-patient =
    { $audience ->
        [carer] جس فرد کے بارے میں آپ کا سوال ہے، وہ کمیونٹی علاج کے حکم (CTO) پر ہیں۔ اس کا مطلب ہے کہ ان کی رہائش ہسپتال سے باہر ہے، لیکن انہیں کچھ شرطوں کی پابندی کرنی لازمی ہے۔ CTO پر موجود لوگوں کو IMHA مل سکتا ہے، اس وقت بھی جب انہیں ہسپتال واپس بلایا گیا ہو۔
        [staff] مریض ایک کمیونٹی مریض (community patient) ہے، یعنی کمیونٹی علاج کے حکم (CTO) پر ہے۔ کمیونٹی مریضوں کو IMHA مل سکتا ہے، اس دوران بھی جب انہیں ہسپتال واپس بلایا گیا ہو۔
       *[patient] آپ کمیونٹی علاج کے حکم (CTO) پر ہیں۔ اس کا مطلب ہے کہ آپ کی رہائش ہسپتال سے باہر ہے، لیکن آپ کو کچھ شرطوں کی پابندی کرنی لازمی ہے۔ CTO پر موجود لوگوں کو IMHA مل سکتا ہے، اس وقت بھی جب انہیں ہسپتال واپس بلایا گیا ہو۔
    }
reason-guardianship =
    { $audience ->
        [carer] جس فرد کے بارے میں آپ کا سوال ہے، وہ سرپرستی (guardianship) میں ہیں۔ اس کا مطلب ہے کہ ذہنی صحت کے قانون (Mental Health Act) کے تحت ایک سرپرست کے پاس ان کے بارے میں کچھ قانونی اختیارات ہیں۔ سرپرستی میں موجود لوگوں کو IMHA مل سکتا ہے۔
        [staff] مریض ذہنی صحت کے قانون (Mental Health Act) کے تحت سرپرستی (guardianship) میں ہے۔ سرپرستی میں موجود لوگوں کو IMHA مل سکتا ہے۔
       *[patient] آپ سرپرستی (guardianship) میں ہیں۔ اس کا مطلب ہے کہ ذہنی صحت کے قانون (Mental Health Act) کے تحت ایک سرپرست کے پاس آپ کے بارے میں کچھ قانونی اختیارات ہیں۔ سرپرستی میں موجود لوگوں کو IMHA مل سکتا ہے۔
    }
# A restricted patient is one whose discharge needs the Secretary of State for
# Justice. "Conditionally discharged" means they left hospital with conditions.
reason-conditionally-discharged =
    { $audience ->
        [carer] جس فرد کے بارے میں آپ کا سوال ہے، وہ پابندیوں والے مریض (restricted patient) ہیں، یعنی ان کی دفعہ پر عدالت یا حکومت نے اضافی پابندیاں لگائی ہیں۔ اور انہیں مشروط رہائی (conditional discharge) ملی ہے، یعنی انہیں شرطوں کے ساتھ ہسپتال سے جانے کی اجازت ملی ہے۔ انہیں اب بھی ہسپتال واپس بلایا جا سکتا ہے، اس لیے قانون انہیں اب بھی زیرِ حراست سمجھتا ہے۔ اس کا مطلب ہے کہ انہیں IMHA مل سکتا ہے۔
        [staff] مریض ایک پابندیوں والا مریض (restricted patient) ہے جسے مشروط رہائی (conditional discharge) ملی ہے۔ انہیں اب بھی قانوناً حراست میں رکھا جا سکتا ہے (liable to be detained)، اس لیے انہیں IMHA مل سکتا ہے۔
       *[patient] آپ پابندیوں والے مریض (restricted patient) ہیں، یعنی آپ کی دفعہ پر عدالت یا حکومت نے اضافی پابندیاں لگائی ہیں۔ اور آپ کو مشروط رہائی (conditional discharge) ملی ہے، یعنی آپ کو شرطوں کے ساتھ ہسپتال سے جانے کی اجازت ملی ہے۔ آپ کو اب بھی ہسپتال واپس بلایا جا سکتا ہے، اس لیے قانون آپ کو اب بھی زیرِ حراست سمجھتا ہے۔ اس کا مطلب ہے کہ آپ کو IMHA مل سکتا ہے۔
    }
reason-discussing-section-57 =
    { $audience ->
        [carer] جس فرد کے بارے میں آپ کا سوال ہے، ان کی کسی ڈاکٹر یا منظور شدہ معالج (approved clinician) سے بات ہو رہی ہے۔ منظور شدہ معالج ایک سینئر ماہر ہوتا ہے جسے ذہنی صحت کا قانون (Mental Health Act) استعمال کرنے کی منظوری ملی ہو۔ یہ بات ذہنی عارضے کے لیے دماغ کے آپریشن، یا مردانہ جنسی خواہش کم کرنے کے لیے ہارمون کے امپلانٹ کے بارے میں ہے۔ جس کسی کی بھی ان علاجوں کے بارے میں کسی ڈاکٹر یا منظور شدہ معالج سے بات ہو رہی ہو، اسے IMHA مل سکتا ہے، چاہے وہ کسی دفعہ کے تحت نہ ہو۔
        [staff] کوئی ڈاکٹر یا منظور شدہ معالج (approved clinician) مریض سے ذہنی عارضے کے لیے دماغ کے آپریشن، یا مردانہ جنسی خواہش کم کرنے کے لیے ہارمون کے امپلانٹ کے بارے میں بات کر رہا ہے۔ جس کسی کی بھی ان علاجوں کے بارے میں کسی ڈاکٹر یا منظور شدہ معالج سے بات ہو رہی ہو، اسے IMHA مل سکتا ہے، اس کی قانونی حیثیت جو بھی ہو۔
       *[patient] کوئی ڈاکٹر یا منظور شدہ معالج (approved clinician) آپ سے بات کر رہا ہے۔ منظور شدہ معالج ایک سینئر ماہر ہوتا ہے جسے ذہنی صحت کا قانون (Mental Health Act) استعمال کرنے کی منظوری ملی ہو۔ یہ بات ذہنی عارضے کے لیے دماغ کے آپریشن، یا مردانہ جنسی خواہش کم کرنے کے لیے ہارمون کے امپلانٹ کے بارے میں ہے۔ جس کسی کی بھی ان علاجوں کے بارے میں کسی ڈاکٹر یا منظور شدہ معالج سے بات ہو رہی ہو، اسے IMHA مل سکتا ہے، چاہے وہ کسی دفعہ کے تحت نہ ہو۔
    }
# ECT is electroconvulsive therapy.
reason-under-18-discussing-ect =
    { $audience ->
        [carer] جس فرد کے بارے میں آپ کا سوال ہے، ان کی عمر 18 سال سے کم ہے، اور کوئی ڈاکٹر یا منظور شدہ معالج (approved clinician) ان سے ECT (الیکٹرو کنولسو تھراپی، یعنی بجلی کے ذریعے علاج) کے بارے میں بات کر رہا ہے۔ اس صورتحال میں 18 سال سے کم عمر کسی بھی فرد کو IMHA مل سکتا ہے۔
        [staff] مریض کی عمر 18 سال سے کم ہے، اور کوئی ڈاکٹر یا منظور شدہ معالج (approved clinician) ان سے ECT (الیکٹرو کنولسو تھراپی) کے بارے میں بات کر رہا ہے۔ اس صورتحال میں 18 سال سے کم عمر کسی بھی فرد کو IMHA مل سکتا ہے۔
       *[patient] آپ کی عمر 18 سال سے کم ہے، اور کوئی ڈاکٹر یا منظور شدہ معالج (approved clinician) آپ سے ECT (الیکٹرو کنولسو تھراپی، یعنی بجلی کے ذریعے علاج) کے بارے میں بات کر رہا ہے۔ اس صورتحال میں 18 سال سے کم عمر کسی بھی فرد کو IMHA مل سکتا ہے۔
    }
reason-adult-discussing-ect-does-not-qualify =
    { $audience ->
        [carer] جس فرد کے بارے میں آپ کا سوال ہے، ان کی عمر 18 سال یا اس سے زیادہ ہے۔ بالغوں کے لیے، صرف ECT (الیکٹرو کنولسو تھراپی، یعنی بجلی کے ذریعے علاج) کے بارے میں بات ہونے سے انہیں IMHA کا حق نہیں ملتا۔
        [staff] مریض کی عمر 18 سال یا اس سے زیادہ ہے۔ بالغوں کے لیے، صرف ECT کے بارے میں بات ہونے سے IMHA کا حق نہیں ملتا۔
       *[patient] آپ کی عمر 18 سال یا اس سے زیادہ ہے۔ بالغوں کے لیے، صرف ECT (الیکٹرو کنولسو تھراپی، یعنی بجلی کے ذریعے علاج) کے بارے میں بات ہونے سے آپ کو IMHA کا حق نہیں ملتا۔
    }
reason-welsh-informal-inpatient =
    { $audience ->
        [carer] جس فرد کے بارے میں آپ کا سوال ہے، وہ اپنی ذہنی صحت کی وجہ سے ویلز کے ایک ہسپتال میں ہیں۔ ویلز میں، ذہنی صحت کی وجہ سے ہسپتال میں موجود ہر مریض کو IMHA مل سکتا ہے، چاہے وہ اپنی مرضی سے وہاں ہو (رضاکارانہ مریض)۔
        [staff] مریض ویلز کے ایک ہسپتال میں داخل ہے، جہاں ذہنی عارضے کا جائزہ یا علاج ہو رہا ہے۔ ویلز میں، ایسے ہر داخل مریض کو IMHA مل سکتا ہے، چاہے وہ غیر رسمی طور پر (informally) وہاں ہو۔
       *[patient] آپ اپنی ذہنی صحت کی وجہ سے ویلز کے ایک ہسپتال میں ہیں۔ ویلز میں، ذہنی صحت کی وجہ سے ہسپتال میں موجود ہر مریض کو IMHA مل سکتا ہے، چاہے وہ اپنی مرضی سے وہاں ہو (رضاکارانہ مریض)۔
    }
reason-informal-in-england =
    { $audience ->
        [carer] جس فرد کے بارے میں آپ کا سوال ہے، وہ انگلینڈ میں ایک رضاکارانہ مریض ہیں۔ اس کا مطلب ہے کہ وہ اپنی مرضی سے ہسپتال میں ہیں، کسی دفعہ کے تحت نہیں۔ انگلینڈ میں، رضاکارانہ مریضوں کو IMHA نہیں مل سکتا، سوائے اس کے کہ کوئی ڈاکٹر ان سے کچھ خاص علاجوں کے بارے میں بات کر رہا ہو۔ لیکن دوسری حمایتی خدمات (advocacy services) پھر بھی مدد کر سکتی ہیں۔
        [staff] مریض انگلینڈ میں ایک غیر رسمی (رضاکارانہ) مریض ہے۔ انگلینڈ میں غیر رسمی مریضوں کو IMHA نہیں مل سکتا، سوائے اس کے کہ کوئی ڈاکٹر یا منظور شدہ معالج (approved clinician) ان سے کچھ خاص علاجوں کے بارے میں بات کر رہا ہو۔ لیکن دوسری حمایتی خدمات (advocacy services) پھر بھی مدد کر سکتی ہیں۔
       *[patient] آپ انگلینڈ میں ایک رضاکارانہ مریض ہیں۔ اس کا مطلب ہے کہ آپ اپنی مرضی سے ہسپتال میں ہیں، کسی دفعہ کے تحت نہیں۔ انگلینڈ میں، رضاکارانہ مریضوں کو IMHA نہیں مل سکتا، سوائے اس کے کہ کوئی ڈاکٹر ان سے کچھ خاص علاجوں کے بارے میں بات کر رہا ہو۔ لیکن دوسری حمایتی خدمات (advocacy services) پھر بھی آپ کی مدد کر سکتی ہیں۔
    }
reason-english-informal-inpatient =
    { $audience ->
        [carer] جس فرد کے بارے میں آپ کا سوال ہے، وہ اپنی ذہنی صحت کی وجہ سے انگلینڈ کے ایک ہسپتال میں ہیں۔ انگلینڈ میں، ذہنی صحت کی وجہ سے ہسپتال میں موجود ہر مریض کو اب IMHA مل سکتا ہے، چاہے وہ اپنی مرضی سے وہاں ہو (رضاکارانہ مریض)۔
        [staff] مریض انگلینڈ کے ایک ہسپتال میں داخل ہے، جہاں ذہنی عارضے کا جائزہ یا علاج ہو رہا ہے، اور انہیں قانوناً حراست میں نہیں رکھا جا سکتا (not liable to be detained)۔ ایسے غیر رسمی مریضوں کو اب IMHA مل سکتا ہے۔
       *[patient] آپ اپنی ذہنی صحت کی وجہ سے انگلینڈ کے ایک ہسپتال میں ہیں۔ انگلینڈ میں، ذہنی صحت کی وجہ سے ہسپتال میں موجود ہر مریض کو اب IMHA مل سکتا ہے، چاہے وہ اپنی مرضی سے وہاں ہو (رضاکارانہ مریض)۔
    }
reason-not-under-the-act =
    { $audience ->
        [carer] جس فرد کے بارے میں آپ کا سوال ہے، وہ نہ کسی دفعہ کے تحت ہیں، نہ CTO پر، نہ سرپرستی میں اور نہ مشروط رہائی پر۔ اور وہ اپنی ذہنی صحت کی وجہ سے ہسپتال میں بھی نہیں ہیں۔ صرف ان صورتوں میں موجود لوگوں کو IMHA مل سکتا ہے۔
        [staff] مریض نہ زیرِ حراست ہے، نہ CTO پر، نہ سرپرستی میں اور نہ مشروط رہائی پر۔ اور وہ ذہنی عارضے کی وجہ سے ہسپتال میں داخل بھی نہیں ہے۔ صرف ان صورتوں میں موجود مریضوں کو IMHA مل سکتا ہے۔
       *[patient] آپ نہ کسی دفعہ کے تحت ہیں، نہ CTO پر، نہ سرپرستی میں اور نہ مشروط رہائی پر۔ اور آپ اپنی ذہنی صحت کی وجہ سے ہسپتال میں بھی نہیں ہیں۔ صرف ان صورتوں میں موجود لوگوں کو IMHA مل سکتا ہے۔
    }
reason-depends-on-answers-not-known =
    { $audience ->
        [carer] جواب ایک ایسی بات پر منحصر ہے جو ہمیں اس فرد کے بارے میں ابھی معلوم نہیں جس کے بارے میں آپ کا سوال ہے۔ وارڈ کا عملہ آپ کو یہ بتا سکتا ہے، اور پھر آپ دوبارہ جانچ سکتے ہیں۔
        [staff] جواب ایک ایسی بات پر منحصر ہے جو ہمیں ابھی معلوم نہیں۔ نیچے دیے گئے سوالات دیکھیں، پھر دوبارہ جواب دیں۔
       *[patient] جواب ایک ایسی بات پر منحصر ہے جو ہمیں ابھی معلوم نہیں۔ وارڈ کا عملہ آپ کو یہ بتا سکتا ہے، اور پھر آپ دوبارہ جانچ سکتے ہیں۔
    }

## What to ask ward staff, when the answer is not known

result-ask-heading =
    { $audience ->
        [staff] کیا جانچنا ہے
       *[patient] وارڈ کے عملے سے کیا پوچھیں
    }
# For a CTO, the law that applies depends on where the responsible hospital is;
# for guardianship, on where the council (local social services authority) is.
ask-which-country =
    { $audience ->
        [carer] کیا ہسپتال انگلینڈ میں ہے یا ویلز میں؟ اگر جس فرد کے بارے میں آپ کا سوال ہے وہ CTO پر ہیں، تو اس ہسپتال کے بارے میں پوچھیں جو ان کے CTO کا ذمہ دار ہے۔ اگر وہ سرپرستی میں ہیں، تو پوچھیں کہ اس کی ذمہ دار کونسل انگلینڈ میں ہے یا ویلز میں۔
        [staff] کیا ہسپتال انگلینڈ میں ہے یا ویلز میں؟ CTO کے لیے، اس سے مراد ذمہ دار ہسپتال (responsible hospital) ہے۔ سرپرستی کے لیے، اس سے مراد ذمہ دار مقامی سماجی خدمات کا ادارہ (responsible local social services authority) ہے۔
       *[patient] کیا یہ ہسپتال انگلینڈ میں ہے یا ویلز میں؟ اگر آپ CTO پر ہیں، تو اس ہسپتال کے بارے میں پوچھیں جو آپ کے CTO کا ذمہ دار ہے۔ اگر آپ سرپرستی میں ہیں، تو پوچھیں کہ اس کی ذمہ دار کونسل انگلینڈ میں ہے یا ویلز میں۔
    }
ask-which-section =
    { $audience ->
        [carer] جس فرد کے بارے میں آپ کا سوال ہے، وہ ذہنی صحت کے قانون (Mental Health Act) کی کس دفعہ کے تحت ہیں؟ وہ اپنی دفعہ کے کاغذات (section papers) یا اپنے حقوق کا کتابچہ دیکھنے کے لیے مانگ سکتے ہیں۔
        [staff] مریض ذہنی صحت کے قانون (Mental Health Act) کی کس دفعہ کے تحت ہے؟ ان کی دفعہ کے کاغذات (section papers) دیکھیں۔
       *[patient] میں ذہنی صحت کے قانون (Mental Health Act) کی کس دفعہ کے تحت ہوں؟ اپنی دفعہ کے کاغذات (section papers) یا اپنے حقوق کا کتابچہ دیکھنے کے لیے مانگیں۔
    }
ask-is-under-18 =
    { $audience ->
        [carer] کیا جس فرد کے بارے میں آپ کا سوال ہے، ان کی عمر 18 سال سے کم ہے؟ 18 سال سے کم عمر لوگوں کے لیے ECT (الیکٹرو کنولسو تھراپی، یعنی بجلی کے ذریعے علاج) کے اصول مختلف ہیں۔
        [staff] کیا مریض کی عمر 18 سال سے کم ہے؟ 18 سال سے کم عمر لوگوں کے لیے ECT کے اصول مختلف ہیں۔
       *[patient] کیا آپ کی عمر 18 سال سے کم ہے؟ 18 سال سے کم عمر لوگوں کے لیے ECT (الیکٹرو کنولسو تھراپی، یعنی بجلی کے ذریعے علاج) کے اصول مختلف ہیں۔
    }
ask-which-treatment =
    { $audience ->
        [carer] کیا جس فرد کے بارے میں آپ کا سوال ہے، ان کی کسی ڈاکٹر یا منظور شدہ معالج (approved clinician) سے ECT (الیکٹرو کنولسو تھراپی، یعنی بجلی کے ذریعے علاج) کے بارے میں بات ہو رہی ہے؟ یا ذہنی عارضے کے لیے دماغ کے آپریشن، یا مردانہ جنسی خواہش کم کرنے کے لیے ہارمون کے امپلانٹ کے بارے میں؟
        [staff] کیا کوئی ڈاکٹر یا منظور شدہ معالج (approved clinician) مریض سے ECT کے بارے میں بات کر رہا ہے؟ یا ذہنی عارضے کے لیے دماغ کے آپریشن، یا مردانہ جنسی خواہش کم کرنے کے لیے ہارمون کے امپلانٹ کے بارے میں؟
       *[patient] کیا کوئی ڈاکٹر یا منظور شدہ معالج (approved clinician) مجھ سے ECT (الیکٹرو کنولسو تھراپی، یعنی بجلی کے ذریعے علاج) کے بارے میں بات کر رہا ہے؟ یا ذہنی عارضے کے لیے دماغ کے آپریشن، یا مردانہ جنسی خواہش کم کرنے کے لیے ہارمون کے امپلانٹ کے بارے میں؟
    }

## Notes shown with the outcome

# "Section 17 leave" is the everyday name for leave of absence from hospital.
note-leave-does-not-end-eligibility =
    { $audience ->
        [carer] ہسپتال سے چھٹی پر ہونے (دفعہ 17 کی چھٹی، section 17 leave) سے یہ بات نہیں بدلتی۔ جس فرد کے بارے میں آپ کا سوال ہے، انہیں اب بھی IMHA مل سکتا ہے۔
        [staff] دفعہ 17 کی چھٹی (section 17 leave) سے یہ بات نہیں بدلتی۔ چھٹی پر موجود مریض کو اب بھی قانوناً حراست میں رکھا جا سکتا ہے (liable to be detained)۔
       *[patient] ہسپتال سے چھٹی پر ہونے (دفعہ 17 کی چھٹی، section 17 leave) سے یہ بات نہیں بدلتی۔ آپ کو اب بھی IMHA مل سکتا ہے۔
    }
note-recall-does-not-end-cto =
    { $audience ->
        [carer] ہسپتال واپس بلائے جانے سے اس فرد کا CTO ختم نہیں ہوتا جس کے بارے میں آپ کا سوال ہے۔ انہیں اب بھی IMHA مل سکتا ہے۔
        [staff] ہسپتال واپس بلانے (recall) سے CTO ختم نہیں ہوتا۔ مریض اب بھی کمیونٹی مریض (community patient) ہے۔
       *[patient] ہسپتال واپس بلائے جانے سے آپ کا CTO ختم نہیں ہوتا۔ آپ کو اب بھی IMHA مل سکتا ہے۔
    }
# "Proposed" means the doctor says they plan to give the treatment.
note-stays-qualifying-while-treatment-proposed =
    { $audience ->
        [carer] جب اس فرد کو، جس کے بارے میں آپ کا سوال ہے، بتا دیا جائے کہ ان کے لیے اس علاج کا منصوبہ ہے، تو ان کا IMHA اس وقت تک ان کے ساتھ رہ سکتا ہے جب تک منصوبہ ختم نہ کر دیا جائے، یا علاج مکمل نہ ہو جائے یا روک نہ دیا جائے۔
        [staff] جب مریض کو بتا دیا جائے کہ علاج تجویز (propose) کیا گیا ہے، تو وہ اس وقت تک IMHA کے حقدار رہتے ہیں جب تک تجویز واپس نہ لے لی جائے، یا علاج مکمل نہ ہو جائے یا بند نہ کر دیا جائے۔
       *[patient] جب آپ کو بتا دیا جائے کہ آپ کے لیے اس علاج کا منصوبہ ہے، تو آپ کا IMHA اس وقت تک آپ کے ساتھ رہ سکتا ہے جب تک منصوبہ ختم نہ کر دیا جائے، یا علاج مکمل نہ ہو جائے یا روک نہ دیا جائے۔
    }
note-ask-again-if-detained-longer =
    { $audience ->
        [carer] اگر اس کے بعد اس فرد کو، جس کے بارے میں آپ کا سوال ہے، دفعہ 2 یا 3 کے تحت ہسپتال میں رکھا جائے، تو انہیں IMHA کا حق مل جائے گا۔ اگر ایسا ہو تو دوبارہ جانچ لیں۔
        [staff] اگر اس کے بعد مریض کو دفعہ 2 یا 3 کے تحت حراست میں رکھا جائے، تو انہیں IMHA کا حق مل جائے گا۔ اگر ایسا ہو تو انہیں IMHA کے بارے میں دوبارہ بتائیں۔
       *[patient] اگر اس کے بعد آپ کو دفعہ 2 یا 3 کے تحت ہسپتال میں رکھا جائے، تو آپ کو IMHA کا حق مل جائے گا۔ اگر ایسا ہو تو دوبارہ پوچھیں۔
    }

note-advocate-will-visit =
    { $audience ->
        [carer] IMHA سروس پر اب لازم ہے کہ وہ کسی IMHA کو اس فرد سے ملنے بھیجے جس کے بارے میں آپ کا سوال ہے، یہ جاننے کے لیے کہ کیا وہ مدد چاہتے ہیں۔ انہیں پہلے خود کہنے کی ضرورت نہیں۔
        [staff] IMHA فراہم کرنے والے ادارے (IMHA provider) پر اب لازم ہے کہ وہ کسی IMHA کے مریض سے ملنے اور بات کرنے کا انتظام کرے، یہ جاننے کے لیے کہ کیا وہ مدد چاہتے ہیں (یا، اگر ان میں صلاحیت (capacity) نہ ہو، تو کیا مدد ان کے بہترین مفاد میں ہے)۔
       *[patient] IMHA سروس پر اب لازم ہے کہ وہ کسی IMHA کو آپ سے ملنے بھیجے، یہ جاننے کے لیے کہ کیا آپ مدد چاہتے ہیں۔ آپ کو پہلے خود کہنے کی ضرورت نہیں۔
    }

## The law the outcome is based on

result-basis-heading = یہ نتیجہ کس قانون پر مبنی ہے
# $section is a section number of the Act, e.g. 130C(2)(a), or several joined
# by list-separator.
citation-section = Mental Health Act 1983، دفعہ { $section }
# As citation-section, for the sections that apply in Wales.
citation-section-wales = Mental Health Act 1983، دفعہ { $section } (جسے Mental Health (Wales) Measure 2010 نے شامل کیا)
# Shown for duties that come from the Code of Practice, not from a section.
citation-code-of-practice = Mental Health Act 1983 کا ضابطۂ عمل (Code of Practice)، باب 6
# Joins section numbers in a list, e.g. "58, 63". Keep the space after the comma.
list-separator = { "، " }
# $section as for citation-section, for the sections the Mental Health Act 2025
# inserts into the 1983 Act.
citation-section-2025 = Mental Health Act 1983، دفعہ { $section } (جسے Mental Health Act 2025 نے شامل کیا)
result-not-legal-advice = یہ معلومات ہیں، قانونی مشورہ نہیں۔ یہاں بیان کیا گیا قانون بدل سکتا ہے۔

## When the person cannot get an IMHA: what to do instead

instead-heading =
    { $audience ->
        [carer] اس کے بجائے اس فرد کے پاس کیا راستے ہیں
        [staff] اس کے بجائے مریض کے پاس کیا راستے ہیں
       *[patient] اس کے بجائے آپ کے پاس کیا راستے ہیں
    }
instead-ask-again =
    { $audience ->
        [carer] اگر اس فرد کی صورتحال بدل جائے جس کے بارے میں آپ کا سوال ہے، مثلاً انہیں دفعہ 2 یا 3 پر، یا CTO پر رکھا جائے، تو دوبارہ جانچ لیں۔ تب شاید انہیں IMHA مل سکے۔
        [staff] اگر مریض کی قانونی حیثیت بدل جائے، مثلاً دفعہ 2 یا 3، یا CTO میں، تو دوبارہ جانچ لیں۔ تب شاید انہیں IMHA مل سکے۔
       *[patient] اگر آپ کی صورتحال بدل جائے، مثلاً آپ کو دفعہ 2 یا 3 پر، یا CTO پر رکھا جائے، تو دوبارہ جانچ لیں۔ تب شاید آپ کو IMHA مل سکے۔
    }
# The Care Act 2014 gives some people an advocate for care and support from
# the council in England. PALS is the Patient Advice and Liaison Service.
instead-other-advocacy =
    { $audience ->
        [carer] جس فرد کے بارے میں آپ کا سوال ہے، وہ دوسری حمایتی خدمات (advocacy services) کے بارے میں پوچھ سکتے ہیں، جیسے کمیونٹی میں حمایت (community advocacy)، یا ایک ایسا حمایتی جو کونسل سے ملنے والی دیکھ بھال اور مدد کے لیے ساتھ دے (انگلینڈ میں یہ نگہداشت کے قانون، یعنی Care Act، کے تحت ہے)۔ بہت سے ہسپتالوں میں مریضوں کے مشورے اور رابطے کی سروس (Patient Advice and Liaison Service یا PALS) بھی ہوتی ہے جو مدد کر سکتی ہے۔
        [staff] مریض دوسری حمایتی خدمات (advocacy services) کے بارے میں پوچھ سکتا ہے، جیسے کمیونٹی میں حمایت (community advocacy)، یا ایک ایسا حمایتی جو کونسل سے ملنے والی دیکھ بھال اور مدد کے لیے ساتھ دے (انگلینڈ میں یہ نگہداشت کے قانون، یعنی Care Act، کے تحت ہے)۔ اگر ہسپتال میں مریضوں کے مشورے اور رابطے کی سروس (Patient Advice and Liaison Service یا PALS) ہو، تو وہ بھی مدد کر سکتی ہے۔
       *[patient] آپ دوسری حمایتی خدمات (advocacy services) کے بارے میں پوچھ سکتے ہیں، جیسے کمیونٹی میں حمایت (community advocacy)، یا ایک ایسا حمایتی جو کونسل سے ملنے والی دیکھ بھال اور مدد کے لیے ساتھ دے (انگلینڈ میں یہ نگہداشت کے قانون، یعنی Care Act، کے تحت ہے)۔ بہت سے ہسپتالوں میں مریضوں کے مشورے اور رابطے کی سروس (Patient Advice and Liaison Service یا PALS) بھی ہوتی ہے جو مدد کر سکتی ہے۔
    }
instead-imca =
    { $audience ->
        [carer] اگر جس فرد کے بارے میں آپ کا سوال ہے، وہ کوئی اہم فیصلہ خود کرنے کے قابل نہیں، اور ان کی مدد کے لیے کوئی اور نہیں ہے، تو ذہنی صلاحیت کا آزاد حمایتی (Independent Mental Capacity Advocate یا IMCA) ان کی مدد کر سکتا ہے۔ یہ IMHA سے الگ سروس ہے۔
        [staff] اگر مریض میں کوئی اہم فیصلہ کرنے کی ذہنی صلاحیت (capacity) نہیں، اور ان سے مشورے کے لیے کوئی اور نہیں ہے، تو ذہنی صلاحیت کا آزاد حمایتی (Independent Mental Capacity Advocate یا IMCA) مدد کر سکتا ہے۔ یہ IMHA سے الگ سروس ہے۔
       *[patient] اگر آپ کوئی اہم فیصلہ خود کرنے کے قابل نہیں، اور آپ کی مدد کے لیے کوئی اور نہیں ہے، تو ذہنی صلاحیت کا آزاد حمایتی (Independent Mental Capacity Advocate یا IMCA) آپ کی مدد کر سکتا ہے۔ یہ IMHA سے الگ سروس ہے۔
    }
instead-complaints =
    { $audience ->
        [carer] آپ، یا جس فرد کے بارے میں آپ کا سوال ہے، ہسپتال یا سروس سے شکایت کر سکتے ہیں۔ اگر آپ جواب سے مطمئن نہیں، تو انگلینڈ میں Parliamentary and Health Service Ombudsman (شکایات سننے والا سرکاری محتسب) کے پاس، یا ویلز میں Public Services Ombudsman for Wales (Ombwdsmon Gwasanaethau Cyhoeddus Cymru)، یعنی ویلز میں سرکاری خدمات کا محتسب، کے پاس جا سکتے ہیں۔ ذہنی صحت کا قانون (Mental Health Act) کیسے استعمال ہوا ہے، اس بارے میں شکایات انگلینڈ میں Care Quality Commission (CQC)، یعنی دیکھ بھال کے معیار کا کمیشن، کو، یا ویلز میں Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru)، یعنی صحت کی خدمات کا معائنہ کرنے والے ادارے، کو جاتی ہیں۔
        [staff] مریض ہسپتال یا سروس سے شکایت کر سکتا ہے، اور پھر Parliamentary and Health Service Ombudsman (انگلینڈ) یا Public Services Ombudsman for Wales (Ombwdsmon Gwasanaethau Cyhoeddus Cymru) کے پاس جا سکتا ہے۔ ذہنی صحت کے قانون (Mental Health Act) کے اختیارات کے استعمال کے بارے میں شکایات انگلینڈ میں CQC کو، یا ویلز میں Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru) کو جاتی ہیں۔
       *[patient] آپ ہسپتال یا سروس سے شکایت کر سکتے ہیں۔ اگر آپ جواب سے مطمئن نہیں، تو انگلینڈ میں Parliamentary and Health Service Ombudsman (شکایات سننے والا سرکاری محتسب) کے پاس، یا ویلز میں Public Services Ombudsman for Wales (Ombwdsmon Gwasanaethau Cyhoeddus Cymru)، یعنی ویلز میں سرکاری خدمات کا محتسب، کے پاس جا سکتے ہیں۔ ذہنی صحت کا قانون (Mental Health Act) کیسے استعمال ہوا ہے، اس بارے میں شکایات انگلینڈ میں Care Quality Commission (CQC)، یعنی دیکھ بھال کے معیار کا کمیشن، کو، یا ویلز میں Healthcare Inspectorate Wales (Arolygiaeth Gofal Iechyd Cymru)، یعنی صحت کی خدمات کا معائنہ کرنے والے ادارے، کو جاتی ہیں۔
    }

## The law is changing: the Mental Health Act 2025 (a new law, which starts
## in stages on dates the government will set)

change-heading = قانون بدل رہا ہے
change-intro = Mental Health Act 2025 اس میں سے کچھ باتیں بدل دے گا۔ ہر تبدیلی اس تاریخ سے شروع ہوگی جو حکومت طے کرے گی۔ تب تک، یہ صفحہ جو کہتا ہے وہی قانون ہے۔
# What each change is, as a short phrase. Followed by whether it has started.
change-conditional-discharge-deprivation-of-liberty = مشروط رہائی (conditional discharge) والے ان پابندیوں والے مریضوں (restricted patients) کے لیے Tribunal (ٹریبونل) جانے کے جلد مواقع، جن کی شرطیں ان کی آزادی چھین لیتی ہیں۔
change-english-informal-patients = انگلینڈ میں ہسپتال میں موجود غیر رسمی (رضاکارانہ) مریضوں کے لیے IMHA۔
change-opt-out-advocacy = انگلینڈ میں، IMHA ہر اس مریض سے ملنے آتا ہے جسے IMHA مل سکتا ہے، کہے جانے کا انتظار کیے بغیر۔
change-more-help = انگلینڈ میں، IMHA مریضوں کو ان کی دیکھ بھال کے فیصلوں میں حصہ لینے اور شکایت کرنے میں مدد دیتے ہیں، اور انہیں دوسری خدمات کے بارے میں بتاتے ہیں۔
# "nominated person": rendered "نامزد فرد (nominated person)". Draft term for review:
# a new legal term of the Mental Health Act 2025 for the person the patient
# chooses to replace the nearest relative.
change-nominated-person = ایک “نامزد فرد” (nominated person)، جسے مریض خود چنتا ہے، قریب ترین رشتہ دار (nearest relative) کی جگہ لیتا ہے۔
change-section-3-periods = دفعہ 3 کی مدت 3 مہینے، پھر 3 مہینے، پھر 6 مہینے، اور پھر ہر بار ایک سال ہوتی ہے۔
change-tribunal-windows = دفعہ 2 پر Tribunal (ٹریبونل) میں درخواست دینے کے لیے زیادہ وقت (21 دن)، اور دفعہ 3 پر پہلا موقع جلد (پہلے 3 مہینوں میں)۔
change-automatic-referrals = ہسپتال کے منتظمین (hospital managers) معاملات زیادہ کثرت سے Tribunal (ٹریبونل) کو بھیجتے ہیں۔
change-medication-second-opinion = رضامندی کے بغیر دی جانے والی دوا کے لیے 3 مہینے کے بجائے 2 مہینے بعد دوسری رائے (second opinion) ضروری ہے۔
change-police-stations = پولیس اسٹیشن کو اب محفوظ جگہ (place of safety) کے طور پر استعمال نہیں کیا جا سکتا۔
change-complaints-information = مریضوں کو یہ بتانا لازمی ہے کہ شکایت کیسے کریں۔
change-detention-criteria = حراست کے لیے زیادہ سخت شرائط، اور صرف آٹزم (autism) یا سیکھنے کی معذوری (learning disability) اب دفعہ 3 یا CTO کی وجہ نہیں بن سکتی۔
# $date is a day, written YYYY-MM-DD.
change-no-date = ابھی شروع نہیں ہوا: کوئی تاریخ طے نہیں ہوئی۔
change-starts = ابھی شروع نہیں ہوا: { $date } کو شروع ہوگا۔
change-in-force = { $date } سے نافذ ہے۔

## How to contact an IMHA service

# Heading of the first section under the outcome: what the person can do next.
do-now-heading = اب کیا کریں
# First in "What to do now" for sections 135 and 136 (at most 24 hours, and
# up to 12 more), and for sections 4, 5(2) and 5(4) (72 or 6 hours).
do-now-place-of-safety =
    { $audience ->
        [carer] محفوظ جگہ (place of safety) زیادہ سے زیادہ 24 گھنٹے تک رہتی ہے، اور کوئی ڈاکٹر اسے زیادہ سے زیادہ 12 گھنٹے مزید بڑھا سکتا ہے۔ عملے سے پوچھیں کہ جس فرد کے بارے میں آپ کا سوال ہے، ان پر اب کون سی دفعہ لاگو ہوتی ہے: اگر یہ بدل جائے تو IMHA کا ان کا حق بھی بدل سکتا ہے۔
        [staff] محفوظ جگہ (place of safety) زیادہ سے زیادہ 24 گھنٹے تک رہتی ہے، اور اسے زیادہ سے زیادہ 12 گھنٹے بڑھایا جا سکتا ہے۔ دفعہ بدلتے ہی مریض کو بتائیں کہ اب کون سی دفعہ لاگو ہوتی ہے، اور اگر اس سے حق ملتا ہو تو انہیں IMHA کے بارے میں بتائیں۔
       *[patient] محفوظ جگہ (place of safety) زیادہ سے زیادہ 24 گھنٹے تک رہتی ہے، اور کوئی ڈاکٹر اسے زیادہ سے زیادہ 12 گھنٹے مزید بڑھا سکتا ہے۔ عملے سے پوچھیں کہ اب آپ پر کون سی دفعہ لاگو ہوتی ہے: اگر یہ بدل جائے تو IMHA کا آپ کا حق بھی بدل سکتا ہے۔
    }
do-now-holding-power =
    { $audience ->
        [carer] روکے رکھنے کا یہ اختیار (holding power) تھوڑی دیر کے لیے ہوتا ہے: دفعہ 4 یا 5(2) کے لیے 72 گھنٹے، دفعہ 5(4) کے لیے 6 گھنٹے۔ عملے سے پوچھیں کہ جس فرد کے بارے میں آپ کا سوال ہے، ان پر اب کون سی دفعہ لاگو ہوتی ہے: اگر یہ بدل جائے تو IMHA کا ان کا حق بھی بدل سکتا ہے۔
        [staff] روکے رکھنے کا یہ اختیار (holding power) زیادہ سے زیادہ 72 گھنٹے (دفعہ 4 یا 5(2)) یا 6 گھنٹے (دفعہ 5(4)) تک رہتا ہے۔ دفعہ بدلتے ہی مریض کو بتائیں کہ اب کون سی دفعہ لاگو ہوتی ہے، اور اگر اس سے حق ملتا ہو تو انہیں IMHA کے بارے میں بتائیں۔
       *[patient] روکے رکھنے کا یہ اختیار (holding power) تھوڑی دیر کے لیے ہوتا ہے: دفعہ 4 یا 5(2) کے لیے 72 گھنٹے، دفعہ 5(4) کے لیے 6 گھنٹے۔ عملے سے پوچھیں کہ اب آپ پر کون سی دفعہ لاگو ہوتی ہے: اگر یہ بدل جائے تو IMHA کا آپ کا حق بھی بدل سکتا ہے۔
    }
contact-heading = IMHA سروس سے رابطہ کیسے کریں
contact-default =
    { $audience ->
        [carer] وارڈ کے عملے سے مقامی IMHA سروس کی تفصیلات مانگیں۔ عملے پر لازم ہے کہ وہ اس فرد کی، جس کے بارے میں آپ کا سوال ہے، سروس سے رابطہ کرنے میں مدد کرے۔ وہ فرد فون کرنے کے لیے مدد مانگ سکتے ہیں۔
        [staff] مریض کو مقامی IMHA سروس کی تفصیلات دیں، اور اس سے رابطہ کرنے میں ان کی مدد کریں۔ فون کرنے میں مدد کی پیشکش کریں۔
       *[patient] وارڈ کے عملے سے اپنی مقامی IMHA سروس کی تفصیلات مانگیں۔ عملے پر لازم ہے کہ وہ سروس سے رابطہ کرنے میں آپ کی مدد کرے۔ فون کرنے کے لیے آپ مدد مانگ سکتے ہیں۔
    }
contact-self-referral =
    { $audience ->
        [carer] جس فرد کے بارے میں آپ کا سوال ہے، وہ خود IMHA سروس سے رابطہ کر سکتے ہیں، یا کسی نرس سے کہہ سکتے ہیں کہ وہ ان کی طرف سے رابطہ کرے۔ آپ بھی IMHA سروس سے کہہ سکتے ہیں کہ وہ ان سے ملنے آئیں۔
        [staff] مریض خود IMHA سروس سے رابطہ کر سکتا ہے، یا کسی نرس سے رابطہ کرنے کو کہہ سکتا ہے۔ کوئی رشتہ دار یا کیئرر بھی IMHA سروس سے کہہ سکتا ہے کہ وہ مریض سے ملنے آئیں۔
       *[patient] آپ خود IMHA سروس سے رابطہ کر سکتے ہیں، یا کسی نرس سے کہہ سکتے ہیں کہ وہ آپ کی طرف سے رابطہ کرے۔ کوئی رشتہ دار یا کیئرر بھی IMHA سروس سے کہہ سکتا ہے کہ وہ آپ سے ملنے آئیں۔
    }

# For a person not on a ward: on leave, on a CTO, under guardianship or
# conditionally discharged. A care coordinator is the person who organises
# their care in the community.
contact-community =
    { $audience ->
        [carer] جس فرد کے بارے میں آپ کا سوال ہے، ان کے کیئر کوآرڈینیٹر (care coordinator)، کمیونٹی مینٹل ہیلتھ ٹیم (community mental health team) یا سماجی کارکن (social worker) سے مقامی IMHA سروس کی تفصیلات مانگیں، یا اس ہسپتال کو فون کریں جو ان کی دیکھ بھال کا ذمہ دار ہے۔ انگلینڈ میں مقامی کونسل IMHA سروسز کا انتظام کرتی ہے؛ ویلز میں یہ کام ہیلتھ بورڈ (health board) کرتا ہے۔
        [staff] مریض کو مقامی IMHA سروس کی تفصیلات دیں، اور اس سے رابطہ کرنے میں ان کی مدد کریں۔ انگلینڈ میں مقامی کونسل IMHA سروسز کا انتظام کرتی ہے؛ ویلز میں یہ کام ہیلتھ بورڈ (health board) کرتا ہے۔
       *[patient] اپنے کیئر کوآرڈینیٹر (care coordinator)، کمیونٹی مینٹل ہیلتھ ٹیم (community mental health team) یا سماجی کارکن (social worker) سے اپنی مقامی IMHA سروس کی تفصیلات مانگیں، یا اس ہسپتال کو فون کریں جو آپ کی دیکھ بھال کا ذمہ دار ہے۔ انگلینڈ میں مقامی کونسل IMHA سروسز کا انتظام کرتی ہے؛ ویلز میں یہ کام ہیلتھ بورڈ (health board) کرتا ہے۔
    }
# Interpreters include British Sign Language.
do-now-interpreter =
    { $audience ->
        [carer] اگر اس فرد کو، جس کے بارے میں آپ کا سوال ہے، ترجمان (interpreter) کی ضرورت ہو، جس میں برٹش سائن لینگویج (British Sign Language) کا ترجمان بھی شامل ہے، تو وہ ترجمان مانگ سکتے ہیں۔ عملے کو اس کا انتظام کرنا چاہیے، تاکہ وہ اپنے حقوق سمجھ سکیں اور IMHA سے بات کر سکیں۔
        [staff] اگر مریض کو ترجمان (interpreter) کی ضرورت ہو، جس میں برٹش سائن لینگویج (British Sign Language) کا ترجمان بھی شامل ہے، تو ترجمان کا انتظام کریں، تاکہ وہ اپنے حقوق سمجھ سکیں اور IMHA سے بات کر سکیں۔
       *[patient] اگر آپ کو ترجمان (interpreter) کی ضرورت ہو، جس میں برٹش سائن لینگویج (British Sign Language) کا ترجمان بھی شامل ہے، تو آپ ترجمان مانگ سکتے ہیں۔ عملے کو اس کا انتظام کرنا چاہیے، تاکہ آپ اپنے حقوق سمجھ سکیں اور IMHA سے بات کر سکیں۔
    }

## Actions

print-button = یہ صفحہ پرنٹ یا محفوظ کریں
change-answers = اپنے جوابات بدلیں
clear-answers = میرے جوابات مٹا دیں
# Asked before the answers are cleared, with two buttons.
clear-confirm = کیا آپ اپنے تمام جوابات مٹانا چاہتے ہیں؟ آپ پہلے سوال سے دوبارہ شروع کریں گے۔
clear-confirm-yes = ہاں، میرے جوابات مٹا دیں
clear-confirm-no = نہیں، انہیں رہنے دیں

## Rights: the heading and introduction above the list of rights (rights.ftl)

rights-heading =
    { $audience ->
        [carer] ان کے حقوق
        [staff] مریض کے حقوق
       *[patient] آپ کے حقوق
    }
rights-intro =
    { $audience ->
        [carer] اس صورتحال کے لیے یہ اہم حقوق ہیں۔ IMHA اس فرد کو، جس کے بارے میں آپ کا سوال ہے، یہ حقوق سمجھنے اور استعمال کرنے میں مدد دے سکتا ہے۔
        [staff] اس صورتحال کے لیے یہ اہم حقوق ہیں۔ IMHA مریض کو یہ حقوق سمجھنے اور استعمال کرنے میں مدد دے سکتا ہے۔
       *[patient] اس صورتحال کے لیے یہ اہم حقوق ہیں۔ IMHA آپ کو یہ حقوق سمجھنے اور استعمال کرنے میں مدد دے سکتا ہے۔
    }
# Label before the list of sections of the Act that a right rests on.
right-sections-label = قانون:
