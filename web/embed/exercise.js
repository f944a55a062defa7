// @ts-check
// Exercise pages: predict first, run, see every check pass or fail with a
// message that teaches, reveal hints one at a time. The page carries the
// checks as JSON (never the reference solution); progress goes to
// progress.js.

import { evaluate } from "./checks.js";

/**
 * Wires one <section class="tl-exercise">.
 * @param {HTMLElement} section
 * @param {ReturnType<import("./progress.js").openProgress>} progress
 */
export function setupExercise(section, progress) {
  const dataEl = section.querySelector("script.tl-exercise-data");
  if (!dataEl) return;
  const data = JSON.parse(dataEl.textContent || "{}");
  const id = data.id;
  const play = /** @type {any} */ (section.querySelector("taskline-playground"));
  const checks = /** @type {HTMLElement} */ (section.querySelector(".tl-checks"));
  const summary = /** @type {HTMLElement} */ (section.querySelector(".tl-summary"));
  const items = /** @type {HTMLElement[]} */ ([...section.querySelectorAll("li.tl-check")]);

  /** @param {any} trace */
  const judge = (trace) => {
    let passed = 0;
    data.checks.forEach((/** @type {any} */ c, /** @type {number} */ i) => {
      const r = evaluate(c, trace);
      const li = items[i];
      if (!li) return;
      li.dataset.state = r.pass ? "pass" : "fail";
      /** @type {HTMLElement} */ (li.querySelector(".tl-detail")).textContent = r.detail;
      const msg = /** @type {HTMLElement|null} */ (li.querySelector(".tl-message"));
      if (msg) msg.hidden = r.pass;
      if (r.pass) passed++;
    });
    const all = passed === data.checks.length;
    summary.textContent = all ? `All ${passed} checks pass. Solved!` : `${passed} of ${data.checks.length} checks pass.`;
    section.dataset.solved = String(all);
    if (all) progress.update(id, (e) => { e.solved = true; });
  };
  section.addEventListener("taskline:run", (e) => {
    const d = /** @type {CustomEvent} */ (e).detail;
    progress.update(id, (p) => { p.code = d.source; });
    judge(d.trace);
  });
  // The student's last run program comes back on the next visit; the
  // results shown are the starter's until it is run again.
  const draft = progress.get(id).code;
  if (play && typeof draft === "string" && draft !== play.code) {
    play.code = draft;
    summary.textContent = "Your last program is back in the editor. Run it to check it again.";
  }
  if (progress.get(id).solved) section.dataset.solvedBefore = "true";

  // Predict first: the result and the checks stay hidden until the student
  // has committed to an answer.
  const form = /** @type {HTMLFormElement|null} */ (section.querySelector("form.tl-predict"));
  if (form && data.predict) {
    const verdict = /** @type {HTMLElement} */ (form.querySelector(".tl-predict-verdict"));
    const reveal = () => {
      play?.removeAttribute("predict");
      checks.hidden = false;
    };
    const before = progress.get(id);
    if (before.predicted !== undefined) {
      reveal();
      verdict.textContent = before.predictedRight ? "You predicted this one right." : "You have made your prediction.";
    }
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const chosen = /** @type {HTMLInputElement|null} */ (form.querySelector("input[name=predict]:checked"));
      if (!chosen) { verdict.textContent = "Choose one first."; return; }
      const k = Number(chosen.value);
      const right = k === data.predict.answer;
      verdict.textContent = right
        ? "Right. Now look at the timeline to see why."
        : `Not quite: it ${data.predict.choices[data.predict.answer]}. Look at the timeline to see why.`;
      progress.update(id, (p) => { p.predicted = k; p.predictedRight = right; });
      reveal();
    });
  }

  // Hints, one at a time; how many were shown is remembered.
  const hints = /** @type {HTMLElement[]} */ ([...section.querySelectorAll(".tl-hint")]);
  const hintButton = /** @type {HTMLButtonElement|null} */ (section.querySelector(".tl-hint-button"));
  if (hintButton) {
    const showHints = (/** @type {number} */ n) => {
      hints.forEach((h, i) => { h.hidden = i >= n; });
      const left = hints.length - n;
      hintButton.textContent = left > 0 ? `Show a hint (${left} left)` : "No more hints";
      hintButton.disabled = left <= 0;
    };
    showHints(Math.min(progress.get(id).hints || 0, hints.length));
    hintButton.addEventListener("click", () => {
      const n = Math.min((progress.get(id).hints || 0) + 1, hints.length);
      progress.update(id, (e) => { e.hints = n; });
      showHints(n);
      hints[n - 1]?.focus?.();
    });
  }
}

/**
 * Fills in the lessons index: a status per exercise and a summary.
 * @param {Document} doc
 * @param {ReturnType<import("./progress.js").openProgress>} progress
 */
export function setupIndex(doc, progress) {
  const rows = /** @type {HTMLElement[]} */ ([...doc.querySelectorAll("li[data-exercise]")]);
  let solved = 0;
  for (const li of rows) {
    const e = progress.get(li.dataset.exercise || "");
    const status = /** @type {HTMLElement|null} */ (li.querySelector(".tl-status"));
    if (e.solved) solved++;
    if (status) {
      status.dataset.status = e.solved ? "solved" : e.hints || e.predicted !== undefined ? "started" : "todo";
      status.textContent = e.solved ? "✓ solved" : status.dataset.status === "started" ? "started" : "not solved yet";
    }
  }
  const sum = doc.querySelector(".tl-progress-summary");
  if (sum && rows.length) {
    sum.textContent = `${solved} of ${rows.length} exercises solved` + (progress.persistent ? "." : " (progress is kept only until you leave: this browser blocks storage).");
  }
}
