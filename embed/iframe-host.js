// For a trust's page that shows the IMHA rights checker in an iframe:
// sizes each <iframe data-imha-rights-checker-frame> to its content, so the
// frame has no scroll bar of its own. Include it from your own site:
//   <script src="iframe-host.js" defer></script>
// It listens only for the height messages the app sends, only from the
// frames marked, and sets only their height.
window.addEventListener('message', (event) => {
  const message = event.data;
  if (!message || message.type !== 'imha-rights-checker:height') return;
  const height = Number(message.height);
  if (!Number.isFinite(height) || height <= 0) return;
  for (const frame of document.querySelectorAll('iframe[data-imha-rights-checker-frame]')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(height)}px`;
  }
});
