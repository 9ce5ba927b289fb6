# SPDX-License-Identifier: MIT OR Apache-2.0

### Asking for an advocate: a short message to the local IMHA service,
### always composed in English for the service (the request-line-*
### messages) and shown in the reader's language beside it to check.
### Every message receives $audience: "patient", "carer" or "staff".

# On the result page, under "What to do now": opens the request page.
request-link = ਹਿਮਾਇਤੀ ਮੰਗਣ ਲਈ ਸੁਨੇਹਾ ਲਿਖੋ
request-heading = ਹਿਮਾਇਤੀ ਮੰਗੋ
request-intro =
    { $audience ->
        [carer] ਜਿੰਨਾ ਹੋ ਸਕੇ, ਭਰੋ। ਅਸੀਂ IMHA ਸੇਵਾ ਲਈ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਇੱਕ ਛੋਟਾ ਸੁਨੇਹਾ ਲਿਖਦੇ ਹਾਂ, ਅਤੇ ਇਸ ਨੂੰ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ ਵੀ ਦਿਖਾਉਂਦੇ ਹਾਂ, ਤਾਂ ਜੋ ਤੁਸੀਂ ਇਸ ਨੂੰ ਜਾਂਚ ਸਕੋ। ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਇਸ ਨੂੰ ਆਪਣੇ ਫ਼ੋਨ ਤੋਂ ਨਹੀਂ ਭੇਜਦੇ, ਕੁਝ ਵੀ ਨਾ ਭੇਜਿਆ ਜਾਂਦਾ ਹੈ ਅਤੇ ਨਾ ਹੀ ਸਾਂਭਿਆ ਜਾਂਦਾ ਹੈ।
        [staff] ਓਨਾ ਹੀ ਭਰੋ ਜਿੰਨੇ ਲਈ ਮਰੀਜ਼ ਸਹਿਮਤ ਹਨ। ਅਸੀਂ IMHA ਸੇਵਾ ਲਈ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਇੱਕ ਛੋਟਾ ਸੁਨੇਹਾ ਲਿਖਦੇ ਹਾਂ। ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਇਸ ਨੂੰ ਨਹੀਂ ਭੇਜਦੇ, ਕੁਝ ਵੀ ਨਾ ਭੇਜਿਆ ਜਾਂਦਾ ਹੈ ਅਤੇ ਨਾ ਹੀ ਸਾਂਭਿਆ ਜਾਂਦਾ ਹੈ।
       *[patient] ਜੋ ਤੁਸੀਂ ਚਾਹੋ, ਭਰੋ। ਅਸੀਂ IMHA ਸੇਵਾ ਲਈ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਇੱਕ ਛੋਟਾ ਸੁਨੇਹਾ ਲਿਖਦੇ ਹਾਂ, ਅਤੇ ਇਸ ਨੂੰ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ ਵੀ ਦਿਖਾਉਂਦੇ ਹਾਂ, ਤਾਂ ਜੋ ਤੁਸੀਂ ਇਸ ਨੂੰ ਜਾਂਚ ਸਕੋ। ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਇਸ ਨੂੰ ਆਪਣੇ ਫ਼ੋਨ ਤੋਂ ਨਹੀਂ ਭੇਜਦੇ, ਕੁਝ ਵੀ ਨਾ ਭੇਜਿਆ ਜਾਂਦਾ ਹੈ ਅਤੇ ਨਾ ਹੀ ਸਾਂਭਿਆ ਜਾਂਦਾ ਹੈ।
    }
request-name-label =
    { $audience ->
        [carer] ਉਸ ਵਿਅਕਤੀ ਦਾ ਨਾਂ ਜਿਨ੍ਹਾਂ ਨੂੰ ਹਿਮਾਇਤੀ ਦੀ ਲੋੜ ਹੈ
        [staff] ਮਰੀਜ਼ ਦਾ ਨਾਂ
       *[patient] ਤੁਹਾਡਾ ਨਾਂ
    }
request-place-label =
    { $audience ->
        [carer] ਉਹ ਕਿੱਥੇ ਹਨ
        [staff] ਵਾਰਡ ਅਤੇ ਹਸਪਤਾਲ
       *[patient] ਤੁਸੀਂ ਕਿੱਥੇ ਹੋ
    }
    .hint = ਜਿਵੇਂ, ਵਾਰਡ ਅਤੇ ਹਸਪਤਾਲ, ਜਾਂ ਕਸਬਾ ਜਾਂ ਸ਼ਹਿਰ
request-contact-label =
    { $audience ->
        [carer] ਤੁਹਾਡਾ ਨਾਂ, ਅਤੇ ਇੱਕ ਫ਼ੋਨ ਨੰਬਰ ਜਿਸ 'ਤੇ ਸੇਵਾ ਤੁਹਾਨੂੰ ਫ਼ੋਨ ਕਰ ਸਕੇ
        [staff] ਤੁਹਾਡਾ ਨਾਂ, ਅਹੁਦਾ ਅਤੇ ਵਾਰਡ ਦਾ ਫ਼ੋਨ ਨੰਬਰ
       *[patient] ਇੱਕ ਫ਼ੋਨ ਨੰਬਰ ਜਿਸ 'ਤੇ ਸੇਵਾ ਤੁਹਾਨੂੰ ਫ਼ੋਨ ਕਰ ਸਕੇ, ਜੇ ਤੁਹਾਡੇ ਕੋਲ ਹੈ
    }
request-language-label =
    { $audience ->
        [patient] ਜੋ ਭਾਸ਼ਾ ਤੁਸੀਂ ਬੋਲਦੇ ਹੋ
       *[other] ਜੋ ਭਾਸ਼ਾ ਉਹ ਬੋਲਦੇ ਹਨ
    }
# Last in the list of languages; shows a box to type the language in.
request-language-other = ਕੋਈ ਹੋਰ ਭਾਸ਼ਾ
request-other-language-label = ਕਿਹੜੀ ਭਾਸ਼ਾ?
request-interpreter-legend =
    { $audience ->
        [patient] ਕੀ ਤੁਹਾਨੂੰ ਦੁਭਾਸ਼ੀਏ (interpreter) ਦੀ ਲੋੜ ਹੈ?
       *[other] ਕੀ ਉਨ੍ਹਾਂ ਨੂੰ ਦੁਭਾਸ਼ੀਏ (interpreter) ਦੀ ਲੋੜ ਹੈ?
    }
request-yes = ਹਾਂ
request-no = ਨਹੀਂ
request-english-heading = ਸੁਨੇਹਾ, ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ
request-translation-heading = ਇਸ ਵਿੱਚ ਕੀ ਲਿਖਿਆ ਹੈ, ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ
request-not-saved = ਇਹ ਸੁਨੇਹਾ ਸਾਂਭਿਆ ਨਹੀਂ ਜਾਂਦਾ। ਜਦੋਂ ਤੁਸੀਂ ਇਹ ਪੰਨਾ ਛੱਡੋਗੇ, ਇਹ ਮਿਟ ਜਾਵੇਗਾ।
# The provider’s name is shown above these links.
request-send-text = ਇਸ ਨੂੰ ਟੈਕਸਟ ਸੁਨੇਹੇ ਵਜੋਂ ਭੇਜੋ
request-send-email = ਇਸ ਨੂੰ ਈਮੇਲ ਵਜੋਂ ਭੇਜੋ
request-or-call = ਜਾਂ ਫ਼ੋਨ ਕਰੋ:
# With no local IMHA service configured: the card is for a nurse or ward staff.
request-no-provider =
    { $audience ->
        [carer] ਇਹ ਸੁਨੇਹਾ ਵਾਰਡ ਦੇ ਸਟਾਫ਼ ਨੂੰ, ਜਾਂ ਜਿਸ ਵਿਅਕਤੀ ਬਾਰੇ ਤੁਸੀਂ ਪੁੱਛ ਰਹੇ ਹੋ ਉਨ੍ਹਾਂ ਦੀ ਕੇਅਰ ਟੀਮ ਨੂੰ ਦਿਖਾਓ। IMHA ਸੇਵਾ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਵਿੱਚ ਉਸ ਵਿਅਕਤੀ ਦੀ ਮਦਦ ਕਰਨਾ ਉਨ੍ਹਾਂ ਲਈ ਲਾਜ਼ਮੀ ਹੈ।
        [staff] ਇਹ ਸੁਨੇਹਾ ਸਥਾਨਕ IMHA ਸੇਵਾ ਤੱਕ ਪਹੁੰਚਾਓ।
       *[patient] ਇਹ ਸੁਨੇਹਾ ਕਿਸੇ ਨਰਸ ਜਾਂ ਵਾਰਡ ਦੇ ਸਟਾਫ਼ ਨੂੰ ਦਿਖਾਓ। IMHA ਸੇਵਾ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰਨਾ ਉਨ੍ਹਾਂ ਲਈ ਲਾਜ਼ਮੀ ਹੈ।
    }
# Shows the message in large type, filling the screen, to hand to a nurse.
request-show-card = ਸੁਨੇਹਾ ਪੂਰੀ ਸਕਰੀਨ 'ਤੇ ਦਿਖਾਓ
request-card-close = ਬੰਦ ਕਰੋ
