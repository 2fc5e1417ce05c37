/** The theme setting. */
export type ThemeSetting = 'auto' | 'light' | 'dark';

/**
 * Applies a theme to a document by setting `data-theme` on its root; 'auto' leaves the choice
 * to `prefers-color-scheme` in base.css. Unknown values fall back to 'auto'.
 */
export function applyTheme(doc: Document, setting: string | undefined): ThemeSetting {
  const theme: ThemeSetting = setting === 'light' || setting === 'dark' ? setting : 'auto';
  doc.documentElement.dataset.theme = theme;
  return theme;
}
