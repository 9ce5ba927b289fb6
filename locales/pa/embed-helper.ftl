# SPDX-License-Identifier: MIT OR Apache-2.0

### The staff page's embed helper: for a trust's web team, the code that
### puts this service on the trust's website.

embed-heading = ਇਸ ਸੇਵਾ ਨੂੰ ਆਪਣੇ NHS ਟਰੱਸਟ ਦੀ ਵੈੱਬਸਾਈਟ 'ਤੇ ਲਗਾਓ
embed-intro = ਤੁਹਾਡੀ ਵੈੱਬ ਟੀਮ ਲਈ। ਵਾਰਡ, ਭਾਸ਼ਾ ਅਤੇ ਸੇਵਾ ਨੂੰ ਐਂਬੈੱਡ ਕਰਨ ਦਾ ਤਰੀਕਾ ਚੁਣੋ, ਫਿਰ ਕੋਡ ਕਾਪੀ ਕਰਕੇ ਆਪਣੇ ਟਰੱਸਟ ਦੀ ਵੈੱਬਸਾਈਟ ਦੇ ਕਿਸੇ ਪੰਨੇ ਵਿੱਚ ਪਾਓ। ਇਹ ਕੋਡ ਉਸੇ ਵੈੱਬਸਾਈਟ 'ਤੇ ਕੰਮ ਕਰਦਾ ਹੈ ਜਿਸ ਤੋਂ ਇਹ ਪੰਨਾ ਆਇਆ ਹੈ।
embed-provider-label = IMHA ਸੇਵਾ (ਵਾਰਡ)
# The last choice: no provider named in the code, so the settings file's default is used.
embed-provider-default = ਇਸ ਵੈੱਬਸਾਈਟ ਲਈ ਆਮ ਸੇਵਾ
# When the trust has set no IMHA services in providers.json.
embed-no-providers = ਇਸ ਵੈੱਬਸਾਈਟ ਲਈ ਅਜੇ ਕੋਈ IMHA ਸੇਵਾ ਸੈੱਟ ਨਹੀਂ ਕੀਤੀ ਗਈ, ਇਸ ਲਈ ਇਹ ਸੇਵਾ ਲੋਕਾਂ ਨੂੰ ਵਾਰਡ ਦੇ ਸਟਾਫ਼ ਤੋਂ ਪੁੱਛਣ ਲਈ ਕਹੇਗੀ। ਤੁਹਾਡੀ ਵੈੱਬ ਟੀਮ ਇਹ ਸੇਵਾਵਾਂ providers.json ਵਿੱਚ ਜੋੜ ਸਕਦੀ ਹੈ।
embed-language-label = ਭਾਸ਼ਾ
# The first choice: no language in the code.
embed-language-browser = ਪੜ੍ਹਨ ਵਾਲੇ ਦੀ ਆਪਣੀ ਭਾਸ਼ਾ, ਜਿਵੇਂ ਉਨ੍ਹਾਂ ਦਾ ਬ੍ਰਾਊਜ਼ਰ ਦੱਸਦਾ ਹੈ
embed-how-label = ਐਂਬੈੱਡ ਕਰਨ ਦਾ ਤਰੀਕਾ
embed-how-script = ਸਕ੍ਰਿਪਟ ਅਤੇ ਐਲੀਮੈਂਟ (ਸਿਫ਼ਾਰਸ਼ ਕੀਤਾ ਗਿਆ)
# $policy is code (a Content Security Policy); keep it as it is.
embed-how-script-hint = ਸੇਵਾ ਤੁਹਾਡੇ ਪੰਨੇ ਦੇ ਅੰਦਰ ਦਿਸਦੀ ਹੈ। ਤੁਹਾਡੇ ਪੰਨੇ ਦੀ ਸਮੱਗਰੀ ਸੁਰੱਖਿਆ ਨੀਤੀ (Content Security Policy) ਵਿੱਚ { $policy } ਦੀ ਇਜਾਜ਼ਤ ਹੋਣਾ ਲਾਜ਼ਮੀ ਹੈ।
embed-how-iframe = ਫ਼ਰੇਮ (iframe)
# $policy is code (a Content Security Policy); keep it as it is.
embed-how-iframe-hint = ਸੇਵਾ ਇੱਕ ਫ਼ਰੇਮ ਵਿੱਚ ਦਿਸਦੀ ਹੈ ਜੋ ਉਸ ਦੇ ਨਾਪ ਮੁਤਾਬਕ ਵੱਡਾ ਹੋ ਜਾਂਦਾ ਹੈ। ਤੁਹਾਡੇ ਪੰਨੇ ਦੀ ਸਮੱਗਰੀ ਸੁਰੱਖਿਆ ਨੀਤੀ (Content Security Policy) ਵਿੱਚ { $policy } ਦੀ ਇਜਾਜ਼ਤ ਹੋਣਾ ਲਾਜ਼ਮੀ ਹੈ। ਆਪਣੀ ਸਟਾਈਲਸ਼ੀਟ ਵਿੱਚ ਫ਼ਰੇਮ ਨੂੰ ਪੂਰੀ ਚੌੜਾਈ ਦਿਓ ਅਤੇ ਕੋਈ ਬਾਰਡਰ ਨਾ ਰੱਖੋ।
embed-code-label = ਕਾਪੀ ਕਰਨ ਵਾਲਾ ਕੋਡ
embed-copy = ਕੋਡ ਕਾਪੀ ਕਰੋ
embed-copied = ਕਾਪੀ ਹੋ ਗਿਆ। ਇਸ ਨੂੰ ਆਪਣੇ ਪੰਨੇ ਵਿੱਚ ਉੱਥੇ ਪੇਸਟ ਕਰੋ ਜਿੱਥੇ ਸੇਵਾ ਦਿਸਣੀ ਚਾਹੀਦੀ ਹੈ।
embed-copy-failed = ਤੁਹਾਡੇ ਬ੍ਰਾਊਜ਼ਰ ਨੇ ਇਸ ਪੰਨੇ ਨੂੰ ਕਾਪੀ ਨਹੀਂ ਕਰਨ ਦਿੱਤਾ। ਕੋਡ ਚੁਣੋ ਅਤੇ ਖ਼ੁਦ ਕਾਪੀ ਕਰੋ।
# The frame's name for screen readers, in the code the web team copies.
embed-frame-title = ਪਤਾ ਕਰੋ ਕਿ ਕੀ ਤੁਹਾਨੂੰ ਸੁਤੰਤਰ ਮਾਨਸਿਕ ਸਿਹਤ ਹਿਮਾਇਤੀ ਮਿਲ ਸਕਦਾ ਹੈ
