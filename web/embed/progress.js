// @ts-check
// A student's progress: which exercises are solved, how many hints were
// shown, what was predicted, the program last run. Kept in localStorage; where storage is blocked
// (a sandboxed iframe, strict privacy settings) it lives in memory for the
// visit, and says so.

const KEY = "taskline-progress-v1";

/** @typedef {{solved?: boolean, hints?: number, predicted?: number, predictedRight?: boolean, code?: string}} Entry */

/** @returns {{get(id: string): Entry, update(id: string, f: (e: Entry) => void): void, all(): Record<string, Entry>, persistent: boolean}} */
export function openProgress() {
  /** @type {Record<string, Entry>} */
  let memory = {};
  /** @type {Storage|null} */
  let storage = null;
  try {
    storage = globalThis.localStorage;
    const probe = "__taskline_probe";
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    memory = JSON.parse(storage.getItem(KEY) || "{}") || {};
  } catch {
    storage = null; // blocked: keep progress in memory only
  }
  const save = () => {
    if (!storage) return;
    try { storage.setItem(KEY, JSON.stringify(memory)); } catch { storage = null; }
  };
  return {
    get: (id) => ({ ...(memory[id] || {}) }),
    update(id, f) {
      const e = { ...(memory[id] || {}) };
      f(e);
      memory[id] = e;
      save();
    },
    all: () => ({ ...memory }),
    get persistent() { return storage !== null; },
  };
}
