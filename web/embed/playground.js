// @ts-check
// <taskline-playground>: a runnable Taskline playground for anyone's page.
//
//   <script type="module" src="https://HOST/embed.js"></script>
//   <taskline-playground language="python" python="3.11" height="240" readonly autorun>
//   import asyncio ...
//   </taskline-playground>
//
// The program comes from, in this order: a src="URL" attribute (fetched), a
// <script type="text/plain"> child (in which "<\" stands for "<", so that a
// program may contain "</script>" written as "<\/script>"), a <template>
// child, a pre-rendered <pre class="tl-code"><code> (lesson pages and the
// docs-site integrations), or the element's own text. The language is the
// "language" attribute; "lang" is accepted from older snippets and moved to
// "language" at upgrade, because "lang" names a human language and screen
// readers would switch to a "python" voice.
//
// Everything it draws is in a shadow root. All instances share one engine
// (runtime.js), loaded when a playground becomes visible — or, for a
// pre-rendered one, only when the reader edits or runs it: a pre-rendered
// playground carries its build-time trace in a
// <script type="application/json" class="taskline-result"> child (older
// lesson pages wrote class="tl-trace") or a result='JSON' attribute, and
// shows that at once. The JSON is a trace (docs/TRACE.md) or only its outcome.
//
// Accessible names are the playground page's: "Code", "Run", "Stop",
// "Language", a region "Output", an alert with the error, and "Timeline",
// which dispatches a bubbling, composed "taskline:rendered" after each draw.
// After each run the element dispatches "taskline:run" with {trace, source,
// story}; el.story is the story shown. With the hide-findings attribute
// (an exercise's starter) the story leaves out the pitfalls it found.

import { Timeline } from "../src/timeline/view.js";
import { engine, onEngineState, assetBase } from "./runtime.js";
import { CSS } from "./style.js";
import { OUTPUT_CAP, cutNote } from "../src/output.js";
import { splitFailure, renderFailure, renderStory, showEvent, CSS as STORY_CSS } from "../src/story.js";

/** At most OUTPUT_CAP characters of text, with a note when cut. @param {string} s */
function capText(s) {
  return s.length > OUTPUT_CAP ? `${s.slice(0, OUTPUT_CAP)}\n[${cutNote(s.length)}]\n` : s;
}

/** Removes the common indentation and the blank first/last lines of inline code. @param {string} s */
export function dedent(s) {
  const lines = s.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length && lines[0].trim() === "") lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === "") lines.pop();
  let indent = Infinity;
  for (const l of lines) if (l.trim()) indent = Math.min(indent, /** @type {RegExpMatchArray} */ (l.match(/^[ \t]*/))[0].length);
  if (!isFinite(indent)) indent = 0;
  return lines.map((l) => l.slice(indent)).join("\n") + "\n";
}

/**
 * The text of a <script type="text/plain"> child as the program: "<\"
 * stands for "<", so a program can carry "</script>" (written "<\/script>"),
 * which would otherwise end the script element early.
 * @param {string} s
 */
export function unescapeScript(s) {
  return s.replace(/<\\/g, "<");
}

/** The inverse of unescapeScript: text that is safe inside a script element. @param {string} s */
export function escapeScript(s) {
  return s.replace(/<(?=\\|\/script|!--)/gi, "<\\");
}

/** The inline program of a playground element (src= aside). @param {Element} host */
export function programOf(host) {
  for (const c of host.children) {
    if (c.tagName === "SCRIPT" && (c.getAttribute("type") || "").toLowerCase() === "text/plain") return dedent(unescapeScript(c.textContent || ""));
    if (c.tagName === "TEMPLATE") return dedent(/** @type {HTMLTemplateElement} */ (c).content.textContent || "");
  }
  const code = host.querySelector(":scope > pre.tl-code > code");
  if (code) return code.textContent || "";
  // The element's own text, leaving out a result child's JSON.
  let text = "";
  for (const n of host.childNodes) if (!(n instanceof HTMLScriptElement)) text += n.textContent || "";
  return dedent(text);
}

/**
 * The pre-rendered result of a playground, or null: the JSON of a
 * <script type="application/json" class="taskline-result"> (or older lesson
 * pages' "tl-trace") child, or of a result attribute. Either a trace or a bare
 * outcome ({stdout, stderr, exitCode, error}), which has no timeline.
 * @param {Element} host
 */
export function resultOf(host) {
  const child = host.querySelector(":scope > script.taskline-result, :scope > script.tl-trace");
  const text = child ? child.textContent : host.getAttribute("result");
  if (!text) return null;
  let r;
  try { r = JSON.parse(text); } catch { return null; }
  if (!r || typeof r !== "object") return null;
  if (r.outcome) return { tasks: [], spans: [], events: [], ...r };
  if ("stdout" in r || "exitCode" in r || "kind" in r) return { tasks: [], spans: [], events: [], outcome: r };
  return null;
}

const html = String.raw;

/** One style sheet, shared by every playground on the page. @type {CSSStyleSheet|null} */
let sheet = null;

export class TasklinePlayground extends HTMLElement {
  static get observedAttributes() { return ["predict", "readonly", "language", "python"]; }

  constructor() {
    super();
    /** @type {any} */
    this.trace = null;
    /** @type {any} the story of the run shown (engine/explain) */
    this.story = null;
    this.initial = "";
    this.running = false;
    this.prerendered = false;
  }

  connectedCallback() {
    if (this.shadowRoot) return;
    // A programming language in "lang" would tell screen readers to read the
    // page in a language called "python": keep the value, under "language".
    const legacy = this.getAttribute("lang");
    if (legacy === "python" || legacy === "go") {
      if (!this.hasAttribute("language")) this.setAttribute("language", legacy);
      this.removeAttribute("lang");
    }
    const src = this.getAttribute("src");
    this.initial = src ? "" : programOf(this);
    const pre = resultOf(this);
    this.build();
    // The pre-rendered result has done its job: the shadow tree shows the
    // same run now. Removing it leaves one "Output", one "Timeline".
    for (const old of this.querySelectorAll(".tl-result, .tl-note")) old.remove();
    if (pre) {
      this.prerendered = true;
      this.show(pre);
    }
    if (src) this.load(src, pre);
    else this.start(pre);
  }

  /** What to do once the program is there: run it, or warm the engine when seen. @param {any} pre */
  start(pre) {
    if (pre) return;
    if (this.hasAttribute("autorun")) this.whenVisible(() => this.run());
    else this.whenVisible(() => engine(this.el ? this.el.lang.value : "python"));
  }

  /** Fetches the program from src= (relative to the page). @param {string} src @param {any} pre */
  async load(src, pre) {
    const el = /** @type {any} */ (this.el);
    el.run.disabled = true;
    el.status.textContent = "Loading the program…";
    try {
      const url = new URL(src, document.baseURI);
      const r = await fetch(url);
      if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
      this.initial = (await r.text()).replace(/\r\n?/g, "\n");
      if (!this.hasAttribute("language") && /\.go$/.test(url.pathname)) {
        this.setAttribute("language", "go");
        el.lang.value = "go";
        el.python.hidden = true;
      }
      el.code.value = this.initial;
      this.fitHeight();
      el.status.textContent = "";
      el.run.disabled = false;
      this.start(pre);
    } catch (err) {
      el.status.textContent = `Could not load the program from ${src}: ${/** @type {Error} */ (err).message}`;
    }
  }

  build() {
    const root = this.attachShadow({ mode: "open" });
    const lang = this.getAttribute("language") === "go" ? "go" : "python";
    // A constructed style sheet, not a <style> element: pages whose Content
    // Security Policy refuses inline styles (Taskline's own do) still apply it.
    if ("adoptedStyleSheets" in root && "replaceSync" in CSSStyleSheet.prototype) {
      sheet ||= new CSSStyleSheet();
      if (!sheet.cssRules.length) sheet.replaceSync(CSS + STORY_CSS);
      root.adoptedStyleSheets = [sheet];
    } else {
      const style = document.createElement("style");
      style.textContent = CSS + STORY_CSS;
      root.append(style);
    }
    const tmpl = document.createElement("template");
    tmpl.innerHTML = html`
<div class="tl" part="root">
  <div class="head">
    <span class="title"></span>
    <select class="lang" aria-label="Language"><option value="python">Python</option><option value="go">Go</option></select>
    <select class="python" aria-label="Python version"><option value="3.11">3.11</option><option value="3.7">3.7</option></select>
    <button type="button" class="run">Run</button>
    <button type="button" class="stop" disabled>Stop</button>
    <button type="button" class="reset">Reset</button>
    <span class="status" role="status"></span>
  </div>
  <textarea aria-label="Code" aria-describedby="code-keys" spellcheck="false" autocapitalize="off" autocomplete="off"></textarea>
  <p class="keys" id="code-keys">In the code, Tab indents: press Esc, then Tab, to move on. Ctrl+Enter runs.</p>
  <div class="result">
    <section class="output" aria-label="Output"><pre></pre></section>
    <div class="alert" role="alert" hidden></div>
    <section class="story" aria-label="What happened" hidden><h2>What happened</h2></section>
    <div class="timeline" aria-label="Timeline" role="group" tabindex="0" aria-describedby="timeline-keys" data-lanes="0" data-events="0"></div>
    <output class="step" aria-live="polite"></output>
    <p class="keys" id="timeline-keys">On the timeline: ← → step through events, Home/End first/last, + − zoom, 0 fit.</p>
  </div>
</div>`;
    root.append(tmpl.content);
    const $ = (/** @type {string} */ s) => /** @type {HTMLElement} */ (root.querySelector(s));
    this.el = {
      title: $(".title"), lang: /** @type {HTMLSelectElement} */ ($(".lang")), python: /** @type {HTMLSelectElement} */ ($(".python")),
      run: /** @type {HTMLButtonElement} */ ($(".run")), stop: /** @type {HTMLButtonElement} */ ($(".stop")), reset: $(".reset"),
      status: $(".status"), code: /** @type {HTMLTextAreaElement} */ ($("textarea")), result: $(".result"),
      output: $(".output pre"), alert: $(".alert"), story: $(".story"), timeline: $(".timeline"), step: $(".step"),
    };
    const el = this.el;
    el.title.textContent = this.getAttribute("title") || "";
    el.lang.value = lang;
    el.python.value = this.getAttribute("python") || "3.11";
    el.python.hidden = lang !== "python";
    el.code.value = this.initial;
    el.code.readOnly = this.hasAttribute("readonly");
    this.fitHeight();
    el.result.hidden = this.hasAttribute("predict");
    this.timeline = new Timeline(el.timeline);
    // Stepping with the keyboard says which event is selected.
    el.timeline.addEventListener("taskline:select", (e) => { el.step.textContent = /** @type {CustomEvent} */ (e).detail.text; });

    el.alert.addEventListener("taskline:goto", (e) => this.showLine(/** @type {CustomEvent} */ (e).detail.line));
    el.timeline.addEventListener("taskline:select", (e) => showEvent(el.story, /** @type {CustomEvent} */ (e).detail.event));
    el.run.addEventListener("click", () => this.run());
    el.stop.addEventListener("click", () => this.stop());
    el.reset.addEventListener("click", () => { el.code.value = this.initial; this.markStale(); });
    el.lang.addEventListener("change", () => { el.python.hidden = el.lang.value !== "python"; this.markStale(); });
    el.python.addEventListener("change", () => this.markStale());
    el.code.addEventListener("input", () => { engine(el.lang.value); this.markStale(); });
    el.code.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); this.run(); }
      if (e.key === "Tab" && !e.shiftKey && !el.code.readOnly) { // indent rather than leave; Esc then Tab leaves
        if (this.escaped) return;
        e.preventDefault();
        el.code.setRangeText("    ", el.code.selectionStart, el.code.selectionEnd, "end");
        this.markStale();
      }
      this.escaped = e.key === "Escape";
    });
  }

  /** Sizes the editor: the height attribute, else the program's lines up to a limit. */
  fitHeight() {
    if (!this.el) return;
    const h = Number(this.getAttribute("height"));
    this.el.code.style.height = h > 0 ? `${h}px` : `${Math.min(480, 20 + 19 * this.initial.split("\n").length)}px`;
  }

  attributeChangedCallback(/** @type {string} */ name) {
    if (!this.el) return;
    if (name === "predict") this.el.result.hidden = this.hasAttribute("predict");
    if (name === "readonly") this.el.code.readOnly = this.hasAttribute("readonly");
    if (name === "language") {
      this.el.lang.value = this.getAttribute("language") === "go" ? "go" : "python";
      this.el.python.hidden = this.el.lang.value !== "python";
    }
  }

  /** Calls f once, when the element first comes into view. @param {() => void} f */
  whenVisible(f) {
    if (!("IntersectionObserver" in window)) { f(); return; }
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) { io.disconnect(); f(); }
    }, { rootMargin: "200px" });
    io.observe(this);
  }

  markStale() {
    if (this.el && this.trace) this.el.timeline.dataset.stale = "true";
  }

  /** The program in the editor. */
  get code() { return this.el ? this.el.code.value : this.initial; }
  set code(s) {
    if (this.el) { this.el.code.value = s; this.markStale(); } else this.initial = s;
  }

  /** Runs the program in the shared engine; resolves with the run's trace. */
  async run() {
    if (!this.el || this.running) return this.trace;
    const el = this.el;
    this.running = true;
    el.run.disabled = true;
    el.stop.disabled = false;
    const lang = el.lang.value;
    const off = onEngineState((s) => {
      const what = lang === "go" ? "the Go engine" : "the engine";
      el.status.textContent = s === "loading" ? `Loading ${what}…` : s === "failed" ? `${what[0].toUpperCase()}${what.slice(1)} could not load.` : "Running…";
      if (s === "loading") el.run.setAttribute("aria-busy", "true");
      else el.run.removeAttribute("aria-busy");
    }, lang);
    try {
      const source = el.code.value;
      const opts = { lang, python: lang === "python" ? el.python.value : undefined };
      const r = await engine(lang).run(source, opts);
      el.status.textContent = "";
      this.show(r.trace, r.story);
      this.dispatchEvent(new CustomEvent("taskline:run", { bubbles: true, composed: true, detail: { trace: r.trace, source, story: r.story || null } }));
      return r.trace;
    } catch (err) {
      el.status.textContent = `Could not run: ${/** @type {Error} */ (err).message}`;
      return null;
    } finally {
      off();
      el.run.removeAttribute("aria-busy");
      this.running = false;
      el.run.disabled = false;
      el.stop.disabled = true;
    }
  }

  stop() {
    if (this.running) engine().stop();
  }

  /**
   * Shows a run: output, the error (once, in the alert), the story of what
   * happened and the timeline. A pre-rendered run carries its story in the
   * trace's JSON ("story"), as the worker sends it.
   * @param {any} trace @param {any} [story]
   */
  show(trace, story = trace.story) {
    if (!this.el) return;
    this.trace = trace;
    this.story = story || null;
    const el = this.el;
    const f = splitFailure(trace);
    el.output.textContent = capText((f.outcome.stdout || "") + (f.outcome.stderr || ""));
    const err = (trace.outcome || {}).error;
    if (err && err.type === "EngineFailed") el.status.textContent = err.message;
    renderFailure(el.alert, f, trace);
    const here = new URL(assetBase()).origin === location.origin && window.top === window;
    // An exercise keeps its pitfalls to itself: their fix is the answer.
    const shown = this.story && this.hasAttribute("hide-findings") ? { ...this.story, findings: [] } : this.story;
    renderStory(el.story, shown, {
      onStep: (s) => {
        if (s.event >= 0 && !el.timeline.dataset.stale && this.timeline && s.event < trace.events.length) this.timeline.select(s.event);
        this.showLine(s.line);
      },
      onOpenFix: (fix) => {
        if (!fix.program) return;
        el.code.value = fix.program;
        this.markStale();
        this.run();
      },
      onLine: (n) => this.showLine(n),
      linkBase: assetBase(),
      newTab: !here,
    });
    delete el.timeline.dataset.stale;
    if (this.timeline) this.timeline.setTrace(trace);
  }

  /** Selects line n of the code (1-based) and scrolls it into view. @param {number} n */
  showLine(n) {
    if (!this.el || !(n > 0)) return;
    const ta = this.el.code, lines = ta.value.split("\n");
    if (n > lines.length) return;
    const start = lines.slice(0, n - 1).reduce((k, l) => k + l.length + 1, 0);
    ta.focus({ preventScroll: true });
    ta.setSelectionRange(start, start + lines[n - 1].length);
    const lh = parseFloat(getComputedStyle(ta).lineHeight) || 19;
    ta.scrollTop = Math.max(0, (n - 3) * lh);
  }
}

if (!customElements.get("taskline-playground")) customElements.define("taskline-playground", TasklinePlayground);
