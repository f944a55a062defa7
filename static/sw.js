// Taskline's service worker: after a first visit the playground, the
// lessons and the exercise sets a person opened work offline.
//
// The app shell and the engine are cached when the worker installs. Every
// other same-origin GET (a lesson page, a shared set from /api/share/{id},
// a page's scripts) is answered from the network when there is one, and
// the answer kept; offline, the kept copy answers. The network comes first
// so that a new build is picked up at once; the engine's files are large,
// and are only re-fetched when the server has a new version (the browser's
// revalidation of what the cache copy was stored from). The Go engine
// (taskline-go.wasm) is not in the shell: a visitor who never runs Go never
// downloads it, and one who does keeps the copy fetched then.
"use strict";

const CACHE = "taskline-v1";
const SHELL = [
  "/", "/style.css", "/favicon.svg", "/embed.css", "/teach.html", "/set.html", "/teach.css",
  "/build/app.js", "/build/first-sight.js", "/build/editor.js", "/build/worker.js", "/build/wasm_exec.js", "/build/taskline.wasm",
  "/build/examples.json", "/build/teach.js", "/build/embed.js", "/build/lessons/lesson.js",
  "/build/lessons/lesson.css", "/lessons/",
];

self.addEventListener("install", (event) => {
  // One missing file must not stop the rest from being kept.
  event.waitUntil(caches.open(CACHE).then((c) => Promise.all(SHELL.map((u) => c.add(u).catch(() => {})))).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const resp = await fetch(req);
      if (resp.ok && resp.type === "basic") cache.put(req, resp.clone());
      return resp;
    } catch (err) {
      // Offline: the kept copy, matched without the query or the hash.
      const hit = await cache.match(req, { ignoreSearch: true });
      if (hit) return hit;
      throw err;
    }
  })());
});
