// @ts-check
// The engines every <taskline-playground> on a page shares: for each
// language one wasm download, one compilation, one worker, started the
// first time a playground needs it (the Go engine only for a Go program). It works when the page is on another origin than
// Taskline: the wasm is fetched with CORS, and the worker (which a page may
// only start from its own origin) is started from a small same-origin blob
// that loads Taskline's worker script from its real address.

import { Engines } from "../src/client.js";

/** Set by the entry script (embed.js) when it knows better than the default. @type {string|null} */
let base = null;

/** Says where the build outputs are (worker.js, wasm_exec.js, taskline.wasm, taskline-go.wasm). @param {string} url */
export function setAssetBase(url) { base = url; }

/**
 * Where Taskline's build outputs are: window.TASKLINE_BASE if the page sets
 * it, else what the entry script said, else /build/ on the origin this
 * script came from.
 */
export function assetBase() {
  const w = /** @type {any} */ (globalThis);
  if (typeof w.TASKLINE_BASE === "string") return new URL(w.TASKLINE_BASE, location.href).href;
  if (base) return base;
  return new URL("/build/", import.meta.url).href;
}

/**
 * The worker's URL: the script itself on the same origin, else a blob that
 * resolves the worker's own importScripts against Taskline's origin.
 * @param {string} base
 */
export function workerURL(base) {
  const real = new URL("worker.js", base);
  if (real.origin === location.origin) return real.href;
  const src = `"use strict";
const base = ${JSON.stringify(base)};
const load = self.importScripts.bind(self);
self.importScripts = (...urls) => load(...urls.map((u) => new URL(u, base).href));
self.importScripts(${JSON.stringify(real.href)});
`;
  return URL.createObjectURL(new Blob([src], { type: "text/javascript" }));
}

/** @type {Engines|null} */
let engines = null;
/** @type {Set<{lang: string, f: (state: string) => void}>} */
const listeners = new Set();
/** Each engine's state: idle → loading → ready | failed. @type {Record<string, string>} */
const states = { python: "idle", go: "idle" };

/** @param {string} lang */
const norm = (lang) => (lang === "go" ? "go" : "python");

/** @param {string} lang @param {string} s */
function setState(lang, s) {
  states[lang] = s;
  for (const l of listeners) if (l.lang === lang) l.f(s);
}

/**
 * Reports the state of the engine of lang (Python by default) now and on
 * every change.
 * @param {(state: string) => void} f @param {string} [lang]
 */
export function onEngineState(f, lang = "python") {
  const l = { lang: norm(lang), f };
  listeners.add(l);
  f(states[l.lang]);
  return () => listeners.delete(l);
}

/**
 * The shared engines; the engine of lang (Python by default) is created,
 * and its download started, on the first call that names it.
 * @param {string} [lang]
 */
export function engine(lang = "python") {
  if (!engines) {
    const base = assetBase();
    engines = new Engines({ python: new URL("taskline.wasm", base).href, go: new URL("taskline-go.wasm", base).href, workerURL: workerURL(base) });
  }
  const l = norm(lang);
  if (states[l] === "idle") {
    setState(l, "loading");
    engines.start(l).then(() => setState(l, "ready"), () => setState(l, "failed"));
  }
  return engines;
}
