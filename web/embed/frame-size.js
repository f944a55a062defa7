// @ts-check
// Iframe sizing, both ends. The /embed page reports its content's height
// to its parent whenever it changes ({type: "taskline:resize", height});
// the host page (embed.js, or the snippet in docs/EMBED.md) sets the height
// of the iframe that sent it. So a frame is as tall as its playground —
// no blank gap below a short program, no scroll bar in a long one.

/** Messages that ask for less than this are taken as a frame still loading. */
const MIN = 60;
/** No frame grows beyond this, whatever it asks for. */
const MAX = 10000;

/**
 * In the frame: posts the body's height to post() now and on every change.
 * @param {(msg: any) => void} post
 */
export function reportSize(post) {
  let last = -1;
  const send = () => {
    const h = Math.ceil(document.body.getBoundingClientRect().height);
    if (h !== last) { last = h; post({ type: "taskline:resize", height: h }); }
  };
  new ResizeObserver(send).observe(document.body);
  send();
}

/** True for the address of Taskline's embeddable page. @param {string} src @param {string} base */
function isEmbedURL(src, base) {
  try { return /\/embed(\.html)?$/.test(new URL(src, base).pathname); } catch { return false; }
}

/**
 * On the host page: sets an /embed iframe's height when it reports one.
 * Only the frame that sent the message is touched, and only if it shows
 * Taskline's /embed page from the sender's origin.
 * @param {Window} win
 */
export function listenForFrameSizes(win) {
  win.addEventListener("message", (e) => {
    const m = e.data;
    if (!m || m.type !== "taskline:resize" || typeof m.height !== "number" || !(m.height >= MIN)) return;
    for (const f of win.document.querySelectorAll("iframe")) {
      if (f.contentWindow !== e.source) continue;
      let origin = "";
      try { origin = new URL(f.src, win.location.href).origin; } catch { /* not a URL */ }
      if (origin === e.origin && isEmbedURL(f.src, win.location.href)) f.style.height = `${Math.min(MAX, Math.ceil(m.height))}px`;
      return;
    }
  });
}
