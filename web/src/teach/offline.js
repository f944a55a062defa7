// @ts-check
// Registers the service worker (static/sw.js) that keeps the playground,
// the lessons and the sets a person opened working offline. Pages that want
// it import this; embeds on other sites never do.

export function registerOffline() {
  if (!("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return;
  navigator.serviceWorker.register("/sw.js").catch(() => { /* offline use is a bonus; the page works without it */ });
}
