// @ts-check
// The CodeMirror 6 editor (bundled by esbuild into build/editor.js). The page
// talks to it through the small interface textarea.js also implements, so it
// works the same with the plain-textarea fallback.

import { EditorView, basicSetup } from "codemirror";
import { EditorState, Compartment, StateEffect, StateField } from "@codemirror/state";
import { Decoration, keymap } from "@codemirror/view";
import { python } from "@codemirror/lang-python";
import { go } from "@codemirror/lang-go";
import { indentWithTab } from "@codemirror/commands";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { tags as t } from "@lezer/highlight";

// Token colours come from CSS variables (static/style.css), so one style
// serves the light and the dark theme.
const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword, t.operatorKeyword], color: "var(--syn-keyword)" },
  { tag: [t.string, t.special(t.string)], color: "var(--syn-string)" },
  { tag: [t.number, t.bool, t.null], color: "var(--syn-number)" },
  { tag: [t.comment, t.lineComment, t.blockComment], color: "var(--syn-comment)", fontStyle: "italic" },
  { tag: [t.function(t.variableName), t.function(t.definition(t.variableName)), t.definition(t.function(t.variableName))], color: "var(--syn-function)" },
  { tag: [t.className, t.typeName, t.definition(t.typeName)], color: "var(--syn-type)" },
  { tag: [t.propertyName, t.function(t.propertyName)], color: "var(--syn-property)" },
  { tag: t.invalid, color: "var(--stderr)" },
]);

/** @typedef {{line: number, kind: string, message?: string}} Mark */

const theme = EditorView.theme({
  "&": { minHeight: "320px", maxHeight: "60vh", backgroundColor: "var(--bg)", color: "var(--fg)", fontSize: "13px" },
  "&.cm-focused": { outline: "2px solid var(--accent)" },
  ".cm-scroller": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace", lineHeight: "1.45" },
  ".cm-gutters": { backgroundColor: "var(--panel)", color: "var(--muted)", borderRight: "1px solid var(--line)" },
  ".cm-activeLine, .cm-activeLineGutter": { backgroundColor: "color-mix(in srgb, var(--accent) 8%, transparent)" },
  ".cm-content": { caretColor: "var(--fg)" },
  ".cm-cursor": { borderLeftColor: "var(--fg)" },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground": { backgroundColor: "color-mix(in srgb, var(--accent) 30%, transparent) !important" },
  ".cm-tl-event": { backgroundColor: "var(--hl)" },
  ".cm-tl-error": { backgroundColor: "var(--hl-err)" },
  "@media (max-width: 760px)": { "&": { minHeight: "220px" } },
});

/** @type {import("@codemirror/state").StateEffectType<import("@codemirror/view").DecorationSet>} */
const setMarks = StateEffect.define();
const marks = StateField.define({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) if (e.is(setMarks)) deco = e.value;
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** What a mark shows: its line, its kind's class and its title. @param {Mark} m */
const markKey = (m) => [m.line, `cm-tl-${m.kind}`, m.message || ""];

/** The marks the editor shows now, as markKey gives them. @param {EditorView} view */
function shownMarks(view) {
  /** @type {(string|number)[][]} */
  const out = [];
  const doc = view.state.doc;
  view.state.field(marks).between(0, doc.length, (from, _to, deco) => {
    const spec = deco.spec;
    out.push([doc.lineAt(from).number, spec.class || "", (spec.attributes && spec.attributes.title) || ""]);
  });
  return out;
}

/**
 * @param {HTMLElement} parent
 * @param {{doc: string, lang: string, onChange: () => void, onRun: () => void}} o
 */
export function createEditor(parent, o) {
  // The editor lives in a shadow root: there CodeMirror styles itself with
  // constructed style sheets, which a Content-Security-Policy of
  // style-src 'self' allows (it forbids the <style> elements it uses in a
  // document). CSS variables still inherit from the page, so the theme below
  // follows the page's light and dark colours.
  const root = parent.attachShadow({ mode: "open" });
  const language = new Compartment();
  const langExt = (/** @type {string} */ l) => (l === "go" ? go() : python());
  const view = new EditorView({
    parent: root,
    root,
    state: EditorState.create({
      doc: o.doc,
      extensions: [
        keymap.of([{ key: "Mod-Enter", run: () => { o.onRun(); return true; } }, indentWithTab]),
        basicSetup,
        language.of(langExt(o.lang)),
        syntaxHighlighting(highlight),
        marks,
        theme,
        // The way out is said where the person is (the page's #editor-keys
        // cannot be referenced from inside the shadow root).
        EditorView.contentAttributes.of({ "aria-label": "Code", "aria-description": "Tab indents: press Esc, then Tab, to move on. Ctrl+Enter runs." }),
        EditorView.updateListener.of((u) => { if (u.docChanged) o.onChange(); }),
      ],
    }),
  });
  return {
    kind: "codemirror",
    view,
    get value() { return view.state.doc.toString(); },
    /** @param {string} s */
    set value(s) {
      // Only the part that differs is replaced, so that what lies around
      // it (the marks, the cursor, the scroll) stays where it was.
      const was = view.state.doc.toString();
      if (was === s) return;
      let from = 0;
      const n = Math.min(was.length, s.length);
      while (from < n && was.charCodeAt(from) === s.charCodeAt(from)) from++;
      let end = 0;
      while (end < n - from && was.charCodeAt(was.length - 1 - end) === s.charCodeAt(s.length - 1 - end)) end++;
      view.dispatch({ changes: { from, to: was.length - end, insert: s.slice(from, s.length - end) } });
    },
    /** @param {string} l */
    setLang(l) { view.dispatch({ effects: language.reconfigure(langExt(l)) }); },
    focus() { view.focus(); },
    /** Highlights lines: the selected event's (kind "event") and the error's (kind "error"). @param {Mark[]} list */
    mark(list) {
      const doc = view.state.doc;
      const want = list.filter((m) => m.line >= 1 && m.line <= doc.lines).sort((a, b) => a.line - b.line);
      // An edit moves the marks with the text. When they already sit where
      // this run puts them (a re-run, an edited number, the error on the
      // same line), the editor is left alone: an update of it reads the selection,
      // which makes the browser lay the page out there and then.
      if (JSON.stringify(want.map(markKey)) === JSON.stringify(shownMarks(view))) return;
      const ranges = want.map((m) => Decoration.line({ class: `cm-tl-${m.kind}`, attributes: m.message ? { title: m.message } : {} }).range(doc.line(m.line).from));
      view.dispatch({ effects: setMarks.of(Decoration.set(ranges, true)) });
    },
    /** Moves the cursor to line:col and scrolls it into view. @param {number} line @param {number} [col] */
    goto(line, col = 1) {
      const doc = view.state.doc;
      if (line < 1 || line > doc.lines) return;
      const l = doc.line(line);
      const pos = Math.min(l.to, l.from + Math.max(0, col - 1));
      view.dispatch({ selection: { anchor: pos }, effects: EditorView.scrollIntoView(pos, { y: "center" }) });
    },
  };
}
