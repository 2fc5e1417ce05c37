import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useLayoutEffect, useMemo } from 'preact/hooks';
import { type DateStyle, formatDate, formatNumber } from './format';
import { en } from './messages-en';
import { vi } from './messages-vi';
import { type Params, translate } from './translate';
import type { Lang, MessageKey, Messages } from './types';

const tables: Record<Lang, Messages> = { en, vi };

/** What components get from {@link useI18n}. */
export type I18n = {
  lang: Lang;
  t: (key: MessageKey, params?: Params) => string;
  date: (value: string | number | undefined | null, style?: DateStyle) => string;
  number: (value: number) => string;
};

/** Builds the translator for one language. */
export function createI18n(lang: Lang): I18n {
  const messages = tables[lang];
  return {
    lang,
    t: (key, params) => translate(messages, lang, key, params),
    date: (value, style) => formatDate(lang, value, style),
    number: (value) => formatNumber(lang, value),
  };
}

const I18nContext = createContext<I18n>(createI18n('en'));

/** Provides the UI language to the tree and keeps `<html lang>` in step for screen readers. */
export function I18nProvider(props: { lang: Lang; children: ComponentChildren }) {
  const value = useMemo(() => createI18n(props.lang), [props.lang]);
  // Layout effect: `lang` changes in the same commit as the text, never a frame behind it.
  useLayoutEffect(() => {
    document.documentElement.lang = props.lang;
  }, [props.lang]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

/** The current translator. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
