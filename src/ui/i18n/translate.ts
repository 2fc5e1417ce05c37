import type { Lang, MessageKey, Messages, PluralForms } from './types';

/** Values substituted into `{name}` placeholders; `count` also picks the plural form. */
export type Params = Record<string, string | number>;

const pluralRules = new Map<Lang, Intl.PluralRules>();

function pluralCategory(lang: Lang, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

function pick(message: string | PluralForms, lang: Lang, count: number | undefined): string {
  if (typeof message === 'string') return message;
  if (count === undefined) return message.other;
  if (count === 0 && message.zero !== undefined) return message.zero;
  const category = pluralCategory(lang, count);
  return message[category] ?? message.other;
}

/**
 * Looks up `key` in `messages` and fills its `{placeholders}`.
 * A numeric `count` selects the plural form with `Intl.PluralRules` of `lang` and is printed
 * with the language's digit grouping. Unknown placeholders are left visible so a missing
 * parameter shows up in review rather than as an empty gap.
 */
export function translate(messages: Messages, lang: Lang, key: MessageKey, params?: Params): string {
  const count = typeof params?.count === 'number' ? params.count : undefined;
  const template = pick(messages[key], lang, count);
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
  });
}
