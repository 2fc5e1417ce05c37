import type { Lang, LangSetting } from './types';

/**
 * Picks the UI language: the setting when fixed, otherwise the first browser language that
 * Margin speaks (Vietnamese for any `vi*` tag), English when none matches.
 */
export function resolveLang(setting: LangSetting | undefined, browserLanguages: readonly string[]): Lang {
  if (setting === 'en' || setting === 'vi') return setting;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'vi') return 'vi';
    if (base === 'en') return 'en';
  }
  return 'en';
}
