/**
 * Saves text as a file through a temporary object URL and a `download` link (works in extension
 * pages without the downloads permission).
 */
export function downloadText(doc: Document, fileName: string, text: string, mime: string): void {
  const blob = new Blob([text], { type: `${mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: Chromium reads the blob asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file-system-safe slug of a title: letters (any script) and digits, dashes, at most 60 chars. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'article'
  );
}

/** `margin-<what>-<yyyy-mm-dd>.<ext>`, the name an export is saved under. */
export function exportFileName(what: string, now: Date, extension: string): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `margin-${slug(what)}-${day}.${extension}`;
}
