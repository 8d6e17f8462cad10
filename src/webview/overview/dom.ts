// The overview builds its DOM with these helpers only: text goes in as text nodes and attributes
// through setAttribute, never as HTML, so whatever a report holds is shown literally.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    // Handlers are attached with addEventListener; an `on…` attribute would be script from data.
    if (/^on/i.test(name)) throw new Error(`event attribute ${name} is not allowed`);
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function on<E extends Element>(el: E, type: string, handler: (ev: Event) => void): E {
  el.addEventListener(type, handler);
  return el;
}
