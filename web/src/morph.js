// @ts-check
// Brings a part of the page up to date with a freshly built copy of it,
// keeping every node that is already right. A run's story or error told
// again for an edited program is mostly what the page shows already (a
// number changed, a label); replacing all of it makes the browser lay out
// and shape every line of it again, while changing only the text that
// differs lays out only the lines that hold it.
//
// Only what markup can say is compared: node kinds, tag names, attributes
// and text. Properties set from script and event listeners are not carried
// over, so a region kept this way says what its buttons do in attributes
// and listens once, on its root.

/**
 * Makes into's children equal to from's: a child of the same kind (text, or
 * an element of the same tag) is kept, with its attributes and text brought
 * up to date and its own children morphed in turn; anything else is moved
 * over from `from`, which is left emptied of what was used.
 * @param {Node} into @param {Node} from
 */
export function morph(into, from) {
  let a = into.firstChild;
  for (let b = from.firstChild; b;) {
    const next = b.nextSibling;
    if (a && sameKind(a, b)) {
      if (a.nodeType === Node.ELEMENT_NODE) {
        morphAttributes(/** @type {Element} */ (a), /** @type {Element} */ (b));
        morph(a, b);
      } else if (a.nodeValue !== b.nodeValue) {
        a.nodeValue = b.nodeValue;
      }
      a = a.nextSibling;
    } else {
      into.insertBefore(b, a);
    }
    b = next;
  }
  while (a) {
    const next = a.nextSibling;
    into.removeChild(a);
    a = next;
  }
}

/** @param {Node} a @param {Node} b */
function sameKind(a, b) {
  if (a.nodeType !== b.nodeType) return false;
  return a.nodeType !== Node.ELEMENT_NODE || /** @type {Element} */ (a).tagName === /** @type {Element} */ (b).tagName;
}

/** Gives a b's attributes, and only those. @param {Element} a @param {Element} b */
function morphAttributes(a, b) {
  for (const { name } of [...a.attributes]) if (!b.hasAttribute(name)) a.removeAttribute(name);
  for (const { name, value } of b.attributes) if (a.getAttribute(name) !== value) a.setAttribute(name, value);
}
