# SPDX-License-Identifier: MIT OR Apache-2.0

### The staff page's embed helper: for a trust's web team, the code that
### puts this service on the trust's website.

embed-heading = Put this service on your trust’s website
embed-intro = For your web team. Choose the ward, the language and how to embed the service, then copy the code into a page of your trust’s website. The code works on the website this page comes from.
embed-provider-label = IMHA service (ward)
# The last choice: no provider named in the code, so the settings file's default is used.
embed-provider-default = The usual one for this website
# When the trust has set no IMHA services in providers.json.
embed-no-providers = No IMHA services are set up for this website yet, so the service will tell people to ask ward staff. Your web team can add them in providers.json.
embed-language-label = Language
# The first choice: no language in the code.
embed-language-browser = The reader’s own language, as their browser says
embed-how-label = How to embed it
embed-how-script = Script and element (recommended)
# $policy is code (a Content Security Policy); keep it as it is.
embed-how-script-hint = The service shows inside your page. Your page’s Content Security Policy must allow { $policy }.
embed-how-iframe = Frame (iframe)
# $policy is code (a Content Security Policy); keep it as it is.
embed-how-iframe-hint = The service shows in a frame that grows to fit it. Your page’s Content Security Policy must allow { $policy }. Give the frame the full width and no border in your stylesheet.
embed-code-label = The code to copy
embed-copy = Copy the code
embed-copied = Copied. Paste it into your page where the service should appear.
embed-copy-failed = Your browser did not let this page copy. Select the code and copy it yourself.
# The frame's name for screen readers, in the code the web team copies.
embed-frame-title = Find out if you can get an independent mental health advocate
