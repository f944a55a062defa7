// @ts-check
// A set as a student sees it: each exercise in the markup of a lesson's
// exercise (lesson/render.go), wired by the same code as lesson pages
// (web/embed/exercise.js), so a set behaves exactly like an exercise page:
// run, every check judged, hints one at a time, progress remembered.

import { escapeScript } from "../../embed/playground.js";
import { setupExercise } from "../../embed/exercise.js";
import { exerciseKey } from "./set.js";

/**
 * @param {string} tag @param {Record<string, string>} [attrs] @param {(Node|string)[]} [kids]
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, kids = []) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const k of kids) el.append(k);
  return el;
}

/** Prompt text: paragraphs separated by blank lines; `code` in backquotes. @param {string} text */
export function paragraphs(text) {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).map((p) => {
    const el = h("p");
    p.split(/(`[^`]+`)/).forEach((part, i) => el.append(i % 2 ? h("code", {}, [part.slice(1, -1)]) : part));
    return el;
  });
}

/**
 * Renders one exercise and wires it.
 * @param {import("./set.js").ExerciseSet} set @param {import("./set.js").Exercise} e @param {number} i
 * @param {ReturnType<import("../../embed/progress.js").openProgress>} progress
 */
export function renderExercise(set, e, i, progress) {
  const headingID = `ex-${e.id}-h`;
  const section = h("section", { class: "tl-exercise", "aria-labelledby": headingID, "data-exercise": exerciseKey(set, e) });
  section.append(h("h2", { id: headingID }, [`${i + 1}. ${e.title || "Exercise"}`]), ...paragraphs(e.prompt));
  const play = h("taskline-playground", { language: e.lang });
  if (e.lang === "python") play.setAttribute("python", e.python || "3.11");
  play.append(h("script", { type: "text/plain" }, [escapeScript(e.starter)]));
  section.append(play);
  const list = h("ul");
  e.checks.forEach((c, k) => {
    const li = h("li", { class: "tl-check", "data-check": String(k), "data-state": "unknown" }, [h("code", {}, [c.text]), h("span", { class: "tl-detail" })]);
    if (c.message) li.append(h("span", { class: "tl-message", hidden: "" }, [c.message]));
    list.append(li);
  });
  section.append(h("section", { class: "tl-checks", "aria-label": "Checks" }, [h("h3", {}, ["Checks"]), h("p", { class: "tl-summary", "aria-live": "polite" }), list]));
  if (e.hints.length) {
    const hints = h("section", { class: "tl-hints", "aria-label": "Hints" });
    e.hints.forEach((t, k) => hints.append(h("div", { class: "tl-hint", "data-hint": String(k), tabindex: "-1", hidden: "" }, paragraphs(t))));
    hints.append(h("button", { type: "button", class: "tl-hint-button" }, [`Show a hint (${e.hints.length} left)`]));
    section.append(hints);
  }
  const data = { id: exerciseKey(set, e), title: e.title, checks: e.checks, hints: e.hints.length };
  section.append(h("script", { type: "application/json", class: "tl-exercise-data" }, [JSON.stringify(data)]));
  setupExercise(section, progress);
  return section;
}

/**
 * Renders a whole set into box.
 * @param {HTMLElement} box @param {import("./set.js").ExerciseSet} set
 * @param {ReturnType<import("../../embed/progress.js").openProgress>} progress
 */
export function renderSet(box, set, progress) {
  box.replaceChildren(...set.exercises.map((e, i) => renderExercise(set, e, i, progress)));
}
