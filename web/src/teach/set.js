// @ts-check
// Exercise sets: the JSON document a teacher writes in the browser
// (teach.html), shares through the share API as a snippet of kind "set"
// (share.SetKind), and a class opens at /set.html; and the small file a
// student exports from a set, which the teacher's page re-runs.
//
// A set is {taskline: "set", version: 1, id, title, exercises: [Exercise]}.
// An exercise keeps its checks twice on purpose: checksText is what the
// teacher wrote (the syntax of a lesson's ```checks block), checks is that
// text as the Go parser read it (lesson/exercise.ParseChecks, through the
// wasm's tasklineParseChecks) when the teacher saved it; the browser never
// parses the syntax itself, and evaluates checks with web/embed/checks.js.

import { encodeCode, decodeCode } from "../share.js";

/**
 * @typedef {{id: string, title: string, lang: string, python?: string, prompt: string, starter: string,
 *   solution?: string, checksText: string, checks: any[], hints: string[]}} Exercise
 * @typedef {{taskline: "set", version: 1, id: string, title: string, exercises: Exercise[]}} ExerciseSet
 * @typedef {{id: string, code: string, solved: boolean}} WorkEntry
 * @typedef {{taskline: "work", version: 1, set: string, title: string, student: string, exercises: WorkEntry[]}} Work
 */

/** The share API's limit on a snippet's code (share.MaxCodeBytes). */
export const MAX_SET_BYTES = 64 << 10;

/** A short random id for a new set or exercise. */
export function newID() {
  const a = new Uint8Array(9);
  crypto.getRandomValues(a);
  return encodeCode(String.fromCharCode(...a)).replace(/[^A-Za-z0-9]/g, "").slice(0, 10) || String(Date.now());
}

/** @returns {Exercise} */
export function blankExercise() {
  return { id: newID(), title: "", lang: "python", python: "3.11", prompt: "", starter: "", solution: "", checksText: "", checks: [], hints: [] };
}

/** @returns {ExerciseSet} */
export function blankSet() {
  return { taskline: "set", version: 1, id: newID(), title: "", exercises: [blankExercise()] };
}

/** @param {any} v @param {string} what */
function str(v, what) {
  if (typeof v !== "string") throw new Error(`${what} must be text`);
  return v;
}

/**
 * Reads a set document, checking its shape; throws an Error that says what
 * is wrong.
 * @param {string} text @returns {ExerciseSet}
 */
export function parseSet(text) {
  let d;
  try { d = JSON.parse(text); } catch (e) { throw new Error(`not an exercise set: ${/** @type {Error} */ (e).message}`); }
  if (!d || d.taskline !== "set") throw new Error("not an exercise set (no \"taskline\": \"set\")");
  if (d.version !== 1) throw new Error(`exercise set version ${d.version} is newer than this page understands`);
  if (!Array.isArray(d.exercises)) throw new Error("exercise set has no exercises");
  /** @type {ExerciseSet} */
  const set = { taskline: "set", version: 1, id: str(d.id, "id"), title: str(d.title ?? "", "title"), exercises: [] };
  d.exercises.forEach((/** @type {any} */ e, /** @type {number} */ i) => {
    const w = `exercise ${i + 1}`;
    if (e.lang !== "python" && e.lang !== "go") throw new Error(`${w}: language must be python or go`);
    if (!Array.isArray(e.checks) || !Array.isArray(e.hints)) throw new Error(`${w}: checks and hints must be lists`);
    /** @type {Exercise} */
    const ex = {
      id: str(e.id, `${w}: id`), title: str(e.title ?? "", `${w}: title`), lang: e.lang,
      prompt: str(e.prompt ?? "", `${w}: prompt`), starter: str(e.starter ?? "", `${w}: starter`),
      checksText: str(e.checksText ?? "", `${w}: checksText`), checks: e.checks, hints: e.hints.map((/** @type {any} */ h) => str(h, `${w}: hint`)),
    };
    if (e.lang === "python") ex.python = e.python === "3.7" ? "3.7" : "3.11";
    if (typeof e.solution === "string") ex.solution = e.solution;
    set.exercises.push(ex);
  });
  return set;
}

/** The set as a class sees it: the same, without the solutions. @param {ExerciseSet} set @returns {ExerciseSet} */
export function forStudents(set) {
  return { ...set, exercises: set.exercises.map(({ solution, ...e }) => e) };
}

/** @param {ExerciseSet} set */
export function serialize(set) { return JSON.stringify(set); }

/**
 * Where a set page finds its set: `#set=ID` (the share API) or
 * `#data=BASE64URL` (the document itself, for a static copy with no API).
 * @param {string} hash @returns {{id: string}|{data: string}|null}
 */
export function parseSetHash(hash) {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const id = p.get("set");
  if (id && /^[A-Za-z0-9_-]{10}$/.test(id)) return { id };
  const data = p.get("data");
  if (data) return { data: decodeCode(data) };
  return null;
}

/** @param {ExerciseSet} set */
export function dataHash(set) { return "#data=" + encodeCode(serialize(set)); }

/**
 * A student's work on a set, as the file they hand in.
 * @param {ExerciseSet} set @param {string} student
 * @param {(id: string) => {code?: string, solved?: boolean}} progress
 * @returns {Work}
 */
export function workFor(set, student, progress) {
  return {
    taskline: "work", version: 1, set: set.id, title: set.title, student,
    exercises: set.exercises.map((e) => {
      const p = progress(exerciseKey(set, e));
      return { id: e.id, code: typeof p.code === "string" ? p.code : e.starter, solved: !!p.solved };
    }),
  };
}

/** @param {string} text @returns {Work} */
export function parseWork(text) {
  let d;
  try { d = JSON.parse(text); } catch (e) { throw new Error(`not a Taskline work file: ${/** @type {Error} */ (e).message}`); }
  if (!d || d.taskline !== "work" || d.version !== 1 || !Array.isArray(d.exercises)) throw new Error("not a Taskline work file");
  return {
    taskline: "work", version: 1, set: str(d.set, "set"), title: str(d.title ?? "", "title"), student: str(d.student ?? "", "student"),
    exercises: d.exercises.map((/** @type {any} */ e) => ({ id: str(e.id, "id"), code: str(e.code, "code"), solved: e.solved === true })),
  };
}

/** The key of an exercise in the student's progress (web/embed/progress.js). @param {ExerciseSet} set @param {Exercise} e */
export function exerciseKey(set, e) { return `set:${set.id}:${e.id}`; }
