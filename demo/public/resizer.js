// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors
//
// compute-calc iframe resizer, for the page that embeds `embed.html` in an <iframe>: sizes each
// iframe to the height its widget reports. Include once with <script src="resizer.js" defer>.
// Only heights from the iframes on this page are applied; nothing else is read or sent.
(() => {
  if (window.__computeCalcResizer) return;
  window.__computeCalcResizer = true;
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'compute-calc:height' || typeof data.height !== 'number' || !(data.height >= 0)) return;
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = `${Math.min(data.height, 10000)}px`;
    }
  });
})();
