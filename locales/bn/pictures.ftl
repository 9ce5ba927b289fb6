# SPDX-License-Identifier: MIT OR Apache-2.0

### The credit for Easy Read's pictures, in the page footer. It is shown
### only on Easy Read pages, beside links to OpenMoji and its licence.

# Before the link to the pictures' source.
pictures-credit = ছবি:
# The name of the picture set: keep it as it is.
pictures-source = OpenMoji
# The name of the pictures' licence: keep it as it is.
pictures-licence = CC BY-SA 4.0
