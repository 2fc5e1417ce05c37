import type { EntityType } from '@/src/core/entities/types';
import { HIGHLIGHT_COLOURS, type HighlightColour } from './records';

/** UI language: the browser's ('auto'), or forced. */
export type UiLanguage = 'auto' | 'en' | 'vi';
/** Colour theme: follow the system ('auto'), or forced. */
export type Theme = 'auto' | 'light' | 'dark';

/** Margin's global settings, as the UI and content script see them (defaults filled in). */
export type Settings = {
  uiLanguage: UiLanguage;
  theme: Theme;
  /** Remember every analysed article (for "seen in N other articles"); otherwise only annotated ones. */
  rememberAllArticles: boolean;
  /** Which entity kinds are highlighted on pages. */
  entityKinds: Record<EntityType, boolean>;
  /** The colour a new highlight gets. */
  defaultColour: HighlightColour;
};

/** A change to some settings; `entityKinds` may name only the kinds that change. */
export type SettingsPatch = Partial<Omit<Settings, 'entityKinds'>> & {
  entityKinds?: Partial<Record<EntityType, boolean>>;
};

/** Per-site settings. A site switched off gets no extraction at all. */
export type SiteSettings = {
  site: string;
  enabled: boolean;
};

/** Settings before the user changed anything. */
export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'auto',
  theme: 'auto',
  rememberAllArticles: true,
  entityKinds: { official: true, person: true, org: true, date: true },
  defaultColour: 'yellow',
};

const LANGUAGES: readonly UiLanguage[] = ['auto', 'en', 'vi'];
const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
const KINDS: readonly EntityType[] = ['official', 'person', 'org', 'date'];

/**
 * Checks a settings patch from a message or an old record: keeps the known keys with valid values and
 * drops everything else.
 */
export function sanitiseSettingsPatch(input: unknown): SettingsPatch {
  if (typeof input !== 'object' || input === null) return {};
  const p = input as Record<string, unknown>;
  const out: SettingsPatch = {};
  if (LANGUAGES.includes(p.uiLanguage as UiLanguage)) out.uiLanguage = p.uiLanguage as UiLanguage;
  if (THEMES.includes(p.theme as Theme)) out.theme = p.theme as Theme;
  if (typeof p.rememberAllArticles === 'boolean') out.rememberAllArticles = p.rememberAllArticles;
  if (HIGHLIGHT_COLOURS.includes(p.defaultColour as HighlightColour)) {
    out.defaultColour = p.defaultColour as HighlightColour;
  }
  if (typeof p.entityKinds === 'object' && p.entityKinds !== null) {
    const kinds = p.entityKinds as Record<string, unknown>;
    const picked: Partial<Record<EntityType, boolean>> = {};
    for (const k of KINDS) if (typeof kinds[k] === 'boolean') picked[k] = kinds[k] as boolean;
    if (Object.keys(picked).length > 0) out.entityKinds = picked;
  }
  return out;
}
