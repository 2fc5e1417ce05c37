/** A stretch of text in one language. */
export type LanguageSegment = { start: number; end: number; lang: 'vi' | 'en' };

// Lines shorter than this (bylines, credits, headings) take the language around them.
const MIN_DETECT = 80;

/**
 * Splits text into runs of lines of one language. The document language is detected on the whole text;
 * a long line detected otherwise starts a segment of the other language, so an English quote inside a
 * Vietnamese article (or the reverse) is read by the right rules.
 */
export function languageSegments(text: string, detect: (s: string) => 'vi' | 'en'): LanguageSegment[] {
  if (!text) return [];
  const docLang = detect(text.length > 20000 ? text.slice(0, 20000) : text);
  const segments: LanguageSegment[] = [];
  let lineStart = 0;
  let current: LanguageSegment = { start: 0, end: 0, lang: docLang };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const lineLang =
      lineEnd - lineStart >= MIN_DETECT ? detect(text.slice(lineStart, lineEnd)) : current.lang;
    if (lineLang !== current.lang && current.end > current.start) {
      segments.push(current);
      current = { start: lineStart, end: lineStart, lang: lineLang };
    } else current.lang = lineLang;
    current.end = Math.min(text.length, lineEnd + 1);
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  if (current.end > current.start) segments.push(current);
  return segments;
}
