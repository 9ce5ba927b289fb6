# SPDX-License-Identifier: MIT OR Apache-2.0

### The questions, one per page. For each question:
### question-<slug>-heading (the question), -hint (under it), -error (when
### nothing is chosen), -summary (short label on the check-answers page);
### and option-<slug>-<value> for each answer, with an optional .hint.

## Shared by every question page

continue-button = ਜਾਰੀ ਰੱਖੋ
back-link = ਪਿੱਛੇ ਜਾਓ
# Between the answers and "I don't know", as in GOV.UK forms.
or-divider = ਜਾਂ
error-summary-title = ਕੋਈ ਸਮੱਸਿਆ ਹੈ
# The page title when the page shows an error.
page-title-error = ਗ਼ਲਤੀ: { page-title }

## Who is asking

question-audience-heading = ਤੁਸੀਂ ਕੌਣ ਹੋ?
question-audience-hint = ਅਸੀਂ ਇਸ ਦੀ ਵਰਤੋਂ ਗੱਲਾਂ ਨੂੰ ਸਹੀ ਤਰੀਕੇ ਨਾਲ ਸਮਝਾਉਣ ਲਈ ਕਰਾਂਗੇ।
question-audience-error = ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਕੌਣ ਹੋ
question-audience-summary = ਪੁੱਛਣ ਵਾਲਾ ਵਿਅਕਤੀ
option-audience-patient = ਮੈਂ ਮਰੀਜ਼ ਹਾਂ
    .hint = ਤੁਸੀਂ ਹਸਪਤਾਲ ਵਿੱਚ ਹੋ, ਜਾਂ ਤੁਹਾਨੂੰ ਦੱਸਿਆ ਗਿਆ ਹੈ ਕਿ ਤੁਸੀਂ ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ (Mental Health Act) ਅਧੀਨ ਹੋ।
option-audience-carer = ਮੈਂ ਕੇਅਰਰ (ਦੇਖਭਾਲ ਕਰਨ ਵਾਲਾ ਵਿਅਕਤੀ), ਰਿਸ਼ਤੇਦਾਰ ਜਾਂ ਦੋਸਤ ਹਾਂ
    .hint = ਇਸ ਵਿੱਚ ਸਭ ਤੋਂ ਨੇੜਲਾ ਰਿਸ਼ਤੇਦਾਰ (nearest relative) ਵੀ ਸ਼ਾਮਲ ਹੈ। ਤੁਸੀਂ ਕਿਸੇ ਹੋਰ ਬਾਰੇ ਪੁੱਛ ਰਹੇ ਹੋ।
option-audience-staff = ਮੇਰਾ ਕੰਮ ਕਿਸੇ ਵਾਰਡ ਵਿੱਚ ਜਾਂ ਮਾਨਸਿਕ ਸਿਹਤ ਸੇਵਾ ਵਿੱਚ ਹੈ
    .hint = ਤੁਸੀਂ ਜਾਂਚਣਾ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਹਿਮਾਇਤੀਆਂ ਬਾਰੇ ਤੁਹਾਡੇ ਲਈ ਕਿਸ ਨੂੰ ਦੱਸਣਾ ਲਾਜ਼ਮੀ ਹੈ।

## Where the hospital is

question-jurisdiction-heading =
    { $audience ->
        [carer] ਕੀ ਉਸ ਵਿਅਕਤੀ ਦਾ ਹਸਪਤਾਲ ਇੰਗਲੈਂਡ ਵਿੱਚ ਹੈ ਜਾਂ ਵੇਲਜ਼ ਵਿੱਚ?
        [staff] ਕੀ ਮਰੀਜ਼ ਦਾ ਹਸਪਤਾਲ ਇੰਗਲੈਂਡ ਵਿੱਚ ਹੈ ਜਾਂ ਵੇਲਜ਼ ਵਿੱਚ?
       *[patient] ਕੀ ਤੁਹਾਡਾ ਹਸਪਤਾਲ ਇੰਗਲੈਂਡ ਵਿੱਚ ਹੈ ਜਾਂ ਵੇਲਜ਼ ਵਿੱਚ?
    }
question-jurisdiction-hint = ਵੇਲਜ਼ ਵਿੱਚ ਕਾਨੂੰਨ ਵੱਖਰਾ ਹੈ। ਇਹ ਸਵਾਲ ਇਸ ਬਾਰੇ ਹੈ ਕਿ ਹਸਪਤਾਲ ਕਿੱਥੇ ਹੈ, ਨਾ ਕਿ ਕੋਈ ਕਿੱਥੇ ਰਹਿੰਦਾ ਹੈ। ਕਮਿਊਨਿਟੀ ਟ੍ਰੀਟਮੈਂਟ ਆਰਡਰ (community treatment order) ਲਈ, ਉਹ ਹਸਪਤਾਲ ਦੇਖੋ ਜੋ ਇਸ ਦਾ ਜ਼ਿੰਮੇਵਾਰ ਹੈ। ਸਰਪ੍ਰਸਤੀ (guardianship) ਲਈ, ਕੌਂਸਲ ਦੇਖੋ।
question-jurisdiction-error = ਇੰਗਲੈਂਡ, ਵੇਲਜ਼ ਜਾਂ "ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ" ਚੁਣੋ
question-jurisdiction-summary = ਹਸਪਤਾਲ ਕਿੱਥੇ ਹੈ
option-jurisdiction-england = ਇੰਗਲੈਂਡ
option-jurisdiction-wales = ਵੇਲਜ਼
option-jurisdiction-unknown = ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ

## The broad situation

question-setting-heading =
    { $audience ->
        [carer] ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕਿਹੜੀ ਗੱਲ ਉਸ ਵਿਅਕਤੀ ਲਈ ਸੱਚ ਹੈ?
        [staff] ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕਿਹੜੀ ਗੱਲ ਮਰੀਜ਼ ਲਈ ਸੱਚ ਹੈ?
       *[patient] ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕਿਹੜੀ ਗੱਲ ਤੁਹਾਡੇ ਲਈ ਸੱਚ ਹੈ?
    }
question-setting-hint = ਉਹ ਚੁਣੋ ਜੋ ਸਭ ਤੋਂ ਵੱਧ ਢੁਕਦਾ ਹੈ। ਜੇ ਤੁਹਾਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ, ਤਾਂ "ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ" ਚੁਣੋ ਅਤੇ ਅਸੀਂ ਮਦਦ ਕਰਾਂਗੇ।
question-setting-error = ਉਹ ਹਾਲਤ ਚੁਣੋ ਜੋ ਸਭ ਤੋਂ ਵੱਧ ਢੁਕਦੀ ਹੈ, ਜਾਂ "ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ"
question-setting-summary = ਹਾਲਤ
option-setting-detained =
    { $audience ->
        [carer] ਉਨ੍ਹਾਂ ਨੂੰ ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ (Mental Health Act) ਦੇ ਇੱਕ ਸੈਕਸ਼ਨ ਅਧੀਨ ਹਸਪਤਾਲ ਵਿੱਚ ਰੱਖਿਆ ਗਿਆ ਹੈ
        [staff] ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ (Mental Health Act) ਦੇ ਇੱਕ ਸੈਕਸ਼ਨ ਅਧੀਨ ਹਸਪਤਾਲ ਵਿੱਚ ਰੋਕ ਕੇ ਰੱਖੇ ਗਏ ਹਨ (detained)
       *[patient] ਮੈਨੂੰ ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ (Mental Health Act) ਦੇ ਇੱਕ ਸੈਕਸ਼ਨ ਅਧੀਨ ਹਸਪਤਾਲ ਵਿੱਚ ਰੱਖਿਆ ਗਿਆ ਹੈ
    }
    .hint = ਇਸ ਨੂੰ ਕਈ ਵਾਰ "ਸੈਕਸ਼ਨ ਲੱਗਣਾ" (ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ "sectioned") ਕਿਹਾ ਜਾਂਦਾ ਹੈ।
option-setting-detained-on-leave =
    { $audience ->
        [carer] ਉਹ ਇੱਕ ਸੈਕਸ਼ਨ ਅਧੀਨ ਹਨ, ਪਰ ਹਸਪਤਾਲ ਤੋਂ ਆਰਜ਼ੀ ਛੁੱਟੀ 'ਤੇ ਹਨ (ਸੈਕਸ਼ਨ 17 ਛੁੱਟੀ, section 17 leave)
        [staff] ਰੋਕ ਕੇ ਰੱਖੇ ਗਏ ਹਨ (detained), ਸੈਕਸ਼ਨ 17 ਛੁੱਟੀ (section 17 leave) 'ਤੇ
       *[patient] ਮੈਂ ਇੱਕ ਸੈਕਸ਼ਨ ਅਧੀਨ ਹਾਂ, ਪਰ ਹਸਪਤਾਲ ਤੋਂ ਆਰਜ਼ੀ ਛੁੱਟੀ 'ਤੇ ਹਾਂ (ਸੈਕਸ਼ਨ 17 ਛੁੱਟੀ, section 17 leave)
    }
    .hint = ਕੁਝ ਸਮੇਂ ਲਈ ਹਸਪਤਾਲ ਤੋਂ ਬਾਹਰ ਰਹਿਣ ਦੀ ਇਜਾਜ਼ਤ, ਜਿਵੇਂ ਘਰ ਵਿੱਚ। ਸੈਕਸ਼ਨ ਖ਼ਤਮ ਨਹੀਂ ਹੋਇਆ।
option-setting-cto =
    { $audience ->
        [carer] ਉਹ ਕਮਿਊਨਿਟੀ ਟ੍ਰੀਟਮੈਂਟ ਆਰਡਰ (CTO) 'ਤੇ ਹਨ
        [staff] ਕਮਿਊਨਿਟੀ ਟ੍ਰੀਟਮੈਂਟ ਆਰਡਰ (CTO) 'ਤੇ ਹਨ
       *[patient] ਮੈਂ ਕਮਿਊਨਿਟੀ ਟ੍ਰੀਟਮੈਂਟ ਆਰਡਰ (CTO) 'ਤੇ ਹਾਂ
    }
    .hint = ਹਸਪਤਾਲ ਤੋਂ ਬਾਹਰ ਰਹਿਣਾ, ਪਰ ਕੁਝ ਸ਼ਰਤਾਂ ਮੰਨਣੀਆਂ ਪੈਂਦੀਆਂ ਹਨ।
option-setting-cto-recalled =
    { $audience ->
        [carer] ਉਹ CTO 'ਤੇ ਹਨ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਹਸਪਤਾਲ ਵਾਪਸ ਬੁਲਾਇਆ ਗਿਆ ਹੈ
        [staff] CTO 'ਤੇ ਹਨ ਅਤੇ ਹਸਪਤਾਲ ਵਾਪਸ ਬੁਲਾਏ ਗਏ ਹਨ (recalled)
       *[patient] ਮੈਂ CTO 'ਤੇ ਹਾਂ ਅਤੇ ਮੈਨੂੰ ਹਸਪਤਾਲ ਵਾਪਸ ਬੁਲਾਇਆ ਗਿਆ ਹੈ
    }
    .hint = ਇਸ ਨੂੰ ਵਾਪਸ ਬੁਲਾਉਣਾ (recall) ਕਿਹਾ ਜਾਂਦਾ ਹੈ। ਇਹ ਵੱਧ ਤੋਂ ਵੱਧ 72 ਘੰਟੇ ਰਹਿੰਦਾ ਹੈ।
option-setting-guardianship =
    { $audience ->
        [carer] ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ (Mental Health Act) ਅਧੀਨ ਉਨ੍ਹਾਂ ਦਾ ਇੱਕ ਸਰਪ੍ਰਸਤ (guardian) ਹੈ
        [staff] ਸਰਪ੍ਰਸਤੀ (guardianship) ਅਧੀਨ ਹਨ
       *[patient] ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ (Mental Health Act) ਅਧੀਨ ਮੇਰਾ ਇੱਕ ਸਰਪ੍ਰਸਤ (guardian) ਹੈ
    }
    .hint = ਸਰਪ੍ਰਸਤ, ਜੋ ਅਕਸਰ ਕੌਂਸਲ ਹੁੰਦੀ ਹੈ, ਕੁਝ ਗੱਲਾਂ ਦਾ ਫ਼ੈਸਲਾ ਕਰ ਸਕਦਾ ਹੈ, ਜਿਵੇਂ ਕਿ ਕਿੱਥੇ ਰਹਿਣਾ ਹੈ।
option-setting-conditional-discharge =
    { $audience ->
        [carer] ਉਨ੍ਹਾਂ ਨੇ ਟ੍ਰਿਬਿਊਨਲ ਜਾਂ ਸਰਕਾਰ ਵੱਲੋਂ ਲਾਈਆਂ ਸ਼ਰਤਾਂ ਨਾਲ ਹਸਪਤਾਲ ਛੱਡਿਆ ਹੈ
        [staff] ਸ਼ਰਤਾਂ ਵਾਲੀ ਰਿਹਾਈ (conditional discharge) 'ਤੇ ਪਾਬੰਦੀਆਂ ਵਾਲੇ ਮਰੀਜ਼ (restricted patient)
       *[patient] ਮੈਂ ਟ੍ਰਿਬਿਊਨਲ ਜਾਂ ਸਰਕਾਰ ਵੱਲੋਂ ਲਾਈਆਂ ਸ਼ਰਤਾਂ ਨਾਲ ਹਸਪਤਾਲ ਛੱਡਿਆ ਹੈ
    }
    .hint = ਇਸ ਨੂੰ ਸ਼ਰਤਾਂ ਵਾਲੀ ਰਿਹਾਈ (conditional discharge) ਕਿਹਾ ਜਾਂਦਾ ਹੈ। ਇਹ ਪਾਬੰਦੀਆਂ ਵਾਲੇ ਅਦਾਲਤੀ ਹੁਕਮ ਤੋਂ ਬਾਅਦ ਹੁੰਦੀ ਹੈ।
option-setting-informal-inpatient =
    { $audience ->
        [carer] ਉਹ ਆਪਣੀ ਮਾਨਸਿਕ ਸਿਹਤ ਲਈ ਹਸਪਤਾਲ ਵਿੱਚ ਹਨ, ਪਰ ਕਿਸੇ ਸੈਕਸ਼ਨ ਅਧੀਨ ਨਹੀਂ
        [staff] ਇਨਫ਼ਾਰਮਲ (ਆਪਣੀ ਮਰਜ਼ੀ ਨਾਲ ਦਾਖ਼ਲ) ਮਰੀਜ਼, ਜਿਨ੍ਹਾਂ ਦੀ ਮਾਨਸਿਕ ਰੋਗ ਲਈ ਜਾਂਚ (assessment) ਜਾਂ ਇਲਾਜ ਚੱਲ ਰਿਹਾ ਹੈ
       *[patient] ਮੈਂ ਆਪਣੀ ਮਾਨਸਿਕ ਸਿਹਤ ਲਈ ਹਸਪਤਾਲ ਵਿੱਚ ਹਾਂ, ਪਰ ਕਿਸੇ ਸੈਕਸ਼ਨ ਅਧੀਨ ਨਹੀਂ
    }
    .hint = ਇਸ ਨੂੰ ਕਈ ਵਾਰ ਆਪਣੀ ਮਰਜ਼ੀ ਨਾਲ ਦਾਖ਼ਲ (voluntary) ਜਾਂ ਇਨਫ਼ਾਰਮਲ (informal) ਮਰੀਜ਼ ਕਿਹਾ ਜਾਂਦਾ ਹੈ। ਇਸ ਵਿੱਚ ਸਿਰਫ਼ ਕਿਸੇ ਸਰੀਰਕ ਬਿਮਾਰੀ ਲਈ ਆਮ ਹਸਪਤਾਲ (general hospital) ਵਿੱਚ ਰਹਿਣਾ ਸ਼ਾਮਲ ਨਹੀਂ ਹੈ।
option-setting-none =
    { $audience ->
        [carer] ਉਹ ਹਸਪਤਾਲ ਵਿੱਚ ਨਹੀਂ ਹਨ ਅਤੇ ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ (Mental Health Act) ਅਧੀਨ ਵੀ ਨਹੀਂ ਹਨ
        [staff] ਹਸਪਤਾਲ ਵਿੱਚ ਨਹੀਂ ਅਤੇ ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ (Mental Health Act) ਅਧੀਨ ਵੀ ਨਹੀਂ
       *[patient] ਮੈਂ ਹਸਪਤਾਲ ਵਿੱਚ ਨਹੀਂ ਹਾਂ ਅਤੇ ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ (Mental Health Act) ਅਧੀਨ ਵੀ ਨਹੀਂ ਹਾਂ
    }
option-setting-unknown = ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ

## Which section

question-section-heading =
    { $audience ->
        [carer] ਉਹ ਵਿਅਕਤੀ ਕਿਸ ਸੈਕਸ਼ਨ ਅਧੀਨ ਹਨ?
        [staff] ਮਰੀਜ਼ ਕਿਸ ਸੈਕਸ਼ਨ ਅਧੀਨ ਹਨ?
       *[patient] ਤੁਸੀਂ ਕਿਸ ਸੈਕਸ਼ਨ ਅਧੀਨ ਹੋ?
    }
question-section-hint = ਇਹ ਸੈਕਸ਼ਨ ਦੇ ਕਾਗਜ਼ਾਂ (section papers) ਉੱਤੇ ਅਤੇ ਹਸਪਤਾਲ ਵੱਲੋਂ ਦਿੱਤੇ ਜਾਂਦੇ ਹੱਕਾਂ ਬਾਰੇ ਪਰਚੇ ਉੱਤੇ ਲਿਖਿਆ ਹੁੰਦਾ ਹੈ। ਜੇ ਇਹ ਨਾ ਲੱਭੇ, ਤਾਂ "ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ" ਚੁਣੋ।
question-section-error = ਸੈਕਸ਼ਨ ਚੁਣੋ, ਜਾਂ "ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ"
question-section-summary = ਸੈਕਸ਼ਨ
option-section-section-2 = ਸੈਕਸ਼ਨ 2
    .hint = ਕਿਸੇ ਦੀ ਜਾਂਚ (assessment) ਲਈ, ਵੱਧ ਤੋਂ ਵੱਧ 28 ਦਿਨਾਂ ਲਈ।
option-section-section-3 = ਸੈਕਸ਼ਨ 3
    .hint = ਇਲਾਜ ਲਈ, ਪਹਿਲਾਂ ਵੱਧ ਤੋਂ ਵੱਧ 6 ਮਹੀਨਿਆਂ ਲਈ।
option-section-section-4 = ਸੈਕਸ਼ਨ 4
    .hint = ਐਮਰਜੈਂਸੀ, ਇੱਕ ਡਾਕਟਰ ਦੀ ਸਿਫ਼ਾਰਸ਼ ਨਾਲ, ਵੱਧ ਤੋਂ ਵੱਧ 72 ਘੰਟਿਆਂ ਲਈ।
option-section-section-5-2 = ਸੈਕਸ਼ਨ 5(2)
    .hint = ਇੱਕ ਡਾਕਟਰ ਨੇ ਕਿਸੇ ਨੂੰ ਵਾਰਡ ਛੱਡਣ ਤੋਂ ਰੋਕਿਆ, ਵੱਧ ਤੋਂ ਵੱਧ 72 ਘੰਟਿਆਂ ਲਈ।
option-section-section-5-4 = ਸੈਕਸ਼ਨ 5(4)
    .hint = ਇੱਕ ਨਰਸ ਨੇ ਕਿਸੇ ਨੂੰ ਵਾਰਡ ਛੱਡਣ ਤੋਂ ਰੋਕਿਆ, ਵੱਧ ਤੋਂ ਵੱਧ 6 ਘੰਟਿਆਂ ਲਈ।
option-section-section-135 = ਸੈਕਸ਼ਨ 135
    .hint = ਪੁਲਿਸ ਵਾਰੰਟ ਲੈ ਕੇ ਆਈ ਅਤੇ ਕਿਸੇ ਨੂੰ ਸੁਰੱਖਿਅਤ ਥਾਂ (place of safety) 'ਤੇ ਲੈ ਗਈ।
option-section-section-136 = ਸੈਕਸ਼ਨ 136
    .hint = ਪੁਲਿਸ ਕਿਸੇ ਨੂੰ ਕਿਸੇ ਜਨਤਕ ਥਾਂ ਤੋਂ ਸੁਰੱਖਿਅਤ ਥਾਂ (place of safety) 'ਤੇ ਲੈ ਗਈ।
option-section-section-35 = ਸੈਕਸ਼ਨ 35
    .hint = ਅਦਾਲਤ ਨੇ ਕਿਸੇ ਨੂੰ ਰਿਪੋਰਟ ਲਈ ਹਸਪਤਾਲ ਭੇਜਿਆ।
option-section-section-36 = ਸੈਕਸ਼ਨ 36
    .hint = ਅਦਾਲਤ ਨੇ ਕਿਸੇ ਨੂੰ ਮੁਕੱਦਮਾ ਖ਼ਤਮ ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ ਇਲਾਜ ਲਈ ਹਸਪਤਾਲ ਭੇਜਿਆ।
option-section-section-37 = ਸੈਕਸ਼ਨ 37
    .hint = ਅਦਾਲਤ ਨੇ ਹਸਪਤਾਲ ਆਰਡਰ (hospital order) ਦਿੱਤਾ।
option-section-section-37-41 = ਸੈਕਸ਼ਨ 41 ਸਮੇਤ ਸੈਕਸ਼ਨ 37
    .hint = ਅਦਾਲਤ ਨੇ ਪਾਬੰਦੀਆਂ ਸਮੇਤ ਹਸਪਤਾਲ ਆਰਡਰ (hospital order) ਦਿੱਤਾ।
option-section-section-38 = ਸੈਕਸ਼ਨ 38
    .hint = ਅਦਾਲਤ ਨੇ ਅੰਤਰਿਮ ਹਸਪਤਾਲ ਆਰਡਰ (interim hospital order) ਦਿੱਤਾ।
option-section-section-45a = ਸੈਕਸ਼ਨ 45A
    .hint = ਅਦਾਲਤ ਨੇ ਜੇਲ੍ਹ ਦੀ ਸਜ਼ਾ ਦਿੱਤੀ, ਨਾਲ ਹਸਪਤਾਲ ਡਾਇਰੈਕਸ਼ਨ (hospital direction) ਵੀ।
option-section-section-47 = ਸੈਕਸ਼ਨ 47
    .hint = ਸਜ਼ਾ ਹੋਣ ਤੋਂ ਬਾਅਦ ਜੇਲ੍ਹ ਤੋਂ ਹਸਪਤਾਲ ਲਿਆਂਦਾ ਗਿਆ।
option-section-section-47-49 = ਸੈਕਸ਼ਨ 49 ਸਮੇਤ ਸੈਕਸ਼ਨ 47
    .hint = ਸਜ਼ਾ ਹੋਣ ਤੋਂ ਬਾਅਦ ਜੇਲ੍ਹ ਤੋਂ ਹਸਪਤਾਲ ਲਿਆਂਦਾ ਗਿਆ, ਪਾਬੰਦੀਆਂ ਸਮੇਤ।
option-section-section-48 = ਸੈਕਸ਼ਨ 48
    .hint = ਸਜ਼ਾ ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ ਜੇਲ੍ਹ ਜਾਂ ਇਮੀਗ੍ਰੇਸ਼ਨ ਹਿਰਾਸਤ ਤੋਂ ਹਸਪਤਾਲ ਲਿਆਂਦਾ ਗਿਆ।
option-section-section-48-49 = ਸੈਕਸ਼ਨ 49 ਸਮੇਤ ਸੈਕਸ਼ਨ 48
    .hint = ਸਜ਼ਾ ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ ਹਸਪਤਾਲ ਲਿਆਂਦਾ ਗਿਆ, ਪਾਬੰਦੀਆਂ ਸਮੇਤ।
option-section-unknown = ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ ਕਿ ਕਿਹੜਾ ਸੈਕਸ਼ਨ ਹੈ

## Help to find the section

question-what-happened-heading =
    { $audience ->
        [carer] ਉਸ ਵਿਅਕਤੀ ਨਾਲ ਜੋ ਹੋਇਆ, ਉਸ ਦੇ ਸਭ ਤੋਂ ਨੇੜੇ ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕਿਹੜੀ ਗੱਲ ਹੈ?
        [staff] ਮਰੀਜ਼ ਨਾਲ ਜੋ ਹੋਇਆ, ਉਸ ਦੇ ਸਭ ਤੋਂ ਨੇੜੇ ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕਿਹੜੀ ਗੱਲ ਹੈ?
       *[patient] ਤੁਹਾਡੇ ਨਾਲ ਜੋ ਹੋਇਆ, ਉਸ ਦੇ ਸਭ ਤੋਂ ਨੇੜੇ ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕਿਹੜੀ ਗੱਲ ਹੈ?
    }
question-what-happened-hint = ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ (Mental Health Act) ਦਾ ਹਰ ਸੈਕਸ਼ਨ ਵੱਖਰੀ ਹਾਲਤ ਵਿੱਚ ਵਰਤਿਆ ਜਾਂਦਾ ਹੈ। ਇਸ ਨਾਲ ਸਾਨੂੰ ਇਹ ਪਤਾ ਲਗਾਉਣ ਵਿੱਚ ਮਦਦ ਮਿਲਦੀ ਹੈ ਕਿ ਇਹ ਕਿਹੜਾ ਸੈਕਸ਼ਨ ਹੋ ਸਕਦਾ ਹੈ।
question-what-happened-error = ਜੋ ਸਭ ਤੋਂ ਨੇੜੇ ਹੈ ਉਹ ਚੁਣੋ, ਜਾਂ "ਮੈਨੂੰ ਅਜੇ ਵੀ ਪੱਕਾ ਪਤਾ ਨਹੀਂ"
question-what-happened-summary = ਕੀ ਹੋਇਆ
question-what-happened-papers-heading = ਸੈਕਸ਼ਨ ਦੇ ਕਾਗਜ਼ ਕਿਹੋ ਜਿਹੇ ਹੁੰਦੇ ਹਨ
question-what-happened-papers =
    { $audience ->
        [carer] ਹਸਪਤਾਲ ਲਈ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਕੁਝ ਫ਼ਾਰਮ, ਜਿਨ੍ਹਾਂ ਨੂੰ ਸੈਕਸ਼ਨ ਦੇ ਕਾਗਜ਼ (section papers) ਕਿਹਾ ਜਾਂਦਾ ਹੈ, ਅਤੇ ਉਨ੍ਹਾਂ ਦੇ ਹੱਕਾਂ ਬਾਰੇ ਇੱਕ ਪਰਚਾ ਦੇਣਾ ਲਾਜ਼ਮੀ ਹੈ। ਪਰਚੇ ਦੇ ਸਿਰਲੇਖ ਵਿੱਚ ਸੈਕਸ਼ਨ ਲਿਖਿਆ ਹੁੰਦਾ ਹੈ, ਜਿਵੇਂ "ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ 1983 ਦਾ ਸੈਕਸ਼ਨ 2" (ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ "Section 2 of the Mental Health Act 1983")। ਉਹ ਵਿਅਕਤੀ, ਜਾਂ ਵਾਰਡ ਦਾ ਸਟਾਫ਼, ਤੁਹਾਨੂੰ ਇਹ ਦਿਖਾ ਸਕਦੇ ਹਨ।
        [staff] ਮਰੀਜ਼ ਨੂੰ ਦਿੱਤੇ ਗਏ ਸੈਕਸ਼ਨ ਦੇ ਕਾਗਜ਼ਾਂ (section papers) ਅਤੇ ਹੱਕਾਂ ਬਾਰੇ ਪਰਚੇ ਵਿੱਚ ਸੈਕਸ਼ਨ ਦਾ ਨਾਂ ਲਿਖਿਆ ਹੁੰਦਾ ਹੈ। ਮਰੀਜ਼ ਦੇ ਕਾਗਜ਼ ਦੇਖੋ, ਜਾਂ ਵਾਰਡ ਦੇ ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ (Mental Health Act) ਦਫ਼ਤਰ ਤੋਂ ਪਤਾ ਕਰੋ।
       *[patient] ਹਸਪਤਾਲ ਲਈ ਤੁਹਾਨੂੰ ਕੁਝ ਫ਼ਾਰਮ, ਜਿਨ੍ਹਾਂ ਨੂੰ ਸੈਕਸ਼ਨ ਦੇ ਕਾਗਜ਼ (section papers) ਕਿਹਾ ਜਾਂਦਾ ਹੈ, ਅਤੇ ਤੁਹਾਡੇ ਹੱਕਾਂ ਬਾਰੇ ਇੱਕ ਪਰਚਾ ਦੇਣਾ ਲਾਜ਼ਮੀ ਹੈ। ਪਰਚੇ ਦੇ ਸਿਰਲੇਖ ਵਿੱਚ ਤੁਹਾਡਾ ਸੈਕਸ਼ਨ ਲਿਖਿਆ ਹੁੰਦਾ ਹੈ, ਜਿਵੇਂ "ਮਾਨਸਿਕ ਸਿਹਤ ਕਾਨੂੰਨ 1983 ਦਾ ਸੈਕਸ਼ਨ 2" (ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ "Section 2 of the Mental Health Act 1983")। ਤੁਸੀਂ ਵਾਰਡ ਦੇ ਸਟਾਫ਼ ਨੂੰ ਇਹ ਦਿਖਾਉਣ ਲਈ ਕਹਿ ਸਕਦੇ ਹੋ।
    }
option-what-happened-police-public-place =
    { $audience ->
        [carer] ਪੁਲਿਸ ਉਨ੍ਹਾਂ ਨੂੰ ਕਿਸੇ ਜਨਤਕ ਥਾਂ ਤੋਂ ਸੁਰੱਖਿਅਤ ਥਾਂ (place of safety) 'ਤੇ ਲੈ ਗਈ
        [staff] ਪੁਲਿਸ ਉਨ੍ਹਾਂ ਨੂੰ ਕਿਸੇ ਜਨਤਕ ਥਾਂ ਤੋਂ ਸੁਰੱਖਿਅਤ ਥਾਂ (place of safety) 'ਤੇ ਲੈ ਗਈ
       *[patient] ਪੁਲਿਸ ਤੁਹਾਨੂੰ ਕਿਸੇ ਜਨਤਕ ਥਾਂ ਤੋਂ ਸੁਰੱਖਿਅਤ ਥਾਂ (place of safety) 'ਤੇ ਲੈ ਗਈ
    }
    .hint = ਜਿਵੇਂ ਹਸਪਤਾਲ ਜਾਂ ਪੁਲਿਸ ਸਟੇਸ਼ਨ। ਇਹ ਆਮ ਤੌਰ 'ਤੇ ਸੈਕਸ਼ਨ 136 ਹੁੰਦਾ ਹੈ।
option-what-happened-police-warrant-home =
    { $audience ->
        [carer] ਪੁਲਿਸ ਵਾਰੰਟ ਲੈ ਕੇ ਉਨ੍ਹਾਂ ਦੇ ਘਰ ਆਈ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਸੁਰੱਖਿਅਤ ਥਾਂ (place of safety) 'ਤੇ ਲੈ ਗਈ
        [staff] ਪੁਲਿਸ ਵਾਰੰਟ ਲੈ ਕੇ ਉਨ੍ਹਾਂ ਦੇ ਘਰ ਆਈ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਸੁਰੱਖਿਅਤ ਥਾਂ (place of safety) 'ਤੇ ਲੈ ਗਈ
       *[patient] ਪੁਲਿਸ ਵਾਰੰਟ ਲੈ ਕੇ ਤੁਹਾਡੇ ਘਰ ਆਈ ਅਤੇ ਤੁਹਾਨੂੰ ਸੁਰੱਖਿਅਤ ਥਾਂ (place of safety) 'ਤੇ ਲੈ ਗਈ
    }
    .hint = ਇਹ ਆਮ ਤੌਰ 'ਤੇ ਸੈਕਸ਼ਨ 135 ਹੁੰਦਾ ਹੈ।
option-what-happened-nurse-stopped-leaving =
    { $audience ->
        [carer] ਇੱਕ ਨਰਸ ਨੇ ਕੁਝ ਘੰਟਿਆਂ ਲਈ ਉਨ੍ਹਾਂ ਨੂੰ ਵਾਰਡ ਛੱਡਣ ਤੋਂ ਰੋਕਿਆ
        [staff] ਇੱਕ ਨਰਸ ਨੇ ਕੁਝ ਘੰਟਿਆਂ ਲਈ ਉਨ੍ਹਾਂ ਨੂੰ ਵਾਰਡ ਛੱਡਣ ਤੋਂ ਰੋਕਿਆ
       *[patient] ਇੱਕ ਨਰਸ ਨੇ ਕੁਝ ਘੰਟਿਆਂ ਲਈ ਤੁਹਾਨੂੰ ਵਾਰਡ ਛੱਡਣ ਤੋਂ ਰੋਕਿਆ
    }
    .hint = ਇਹ ਆਮ ਤੌਰ 'ਤੇ ਸੈਕਸ਼ਨ 5(4) ਹੁੰਦਾ ਹੈ। ਇਹ ਵੱਧ ਤੋਂ ਵੱਧ 6 ਘੰਟੇ ਰਹਿੰਦਾ ਹੈ।
option-what-happened-doctor-stopped-leaving =
    { $audience ->
        [carer] ਇੱਕ ਡਾਕਟਰ ਨੇ ਵੱਧ ਤੋਂ ਵੱਧ 3 ਦਿਨਾਂ ਲਈ ਉਨ੍ਹਾਂ ਨੂੰ ਵਾਰਡ ਛੱਡਣ ਤੋਂ ਰੋਕਿਆ
        [staff] ਇੱਕ ਡਾਕਟਰ ਨੇ ਵੱਧ ਤੋਂ ਵੱਧ 3 ਦਿਨਾਂ ਲਈ ਉਨ੍ਹਾਂ ਨੂੰ ਵਾਰਡ ਛੱਡਣ ਤੋਂ ਰੋਕਿਆ
       *[patient] ਇੱਕ ਡਾਕਟਰ ਨੇ ਵੱਧ ਤੋਂ ਵੱਧ 3 ਦਿਨਾਂ ਲਈ ਤੁਹਾਨੂੰ ਵਾਰਡ ਛੱਡਣ ਤੋਂ ਰੋਕਿਆ
    }
    .hint = ਇਹ ਆਮ ਤੌਰ 'ਤੇ ਸੈਕਸ਼ਨ 5(2) ਹੁੰਦਾ ਹੈ। ਇਹ ਵੱਧ ਤੋਂ ਵੱਧ 72 ਘੰਟੇ ਰਹਿੰਦਾ ਹੈ।
option-what-happened-kept-more-than-3-days =
    { $audience ->
        [carer] ਉਨ੍ਹਾਂ ਨੂੰ ਇੱਕ ਸੈਕਸ਼ਨ ਅਧੀਨ 3 ਦਿਨਾਂ ਤੋਂ ਵੱਧ ਸਮੇਂ ਤੋਂ ਹਸਪਤਾਲ ਵਿੱਚ ਰੱਖਿਆ ਗਿਆ ਹੈ
        [staff] ਉਨ੍ਹਾਂ ਨੂੰ ਇੱਕ ਸੈਕਸ਼ਨ ਅਧੀਨ 3 ਦਿਨਾਂ ਤੋਂ ਵੱਧ ਸਮੇਂ ਤੋਂ ਹਸਪਤਾਲ ਵਿੱਚ ਰੱਖਿਆ ਗਿਆ ਹੈ
       *[patient] ਤੁਹਾਨੂੰ ਇੱਕ ਸੈਕਸ਼ਨ ਅਧੀਨ 3 ਦਿਨਾਂ ਤੋਂ ਵੱਧ ਸਮੇਂ ਤੋਂ ਹਸਪਤਾਲ ਵਿੱਚ ਰੱਖਿਆ ਗਿਆ ਹੈ
    }
    .hint = ਥੋੜ੍ਹੇ ਸਮੇਂ ਵਾਲੇ ਐਮਰਜੈਂਸੀ ਸੈਕਸ਼ਨ ਸਾਰੇ 3 ਦਿਨਾਂ ਦੇ ਅੰਦਰ ਖ਼ਤਮ ਹੋ ਜਾਂਦੇ ਹਨ।
option-what-happened-court-sent =
    { $audience ->
        [carer] ਅਦਾਲਤ ਨੇ ਉਨ੍ਹਾਂ ਨੂੰ ਹਸਪਤਾਲ ਭੇਜਿਆ
        [staff] ਅਦਾਲਤ ਨੇ ਉਨ੍ਹਾਂ ਨੂੰ ਹਸਪਤਾਲ ਭੇਜਿਆ
       *[patient] ਅਦਾਲਤ ਨੇ ਤੁਹਾਨੂੰ ਹਸਪਤਾਲ ਭੇਜਿਆ
    }
option-what-happened-moved-from-prison =
    { $audience ->
        [carer] ਉਨ੍ਹਾਂ ਨੂੰ ਜੇਲ੍ਹ ਤੋਂ ਹਸਪਤਾਲ ਲਿਆਂਦਾ ਗਿਆ
        [staff] ਉਨ੍ਹਾਂ ਨੂੰ ਜੇਲ੍ਹ ਤੋਂ ਹਸਪਤਾਲ ਲਿਆਂਦਾ ਗਿਆ
       *[patient] ਤੁਹਾਨੂੰ ਜੇਲ੍ਹ ਤੋਂ ਹਸਪਤਾਲ ਲਿਆਂਦਾ ਗਿਆ
    }
option-what-happened-rules-outside-hospital =
    { $audience ->
        [carer] ਉਹ ਹਸਪਤਾਲ ਤੋਂ ਬਾਹਰ ਰਹਿੰਦੇ ਹਨ, ਪਰ ਉਨ੍ਹਾਂ ਨੂੰ ਨਿਯਮ ਮੰਨਣੇ ਪੈਂਦੇ ਹਨ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਹਸਪਤਾਲ ਵਾਪਸ ਬੁਲਾਇਆ ਜਾ ਸਕਦਾ ਹੈ
        [staff] ਉਹ ਹਸਪਤਾਲ ਤੋਂ ਬਾਹਰ ਰਹਿੰਦੇ ਹਨ, ਪਰ ਉਨ੍ਹਾਂ ਨੂੰ ਨਿਯਮ ਮੰਨਣੇ ਪੈਂਦੇ ਹਨ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਹਸਪਤਾਲ ਵਾਪਸ ਬੁਲਾਇਆ ਜਾ ਸਕਦਾ ਹੈ
       *[patient] ਤੁਸੀਂ ਹਸਪਤਾਲ ਤੋਂ ਬਾਹਰ ਰਹਿੰਦੇ ਹੋ, ਪਰ ਤੁਹਾਨੂੰ ਨਿਯਮ ਮੰਨਣੇ ਪੈਂਦੇ ਹਨ ਅਤੇ ਤੁਹਾਨੂੰ ਹਸਪਤਾਲ ਵਾਪਸ ਬੁਲਾਇਆ ਜਾ ਸਕਦਾ ਹੈ
    }
    .hint = ਇਹ ਆਮ ਤੌਰ 'ਤੇ ਕਮਿਊਨਿਟੀ ਟ੍ਰੀਟਮੈਂਟ ਆਰਡਰ (CTO) ਹੁੰਦਾ ਹੈ।
option-what-happened-guardian =
    { $audience ->
        [carer] ਇੱਕ ਸਰਪ੍ਰਸਤ (guardian), ਜੋ ਅਕਸਰ ਕੌਂਸਲ ਹੁੰਦੀ ਹੈ, ਫ਼ੈਸਲਾ ਕਰਦਾ ਹੈ ਕਿ ਉਨ੍ਹਾਂ ਨੇ ਕਿੱਥੇ ਰਹਿਣਾ ਹੈ
        [staff] ਇੱਕ ਸਰਪ੍ਰਸਤ (guardian), ਜੋ ਅਕਸਰ ਕੌਂਸਲ ਹੁੰਦੀ ਹੈ, ਫ਼ੈਸਲਾ ਕਰਦਾ ਹੈ ਕਿ ਉਨ੍ਹਾਂ ਨੇ ਕਿੱਥੇ ਰਹਿਣਾ ਹੈ
       *[patient] ਇੱਕ ਸਰਪ੍ਰਸਤ (guardian), ਜੋ ਅਕਸਰ ਕੌਂਸਲ ਹੁੰਦੀ ਹੈ, ਫ਼ੈਸਲਾ ਕਰਦਾ ਹੈ ਕਿ ਤੁਸੀਂ ਕਿੱਥੇ ਰਹਿਣਾ ਹੈ
    }
    .hint = ਇਸ ਨੂੰ ਸਰਪ੍ਰਸਤੀ (guardianship) ਕਿਹਾ ਜਾਂਦਾ ਹੈ।
option-what-happened-free-to-leave =
    { $audience ->
        [carer] ਉਹ ਹਸਪਤਾਲ ਵਿੱਚ ਹਨ ਅਤੇ ਜਦੋਂ ਚਾਹੁਣ ਜਾ ਸਕਦੇ ਹਨ
        [staff] ਉਹ ਹਸਪਤਾਲ ਵਿੱਚ ਹਨ ਅਤੇ ਜਦੋਂ ਚਾਹੁਣ ਜਾ ਸਕਦੇ ਹਨ
       *[patient] ਤੁਸੀਂ ਹਸਪਤਾਲ ਵਿੱਚ ਹੋ ਅਤੇ ਜਦੋਂ ਚਾਹੋ ਜਾ ਸਕਦੇ ਹੋ
    }
    .hint = ਇਸ ਨੂੰ ਆਪਣੀ ਮਰਜ਼ੀ ਨਾਲ ਦਾਖ਼ਲ (voluntary) ਜਾਂ ਇਨਫ਼ਾਰਮਲ (informal) ਮਰੀਜ਼ ਹੋਣਾ ਕਿਹਾ ਜਾਂਦਾ ਹੈ।
option-what-happened-not-in-hospital =
    { $audience ->
        [carer] ਉਹ ਹਸਪਤਾਲ ਵਿੱਚ ਨਹੀਂ ਹਨ ਅਤੇ ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕੋਈ ਗੱਲ ਨਹੀਂ ਢੁਕਦੀ
        [staff] ਉਹ ਹਸਪਤਾਲ ਵਿੱਚ ਨਹੀਂ ਹਨ ਅਤੇ ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕੋਈ ਗੱਲ ਨਹੀਂ ਢੁਕਦੀ
       *[patient] ਤੁਸੀਂ ਹਸਪਤਾਲ ਵਿੱਚ ਨਹੀਂ ਹੋ ਅਤੇ ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕੋਈ ਗੱਲ ਨਹੀਂ ਢੁਕਦੀ
    }
option-what-happened-still-not-sure = ਮੈਨੂੰ ਅਜੇ ਵੀ ਪੱਕਾ ਪਤਾ ਨਹੀਂ

## Leave

question-on-leave-heading =
    { $audience ->
        [carer] ਕੀ ਉਹ ਵਿਅਕਤੀ ਇਸ ਵੇਲੇ ਹਸਪਤਾਲ ਤੋਂ ਆਰਜ਼ੀ ਛੁੱਟੀ (leave) 'ਤੇ ਹਨ?
        [staff] ਕੀ ਮਰੀਜ਼ ਸੈਕਸ਼ਨ 17 ਛੁੱਟੀ (section 17 leave) 'ਤੇ ਹਨ?
       *[patient] ਕੀ ਤੁਸੀਂ ਇਸ ਵੇਲੇ ਹਸਪਤਾਲ ਤੋਂ ਆਰਜ਼ੀ ਛੁੱਟੀ (leave) 'ਤੇ ਹੋ?
    }
question-on-leave-hint = ਇਸ ਨੂੰ ਸੈਕਸ਼ਨ 17 ਛੁੱਟੀ (section 17 leave) ਕਿਹਾ ਜਾਂਦਾ ਹੈ: ਵਾਰਡ ਤੋਂ ਬਾਹਰ ਕੁਝ ਸਮਾਂ, ਜਿਸ ਲਈ ਡਾਕਟਰ ਨੇ ਹਾਮੀ ਭਰੀ ਹੈ। ਛੁੱਟੀ 'ਤੇ ਹੋਣ ਨਾਲ ਹਿਮਾਇਤੀ ਲੈਣ ਦਾ ਹੱਕ ਨਹੀਂ ਬਦਲਦਾ।
question-on-leave-error = ਹਾਂ, ਨਹੀਂ ਜਾਂ "ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ" ਚੁਣੋ
question-on-leave-summary = ਆਰਜ਼ੀ ਛੁੱਟੀ 'ਤੇ
option-on-leave-true = ਹਾਂ
option-on-leave-false = ਨਹੀਂ
option-on-leave-unknown = ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ

## Treatment being discussed

question-treatment-discussed-heading =
    { $audience ->
        [carer] ਕੀ ਕਿਸੇ ਡਾਕਟਰ ਨੇ ਉਸ ਵਿਅਕਤੀ ਨਾਲ ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕਿਸੇ ਇਲਾਜ ਬਾਰੇ ਗੱਲ ਕੀਤੀ ਹੈ?
        [staff] ਕੀ ਮਰੀਜ਼ ਕਿਸੇ ਡਾਕਟਰ ਜਾਂ ਪ੍ਰਵਾਨਿਤ ਕਲੀਨੀਸ਼ੀਅਨ (approved clinician) ਨਾਲ ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕਿਸੇ ਇਲਾਜ ਬਾਰੇ ਗੱਲਬਾਤ ਕਰ ਰਹੇ ਹਨ?
       *[patient] ਕੀ ਕਿਸੇ ਡਾਕਟਰ ਨੇ ਤੁਹਾਡੇ ਨਾਲ ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕਿਸੇ ਇਲਾਜ ਬਾਰੇ ਗੱਲ ਕੀਤੀ ਹੈ?
    }
question-treatment-discussed-hint = ਕੁਝ ਇਲਾਜਾਂ ਨਾਲ ਹਿਮਾਇਤੀ ਲੈਣ ਦਾ ਹੱਕ ਮਿਲਦਾ ਹੈ, ਉਨ੍ਹਾਂ ਲੋਕਾਂ ਨੂੰ ਵੀ ਜੋ ਕਿਸੇ ਸੈਕਸ਼ਨ ਅਧੀਨ ਨਹੀਂ ਹਨ।
question-treatment-discussed-error = ਕੋਈ ਇਲਾਜ, "ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕੋਈ ਨਹੀਂ", ਜਾਂ "ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ" ਚੁਣੋ
question-treatment-discussed-summary = ਜਿਸ ਇਲਾਜ ਬਾਰੇ ਗੱਲ ਹੋਈ
option-treatment-discussed-section-57 = ਮਾਨਸਿਕ ਸਿਹਤ ਦੀ ਸਮੱਸਿਆ ਲਈ ਦਿਮਾਗ਼ ਦਾ ਅਪ੍ਰੇਸ਼ਨ, ਜਾਂ ਜਿਨਸੀ ਇੱਛਾ ਘਟਾਉਣ ਲਈ ਹਾਰਮੋਨ ਇੰਪਲਾਂਟ
    .hint = ਇਹ ਬਹੁਤ ਘੱਟ ਹੁੰਦੇ ਹਨ।
option-treatment-discussed-section-58a = ਇਲੈਕਟ੍ਰੋਕਨਵਲਸਿਵ ਥੈਰੇਪੀ (ECT)
    .hint = ਇੱਕ ਇਲਾਜ ਜਿਸ ਵਿੱਚ ਬੇਹੋਸ਼ੀ ਦੀ ਦਵਾਈ (ਅਨੈਸਥੀਸੀਆ) ਦੇ ਕੇ ਦਿਮਾਗ਼ ਵਿੱਚੋਂ ਥੋੜ੍ਹਾ ਜਿਹਾ ਬਿਜਲੀ ਦਾ ਕਰੰਟ ਲੰਘਾਇਆ ਜਾਂਦਾ ਹੈ।
option-treatment-discussed-none = ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕੋਈ ਨਹੀਂ
option-treatment-discussed-unknown = ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ

## Age

question-under-18-heading =
    { $audience ->
        [carer] ਕੀ ਉਸ ਵਿਅਕਤੀ ਦੀ ਉਮਰ 18 ਸਾਲ ਤੋਂ ਘੱਟ ਹੈ?
        [staff] ਕੀ ਮਰੀਜ਼ ਦੀ ਉਮਰ 18 ਸਾਲ ਤੋਂ ਘੱਟ ਹੈ?
       *[patient] ਕੀ ਤੁਹਾਡੀ ਉਮਰ 18 ਸਾਲ ਤੋਂ ਘੱਟ ਹੈ?
    }
question-under-18-hint = ECT ਲਈ, 18 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਲੋਕਾਂ ਲਈ ਨਿਯਮ ਵੱਖਰੇ ਹਨ।
question-under-18-error = ਹਾਂ, ਨਹੀਂ ਜਾਂ "ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ" ਚੁਣੋ
question-under-18-summary = 18 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ
option-under-18-true = ਹਾਂ
option-under-18-false = ਨਹੀਂ
option-under-18-unknown = ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ

## Check your answers

check-heading = ਆਪਣੇ ਜਵਾਬ ਜਾਂਚੋ
check-intro = ਨਤੀਜਾ ਦੇਖਣ ਤੋਂ ਪਹਿਲਾਂ ਤੁਸੀਂ ਕੋਈ ਵੀ ਜਵਾਬ ਬਦਲ ਸਕਦੇ ਹੋ।
check-change = ਬਦਲੋ
# After "Change", read by screen readers only, e.g. "Change Section".
check-change-context = { $question }
check-continue = ਨਤੀਜਾ ਦੇਖੋ
# Under an answer to "what happened": the section that answer stands for,
# e.g. "That means: Section 136".
check-inferred-section = ਇਸ ਦਾ ਮਤਲਬ ਹੈ: { $section }

## Notices

notice-saved-answers-unreadable = ਅਸੀਂ ਤੁਹਾਡੇ ਸੰਭਾਲੇ ਹੋਏ ਜਵਾਬ ਪੜ੍ਹ ਨਹੀਂ ਸਕੇ, ਇਸ ਲਈ ਅਸੀਂ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕੀਤਾ ਹੈ।
notice-link-unreadable = ਲਿੰਕ ਵਿਚਲੇ ਕੁਝ ਜਵਾਬ ਪੜ੍ਹੇ ਨਹੀਂ ਜਾ ਸਕੇ। ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਸਵਾਲ ਦਾ ਜਵਾਬ ਦਿਓ।

## A page that does not exist

not-found-heading = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
not-found-body = ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਲਿੰਕ ਗ਼ਲਤ ਜਾਂ ਪੁਰਾਣਾ ਹੋਵੇ।
not-found-start = ਸ਼ੁਰੂ ਵਿੱਚ ਜਾਓ
