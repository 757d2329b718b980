// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Loaded first, as a classic external script (no inline script: the strict pages forbid it), so
// it records from the start what the test reads later: CSP violations, uncaught errors and
// rejections, and console warnings (still passed through to the console).
(function () {
  var record = { violations: [], errors: [], warnings: [] };
  window.__ccRecord = record;
  window.addEventListener('securitypolicyviolation', function (e) {
    record.violations.push(
      [e.effectiveDirective || e.violatedDirective, e.blockedURI || '(inline)', (e.sourceFile || '') + ':' + e.lineNumber, e.sample || ''].join(' | '),
    );
  }, true);
  window.addEventListener('error', function (e) {
    record.errors.push('error: ' + e.message);
  });
  window.addEventListener('unhandledrejection', function (e) {
    record.errors.push('unhandled rejection: ' + String(e.reason));
  });
  var warn = console.warn;
  console.warn = function () {
    record.warnings.push(Array.prototype.map.call(arguments, String).join(' '));
    return warn.apply(console, arguments);
  };
  // Every way a script could phone home, counted (the calls still go through).
  record.network = [];
  var note = function (what) { record.network.push(what); };
  if (window.fetch) {
    var f = window.fetch;
    window.fetch = function (input) { note('fetch ' + String(input && input.url || input)); return f.apply(this, arguments); };
  }
  if (navigator.sendBeacon) {
    var b = navigator.sendBeacon;
    navigator.sendBeacon = function (url) { note('beacon ' + url); return b.apply(navigator, arguments); };
  }
  var open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) { note('xhr ' + url); return open.apply(this, arguments); };
  var WS = window.WebSocket;
  window.WebSocket = function (url, protocols) { note('websocket ' + url); return new WS(url, protocols); };
  var ES = window.EventSource;
  if (ES) window.EventSource = function (url, init) { note('eventsource ' + url); return new ES(url, init); };
  if (performance.setResourceTimingBufferSize) performance.setResourceTimingBufferSize(2000);
})();
