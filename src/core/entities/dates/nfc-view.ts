/**
 * An NFC view of a text with a way back to the original offsets. Recognisers match NFC patterns
 * ("Ngày" as one code point per letter) but must report offsets into the text as given, which may be NFD
 * (decomposed Vietnamese from macOS copy-paste, some CMSs).
 */
export type NfcView = {
  /** The NFC text that patterns run on. */
  text: string;
  /** Maps an offset in `text` to the offset in the original string (exclusive ends map to exclusive ends). */
  toOriginal: (offset: number) => number;
};

/**
 * Builds the NFC view. Text that is already NFC (nearly all web text) costs one native normalisation
 * and comes back as the string itself.
 */
export function nfcView(original: string): NfcView {
  if (original.normalize('NFC') === original) return { text: original, toOriginal: (i) => i };
  // Normalise cluster by cluster (a base character and its marks), since NFC composition never crosses
  // a base character; record where each NFC code unit came from.
  const parts: string[] = [];
  const map: number[] = [];
  const cluster = /\P{M}\p{M}*|\p{M}+/gsu;
  for (let m = cluster.exec(original); m; m = cluster.exec(original)) {
    const nfc = m[0].normalize('NFC');
    parts.push(nfc);
    for (let k = 0; k < nfc.length; k++) map.push(k === 0 ? m.index : m.index + m[0].length);
  }
  map.push(original.length);
  const text = parts.join('');
  return { text, toOriginal: (i) => map[i] ?? original.length };
}
