# SPDX-License-Identifier: MIT OR Apache-2.0

### The staff page's embed helper: for a trust's web team, the code that
### puts this service on the trust's website.

embed-heading = اس سروس کو اپنے NHS ٹرسٹ کی ویب سائٹ پر لگائیں
embed-intro = آپ کی ویب ٹیم کے لیے۔ وارڈ، زبان اور سروس کو ایمبیڈ کرنے کا طریقہ منتخب کریں، پھر کوڈ کاپی کر کے اپنے ٹرسٹ کی ویب سائٹ کے کسی صفحے میں لگائیں۔ یہ کوڈ اسی ویب سائٹ پر کام کرتا ہے جس سے یہ صفحہ آیا ہے۔
embed-provider-label = IMHA سروس (وارڈ)
# The last choice: no provider named in the code, so the settings file's default is used.
embed-provider-default = اس ویب سائٹ کی معمول کی سروس
# When the trust has set no IMHA services in providers.json.
embed-no-providers = اس ویب سائٹ کے لیے ابھی کوئی IMHA سروس شامل نہیں کی گئی، اس لیے یہ سروس لوگوں کو وارڈ کے عملے سے پوچھنے کو کہے گی۔ آپ کی ویب ٹیم انہیں providers.json میں شامل کر سکتی ہے۔
embed-language-label = زبان
# The first choice: no language in the code.
embed-language-browser = پڑھنے والے کی اپنی زبان، جیسا کہ ان کا براؤزر بتاتا ہے
embed-how-label = ایمبیڈ کرنے کا طریقہ
embed-how-script = اسکرپٹ اور ایلیمنٹ (تجویز کردہ)
# $policy is code (a Content Security Policy); keep it as it is.
embed-how-script-hint = سروس آپ کے صفحے کے اندر نظر آتی ہے۔ آپ کے صفحے کی مواد کی حفاظتی پالیسی (Content Security Policy) کو { $policy } کی اجازت دینی ہوگی۔
embed-how-iframe = فریم (iframe)
# $policy is code (a Content Security Policy); keep it as it is.
embed-how-iframe-hint = سروس ایک فریم میں نظر آتی ہے جو اس کے مطابق بڑا ہو جاتا ہے۔ آپ کے صفحے کی مواد کی حفاظتی پالیسی (Content Security Policy) کو { $policy } کی اجازت دینی ہوگی۔ اپنی اسٹائل شیٹ میں فریم کو پوری چوڑائی دیں اور کوئی بارڈر نہ رکھیں۔
embed-code-label = کاپی کرنے کا کوڈ
embed-copy = کوڈ کاپی کریں
embed-copied = کاپی ہو گیا۔ اسے اپنے صفحے میں وہاں پیسٹ کریں جہاں سروس نظر آنی چاہیے۔
embed-copy-failed = آپ کے براؤزر نے اس صفحے کو کاپی کرنے نہیں دیا۔ کوڈ کو منتخب کریں اور خود کاپی کریں۔
# The frame's name for screen readers, in the code the web team copies.
embed-frame-title = معلوم کریں کہ کیا آپ کو ذہنی صحت کا آزاد حمایتی مل سکتا ہے
