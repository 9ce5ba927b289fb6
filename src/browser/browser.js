// The JavaScript the WebAssembly imports, in one file: wasm-bindgen copies
// it beside its own script, which a strict Content Security Policy allows.

// In an iframe, sends the parent { type, height } now and at each change.
export function report_height_to_parent(type) {
  if (window.parent === window) return;
  const root = document.documentElement;
  // The height is all that is sent: nothing about the person.
  new ResizeObserver(() => window.parent.postMessage({ type, height: root.scrollHeight }, '*')).observe(root);
}

// Read aloud: when a page in `root` has a .listen place, downloads listen.js
// from `url` (once) and offers it there; stops it when the place goes.
export function offer_read_aloud(root, url) {
  let place = null, stop = null, module = null;
  const check = () => {
    const now = root.querySelector('.listen');
    if (now === place) return;
    if (stop) stop();
    place = now;
    stop = null;
    if (now) (module ||= import(url)).then((m) => { if (place === now) stop = m.listen(now); }, () => {});
  };
  new MutationObserver(check).observe(root, { childList: true, subtree: true });
  check();
}

// Copies `text` to the clipboard; resolves to whether the browser allowed it.
export function copy_text(text) {
  if (!navigator.clipboard) return Promise.resolve(false);
  return navigator.clipboard.writeText(text).then(() => true, () => false);
}
