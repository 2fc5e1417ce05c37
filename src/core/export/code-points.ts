/**
 * Converts a UTF-16 offset (what JavaScript strings count) into a code-point offset (what the W3C
 * TextPositionSelector counts: https://www.w3.org/TR/annotation-model/#text-position-selector).
 * An offset inside a surrogate pair counts that character as reached.
 */
export function utf16ToCodePoint(text: string, offset: number): number {
  let points = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: count it once, at the high half.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const prev = text.charCodeAt(i - 1);
      if (prev >= 0xd800 && prev <= 0xdbff) continue;
    }
    points++;
  }
  return points;
}

/** The inverse of {@link utf16ToCodePoint}: the UTF-16 offset of the code point at `points`. */
export function codePointToUtf16(text: string, points: number): number {
  let i = 0;
  for (let n = 0; n < points && i < text.length; n++) {
    const c = text.charCodeAt(i);
    i +=
      c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
        ? 2
        : 1;
  }
  return i;
}
