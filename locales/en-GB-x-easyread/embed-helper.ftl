# SPDX-License-Identifier: MIT OR Apache-2.0

### The staff page's embed helper: for a trust's web team, the code that
### puts this service on the trust's website.

embed-heading = Put this service on your trust’s website
embed-intro =
    This part is for your web team.
    Choose the ward and the language.
    Choose how to put the service on your page.
    Then copy the code into a page of your trust’s website.
    The code works on the website this page comes from.
embed-provider-label = Independent mental health advocacy (IMHA) service for the ward
# The last choice: no provider named in the code, so the settings file's default is used.
embed-provider-default = The usual service for this website
# When the trust has set no IMHA services in providers.json.
embed-no-providers =
    No independent mental health advocacy (IMHA) services are set up for this website yet.
    So the service will tell people to ask ward staff.
    Your web team can add IMHA services in providers.json.
    providers.json is the settings file for this website.
embed-language-label = Language
# The first choice: no language in the code.
embed-language-browser = The language the reader’s browser is set to
embed-how-label = How to put the service on your page
embed-how-script = Script and element (the best way)
# $policy is code (a Content Security Policy); keep it as it is.
embed-how-script-hint =
    The service shows inside your page.
    Your page has a Content Security Policy.
    It is a list of what your page is allowed to load.
    It must allow { $policy }.
embed-how-iframe = Frame (iframe)
# $policy is code (a Content Security Policy); keep it as it is.
embed-how-iframe-hint =
    The service shows in a frame.
    A frame is a box inside your page.
    The frame grows to fit the service.
    Your page’s Content Security Policy must allow { $policy }.
    In your stylesheet, make the frame the full width of the page.
    Also give the frame no border.
embed-code-label = The code to copy
embed-copy = Copy the code
embed-copied =
    The code is copied.
    Paste it into your page where the service should appear.
embed-copy-failed =
    Your browser did not let this page copy the code.
    Select the code and copy it yourself.
# The frame's name for screen readers, in the code the web team copies.
embed-frame-title = Find out if you can get an independent mental health advocate
