# SPDX-License-Identifier: MIT OR Apache-2.0

### The message asking for an advocate: compiled into the app in English,
### because it is always sent in English, whatever language the page is in.

## The message itself. $value is what the person typed or chose.

request-email-subject = ਸੁਤੰਤਰ ਮਾਨਸਿਕ ਸਿਹਤ ਹਿਮਾਇਤੀ (IMHA) ਲਈ ਬੇਨਤੀ
request-line-hello =
    { $audience ->
        [carer] ਹੈਲੋ। ਮੇਰੀ ਬੇਨਤੀ ਹੈ ਕਿ ਕਿਸੇ ਅਜਿਹੇ ਵਿਅਕਤੀ ਲਈ, ਜਿਨ੍ਹਾਂ ਦੀ ਮੈਨੂੰ ਪਰਵਾਹ ਹੈ, ਸੁਤੰਤਰ ਮਾਨਸਿਕ ਸਿਹਤ ਹਿਮਾਇਤੀ (IMHA) ਦਿੱਤਾ ਜਾਵੇ।
        [staff] ਹੈਲੋ। ਮੈਂ ਸਟਾਫ਼ ਦਾ ਮੈਂਬਰ ਹਾਂ, ਅਤੇ ਮੇਰੀ ਬੇਨਤੀ ਹੈ ਕਿ ਇੱਕ ਮਰੀਜ਼ ਲਈ ਸੁਤੰਤਰ ਮਾਨਸਿਕ ਸਿਹਤ ਹਿਮਾਇਤੀ (IMHA) ਦਿੱਤਾ ਜਾਵੇ।
       *[patient] ਹੈਲੋ। ਮੈਨੂੰ ਸੁਤੰਤਰ ਮਾਨਸਿਕ ਸਿਹਤ ਹਿਮਾਇਤੀ (IMHA) ਚਾਹੀਦਾ ਹੈ।
    }
request-line-name = ਨਾਂ: { $value }
request-line-place = ਕਿੱਥੇ: { $value }
request-line-status = ਸੈਕਸ਼ਨ ਜਾਂ ਹਾਲਤ: { $value }
request-line-language = ਭਾਸ਼ਾ: { $value }
request-line-contact = ਸੰਪਰਕ: { $value }
# $needed is "yes" or "no".
request-line-interpreter =
    { $needed ->
        [yes] ਦੁਭਾਸ਼ੀਏ ਦੀ ਲੋੜ ਹੈ।
       *[no] ਦੁਭਾਸ਼ੀਏ ਦੀ ਲੋੜ ਨਹੀਂ ਹੈ।
    }
request-line-thanks = ਧੰਨਵਾਦ।
# The statuses that are not a section, as the service would name them.
request-status =
    { $status ->
        [detained-longer-term] ਕਿਸੇ ਸੈਕਸ਼ਨ ਅਧੀਨ ਰੋਕ ਕੇ ਰੱਖੇ ਗਏ (ਪਤਾ ਨਹੀਂ ਕਿਹੜਾ)
        [detained-section-not-known] ਕਿਸੇ ਸੈਕਸ਼ਨ ਅਧੀਨ ਰੋਕ ਕੇ ਰੱਖੇ ਗਏ (ਪਤਾ ਨਹੀਂ ਕਿਹੜਾ)
        [cto] ਕਮਿਊਨਿਟੀ ਟ੍ਰੀਟਮੈਂਟ ਆਰਡਰ (CTO)
        [cto-recalled] ਕਮਿਊਨਿਟੀ ਟ੍ਰੀਟਮੈਂਟ ਆਰਡਰ (CTO), ਹਸਪਤਾਲ ਵਾਪਸ ਬੁਲਾਏ ਗਏ
        [guardianship] ਸਰਪ੍ਰਸਤੀ
        [conditional-discharge] ਸ਼ਰਤਾਂ ਵਾਲੀ ਰਿਹਾਈ
        [informal-inpatient] ਆਪਣੀ ਮਰਜ਼ੀ ਨਾਲ ਦਾਖ਼ਲ (ਇਨਫ਼ਾਰਮਲ) ਮਰੀਜ਼
        [none] ਰੋਕ ਕੇ ਨਹੀਂ ਰੱਖੇ ਗਏ
       *[unknown] ਪਤਾ ਨਹੀਂ
    }
