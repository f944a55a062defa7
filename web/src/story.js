// @ts-check
// "What happened": a run told in words. The engine's explain package derives
// the story (a summary, the causal steps, the pitfalls found with their fix);
// this module only draws it, the same way on the playground page and in the
// <taskline-playground> element. It also splits the uncaught error off the
// program's output, so the page shows the error once, in full, in an alert.
//
// Nothing here interprets program text as HTML: every string goes in with
// textContent.

import { printsOf } from "./output.js";
import { morph } from "./morph.js";

/**
 * The run's story as engine/explain writes it (docs/TRACE.md).
 * @typedef {{kind: string, task: number, label: string, line: number, event: number, text: string}} Step
 * @typedef {{id: string, line: number, text: string, fix: string, program?: string, lesson?: string, title: string, task: number}} Finding
 * @typedef {{summary: string, steps: Step[], findings: Finding[]}} Story
 * @typedef {{stream: number, text: string}} Print
 */

/**
 * Splits the uncaught error off a run's output. The runtime writes the error
 * last on stderr — CPython's traceback (with any chained exceptions), Go's
 * panic or deadlock report, a syntax error — either as the run's last stderr
 * print or, for a program that never started, as stderr beyond every print.
 * That text goes to the alert; the prints and the outcome's stderr keep the
 * rest, so nothing is printed twice. Without an error, nothing is split.
 * @param {any} trace
 * @returns {{prints: Print[], outcome: any, text: string}}
 *   text: the error as the runtime printed it ("" if it printed nothing
 *   recognisable; the alert then shows the error's last line)
 */
export function splitFailure(trace) {
  const o = trace.outcome || {};
  /** @type {Print[]} */
  const prints = printsOf(trace);
  if (!o.error) return { prints, outcome: o, text: "" };
  const stderr = o.stderr || "";
  const printed = prints.filter((p) => p.stream === 2).map((p) => p.text).join("");
  if (stderr.length > printed.length && stderr.startsWith(printed)) {
    return { prints, outcome: { ...o, stderr: printed }, text: stderr.slice(printed.length) };
  }
  let k = prints.length - 1;
  while (k >= 0 && prints[k].stream !== 2) k--;
  const last = k >= 0 ? prints[k].text : "";
  const names = (s) => s.includes(o.error.line || o.error.type || "\u0000");
  if (last && stderr.endsWith(last) && names(last)) {
    const rest = prints.slice(0, k).concat(prints.slice(k + 1));
    return { prints: rest, outcome: { ...o, stderr: stderr.slice(0, stderr.length - last.length) }, text: last };
  }
  return { prints, outcome: o, text: "" };
}

/** The file part of a path. @param {string} p */
const base = (p) => p.slice(Math.max(p.lastIndexOf("/"), p.lastIndexOf("\\")) + 1);

/**
 * The program line a line of an error report points at, or 0: CPython's
 * `  File "main.py", line 12, in worker` and Go's `\t./prog.go:20 +0x1d`,
 * when they name the program's own file.
 * @param {string} line @param {string} file the trace's file name
 */
export function frameLine(line, file) {
  const m = /^\s*File "([^"]*)", line (\d+)/.exec(line) || /^\t(\S+\.go):(\d+)/.exec(line);
  if (!m || !file || base(m[1]) !== base(file)) return 0;
  return Number(m[2]);
}

/**
 * Fills the alert with the uncaught error as the runtime printed it (the
 * alert keeps white space: pre-wrap). A line naming a place in the program
 * is a button that dispatches a bubbling, composed "taskline:goto" with
 * {line}; the error's own last line is marked "last".
 * With no error the alert is emptied and hidden.
 * @param {HTMLElement} alert the element with role "alert"
 * @param {{text: string}} failure from splitFailure
 * @param {any} trace
 */
export function renderFailure(alert, failure, trace) {
  const o = trace.outcome || {};
  const doc = alert.ownerDocument;
  const errLine = o.error ? o.error.line || o.error.type || "error" : "";
  const lines = !o.error ? [] : failure.text ? failure.text.replace(/\n$/, "").split("\n") : [errLine];
  // The same error again (a re-run) leaves the alert as it is: new equal
  // nodes would cost a layout of the page, and a screen reader would
  // announce the alert again for nothing.
  const key = JSON.stringify([lines, errLine, trace.file || ""]);
  if (shownKey.get(alert) === key && alert.hidden === !o.error) return;
  if (!shownKey.has(alert)) alert.addEventListener("click", frameClick);
  shownKey.set(alert, key);
  if (!o.error) {
    alert.replaceChildren();
    alert.hidden = true;
    return;
  }
  alert.hidden = false;
  // Built apart, then morphed in: an edited program's error is mostly the
  // lines shown already.
  const fresh = doc.createElement("div");
  const lastAt = lines.lastIndexOf(errLine);
  lines.forEach((text, i) => {
    const line = frameLine(text, trace.file || "");
    let node;
    if (line > 0) {
      node = doc.createElement("button");
      node.setAttribute("type", "button");
      node.className = "frame";
      node.dataset.line = String(line);
      node.title = `Show line ${line} in the editor`;
    } else {
      node = doc.createElement("span");
      node.className = i === lastAt ? "last" : "line";
    }
    node.textContent = text;
    // Lines are inline, each followed by its newline, so that the alert's
    // text is exactly what the runtime printed (copy, textContent).
    fresh.append(node, "\n");
  });
  morph(alert, fresh);
}

/** A frame line of the alert, clicked: "taskline:goto" its line. @param {MouseEvent} e */
function frameClick(e) {
  const b = e.target instanceof Element ? e.target.closest("button.frame") : null;
  if (!b || !(/** @type {Element} */ (e.currentTarget)).contains(b)) return;
  b.dispatchEvent(new CustomEvent("taskline:goto", { bubbles: true, composed: true, detail: { line: Number(/** @type {HTMLElement} */ (b).dataset.line), col: 1 } }));
}

/**
 * A unified diff as rows: hunk headers start a new run of line numbers;
 * "-" lines are the old program's, "+" the new one's, " " both.
 * @param {string} diff
 * @returns {{op: " "|"-"|"+"|"@", text: string, line: number}[]}
 */
export function diffRows(diff) {
  /** @type {{op: " "|"-"|"+"|"@", text: string, line: number}[]} */
  const rows = [];
  let oldLine = 0, newLine = 0;
  for (const l of diff.replace(/\n$/, "").split("\n")) {
    if (l.startsWith("--- ") || l.startsWith("+++ ")) continue;
    const h = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(l);
    if (h) {
      oldLine = Number(h[1]);
      newLine = Number(h[2]);
      rows.push({ op: /** @type {"@"} */ ("@"), text: l, line: newLine });
      continue;
    }
    const op = l[0] === "+" ? "+" : l[0] === "-" ? "-" : " ";
    const text = l[0] === "+" || l[0] === "-" || l[0] === " " ? l.slice(1) : l;
    if (op === "-") rows.push({ op, text, line: oldLine++ });
    else if (op === "+") rows.push({ op, text, line: newLine++ });
    else { rows.push({ op: /** @type {" "} */ (" "), text, line: newLine++ }); oldLine++; }
  }
  return rows;
}

/**
 * @typedef {object} StoryOptions
 * @property {(step: Step) => void} [onStep] a step was chosen (click or Enter)
 * @property {(f: Finding) => void} [onOpenFix] "Open the fixed program" was pressed
 * @property {(line: number) => void} [onLine] a finding's line was chosen
 * @property {string} [linkBase] resolves Finding.lesson (an embed on another site links to Taskline's)
 * @property {boolean} [newTab] open the lesson in a new tab (embeds, whose frame or page is someone else's)
 */

/**
 * Draws a story into root: the summary, the steps (each a button: its kind
 * as a small tag, the task's label, the line, the sentence), then the
 * findings, each with its line, why, the fix as changed lines, a button
 * that opens the fixed program and a link to the lesson. Without a story the
 * root is hidden.
 * @param {HTMLElement} root @param {Story|null|undefined} story @param {StoryOptions} [opts]
 */
export function renderStory(root, story, opts = {}) {
  // The buttons act on what `current` holds, through one listener on the
  // root, so that the same story told again (a re-run) keeps its elements,
  // and a story told anew (an edited program) keeps those that show the
  // same (morph): rebuilding them would make the browser lay out and shape
  // all of the text again. A new run selects nothing, so no step stays
  // marked.
  const key = JSON.stringify([story || null, opts.linkBase || "", !!opts.newTab]);
  const was = current.get(root);
  if (!was) root.addEventListener("click", storyClick);
  if (was && was.key === key && root.querySelector(".story-body")) {
    was.story = /** @type {Story} */ (story);
    was.opts = opts;
    markStep(root, null);
    return;
  }
  current.set(root, { key, story: /** @type {Story} */ (story), opts });
  const doc = root.ownerDocument;
  const h = (/** @type {string} */ tag, /** @type {string} */ cls = "", /** @type {string} */ text = "") => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  };
  const shown = /** @type {HTMLElement} */ (root.querySelector(".story-body")) || root.appendChild(h("div", "story-body"));
  root.hidden = !story;
  if (!story) {
    shown.replaceChildren();
    return;
  }
  const body = h("div");
  body.append(h("p", "story-summary", story.summary));
  const steps = story.steps || [];
  if (steps.length) {
    const ol = h("ol", "story-steps");
    steps.forEach((s, i) => {
      const li = h("li", "story-step");
      li.dataset.kind = s.kind;
      if (s.event >= 0) li.dataset.event = String(s.event);
      const b = /** @type {HTMLButtonElement} */ (h("button"));
      b.setAttribute("type", "button");
      b.className = "story-go";
      const head = h("span", "story-head");
      head.append(h("span", "story-kind", s.kind));
      if (s.label) head.append(h("span", "story-label", s.label));
      if (s.line > 0) head.append(h("span", "story-line", `line ${s.line}`));
      b.append(head, h("span", "story-text", s.text));
      if (s.line > 0) b.dataset.line = String(s.line);
      if (s.line > 0 || s.event >= 0) b.dataset.step = String(i);
      else b.disabled = true;
      li.append(b);
      ol.append(li);
    });
    body.append(ol);
  }
  const findings = story.findings || [];
  if (findings.length) {
    const box = h("section", "story-findings");
    box.setAttribute("aria-label", "What to change");
    box.append(h("h3", "", findings.length === 1 ? "What to change" : `What to change (${findings.length})`));
    findings.forEach((f, i) => {
      const art = h("article", "finding");
      art.dataset.id = f.id;
      const title = h("h4", "finding-title", f.title || f.id);
      if (f.line > 0) {
        // The line to change, as a button that shows it in the code.
        const go = h("button", "story-line finding-line", `line ${f.line}`);
        go.setAttribute("type", "button");
        go.title = `Show line ${f.line} in the code`;
        go.dataset.finding = String(i);
        title.append(" ", go);
      }
      art.append(title, h("p", "finding-why", f.text));
      if (f.fix) art.append(diffView(doc, f.fix));
      const act = h("p", "finding-actions");
      if (f.program) {
        const open = h("button", "finding-open", "Open the fixed program");
        open.setAttribute("type", "button");
        open.dataset.finding = String(i);
        act.append(open);
      }
      if (f.lesson) {
        const a = /** @type {HTMLAnchorElement} */ (h("a", "finding-lesson", "Read the lesson"));
        a.href = opts.linkBase ? new URL(f.lesson, opts.linkBase).href : f.lesson;
        if (opts.newTab) { a.target = "_blank"; a.rel = "noopener"; }
        act.append(a);
      }
      if (act.childNodes.length) art.append(act);
      box.append(art);
    });
    body.append(box);
  }
  morph(shown, body);
}

/**
 * A click in a story: a step's button selects the step (onStep), a
 * finding's line shows the line (onLine), its "Open the fixed program"
 * opens the fix (onOpenFix), each of the story the root shows now.
 * @param {MouseEvent} e
 */
function storyClick(e) {
  const root = /** @type {HTMLElement} */ (e.currentTarget);
  const now = current.get(root);
  const b = e.target instanceof Element ? e.target.closest("button") : null;
  if (!now || !b || !root.contains(b) || b.disabled) return;
  if (b.dataset.step !== undefined) {
    markStep(root, b.closest(".story-step"));
    now.opts.onStep?.(now.story.steps[Number(b.dataset.step)]);
  } else if (b.dataset.finding !== undefined) {
    const f = now.story.findings[Number(b.dataset.finding)];
    if (b.classList.contains("finding-open")) now.opts.onOpenFix?.(f);
    else now.opts.onLine?.(f.line);
  }
}

/** What each alert shows (renderFailure). @type {WeakMap<HTMLElement, string>} */
const shownKey = new WeakMap();

/** The story each root shows, and the options its buttons call (renderStory). @type {WeakMap<HTMLElement, {key: string, story: Story, opts: StoryOptions}>} */
const current = new WeakMap();

/**
 * The fix as changed lines: a table-free list of rows, each with its line
 * number, a sign drawn for the eye (aria-hidden) and words for everyone else
 * ("removed", "added"), and the text in <del>/<ins>.
 * @param {Document} doc @param {string} diff
 */
function diffView(doc, diff) {
  const fig = doc.createElement("figure");
  fig.className = "finding-fix";
  const cap = doc.createElement("figcaption");
  cap.textContent = "The fix";
  const pre = doc.createElement("pre");
  pre.className = "diff";
  let hunks = 0;
  for (const r of diffRows(diff)) {
    if (r.op === "@") {
      // Between two hunks, a row that says lines were left out.
      if (hunks++ > 0) {
        const gap = doc.createElement("span");
        gap.className = "gap";
        gap.textContent = "⋯";
        pre.append(gap);
      }
      continue;
    }
    const row = doc.createElement("span");
    row.className = r.op === "+" ? "add" : r.op === "-" ? "del" : "ctx";
    const num = doc.createElement("span");
    num.className = "ln";
    num.textContent = String(r.line);
    num.setAttribute("aria-hidden", "true");
    const sign = doc.createElement("span");
    sign.className = "sign";
    sign.setAttribute("aria-hidden", "true");
    sign.textContent = r.op === " " ? " " : r.op === "-" ? "−" : "+";
    const sr = doc.createElement("span");
    sr.className = "sr";
    sr.textContent = r.op === "+" ? `added, line ${r.line}: ` : r.op === "-" ? `removed, line ${r.line}: ` : `line ${r.line}: `;
    const text = doc.createElement(r.op === "+" ? "ins" : r.op === "-" ? "del" : "span");
    text.textContent = r.text;
    row.append(num, sign, sr, text);
    pre.append(row);
  }
  fig.append(cap, pre);
  return fig;
}

/** Marks li as the chosen step (aria-current) and clears the others. @param {HTMLElement} root @param {Element|null} li */
function markStep(root, li) {
  for (const o of root.querySelectorAll(".story-step[aria-current]")) o.removeAttribute("aria-current");
  if (li) li.setAttribute("aria-current", "step");
}

/**
 * Marks the step about event i, if there is one: the timeline's selection
 * and the story agree whichever of the two was clicked.
 * @param {HTMLElement} root @param {number} i
 */
export function showEvent(root, i) {
  const li = root.querySelector(`.story-step[data-event="${i}"]`);
  if (li) markStep(root, li);
}

/** The story's styles, for the page (adopted) and the element's shadow root. */
export const CSS = `
.story-body { display: flex; flex-direction: column; gap: 8px; }
.story-summary { margin: 0; font-weight: 600; }
.story-steps { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 2px; counter-reset: step; }
.story-step { counter-increment: step; }
.story-go { display: grid; grid-template-columns: 1.6em 1fr; column-gap: 4px; width: 100%; text-align: left; padding: 4px 6px; margin: 0;
  font: inherit; color: inherit; background: none; border: 1px solid transparent; border-radius: 6px; cursor: pointer; min-height: 0; }
.story-go::before { content: counter(step) "."; grid-row: span 2; color: var(--muted, #5f6368); font-variant-numeric: tabular-nums; }
.story-go:hover:not(:disabled), .story-step[aria-current] .story-go { border-color: var(--accent, #0b57d0); background: color-mix(in srgb, var(--accent, #0b57d0) 8%, transparent); }
.story-go:disabled { cursor: default; opacity: 1; }
.story-head { display: flex; flex-wrap: wrap; gap: 2px 8px; align-items: baseline; }
.story-kind { font: 11px/1.5 ui-monospace, SFMono-Regular, Menlo, monospace; padding: 0 6px; border-radius: 999px; border: 1px solid var(--line, #d7d8dc); color: var(--muted, #5f6368); }
.story-step[data-kind^="cancel"] .story-kind, .story-step[data-kind="shutdown-cancel"] .story-kind, .story-step[data-kind^="ctx"] .story-kind { border-color: #c62828; color: #b71c1c; }
.story-step[data-kind="uncaught"] .story-kind, .story-step[data-kind="panic"] .story-kind, .story-step[data-kind="raise"] .story-kind,
.story-step[data-kind="errgroup-first-error"] .story-kind { border-color: #e65100; color: #b34000; }
.story-label { font: 12.5px ui-monospace, SFMono-Regular, Menlo, monospace; font-weight: 600; }
.story-line { font-size: 12px; color: var(--muted, #5f6368); }
.story-text { grid-column: 2; }
.story-findings { display: flex; flex-direction: column; gap: 8px; margin-top: 4px; }
.story-findings h3 { font-size: 13px; margin: 0; color: var(--muted, #5f6368); text-transform: uppercase; letter-spacing: .04em; }
.finding { border: 1px solid var(--line, #d7d8dc); border-left: 4px solid #e65100; border-radius: 6px; padding: 6px 10px; }
.finding-title { margin: 0 0 2px; font-size: 14px; }
.finding-line { font: inherit; font-size: 12px; padding: 0 4px; margin: 0; min-height: 0; background: none; border: 0; text-decoration: underline dotted; cursor: pointer; }
.finding-why { margin: 0 0 6px; }
.finding-fix { margin: 0 0 6px; }
.finding-fix figcaption { font-size: 12px; color: var(--muted, #5f6368); }
.diff { margin: 2px 0 0; padding: 4px 0; border: 1px solid var(--line, #d7d8dc); border-radius: 4px; background: var(--panel, #f6f7f9);
  font: 12.5px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
.diff > span { display: block; padding: 0 8px 0 calc(5ch + 6px); text-indent: calc(-5ch - 6px); }
.diff .ln, .diff .sign { text-indent: 0; }
.diff .ln { display: inline-block; width: 3.5ch; text-align: right; color: var(--muted, #5f6368); margin-right: 6px; }
/* On the tinted added/removed lines the muted grey falls under 4.5:1 (axe). */
.diff .add .ln, .diff .del .ln { color: inherit; }
.diff .sign { display: inline-block; width: 1.5ch; }
.diff del, .diff ins { text-decoration: none; }
.diff .gap { color: var(--muted, #5f6368); padding-left: 4ch; text-indent: 0; }
.diff .del { background: color-mix(in srgb, #d32f2f 16%, transparent); }
.diff .add { background: color-mix(in srgb, #2e7d32 18%, transparent); }
.finding-actions { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; margin: 0; }
.finding-open { font-weight: 600; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .story-step[data-kind^="cancel"] .story-kind, .story-step[data-kind="shutdown-cancel"] .story-kind, .story-step[data-kind^="ctx"] .story-kind { border-color: #ff8a80; color: #ff8a80; }
  .story-step[data-kind="uncaught"] .story-kind, .story-step[data-kind="panic"] .story-kind, .story-step[data-kind="raise"] .story-kind,
  .story-step[data-kind="errgroup-first-error"] .story-kind { border-color: #ffab40; color: #ffab40; }
  .finding { border-left-color: #ffab40; }
}
`;
