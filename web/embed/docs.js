// @ts-check
// The script of the /docs/embed page (docs/EMBED.md rendered): the
// <taskline-playground> element for the page's own examples, and for every
// code snippet a Copy button. The snippets are written for
// https://taskline.example; here they say the address this page is served
// from, so what a reader copies works as it is.

import "./playground.js";

/** The address the Markdown's snippets use for "wherever Taskline is served". */
export const PLACEHOLDER = "https://taskline.example";

const CSS = `
.tl-snippet { position: relative; }
.tl-snippet > pre { padding-right: 5.5em; }
.tl-snippet > pre:focus-visible { outline: 2px solid #1f6feb; outline-offset: 2px; }
.tl-copy { position: absolute; top: .4em; right: .4em; font: 13px system-ui, sans-serif; padding: 2px 10px; min-height: 26px;
  border: 1px solid #8b949e; border-radius: 5px; background: #ffffff; color: #1d1f21; cursor: pointer; }
.tl-copy:focus-visible { outline: 2px solid #1f6feb; outline-offset: 1px; }
@media (prefers-color-scheme: dark) { .tl-copy { background: #16181c; color: #e6e6e6; } }
@media print { .tl-copy { display: none; } }
.tl-copy-status { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); margin: 0; }
`;

/** Copies text, by the Clipboard API where the page may use it, else through a selection. @param {string} text */
async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const t = document.createElement("textarea");
    t.value = text;
    t.setAttribute("readonly", "");
    t.style.position = "fixed";
    t.style.opacity = "0";
    document.body.append(t);
    t.select();
    const ok = document.execCommand("copy");
    t.remove();
    return ok;
  }
}

/**
 * Puts this origin into every snippet and gives each a Copy button. Code
 * inside playgrounds is left alone: it is a program, not a snippet.
 * @param {Document} doc @param {string} origin
 */
export function setupSnippets(doc, origin) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const status = doc.createElement("p");
  status.setAttribute("role", "status");
  status.className = "tl-copy-status";
  doc.body.append(status);
  let n = 0;
  for (const code of doc.querySelectorAll("pre > code")) {
    const pre = /** @type {HTMLElement} */ (code.parentElement);
    if (pre.closest("taskline-playground, .tl-exercise")) continue;
    if (code.textContent && code.textContent.includes(PLACEHOLDER)) code.textContent = code.textContent.split(PLACEHOLDER).join(origin);
    const box = doc.createElement("div");
    box.className = "tl-snippet";
    pre.replaceWith(box);
    box.append(pre);
    // A snippet wider than the page scrolls; keyboard users must be able to reach it.
    pre.tabIndex = 0;
    pre.setAttribute("aria-label", `Snippet ${++n}`);
    const b = doc.createElement("button");
    b.type = "button";
    b.className = "tl-copy";
    b.textContent = "Copy";
    b.setAttribute("aria-label", `Copy snippet ${n}`);
    b.addEventListener("click", async () => {
      const ok = await copy(code.textContent || "");
      b.textContent = ok ? "Copied" : "Copy failed";
      status.textContent = ok ? `Snippet ${n} copied.` : `Could not copy snippet ${n}; select it and copy by hand.`;
      setTimeout(() => { b.textContent = "Copy"; }, 2000);
    });
    box.append(b);
  }
}

if (typeof document !== "undefined" && document.querySelector("pre > code")) setupSnippets(document, location.origin);
