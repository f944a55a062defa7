// @ts-check
// The one engine every <taskline-playground> on a page shares: one wasm
// download, one compilation, one worker, started the first time a
// playground needs it. It works when the page is on another origin than
// Taskline: the wasm is fetched with CORS, and the worker (which a page may
// only start from its own origin) is started from a small same-origin blob
// that loads Taskline's worker script from its real address.

import { Client } from "../src/client.js";

/** Set by the entry script (embed.js) when it knows better than the default. @type {string|null} */
let base = null;

/** Says where the build outputs are (worker.js, wasm_exec.js, taskline.wasm). @param {string} url */
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

/** @type {Client|null} */
let client = null;
/** @type {Set<(state: string) => void>} */
const listeners = new Set();
let state = "idle"; // idle → loading → ready | failed

/** @param {string} s */
function setState(s) {
  state = s;
  for (const f of listeners) f(s);
}

/** Reports the engine's state now and on every change. @param {(state: string) => void} f */
export function onEngineState(f) {
  listeners.add(f);
  f(state);
  return () => listeners.delete(f);
}

/** The shared client, created (and its download started) on first call. */
export function engine() {
  if (!client) {
    const base = assetBase();
    client = new Client({ wasmURL: new URL("taskline.wasm", base).href, workerURL: workerURL(base) });
    setState("loading");
    client.start().then(() => setState("ready"), () => setState("failed"));
  }
  return client;
}
