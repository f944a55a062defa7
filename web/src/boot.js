// @ts-check
// The playground page's first script (static/index.html loads it, async, at
// the top of <head>). It starts the Python engine's worker before anything
// else, so that the engine downloads and compiles, and Go's runtime starts,
// while the page is still loading its own scripts and styles: those reach
// the worker's pace only later, when app.js runs. client.js then adopts the
// worker (Client.start); until it does, this keeps what the worker said.
"use strict";
(() => {
  const url = new URL("/build/taskline.wasm", location.href).href;
  /** @type {Event[]} */
  const said = [];
  const keep = (/** @type {Event} */ e) => { said.push(e); };
  const keepError = (/** @type {Event} */ e) => { said.push(e); e.preventDefault(); };
  const worker = new Worker("/build/worker.js", { name: url });
  worker.addEventListener("message", keep);
  worker.addEventListener("error", keepError);
  /** Hands the worker to its owner with what it said before. @param {Worker} w */
  const replay = (w) => {
    worker.removeEventListener("message", keep);
    worker.removeEventListener("error", keepError);
    for (const e of said) {
      if (e.type === "message") w.onmessage?.call(w, /** @type {MessageEvent} */ (e));
      else w.onerror?.call(w, /** @type {ErrorEvent} */ (e));
    }
  };
  const g = /** @type {any} */ (globalThis);
  g.tasklineBoot = { ...g.tasklineBoot, [url]: { worker, replay } };
})();
