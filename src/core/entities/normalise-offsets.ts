/** Text in NFC with a way back to offsets in the text as given. */
export type NfcText = {
  /** The NFC text that is analysed. */
  text: string;
  /** Maps an offset in `text` to the matching offset in the original (identity when already NFC). */
  toOriginal: (offset: number) => number;
};

// A base character with its combining marks, or stray marks: each is normalised on its own so that every
// output offset maps back to a cluster boundary in the input.
const CLUSTER = /[^\p{M}][\p{M}]*|[\p{M}]+/gsu;

/**
 * Normalises to NFC, keeping an offset map so that entities found in the NFC text can be reported against
 * the string as given (pages may serve NFD Vietnamese: "Lê" as L + e + combining circumflex + dot).
 */
export function toNfc(original: string): NfcText {
  const whole = original.normalize('NFC');
  if (whole === original) return { text: original, toOriginal: (o) => o };
  const parts: string[] = [];
  const map: number[] = [];
  CLUSTER.lastIndex = 0;
  for (let m = CLUSTER.exec(original); m !== null; m = CLUSTER.exec(original)) {
    const nfc = m[0].length > 1 ? m[0].normalize('NFC') : m[0];
    parts.push(nfc);
    for (let k = 0; k < nfc.length; k++) map.push(m.index);
  }
  map.push(original.length);
  const offsets = Int32Array.from(map);
  return {
    text: parts.join(''),
    toOriginal: (o) => offsets[Math.max(0, Math.min(o, offsets.length - 1))]!,
  };
}
