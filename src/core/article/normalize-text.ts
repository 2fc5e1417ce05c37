/**
 * Collapses whitespace (no-break spaces and BOMs included, as `\s` does) to single spaces, drops soft hyphens
 * and zero-width spaces (invisible, yet they split names the recogniser must match), trims, and normalises to
 * NFC, the form every text in Margin is stored and matched in.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200b\u00ad]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
