// SPDX-License-Identifier: MIT OR Apache-2.0
//
// Read aloud (see src/browser/speech.rs): downloaded when a question or
// result page is shown, not with the first screen. `listen(place)` puts a
// "Listen" button in `place` when the browser has a voice for
// `place.dataset.lang`, and reads the page's main region with it, one part
// at a time, the part being read carrying the class `listen-reading`.
// It returns a function that stops reading and takes the button away.

// The parts read, one utterance each, in the page's order; an element that
// holds another of them (a summary around its heading) is read through it.
const PARTS = 'h1, h2, h3, p, li, label, summary, .radios__hint';
// Not read: hidden text (inside a closed disclosure), and what is not
// printed either (buttons, "Clear my answers", this button).
const NOT_READ = '[hidden], .no-print, details:not([open]) > :not(summary)';
const READING = 'listen-reading';
const language = (tag) => tag.split(/[-_]/)[0].toLowerCase();
const text = (element) => element.textContent.replace(/\s+/g, ' ').trim();

// A voice for exactly the tag (en-GB), else one in its language (cy-GB for
// cy). Android writes voices' tags cy_GB. Only the device's own voices: a
// network voice (Chrome's Google voices) would send the page's words, and
// so the person's situation, to a third party.
function voiceFor(tag) {
  const voices = speechSynthesis.getVoices().filter((voice) => voice.localService);
  return voices.find((voice) => voice.lang.replace('_', '-').toLowerCase() === tag.toLowerCase())
    || voices.find((voice) => language(voice.lang) === language(tag));
}

export function listen(place) {
  const synthesis = window.speechSynthesis;
  if (!synthesis || !window.SpeechSynthesisUtterance) return () => {};
  const { lang: tag, listen: listenLabel, stop: stopLabel } = place.dataset;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button button--secondary';
  let reading = null;

  // The button, only while there is a voice (Chrome loads voices after the
  // page), or while reading, to stop with; its words say what it does.
  const show = () => {
    button.textContent = reading ? stopLabel : listenLabel;
    if (reading || voiceFor(tag)) {
      if (!button.isConnected) place.append(button);
    } else {
      button.remove();
    }
  };
  const stop = () => {
    if (!reading) return;
    reading.part?.classList.remove(READING);
    reading = null;
    synthesis.cancel();
  };
  const start = () => {
    // The page's own text: what follows the button in the main region
    // (not the notices above it, such as a draft translation's).
    const parts = [...(place.closest('main') || document).querySelectorAll(PARTS)].filter((part) =>
      place.compareDocumentPosition(part) & Node.DOCUMENT_POSITION_FOLLOWING
      && !part.closest(NOT_READ) && !part.querySelector(PARTS) && text(part));
    const voice = voiceFor(tag);
    const now = (reading = {});
    const read = (index) => {
      now.part?.classList.remove(READING);
      if (reading !== now) return;
      const part = (now.part = parts[index]);
      if (!part) {
        reading = null;
        return show();
      }
      // Held until its end: Chrome can drop an utterance nothing holds.
      const utterance = (now.utterance = new SpeechSynthesisUtterance(text(part)));
      utterance.lang = tag;
      if (voice) utterance.voice = voice;
      // On to the next part at the end (or a failure) of this one, unless
      // reading stopped meanwhile.
      const next = () => {
        if (now.utterance === utterance) read(index + 1);
      };
      utterance.addEventListener('end', next);
      utterance.addEventListener('error', next);
      part.classList.add(READING);
      synthesis.speak(utterance);
    };
    read(0);
  };

  button.addEventListener('click', () => {
    if (reading) stop();
    else start();
    show();
  });
  synthesis.addEventListener('voiceschanged', show);
  show();
  return () => {
    synthesis.removeEventListener('voiceschanged', show);
    stop();
    button.remove();
  };
}
