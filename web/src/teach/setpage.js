// @ts-check
// /set.html: a shared exercise set. Students work through it (progress stays
// in their browser) and download their work as a small file; the teacher
// drops the class's files on the same page and sees every result re-run and
// re-checked here (verify.js).

import { openProgress } from "../../embed/progress.js";
import { engine } from "../../embed/runtime.js";
import { parseSet, parseSetHash, parseWork, workFor, exerciseKey } from "./set.js";
import { renderSet, h } from "./render.js";
import { verifyWork } from "./verify.js";

const $ = (/** @type {string} */ id) => /** @type {any} */ (document.getElementById(id));

/** Fetches or decodes the set the address names. @returns {Promise<import("./set.js").ExerciseSet|null>} */
export async function loadSet() {
  const where = parseSetHash(location.hash);
  if (!where) return null;
  if ("data" in where) return parseSet(where.data);
  const resp = await fetch(`/api/share/${where.id}`);
  if (!resp.ok) throw new Error(resp.status === 404 ? "no set is stored under this link" : `the set could not be loaded (${resp.status})`);
  const sn = await resp.json();
  if (sn.lang !== "set") throw new Error("this link is a program, not an exercise set");
  return parseSet(sn.code);
}

/** Offers a file for download. @param {string} name @param {string} text */
export function download(name, text) {
  const a = h("a", { href: URL.createObjectURL(new Blob([text], { type: "application/json" })), download: name });
  document.body.append(a);
  a.click();
  a.remove();
}

/** @param {string} s */
const fileSafe = (s) => s.trim().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "").toLowerCase() || "work";

/** @param {import("./set.js").ExerciseSet} set */
function show(set) {
  const progress = openProgress();
  document.title = `${set.title || "Exercise set"} · Taskline`;
  $("set-title").textContent = set.title || "Exercise set";
  renderSet($("set-exercises"), set, progress);
  $("hand-in").hidden = false;
  $("results").hidden = false;
  $("export").addEventListener("click", () => {
    const name = $("student").value.trim();
    if (!name) { $("export-note").textContent = "Write your name first, so your teacher knows whose work it is."; $("student").focus(); return; }
    const work = workFor(set, name, (id) => progress.get(id));
    download(`${fileSafe(name)}-${fileSafe(set.title)}.taskline-work.json`, JSON.stringify(work));
    const solved = work.exercises.filter((e) => e.solved).length;
    $("export-note").textContent = `Downloaded your work: ${solved} of ${work.exercises.length} solved. Hand the file to your teacher.`;
  });
  const table = $("results-table");
  const head = h("tr", {}, [h("th", { scope: "col" }, ["Student"]), ...set.exercises.map((e, i) => h("th", { scope: "col" }, [`${i + 1}. ${e.title || "Exercise"}`]))]);
  table.tHead.replaceChildren(head);
  /** @param {FileList|File[]} files */
  const addFiles = async (files) => {
    const run = (/** @type {string} */ code, /** @type {any} */ opts) => engine().run(code, opts);
    for (const f of files) {
      $("results-status").textContent = `Re-running ${f.name}…`;
      const row = h("tr", {}, [h("th", { scope: "row" }, [f.name])]);
      try {
        const work = parseWork(await f.text());
        row.firstChild.textContent = work.student || f.name;
        const verdicts = await verifyWork(set, work, run);
        for (const v of verdicts) {
          const text = !v.ran ? "not handed in" : v.solved ? "✓ solved" : `✗ ${v.passed} of ${v.total} checks`;
          const cell = h("td", { "data-state": v.ran ? (v.solved ? "pass" : "fail") : "missing" }, [text]);
          if (v.flagged) {
            cell.dataset.flagged = "true";
            cell.append(h("br"), h("strong", { class: "flag" }, [v.claimed ? "⚠ the file claims solved; the checks fail here" : "⚠ the file claims not solved; the checks pass here"]));
          }
          if (v.failing.length) cell.title = v.failing.join("\n");
          row.append(cell);
        }
      } catch (e) {
        row.append(h("td", { colspan: String(set.exercises.length), "data-state": "error" }, [`cannot read: ${/** @type {Error} */ (e).message}`]));
      }
      table.tBodies[0].append(row);
    }
    $("results-status").textContent = `${table.tBodies[0].rows.length} file(s) checked: every result above was re-run on this page.`;
  };
  $("work-files").addEventListener("change", () => addFiles($("work-files").files));
  const drop = $("drop");
  drop.addEventListener("dragover", (/** @type {DragEvent} */ e) => { e.preventDefault(); drop.dataset.over = "true"; });
  drop.addEventListener("dragleave", () => { delete drop.dataset.over; });
  drop.addEventListener("drop", (/** @type {DragEvent} */ e) => {
    e.preventDefault();
    delete drop.dataset.over;
    if (e.dataTransfer) addFiles([...e.dataTransfer.files]);
  });
  /** @type {any} */ (window).tasklineSet = { set, progress, addFiles, key: (/** @type {any} */ e) => exerciseKey(set, e) };
}

export async function setPage() {
  const open = async (/** @type {string} */ text) => show(parseSet(text));
  $("set-file").addEventListener("change", async () => {
    const f = $("set-file").files[0];
    if (!f) return;
    try { await open(await f.text()); $("set-open").hidden = true; $("set-status").textContent = ""; } catch (e) { $("set-status").textContent = /** @type {Error} */ (e).message; }
  });
  try {
    const set = await loadSet();
    if (set) show(set);
    else {
      $("set-status").textContent = "This page shows an exercise set: open a link from your teacher, or a set file.";
      $("set-open").hidden = false;
    }
  } catch (e) {
    $("set-status").textContent = /** @type {Error} */ (e).message;
    $("set-open").hidden = false;
  }
}
