/** A fixed-position element with an open shadow root, for Margin's in-page UI (cards, toolbar). */
export type ShadowHost = { host: HTMLElement; root: ShadowRoot; dispose(): void };

/**
 * Creates a host on `doc.documentElement` whose shadow root isolates Margin's UI from the page's CSS
 * (open, so assistive tech and tests can reach it; it holds nothing secret). `css` is the UI's own stylesheet.
 */
export function createShadowHost(doc: Document, name: string, css: string): ShadowHost {
  const host = doc.createElement('margin-ui');
  host.dataset.marginUi = name;
  // Inline styles beat the page's rules for the host itself; everything inside is isolated.
  host.style.cssText =
    'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; display: block;';
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  doc.documentElement.append(host);
  return { host, root, dispose: () => host.remove() };
}

/** Builds an element with text content only (never HTML): page text and user notes are data. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  ...children: (Node | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Shared look for in-page UI: system font, light and dark, visible focus. */
export const BASE_UI_CSS = `
:host { color-scheme: light dark; }
.panel { position: fixed; box-sizing: border-box; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1d1d1f; background: #fff; border: 1px solid rgb(0 0 0 / 0.15); border-radius: 10px;
  box-shadow: 0 8px 28px rgb(0 0 0 / 0.18); padding: 10px 12px; max-width: 340px; }
@media (prefers-color-scheme: dark) { .panel { color: #f2f2f2; background: #242428; border-color: rgb(255 255 255 / 0.18); } }
button { font: inherit; color: inherit; background: rgb(127 127 127 / 0.12); border: 1px solid rgb(127 127 127 / 0.35);
  border-radius: 6px; padding: 3px 9px; cursor: pointer; }
button:hover { background: rgb(127 127 127 / 0.22); }
button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 2px solid #2b7cff; outline-offset: 2px; }
.muted { opacity: 0.72; }
`;
