// @ts-check
// The plain-textarea editor, used when the CodeMirror bundle is not there
// (a machine without npm builds only the Go side). Same interface as editor.js.

/**
 * @param {HTMLElement} parent
 * @param {{doc: string, lang: string, onChange: () => void, onRun: () => void}} o
 */
export function createTextarea(parent, o) {
  const ta = document.createElement("textarea");
  ta.className = "plain-editor";
  ta.setAttribute("aria-label", "Code");
  ta.spellcheck = false;
  ta.value = o.doc;
  ta.addEventListener("input", () => o.onChange());
  ta.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); o.onRun(); }
  });
  parent.append(ta);
  const lineStart = (/** @type {number} */ line) => {
    let pos = 0;
    for (let i = 1; i < line; i++) { const k = ta.value.indexOf("\n", pos); if (k < 0) return -1; pos = k + 1; }
    return pos;
  };
  return {
    kind: "textarea",
    view: null,
    get value() { return ta.value; },
    set value(s) { ta.value = s; },
    setLang() {},
    focus() { ta.focus(); },
    /** Takes the text box out of the page (the CodeMirror editor replaces it). */
    remove() { ta.remove(); },
    /** @param {{line: number, kind: string}[]} list */
    mark(list) {
      const ev = list.find((m) => m.kind === "event");
      if (ev && document.activeElement !== ta) this.goto(ev.line, 1, false);
    },
    /** @param {number} line @param {number} [col] @param {boolean} [focus] */
    goto(line, col = 1, focus = true) {
      const s = lineStart(line);
      if (s < 0) return;
      let e = ta.value.indexOf("\n", s);
      if (e < 0) e = ta.value.length;
      if (focus) ta.focus();
      ta.setSelectionRange(Math.min(e, s + col - 1), e);
    },
  };
}
