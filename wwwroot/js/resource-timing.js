// The service worker is handed every file of the first load; the default buffer of 250 entries is too small.
// (A file of its own, not inline: the page's Content-Security-Policy runs no inline script.)
if (performance.setResourceTimingBufferSize) performance.setResourceTimingBufferSize(3000);
