// Progress survives in localStorage, and falls back to memory where storage
// is blocked (a sandboxed iframe throws on any access to localStorage).
import { test, afterEach } from "node:test";
import assert from "node:assert/strict";
import { openProgress } from "../progress.js";

const original = Object.getOwnPropertyDescriptor(globalThis, "localStorage");
afterEach(() => {
  if (original) Object.defineProperty(globalThis, "localStorage", original);
  else delete globalThis.localStorage;
});

function fakeStorage() {
  const m = new Map();
  return {
    getItem: (k) => (m.has(k) ? m.get(k) : null),
    setItem: (k, v) => { m.set(k, String(v)); },
    removeItem: (k) => { m.delete(k); },
  };
}

test("progress is kept in localStorage and read back by the next page", () => {
  Object.defineProperty(globalThis, "localStorage", { value: fakeStorage(), configurable: true });
  const p = openProgress();
  assert.equal(p.persistent, true);
  p.update("ex01", (e) => { e.solved = true; e.hints = 2; });
  const again = openProgress();
  assert.deepEqual(again.get("ex01"), { solved: true, hints: 2 });
});

test("blocked storage: progress works in memory and says it is not kept", () => {
  Object.defineProperty(globalThis, "localStorage", {
    get() { throw new DOMException("The document is sandboxed and lacks the 'allow-same-origin' flag.", "SecurityError"); },
    configurable: true,
  });
  const p = openProgress();
  assert.equal(p.persistent, false);
  p.update("ex02", (e) => { e.hints = 1; });
  p.update("ex02", (e) => { e.hints = (e.hints || 0) + 1; });
  assert.deepEqual(p.get("ex02"), { hints: 2 });
});

test("storage that fills up mid-visit falls back without losing what was recorded", () => {
  const s = fakeStorage();
  let full = false;
  const setItem = s.setItem;
  s.setItem = (k, v) => { if (full && k !== "__taskline_probe") throw new DOMException("quota", "QuotaExceededError"); setItem(k, v); };
  Object.defineProperty(globalThis, "localStorage", { value: s, configurable: true });
  const p = openProgress();
  full = true;
  p.update("ex03", (e) => { e.solved = true; });
  assert.equal(p.persistent, false);
  assert.deepEqual(p.get("ex03"), { solved: true });
});
