# SPDX-License-Identifier: MIT OR Apache-2.0

### A shared device: a ward tablet, a family room's computer or a phone
### passed round, set up (by the provider's configuration or a link's
### ?device=shared) so that one person's answers are not left for the next.
### The answers are cleared after 10 minutes without use, with a warning
### 2 minutes before; the result and request pages offer "Finish and clear".

## The warning, shown over the page after 8 minutes without use

# The warning's heading.
idle-warning-heading = کیا آپ ابھی یہاں ہیں؟
idle-warning = یہ آلہ مشترکہ ہے۔ رازداری کے لیے، آپ کے جوابات 2 منٹ میں مٹا دیے جائیں گے۔
# The warning's button: it keeps the answers.
idle-warning-still-here = میں ابھی یہاں ہوں

## Shown on the start page once the answers are cleared

# After 10 minutes without use.
notice-answers-cleared-after-inactivity = آپ کے جوابات مٹا دیے گئے کیونکہ یہ آلہ 10 منٹ تک استعمال نہیں ہوا۔ اس طرح اگلا شخص انہیں نہیں دیکھ سکتا۔
# After "Finish and clear".
notice-answers-cleared = آپ کے جوابات مٹا دیے گئے ہیں۔ اس آلے کو استعمال کرنے والا اگلا شخص انہیں نہیں دیکھ سکے گا۔

## At the end of the result and of the request for an advocate

finish-hint = یہ آلہ مشترکہ ہے۔ جب آپ مکمل کر لیں تو اپنے جوابات مٹا دیں تاکہ اگلا شخص انہیں نہ دیکھ سکے۔
# The button: it clears the answers and goes back to the start.
finish-and-clear = ختم کریں اور مٹا دیں

## The privacy page, after what the browser's history keeps

privacy-shared-device = مشترکہ استعمال کے لیے تیار کیے گئے آلے پر، جیسے وارڈ کا ٹیبلٹ، پتے میں کبھی آپ کے جوابات نہیں ہوتے، اور وہ 10 منٹ تک استعمال نہ ہونے پر، یا جب آپ “{ finish-and-clear }” چنیں، مٹا دیے جاتے ہیں۔
