// @ts-check
// The /embed page: one playground filling an iframe. The program comes from
// the fragment — #lang=python&code=BASE64URL (as the playground page), or
// #id=SHARE_ID for a stored snippet — and the parent page can drive it with
// postMessage (docs/EMBED.md):
//
//   in:  {type: "taskline:set-code", code, lang?, python?}   replace the program
//        {type: "taskline:run"}                              run it (stopping a run in progress)
//        {type: "taskline:stop"}                             stop the run in progress
//   out: {type: "taskline:ready"}                            once, when it can take messages
//        {type: "taskline:outcome", outcome, lanes, events}  after every run, however it ended
//        {type: "taskline:resize", height}                   the page's height, when it changes
//
// Only messages from the parent window are read; outcomes go to the parent
// only. A run whose engine died still ends with an outcome (kind "internal",
// error type "EngineFailed"), and the frame goes on answering: the engine
// is restarted under it.

import { escapeScript } from "./playground.js";
import { parseHash } from "../src/share.js";
import { reportSize } from "./frame-size.js";

const host = /** @type {HTMLElement} */ (document.getElementById("host"));
const note = /** @type {HTMLElement} */ (document.getElementById("note"));

/** @param {{lang: string, code: string, python?: string}} prog */
function mount(prog) {
  host.textContent = "";
  const p = /** @type {any} */ (document.createElement("taskline-playground"));
  p.setAttribute("language", prog.lang === "go" ? "go" : "python");
  if (prog.python) p.setAttribute("python", prog.python);
  const params = new URLSearchParams(location.hash.slice(1));
  if (params.has("readonly")) p.setAttribute("readonly", "");
  if (params.has("autorun")) p.setAttribute("autorun", "");
  const src = document.createElement("script");
  src.type = "text/plain";
  src.textContent = escapeScript(prog.code);
  p.append(src);
  host.append(p);
  return p;
}

async function load() {
  const params = new URLSearchParams(location.hash.slice(1));
  const id = params.get("id");
  if (id) {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new Error(`bad share id ${JSON.stringify(id)}`);
    const r = await fetch(`/api/share/${id}`);
    if (!r.ok) throw new Error(`snippet ${id}: ${r.status} ${r.statusText}`);
    const s = await r.json();
    return { lang: s.lang || "python", code: s.code || "", python: s.python };
  }
  return parseHash(location.hash) || { lang: "python", code: "import asyncio\n\n\nasync def main():\n    print(\"hello\")\n\n\nasyncio.run(main())\n" };
}

/** @type {any} */
let play = null;
const parentWindow = window.parent !== window ? window.parent : null;

/** @param {any} msg */
function post(msg) {
  if (parentWindow) parentWindow.postMessage(msg, "*");
}

if (parentWindow) reportSize(post);

window.addEventListener("message", (e) => {
  if (!parentWindow || e.source !== parentWindow || !play) return;
  const m = e.data || {};
  if (m.type === "taskline:set-code" && typeof m.code === "string") {
    if (m.lang === "python" || m.lang === "go") {
      play = mount({ lang: m.lang, code: m.code, python: m.python });
      wire(play);
    } else {
      play.code = m.code;
    }
  } else if (m.type === "taskline:run") {
    runNow();
  } else if (m.type === "taskline:stop") {
    play.stop();
  }
});

/** Runs after every earlier request, so that each gets its outcome. */
let chain = Promise.resolve();

/** Runs the program; a run in progress (from a message or the Run button) is stopped first. */
function runNow() {
  if (play.running) play.stop();
  chain = chain.then(async () => {
    while (play.running) await new Promise((r) => setTimeout(r, 20));
    await play.run();
  }).catch(() => {});
}

/** @param {any} p */
function wire(p) {
  p.addEventListener("taskline:run", (/** @type {CustomEvent} */ e) => {
    const t = e.detail.trace;
    post({ type: "taskline:outcome", outcome: t.outcome, lanes: t.tasks.length, events: t.events.length });
  });
}

load().then((prog) => {
  play = mount(prog);
  wire(play);
  post({ type: "taskline:ready" });
}, (err) => {
  note.textContent = `Could not open the program: ${err.message}`;
  note.hidden = false;
});
