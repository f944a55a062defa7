// @ts-check
// The playground's styles, inside its shadow root: the host page's CSS
// cannot reach in, and these rules cannot leak out. What the page can still
// do is style the host element, and inherited properties flow from it into
// the shadow tree: so .tl sets every inherited property it depends on
// (font, colour, spacing...) rather than inheriting them. The page may size
// and place the host as it likes.

export const CSS = `
:host { display: block; margin: 1em 0; contain: layout style; }
:host([hidden]) { display: none; }
.tl {
  --bg: #ffffff; --fg: #1d1f21; --panel: #f4f5f7; --line: #d5d8dd; --muted: #5f6670; --accent: #1f6feb; --err: #b3261e; --err-bg: #fdecea;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg);
  border: 1px solid var(--line); border-radius: 8px; overflow: hidden; text-align: left; letter-spacing: normal; text-transform: none;
  word-spacing: normal; text-indent: 0; text-shadow: none; font-style: normal; font-weight: 400; font-variant: normal; visibility: visible;
  white-space: normal; direction: ltr; cursor: auto; line-height: 1.45; quotes: auto; list-style: none; -webkit-text-fill-color: currentColor;
}
@media (prefers-color-scheme: dark) {
  .tl { --bg: #16181c; --fg: #e6e6e6; --panel: #1f2228; --line: #343a44; --muted: #9aa3ad; --accent: #58a6ff; --on-accent: #0b1320; --err: #ff8a80; --err-bg: #3a1f1f; }
}
.head { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; padding: 6px 8px; background: var(--panel); border-bottom: 1px solid var(--line); }
.title { font-weight: 600; margin-right: auto; }
button, select {
  font: 13px system-ui, sans-serif; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 5px;
  padding: 3px 10px; cursor: pointer; text-transform: none; letter-spacing: normal; min-height: 26px; width: auto; height: auto; margin: 0; box-shadow: none;
}
/* Dark text on the dark scheme's light blue: white on it is 2.5:1. */
.keys { margin: 0; padding: 2px 8px; font-size: 12px; color: var(--muted); }
.step { display: block; padding: 0 8px; font-size: 12px; min-height: 1em; }
.timeline:focus-visible { outline: 2px solid var(--accent); outline-offset: -2px; }
button.run { background: var(--accent); border-color: var(--accent); color: var(--on-accent, #fff); }
button:disabled { opacity: .5; cursor: default; }
button:focus-visible, select:focus-visible, textarea:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.status { font-size: 12px; color: var(--muted); }
textarea {
  display: block; box-sizing: border-box; width: 100%; min-height: 80px; margin: 0; padding: 8px 10px; border: 0; border-bottom: 1px solid var(--line);
  font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--fg); background: var(--bg); resize: vertical; tab-size: 4; white-space: pre;
}
section.output pre, .alert { margin: 0; padding: 6px 10px; font: 12.5px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre-wrap; word-break: break-word; color: var(--fg); }
section.output pre:empty::before { content: "(no output)"; color: var(--muted); }
.alert { background: var(--err-bg); border-top: 1px solid var(--line); color: var(--err); }
.alert .frame { display: inline; text-align: left; background: none; border: 0; border-radius: 0; padding: 0; min-height: 0; font: inherit; color: inherit;
  white-space: pre-wrap; text-decoration: underline dotted; cursor: pointer; }
.alert .last { font-weight: 700; }
.story { padding: 6px 10px 8px; border-top: 1px solid var(--line); }
.story h2 { margin: 0 0 4px; font-size: 12px; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.story h3 { font-weight: 600; }
.timeline { position: relative; min-height: 40px; border-top: 1px solid var(--line); touch-action: none; overflow: hidden; }
.timeline canvas { display: block !important; visibility: visible !important; cursor: crosshair; }
.timeline[data-stale] { opacity: .6; }
.tl-tip { position: absolute; pointer-events: none; background: var(--fg); color: var(--bg); font-size: 12px; padding: 3px 6px; border-radius: 4px; max-width: 260px; }
.result[hidden] { display: none; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
/* On paper: the code whole, no controls. */
@media print {
  .head button, .head select, .status, .keys { display: none; }
  textarea { height: auto; field-sizing: content; overflow: visible; resize: none; }
}
`;
