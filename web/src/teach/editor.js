// @ts-check
// /teach.html: a teacher writes an exercise set in the browser — for each
// exercise a prompt, starter code, a hidden solution, checks (the syntax of
// a lesson's ```checks block, read by the Go parser in the wasm), hints —
// tries the solution against the checks, previews the set as a student sees
// it, and shares it: through the share API when the server has one (a
// snippet of kind "set"), else as a link that carries the set itself.

import { engine } from "../../embed/runtime.js";
import { evaluate } from "../../embed/checks.js";
import { blankExercise, blankSet, forStudents, parseSet, serialize, dataHash, MAX_SET_BYTES } from "./set.js";
import { renderSet, h } from "./render.js";
import { loadSet, download } from "./setpage.js";

const DRAFT = "taskline-teach-draft-v1";
const $ = (/** @type {string} */ id) => /** @type {any} */ (document.getElementById(id));

/** @type {Promise<(text: string) => Promise<{checks: any[], errors: string[]}>>|null} */
let parser = null;

/**
 * The check parser: the Go parser of the lessons, in the Python engine's
 * worker (the page runs no Go of its own).
 */
export function checkParser() {
  if (!parser) {
    parser = engine().start().then(() => (/** @type {string} */ text) => engine().parseChecks(text));
  }
  return parser;
}

/** An in-memory progress for the preview, so trying a set leaves no trace. */
function scratchProgress() {
  /** @type {Record<string, any>} */
  const m = {};
  return { get: (/** @type {string} */ id) => ({ ...(m[id] || {}) }), update(/** @type {string} */ id, /** @type {(e: any) => void} */ f) { const e = { ...(m[id] || {}) }; f(e); m[id] = e; }, all: () => ({ ...m }), persistent: false };
}

let uid = 0;
/**
 * One exercise's fields.
 * @param {import("./set.js").Exercise} e
 */
function exerciseForm(e) {
  const n = ++uid;
  const field = (/** @type {string} */ label, /** @type {HTMLElement} */ input, /** @type {string[]} */ [help] = []) => {
    input.id = `f${n}-${input.dataset.field}`;
    const kids = [h("label", { for: input.id }, [label]), input];
    if (help) { const hid = `${input.id}-help`; input.setAttribute("aria-describedby", hid); kids.push(h("small", { id: hid, class: "help" }, [help])); }
    return h("div", { class: "field" }, kids);
  };
  const text = (/** @type {string} */ name, /** @type {string} */ value, rows = 0) => {
    const el = /** @type {HTMLInputElement} */ (h(rows ? "textarea" : "input", rows ? { rows: String(rows), spellcheck: "false" } : { type: "text" }));
    el.dataset.field = name;
    el.value = value;
    return el;
  };
  const lang = /** @type {HTMLSelectElement} */ (h("select", {}, [h("option", { value: "python:3.11" }, ["Python 3.11"]), h("option", { value: "python:3.7" }, ["Python 3.7"]), h("option", { value: "go:" }, ["Go"])]));
  lang.dataset.field = "lang";
  lang.value = e.lang === "go" ? "go:" : `python:${e.python || "3.11"}`;
  const box = h("fieldset", { class: "exercise-form", "data-id": e.id }, [
    h("legend", {}, ["Exercise"]),
    field("Title", text("title", e.title)),
    field("Language", lang),
    field("What to do (shown to the student; blank lines separate paragraphs, `backquotes` for code)", text("prompt", e.prompt, 4)),
    field("Starter code (what the student starts from)", text("starter", e.starter, 8)),
    field("Solution (hidden from students; used to try the checks)", text("solution", e.solution || "", 8)),
    field("Checks, one a line; indented lines under a check are what a student reads when it fails", text("checks", e.checksText, 5),
      ["For example: stdout = \"done\\n\" · error none · cancelled worker · finished worker by 2s · no pending · at most 2 running · cancel of worker requested by main"]),
    field("Hints, shown one at a time; a blank line separates hints", text("hints", e.hints.join("\n\n"), 3)),
  ]);
  const result = h("div", { class: "try-result", role: "status" });
  const tryBtn = h("button", { type: "button", class: "try" }, ["Try the solution"]);
  const up = h("button", { type: "button", class: "move-up" }, ["Move up"]);
  const remove = h("button", { type: "button", class: "remove" }, ["Remove"]);
  box.append(h("div", { class: "row" }, [tryBtn, up, remove]), result);
  tryBtn.addEventListener("click", () => tryExercise(box, result));
  up.addEventListener("click", () => { const p = box.previousElementSibling; if (p) { box.parentElement?.insertBefore(box, p); relabel(); tryBtn.focus(); } saveDraft(); });
  remove.addEventListener("click", () => { const next = box.nextElementSibling || box.previousElementSibling; box.remove(); relabel(); saveDraft(); /** @type {any} */ (next?.querySelector("input"))?.focus(); });
  return box;
}

function relabel() {
  [...document.querySelectorAll(".exercise-form")].forEach((f, i) => { /** @type {HTMLElement} */ (f.querySelector("legend")).textContent = `Exercise ${i + 1}`; });
}

/** Reads one exercise's fields, checks parsed. @param {Element} box */
async function readExercise(box) {
  const v = (/** @type {string} */ k) => /** @type {HTMLInputElement} */ (box.querySelector(`[data-field="${k}"]`)).value;
  const [lang, py] = v("lang").split(":");
  const parsed = await (await checkParser())(v("checks"));
  /** @type {import("./set.js").Exercise} */
  const e = {
    id: /** @type {HTMLElement} */ (box).dataset.id || "", title: v("title").trim(), lang, prompt: v("prompt"), starter: v("starter"),
    solution: v("solution"), checksText: v("checks"), checks: parsed.checks,
    hints: v("hints").split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean),
  };
  if (lang === "python") e.python = py;
  return { e, errors: parsed.errors };
}

/** The whole set from the form; problems are listed rather than thrown. */
async function readSet() {
  const set = blankSet();
  set.id = $("set-form").dataset.id || set.id;
  set.title = $("set-title").value.trim();
  set.exercises = [];
  /** @type {string[]} */
  const problems = [];
  const boxes = [...document.querySelectorAll(".exercise-form")];
  for (let i = 0; i < boxes.length; i++) {
    const { e, errors } = await readExercise(boxes[i]);
    for (const err of errors) problems.push(`Exercise ${i + 1}, checks line ${err}`);
    if (!e.checks.length) problems.push(`Exercise ${i + 1} has no checks: a student could not tell when it is solved.`);
    set.exercises.push(e);
  }
  if (!set.title) problems.push("The set has no title.");
  return { set, problems };
}

/** Runs the solution and the starter, and says which checks each passes. @param {Element} box @param {HTMLElement} out */
async function tryExercise(box, out) {
  out.textContent = "Running…";
  const { e, errors } = await readExercise(box);
  if (errors.length) { out.textContent = `The checks do not parse: ${errors.join("; ")}`; return; }
  const opts = e.lang === "python" ? { lang: e.lang, python: e.python } : { lang: e.lang };
  const lines = [];
  for (const [name, code] of /** @type {[string, string][]} */ ([["solution", e.solution || ""], ["starter", e.starter]])) {
    if (!code.trim()) { lines.push(`The ${name} is empty.`); continue; }
    const { trace } = await engine().run(code, opts);
    const fails = e.checks.map((c) => [c, evaluate(c, trace)]).filter(([, r]) => !r.pass);
    lines.push(fails.length
      ? `The ${name} fails ${fails.length} of ${e.checks.length} checks: ` + fails.map(([c, r]) => `${c.text} (${r.detail})`).join("; ")
      : `The ${name} passes all ${e.checks.length} checks.`);
  }
  if (e.checks.length) lines.push(/fails/.test(lines[0]) ? "Fix the solution or the checks: a solved exercise must pass them all." : /starter passes all/.test(lines[1] || "") ? "The starter already passes: the exercise asks nothing yet." : "Good: the solution passes and the starter does not.");
  out.replaceChildren(...lines.map((l) => h("p", {}, [l])));
}

async function saveDraft() {
  try {
    const { set } = await readSet();
    localStorage.setItem(DRAFT, serialize(set));
  } catch { /* storage blocked or the parser not loaded: the draft is not kept */ }
}

/** @param {import("./set.js").ExerciseSet} set */
function fill(set) {
  $("set-form").dataset.id = set.id;
  $("set-title").value = set.title;
  $("exercises").replaceChildren(...set.exercises.map(exerciseForm));
  relabel();
}

export async function teachPage() {
  let set = null;
  try { set = await loadSet(); } catch (e) { $("share-status").textContent = /** @type {Error} */ (e).message; }
  if (!set) { try { const d = localStorage.getItem(DRAFT); if (d) set = parseSet(d); } catch { /* no draft */ } }
  fill(set || blankSet());
  checkParser().catch((e) => { $("share-status").textContent = `The check parser could not start: ${e.message}`; });
  $("set-form").addEventListener("submit", (/** @type {Event} */ e) => e.preventDefault());
  $("set-form").addEventListener("input", () => { clearTimeout(/** @type {any} */ (saveDraft).t); /** @type {any} */ (saveDraft).t = setTimeout(saveDraft, 500); });
  $("add").addEventListener("click", () => {
    const f = exerciseForm(blankExercise());
    $("exercises").append(f);
    relabel();
    /** @type {HTMLElement} */ (f.querySelector("input")).focus();
  });
  $("new-set").addEventListener("click", () => { if (confirm("Start a new, empty set? The one in the form is lost unless shared or downloaded.")) { history.replaceState(null, "", location.pathname); fill(blankSet()); saveDraft(); } });
  $("preview").addEventListener("click", async () => {
    const { set, problems } = await readSet();
    $("preview-box").hidden = false;
    $("preview-note").textContent = problems.length ? problems.join(" ") : "This is what a student sees. Runs here are not saved.";
    renderSet($("preview-set"), forStudents(set), scratchProgress());
    $("preview-h").focus();
  });
  $("download").addEventListener("click", async () => {
    const { set } = await readSet();
    download(`${(set.title || "set").replace(/[^\p{L}\p{N}]+/gu, "-")}.taskline-set.json`, serialize(forStudents(set)));
  });
  $("share").addEventListener("click", async () => {
    const out = $("share-status");
    const { set, problems } = await readSet();
    if (problems.length) { out.textContent = `Not shared yet: ${problems.join(" ")}`; return; }
    out.textContent = "Sharing…";
    const links = h("dl");
    for (const [label, doc] of /** @type {[string, any][]} */ ([["For the class (no solutions)", forStudents(set)], ["For you (with solutions, to edit later)", set]])) {
      const code = serialize(doc);
      if (new TextEncoder().encode(code).length > MAX_SET_BYTES) { out.textContent = `The set is over ${MAX_SET_BYTES >> 10} KiB: split it into two sets.`; return; }
      const page = doc === set ? "teach.html" : "set.html";
      let url;
      try {
        const resp = await fetch("/api/share", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ lang: "set", code }) });
        if (!resp.ok) throw new Error((await resp.json().catch(() => ({}))).error || String(resp.status));
        url = new URL(`${page}#set=${(await resp.json()).id}`, location.href).href;
      } catch (e) {
        // No share API (a static copy): the link carries the set itself.
        url = new URL(page + dataHash(doc), location.href).href;
      }
      const input = h("input", { type: "text", readonly: "", value: url, "aria-label": label });
      links.append(h("dt", {}, [label]), h("dd", {}, [input, " ", h("a", { href: url }, ["open"])]));
    }
    out.replaceChildren(h("p", {}, ["Shared. Copy a link:"]), links);
    /** @type {HTMLElement} */ (out.querySelector("input")).focus();
  });
}
