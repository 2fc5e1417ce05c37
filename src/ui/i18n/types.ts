import type { en } from './messages-en';

/** Languages the UI speaks. */
export type Lang = 'en' | 'vi';

/** The language setting: follow the browser, or a fixed language. */
export type LangSetting = 'auto' | Lang;

/** Plural forms of one message, chosen with `Intl.PluralRules`; `zero` is an optional override for 0. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string; zero?: string };

/** Every message key; English is the source of truth for the key set. */
export type MessageKey = keyof typeof en;

/** A complete message table: every key present (the compiler checks Vietnamese against English). */
export type Messages = Record<MessageKey, string | PluralForms>;
