/**
 * Tiny element builder. Text always goes in as text nodes (never innerHTML), so names and sentences
 * from the graph cannot inject markup, and no inline style or script is ever written.
 */
type Child = Node | string | number | null | undefined | false | '';
export type Children = Child | Children[];
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Children[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'class') el.className = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  fill(el, children, false);
  return el;
}

/** Appends (or, by default, replaces with) children, skipping empty ones so `cond && h(…)` reads naturally. */
export function fill(el: Element, children: Children[], replace = true): void {
  const nodes = (children as unknown[]).flat(Infinity as 1) as Child[];
  const kept = nodes.filter((c): c is Node | string | number => c !== null && c !== undefined && c !== false && c !== '');
  const converted = kept.map((c) => (c instanceof Node ? c : String(c)));
  if (replace) el.replaceChildren(...converted);
  else el.append(...converted);
}

/** Sets a CSS custom property through the CSSOM, which a strict CSP allows (style attributes it does not). */
export function setVar(el: HTMLElement, name: string, value: string): HTMLElement {
  el.style.setProperty(name, value);
  return el;
}
