/**
 * Named entities worth decoding in metadata: the XML five, the space, and the Latin letters Vietnamese
 * publishers write as names. Everything else is left as written rather than guessed.
 */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};
for (const [base, letters] of Object.entries({
  grave: 'aeiouAEIOU',
  acute: 'aeiouyAEIOUY',
  circ: 'aeoAEO',
  tilde: 'aoAO',
})) {
  const composed: Record<string, string> = {
    grave: '\u0300',
    acute: '\u0301',
    circ: '\u0302',
    tilde: '\u0303',
  };
  for (const l of letters) NAMED[`${l}${base}`] = `${l}${composed[base]}`.normalize('NFC');
}

const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi;

function decodeOnce(text: string): string {
  return text.replace(ENTITY, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? NAMED[body.toLowerCase()] ?? whole;
  });
}

/**
 * Decodes HTML character references left in metadata strings (JSON-LD often carries them, sometimes escaped
 * twice, as in `&amp;#7871;`). Pure string work: page text is never handed to an HTML parser.
 * @returns the decoded text; unknown references are kept verbatim.
 */
export function decodeEntities(text: string): string {
  let out = text;
  // Two passes undo the double escaping seen on tuoitre.vn; a third would start eating literal text.
  for (let i = 0; i < 2 && out.includes('&'); i++) out = decodeOnce(out);
  return out;
}
