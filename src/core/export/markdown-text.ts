/**
 * Escapes page text for Markdown so it reads as text: no emphasis, links, headings, lists or raw HTML
 * (Obsidian and most notes apps render inline HTML, and page text is untrusted).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~|{}]/g, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;')
    .replace(/^(\s*)([#+-])(?=\s|$)/gm, (_m, space: string, marker: string) => `${space}\\${marker}`)
    .replace(/^(\s*\d+)([.)])(?=\s|$)/gm, (_m, lead: string, marker: string) => `${lead}\\${marker}`);
}

/**
 * Neutralises raw HTML in a user's note while keeping its Markdown (the note is the user's own writing,
 * but it may come from an imported file).
 */
export function escapeNoteHtml(note: string): string {
  return note.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/**
 * Returns `url` if it is an http(s) URL, percent-encoding the characters that end a Markdown link
 * destination; otherwise undefined, so a `javascript:` URL from an imported file never becomes a link.
 */
export function markdownUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  return url.replace(/[\s()<>]/g, (ch) => encodeURIComponent(ch));
}

/**
 * Turns a tag into an Obsidian tag (`#tag`): letters (any script), digits, `_`, `-` and `/`; spaces become `-`.
 * Returns undefined when nothing usable remains or the tag is only digits (Obsidian rejects those).
 */
export function obsidianTag(tag: string): string | undefined {
  const cleaned = tag
    .normalize('NFC')
    .trim()
    .replace(/^#+/, '')
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{M}\p{N}_\-/]/gu, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  if (!cleaned || /^\d+$/.test(cleaned)) return undefined;
  return cleaned;
}
