// @ts-check
// Which lanes are shown, in which order: children grouped under the task
// that created them (depth-first, in creation order), the event loop /
// Go runtime lane first, collapsed subtrees hidden, and a filter that keeps
// the lanes whose label or name contains the text, with their ancestors so
// each match stays in its place in the tree. Pure data: node:test covers it,
// and the canvas, the lane labels and the SVG all draw from its result.

/**
 * @typedef {{rows: Int32Array, depth: Uint16Array, rowOf: Int32Array, at: Int32Array, kids: Uint32Array, matched: number}} Rows
 *   rows: lane index of each shown row, top to bottom; rowOf: the row of
 *   each lane, -1 when hidden; at: the row that stands for each lane — its
 *   own, or for a lane inside a collapsed subtree the collapsed ancestor's
 *   (arrows to a collapsed child end on its parent), -1 when filtered out;
 *   depth: indentation level of each row; kids: number of child lanes of
 *   each lane; matched: lanes the filter matched
 */

/**
 * @param {{parent: number}[]} tasks the trace's tasks (lane i = task i)
 * @param {number} loop the loop lane's index (tasks.length) or -1
 * @param {{collapsed?: Set<number>, filter?: string, text?: (lane: number) => string}} [opts]
 *   collapsed: lanes whose children are hidden; filter: text to look for
 *   (case-insensitive) in text(lane), the lane's label and runtime name
 * @returns {Rows}
 */
export function laneRows(tasks, loop, opts = {}) {
  const n = tasks.length, lanes = n + (loop >= 0 ? 1 : 0);
  const kids = new Uint32Array(lanes);
  // Children lists as a linked list in creation order (first/next), so a
  // thousand tasks cost two typed arrays.
  const first = new Int32Array(lanes).fill(-1), last = new Int32Array(lanes).fill(-1), next = new Int32Array(lanes).fill(-1);
  /** @type {number[]} */
  const roots = [];
  if (loop >= 0) roots.push(loop);
  for (let i = 0; i < n; i++) {
    const p = tasks[i].parent;
    // A parent created after its child cannot happen in a trace; guard
    // against it anyway so a bad trace cannot make a cycle.
    if (p >= 0 && p < i) {
      kids[p]++;
      if (first[p] < 0) first[p] = i; else next[last[p]] = i;
      last[p] = i;
    } else roots.push(i);
  }
  const q = (opts.filter || "").trim().toLowerCase();
  /** @type {Uint8Array|null} lanes to show because they or a descendant match */
  let keep = null, matched = 0;
  if (q) {
    keep = new Uint8Array(lanes);
    const text = opts.text || ((/** @type {number} */ l) => String(l));
    for (let l = 0; l < lanes; l++) {
      if (!text(l).toLowerCase().includes(q)) continue;
      matched++;
      for (let a = l; a >= 0 && !keep[a]; a = a < n ? tasks[a].parent : -1) keep[a] = 1;
    }
  }
  const collapsed = opts.collapsed || new Set();
  const rows = [], depth = [];
  const rowOf = new Int32Array(lanes).fill(-1);
  // Iterative depth-first walk: a chain of a thousand tasks must not
  // overflow the stack.
  /** @type {[number, number][]} */
  const stack = [];
  for (let r = roots.length - 1; r >= 0; r--) stack.push([roots[r], 0]);
  while (stack.length) {
    const [l, d] = /** @type {[number, number]} */ (stack.pop());
    if (keep && !keep[l]) continue;
    rowOf[l] = rows.length;
    rows.push(l);
    depth.push(d);
    // A filter shows every match, even inside a collapsed subtree.
    if (!keep && collapsed.has(l)) continue;
    const cs = [];
    for (let c = first[l]; c >= 0; c = next[c]) cs.push(c);
    for (let k = cs.length - 1; k >= 0; k--) stack.push([cs[k], d + 1]);
  }
  const at = Int32Array.from(rowOf);
  if (!keep) {
    // Tasks are created after their parent, so one pass in id order sees
    // each parent's answer before its children's.
    for (let l = 0; l < n; l++) if (at[l] < 0 && tasks[l].parent >= 0 && tasks[l].parent < l) at[l] = at[tasks[l].parent];
  }
  return { rows: Int32Array.from(rows), depth: Uint16Array.from(depth), rowOf, at, kids, matched };
}
