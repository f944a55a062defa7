// @ts-check
// The Schedules control: runs the editor's Go program under seeds 0 to N-1
// (Go mode's seed picks another legal schedule: which runnable goroutine
// goes next, map order, select's choice) and lists each distinct outcome
// with the seeds that gave it and how many; choosing one shows that run's
// timeline and story. It is `taskline explore` in the page.
//
// The runs happen in the run worker one after another, so the page stays
// responsive; Stop ends the batch (and the run in progress). Only the first
// run of each outcome is kept, so twenty runs cost at most as many traces
// as there are distinct outcomes.

/** @typedef {import("./client.js").RunResult} RunResult */
/**
 * @typedef {{key: string, seeds: number[], res: RunResult, stdout: string, error: string, exit: number}} Outcome
 *   res: the run of its first seed, shown when it is chosen
 */

/** How many seeds a batch runs unless the reader says otherwise. */
export const DEFAULT_SEEDS = 20;

/** The most seeds one batch may run. */
export const MAX_SEEDS = 500;

/**
 * Which outcome a run belongs to: the engine's `outcome.key`
 * (trace.OutcomeKey: what the program printed, the first line of its error
 * output and its exit status — `taskline explore` groups by the same key).
 * A run the engine did not finish (stopped, or the engine died) has no key
 * and is grouped by how it ended.
 * @param {RunResult} r
 */
export function outcomeKey(r) {
  const o = r.trace?.outcome || {};
  return o.key || `unfinished:${o.kind || "unknown"}`;
}

/** @param {string} s */
const firstLine = (s) => s.split("\n", 1)[0];

/** Seeds as a reader reads them: "0, 2–5, 9". @param {number[]} seeds sorted */
export function seedRanges(seeds) {
  const out = [];
  for (let i = 0; i < seeds.length;) {
    let j = i;
    while (j + 1 < seeds.length && seeds[j + 1] === seeds[j] + 1) j++;
    out.push(j === i ? String(seeds[i]) : j === i + 1 ? `${seeds[i]}, ${seeds[j]}` : `${seeds[i]}–${seeds[j]}`);
    i = j + 1;
  }
  return out.join(", ");
}

/**
 * Groups results by outcome, in the order outcomes first appeared.
 * @param {Outcome[]} outcomes updated in place @param {number} seed @param {RunResult} r
 * @returns {Outcome} the outcome the run belongs to
 */
export function addRun(outcomes, seed, r) {
  const key = outcomeKey(r);
  let o = outcomes.find((x) => x.key === key);
  if (!o) {
    o = { key, seeds: [], res: r, stdout: r.stdout, error: firstLine(r.stderr), exit: r.exitCode };
    outcomes.push(o);
  }
  o.seeds.push(seed);
  return o;
}

export class Schedules {
  /**
   * @param {HTMLElement} root the section that holds the control (its parts are found by class)
   * @param {{source: () => string, run: (source: string, seed: number) => Promise<RunResult>, stop: () => void, show: (res: RunResult, seed: number) => void}} host
   *   source: the editor's program; run: runs a program with a seed (in the worker); stop: stops
   *   the run in progress; show: draws a run's output, timeline and story
   */
  constructor(root, host) {
    this.root = root;
    this.host = host;
    const q = (/** @type {string} */ sel) => /** @type {HTMLElement} */ (root.querySelector(sel));
    this.count = /** @type {HTMLInputElement} */ (q(".sched-n"));
    this.runButton = /** @type {HTMLButtonElement} */ (q(".sched-run"));
    this.stopButton = /** @type {HTMLButtonElement} */ (q(".sched-stop"));
    this.status = q(".sched-status");
    this.list = q(".sched-list");
    /** @type {Outcome[]} */
    this.outcomes = [];
    this.batch = 0;
    this.running = false;
    this.shown = -1;
    /** The program the outcomes listed are of. */
    this.source = "";
    this.runButton.addEventListener("click", () => { this.start(); });
    this.stopButton.addEventListener("click", () => this.stop());
    this.count.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); this.start(); } });
  }

  /** Shows the control for Go, where the seed chooses the schedule; hides it for Python. @param {string} lang */
  setLang(lang) {
    const go = lang === "go";
    if (!go && this.running) this.stop();
    this.root.hidden = !go;
  }

  /** A run of this program was shown: outcomes of another program are dropped. @param {string} source */
  sawProgram(source) {
    if (source !== this.source && (this.outcomes.length || this.running)) this.clear();
  }

  /** Drops the outcomes listed (and stops a batch in progress). */
  clear() {
    if (this.running) this.stop();
    this.outcomes = [];
    this.shown = -1;
    this.list.replaceChildren();
    this.status.textContent = "";
    delete this.root.dataset.outcomes;
  }

  /** Runs seeds 0 to N-1, one after another, listing outcomes as they come. */
  async start() {
    if (this.running) return;
    const n = Math.max(1, Math.min(MAX_SEEDS, Math.floor(Number(this.count.value)) || DEFAULT_SEEDS));
    this.count.value = String(n);
    const batch = ++this.batch;
    const source = (this.source = this.host.source());
    this.running = true;
    this.root.dataset.running = "true";
    this.outcomes = [];
    this.shown = -1;
    this.list.replaceChildren();
    this.runButton.disabled = true;
    this.stopButton.disabled = false;
    let done = 0, why = "";
    for (let seed = 0; seed < n; seed++) {
      this.status.textContent = `running seed ${seed} (${done} of ${n} done)…`;
      let r;
      try {
        r = await this.host.run(source, seed);
      } catch (err) {
        why = `the engine could not run seed ${seed}: ${err instanceof Error ? err.message : err}`;
        break;
      }
      if (batch !== this.batch) return; // stopped, and maybe another batch started
      // A run stopped from outside (Run, a Live edit, Stop) ends the batch:
      // its outcome says nothing about the program's schedules.
      if (r.trace && r.trace.outcome && r.trace.outcome.kind === "stopped") { why = "stopped"; break; }
      addRun(this.outcomes, seed, r);
      done++;
      this.render();
    }
    this.finish(done, n, why);
  }

  /** Stops the batch and the run in progress. */
  stop() {
    if (!this.running) return;
    const done = this.outcomes.reduce((k, o) => k + o.seeds.length, 0);
    this.batch++;
    this.host.stop();
    this.finish(done, Number(this.count.value), "stopped");
  }

  /** @param {number} done @param {number} n @param {string} why */
  finish(done, n, why) {
    this.running = false;
    delete this.root.dataset.running;
    this.runButton.disabled = false;
    this.stopButton.disabled = true;
    const k = this.outcomes.length;
    const summary = `${done} run${done === 1 ? "" : "s"}, ${k} distinct outcome${k === 1 ? "" : "s"}`;
    this.status.textContent = why === "stopped" ? `stopped after ${summary} (of ${n} seeds)` : why ? `${summary}; ${why}` : `${summary}` + (k > 1 ? ": the outcome depends on the schedule" : ": every schedule tried gave the same outcome");
    this.root.dataset.outcomes = String(k);
  }

  /** Redraws the list: one item per outcome, its seeds, and a button that shows it. */
  render() {
    const total = this.outcomes.reduce((k, o) => k + o.seeds.length, 0);
    const items = this.outcomes.map((o, i) => {
      const li = document.createElement("li");
      li.className = "sched-outcome";
      const head = document.createElement("button");
      head.type = "button";
      head.className = "sched-show";
      head.setAttribute("aria-pressed", String(i === this.shown));
      head.textContent = `Outcome ${i + 1}: ${o.seeds.length} of ${total} run${total === 1 ? "" : "s"}, exit status ${o.exit} — show seed ${o.seeds[0]}`;
      head.addEventListener("click", () => this.choose(i));
      const seeds = document.createElement("p");
      seeds.className = "sched-seeds";
      seeds.textContent = `seed${o.seeds.length === 1 ? "" : "s"} ${seedRanges(o.seeds)}`;
      li.append(head, seeds);
      const lines = o.stdout.replace(/\n$/, "").split("\n");
      if (o.stdout) {
        const pre = document.createElement("pre");
        pre.className = "sched-stdout";
        pre.textContent = lines.length > 6 ? [...lines.slice(0, 6), `… (${lines.length - 6} more lines)`].join("\n") : lines.join("\n");
        li.append(pre);
      }
      if (o.error) {
        const err = document.createElement("p");
        err.className = "sched-error";
        err.textContent = o.error;
        li.append(err);
      }
      return li;
    });
    this.list.replaceChildren(...items);
  }

  /** Shows outcome i's first run: its output, timeline and story. @param {number} i */
  choose(i) {
    const o = this.outcomes[i];
    if (!o) return;
    this.shown = i;
    for (const [k, b] of this.list.querySelectorAll(".sched-show").entries()) b.setAttribute("aria-pressed", String(k === i));
    this.host.show(o.res, o.seeds[0]);
  }
}
