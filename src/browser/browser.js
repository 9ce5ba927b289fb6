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

// A shared device's watch for use: see src/browser/shared_device.rs.
export function guard_shared_device(root, look) {
  let last = Date.now(), timer, before = null, warned = false;
  const check = () => {
    clearTimeout(timer);
    const wait = look(Date.now() - last);
    if (wait >= 0) timer = setTimeout(check, wait);
  };
  const used = () => { last = Date.now(); check(); };
  const restored = (event) => { if (event.persisted) location.reload(); };
  const uses = ['click', 'keydown', 'input', 'scroll'];
  const focus = new MutationObserver(() => {
    const button = root.querySelector('.idle-warning button');
    if (button && !warned) {
      before = root.activeElement;
      button.focus();
    } else if (!button && warned && (!root.activeElement || root.activeElement === document.body)) {
      before?.focus();
    }
    warned = !!button;
  });
  uses.forEach((use) => addEventListener(use, used, true));
  document.addEventListener('visibilitychange', check);
  addEventListener('pageshow', restored);
  focus.observe(root, { childList: true, subtree: true });
  check();
  return () => {
    clearTimeout(timer);
    uses.forEach((use) => removeEventListener(use, used, true));
    document.removeEventListener('visibilitychange', check);
    removeEventListener('pageshow', restored);
    focus.disconnect();
  };
}

// Copies `text` to the clipboard; resolves to whether the browser allowed it.
export function copy_text(text) {
  if (!navigator.clipboard) return Promise.resolve(false);
  return navigator.clipboard.writeText(text).then(() => true, () => false);
}
