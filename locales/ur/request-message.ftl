# SPDX-License-Identifier: MIT OR Apache-2.0

### The message asking for an advocate: compiled into the app in English,
### because it is always sent in English, whatever language the page is in.

## The message itself. $value is what the person typed or chose.

request-email-subject = ذہنی صحت کے آزاد حمایتی (IMHA) کے لیے درخواست
request-line-hello =
    { $audience ->
        [carer] ہیلو۔ میری درخواست ہے کہ ایک ایسے فرد کے لیے، جو میرے لیے اہم ہیں، ذہنی صحت کا آزاد حمایتی (IMHA) فراہم کیا جائے۔
        [staff] ہیلو۔ میں عملے کا رکن ہوں، اور میری درخواست ہے کہ ایک مریض کے لیے ذہنی صحت کا آزاد حمایتی (IMHA) فراہم کیا جائے۔
       *[patient] ہیلو۔ مجھے ذہنی صحت کا آزاد حمایتی (IMHA) چاہیے۔
    }
request-line-name = نام: { $value }
request-line-place = جگہ: { $value }
request-line-status = دفعہ یا حیثیت: { $value }
request-line-language = زبان: { $value }
request-line-contact = رابطہ: { $value }
# $needed is "yes" or "no".
request-line-interpreter =
    { $needed ->
        [yes] ترجمان کی ضرورت ہے۔
       *[no] ترجمان کی ضرورت نہیں ہے۔
    }
request-line-thanks = شکریہ۔
# The statuses that are not a section, as the service would name them.
request-status =
    { $status ->
        [detained-longer-term] کسی دفعہ کے تحت ہسپتال میں رکھا گیا (معلوم نہیں کون سی)
        [detained-section-not-known] کسی دفعہ کے تحت ہسپتال میں رکھا گیا (معلوم نہیں کون سی)
        [cto] کمیونٹی علاج کا حکم (CTO)
        [cto-recalled] کمیونٹی علاج کا حکم (CTO)، ہسپتال واپس بلایا گیا
        [guardianship] سرپرستی
        [conditional-discharge] مشروط رہائی
        [informal-inpatient] رضاکارانہ (غیر رسمی) مریض
        [none] قانون کے تحت ہسپتال میں نہیں رکھا گیا
       *[unknown] معلوم نہیں
    }
