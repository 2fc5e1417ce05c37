import { highlightName, PAINT_KINDS, type PaintKind } from './paint-kinds';

// Colours are translucent so they read on light and dark pages alike; each entity kind also gets its own
// underline style (solid, dashed, dotted, double) so kinds are told apart without colour.
const LOOK: Record<PaintKind, string> = {
  official:
    'background-color: rgb(255 170 60 / 0.28); text-decoration: underline solid rgb(214 110 0); text-decoration-thickness: 2px;',
  org: 'background-color: rgb(80 160 255 / 0.22); text-decoration: underline dashed rgb(30 110 220); text-decoration-thickness: 2px;',
  date: 'background-color: rgb(90 200 120 / 0.20); text-decoration: underline dotted rgb(20 140 70); text-decoration-thickness: 2px;',
  person: 'text-decoration: underline double rgb(150 110 200);',
  'user-yellow': 'background-color: rgb(255 230 0 / 0.55); color: inherit;',
  'user-green': 'background-color: rgb(120 230 120 / 0.5); color: inherit;',
  'user-blue': 'background-color: rgb(120 190 255 / 0.5); color: inherit;',
  'user-pink': 'background-color: rgb(255 140 200 / 0.5); color: inherit;',
  'user-purple': 'background-color: rgb(190 150 255 / 0.5); color: inherit;',
  flash: 'background-color: rgb(255 120 0 / 0.75); color: inherit;',
};

/** CSS for every paint layer, as `::highlight()` rules and as fallback `mark[data-margin]` rules. */
export function highlightCss(): string {
  return PAINT_KINDS.map((kind) => {
    const name = highlightName(kind);
    return `::highlight(${name}) { ${LOOK[kind]} }\nmark[data-margin-kind="${kind}"] { all: unset; ${LOOK[kind]} }`;
  }).join('\n');
}

/**
 * Adds Margin's highlight styles to `doc` without inserting an element (a constructed, adopted
 * stylesheet), so the page's DOM stays untouched. Returns a function that removes them.
 */
export function installHighlightStyles(doc: Document): () => void {
  const view = doc.defaultView;
  if (!view || !('adoptedStyleSheets' in doc)) return installStyleElement(doc);
  try {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(highlightCss());
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    return installStyleElement(doc);
  }
}

function installStyleElement(doc: Document): () => void {
  const style = doc.createElement('style');
  style.dataset.margin = 'highlights';
  style.textContent = highlightCss();
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}
