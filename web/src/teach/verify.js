// @ts-check
// The teacher's side of a work file: every program in it is run again here
// and every check evaluated on the new trace (web/embed/checks.js), so a
// result shown is one this page computed, never what the file claims. A
// file whose claim differs from the verdict is flagged.

import { evaluate } from "../../embed/checks.js";

/**
 * @typedef {{id: string, title: string, ran: boolean, passed: number, total: number, solved: boolean,
 *   claimed: boolean, flagged: boolean, failing: string[]}} Verdict
 */

/**
 * @param {import("./set.js").ExerciseSet} set
 * @param {import("./set.js").Work} work
 * @param {(code: string, opts: {lang: string, python?: string}) => Promise<{trace: any}>} run
 * @returns {Promise<Verdict[]>}
 */
export async function verifyWork(set, work, run) {
  if (work.set !== set.id) throw new Error(`this file is for another set ("${work.title}")`);
  /** @type {Verdict[]} */
  const out = [];
  for (const e of set.exercises) {
    const w = work.exercises.find((x) => x.id === e.id);
    const v = { id: e.id, title: e.title, ran: false, passed: 0, total: e.checks.length, solved: false, claimed: !!w?.solved, flagged: false, failing: /** @type {string[]} */ ([]) };
    if (w) {
      const opts = e.lang === "python" ? { lang: e.lang, python: e.python || "3.11" } : { lang: e.lang };
      const { trace } = await run(w.code, opts);
      v.ran = true;
      for (const c of e.checks) {
        const r = evaluate(c, trace);
        if (r.pass) v.passed++;
        else v.failing.push(`${c.text}: ${r.detail}`);
      }
      v.solved = v.passed === v.total;
    }
    v.flagged = v.claimed !== v.solved;
    out.push(v);
  }
  return out;
}
