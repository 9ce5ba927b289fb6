# SPDX-License-Identifier: MIT OR Apache-2.0

### Asking for an advocate: a short message to the local IMHA service,
### always composed in English for the service (the request-line-*
### messages) and shown in the reader's language beside it to check.
### Every message receives $audience: "patient", "carer" or "staff".

# On the result page, under "What to do now": opens the request page.
request-link = حمایتی (advocate) مانگنے کے لیے پیغام لکھیں
request-heading = حمایتی مانگیں
request-intro =
    { $audience ->
        [carer] جتنا ہو سکے، بھریں۔ ہم IMHA سروس کے لیے انگریزی میں ایک مختصر پیغام لکھتے ہیں، اور اسے آپ کی زبان میں بھی دکھاتے ہیں، تاکہ آپ اسے جانچ سکیں۔ جب تک آپ اسے اپنے فون سے نہ بھیجیں، نہ کچھ بھیجا جاتا ہے اور نہ محفوظ کیا جاتا ہے۔
        [staff] وہی بھریں جس پر مریض راضی ہو۔ ہم IMHA سروس کے لیے انگریزی میں ایک مختصر پیغام لکھتے ہیں۔ جب تک آپ اسے نہ بھیجیں، نہ کچھ بھیجا جاتا ہے اور نہ محفوظ کیا جاتا ہے۔
       *[patient] جو آپ چاہیں، بھریں۔ ہم IMHA سروس کے لیے انگریزی میں ایک مختصر پیغام لکھتے ہیں، اور اسے آپ کی زبان میں بھی دکھاتے ہیں، تاکہ آپ اسے جانچ سکیں۔ جب تک آپ اسے اپنے فون سے نہ بھیجیں، نہ کچھ بھیجا جاتا ہے اور نہ محفوظ کیا جاتا ہے۔
    }
request-name-label =
    { $audience ->
        [carer] اس فرد کا نام جسے حمایتی کی ضرورت ہے
        [staff] مریض کا نام
       *[patient] آپ کا نام
    }
request-place-label =
    { $audience ->
        [carer] وہ کہاں ہیں
        [staff] وارڈ اور ہسپتال
       *[patient] آپ کہاں ہیں
    }
    .hint = مثلاً وارڈ اور ہسپتال، یا قصبہ یا شہر
request-contact-label =
    { $audience ->
        [carer] آپ کا نام، اور ایک فون نمبر جس پر سروس آپ کو کال کر سکے
        [staff] آپ کا نام، عہدہ اور وارڈ کا فون نمبر
       *[patient] ایک فون نمبر جس پر سروس آپ کو کال کر سکے، اگر آپ کے پاس ہو
    }
request-language-label =
    { $audience ->
        [patient] وہ زبان جو آپ بولتے ہیں
       *[other] وہ زبان جو وہ بولتے ہیں
    }
# Last in the list of languages; shows a box to type the language in.
request-language-other = کوئی اور زبان
request-other-language-label = کون سی زبان؟
request-interpreter-legend =
    { $audience ->
        [patient] کیا آپ کو ترجمان (interpreter) کی ضرورت ہے؟
       *[other] کیا انہیں ترجمان (interpreter) کی ضرورت ہے؟
    }
request-yes = ہاں
request-no = نہیں
request-english-heading = پیغام، انگریزی میں
request-translation-heading = پیغام میں کیا لکھا ہے، آپ کی زبان میں
request-not-saved = یہ پیغام محفوظ نہیں کیا جاتا۔ جب آپ یہ صفحہ چھوڑیں گے، تو یہ ختم ہو جائے گا۔
# The provider’s name is shown above these links.
request-send-text = اسے ٹیکسٹ میسج کے طور پر بھیجیں
request-send-email = اسے ای میل کے طور پر بھیجیں
request-or-call = یا کال کریں:
# With no local IMHA service configured: the card is for a nurse or ward staff.
request-no-provider =
    { $audience ->
        [carer] یہ پیغام وارڈ کے عملے کو، یا اس فرد کی کیئر ٹیم کو دکھائیں جس کے بارے میں آپ کا سوال ہے۔ ان پر لازم ہے کہ وہ IMHA سروس سے رابطہ کرنے میں اس فرد کی مدد کریں۔
        [staff] یہ پیغام مقامی IMHA سروس تک پہنچائیں۔
       *[patient] یہ پیغام کسی نرس یا وارڈ کے عملے کو دکھائیں۔ ان پر لازم ہے کہ وہ IMHA سروس سے رابطہ کرنے میں آپ کی مدد کریں۔
    }
# Shows the message in large type, filling the screen, to hand to a nurse.
request-show-card = پیغام پوری اسکرین پر دکھائیں
request-card-close = بند کریں
