# SPDX-License-Identifier: MIT OR Apache-2.0

## The review page (#/review?lang=<tag>): for qualified translators checking a
## translation. The words approved, status and comment stay in English: they
## are what the review sheet's columns and tools/review-import read.

review-link = ਅਨੁਵਾਦ ਦੀ ਸਮੀਖਿਆ ਕਰੋ (ਅਨੁਵਾਦਕਾਂ ਲਈ)
review-choose-heading = ਅਨੁਵਾਦ ਦੀ ਸਮੀਖਿਆ ਕਰੋ
review-heading = ਅਨੁਵਾਦ ਦੀ ਸਮੀਖਿਆ: { $language }
review-intro = ਯੋਗ ਅਨੁਵਾਦਕਾਂ ਲਈ: ਅਨੁਵਾਦ ਦਾ ਹਰ ਸੁਨੇਹਾ ਉਸਦੇ ਅੰਗਰੇਜ਼ੀ ਮੂਲ ਪਾਠ ਦੇ ਨਾਲ, ਉਸ ਸਕ੍ਰੀਨ ਅਨੁਸਾਰ ਸਮੂਹਬੱਧ ਜਿੱਥੇ ਉਹ ਦਿਖਾਈ ਦਿੰਦਾ ਹੈ। ਸੁਨੇਹੇ ਦੇ ਹਰ ਰੂਪ (ਵਿਅਕਤੀ ਖੁਦ, ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ ਜਾਂ ਸਟਾਫ਼ ਲਈ) ਦੀ ਆਪਣੀ ਕਤਾਰ ਹੈ।
review-how = ਸਮੀਖਿਆ ਸ਼ੀਟ ਡਾਊਨਲੋਡ ਕਰੋ ਅਤੇ ਇਸਨੂੰ ਸਪ੍ਰੈਡਸ਼ੀਟ ਵਿੱਚ ਖੋਲ੍ਹੋ। ਹਰ ਕਤਾਰ ਵਿੱਚ status ਕਾਲਮ ਵਿੱਚ approved ਲਿਖੋ, ਜਾਂ ਅਨੁਵਾਦ ਠੀਕ ਕਰੋ ਅਤੇ comment ਕਾਲਮ ਵਿੱਚ ਕਾਰਨ ਦੱਸੋ। ਫਿਰ ਸ਼ੀਟ ਇਸ ਸੇਵਾ ਨੂੰ ਚਲਾਉਣ ਵਾਲਿਆਂ ਨੂੰ ਵਾਪਸ ਭੇਜੋ।
review-termbase = ਇਸ ਭਾਸ਼ਾ ਦੇ ਕਾਨੂੰਨੀ ਸ਼ਬਦਾਂ ਦੀ ਸਹਿਮਤ ਸੂਚੀ ਦੇ ਸ਼ਬਦ ਉਭਾਰੇ ਗਏ ਹਨ।
review-no-termbase = ਇਸ ਭਾਸ਼ਾ ਲਈ ਅਜੇ ਕਾਨੂੰਨੀ ਸ਼ਬਦਾਂ ਦੀ ਕੋਈ ਸਹਿਮਤ ਸੂਚੀ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਕੋਈ ਸ਼ਬਦ ਉਭਾਰਿਆ ਨਹੀਂ ਗਿਆ।
review-download = ਸਮੀਖਿਆ ਸ਼ੀਟ ਡਾਊਨਲੋਡ ਕਰੋ (CSV)
review-print = ਇਹ ਪੰਨਾ ਪ੍ਰਿੰਟ ਕਰੋ
review-column-message = ਸੁਨੇਹਾ
review-missing = ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ
