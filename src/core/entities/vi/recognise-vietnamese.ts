import type { Entity } from '../types.ts';
import { type NameMention, scanVi } from './scan-vi.ts';
import { tokeniseVi, type ViTokens } from './tokenise-vi.ts';
import { orgKey, personKey } from './vi-keys.ts';

/**
 * Finds the full name a short mention refers to ("ông Bình" → "Lê Hải Bình"): the nearest earlier
 * longer name of an official ending with the same words, else the nearest later one.
 */
function resolveShort(
  t: ViTokens,
  m: NameMention,
  byLastWord: Map<string, NameMention[]>,
): NameMention | undefined {
  const len = m.end - m.start;
  const words = t.low.slice(m.start, m.end).join(' ');
  let before: NameMention | undefined;
  let after: NameMention | undefined;
  for (const f of byLastWord.get(t.low[m.end - 1]!) ?? []) {
    if (f.end - f.start <= len) continue;
    if (t.low.slice(f.end - len, f.end).join(' ') !== words) continue;
    if (f.start < m.start) before = f;
    else if (!after) after = f;
  }
  return before ?? after;
}

/**
 * Vietnamese officials (with their titles), persons and organisations in `text`, which should be NFC.
 * Offsets index `text`. Dates are not found here (see dates/find-dates.ts).
 */
export function recogniseVietnamese(text: string): Entity[] {
  const t = tokeniseVi(text);
  const { orgs, names } = scanVi(t);
  const out: Entity[] = [];
  for (const [s, e] of orgs) {
    const start = t.start[s]!;
    const end = t.end[e - 1]!;
    out.push({ type: 'org', start, end, text: text.slice(start, end), key: orgKey(t, s, e), lang: 'vi' });
  }
  // Officials: named with an office, or with an honorific in news of public life; full names of two words
  // or more anchor the keys of the short mentions.
  // An honorific marks an office holder only in news of public life, i.e. where someone is named with an
  // office; in a story about shopkeepers "ông Minh" is just a person. Citizens are never officials by it.
  const publicLife = names.some((m) => m.titles.length > 0);
  const byHonorific = (m: NameMention) => m.honorific && publicLife && !m.citizen;
  const officialFull = names.filter((m) => m.end - m.start >= 2 && (m.titles.length > 0 || byHonorific(m)));
  const officialKeys = new Set(officialFull.map((m) => personKey(t, m.start, m.end)));
  const byLastWord = new Map<string, NameMention[]>();
  for (const f of officialFull) {
    const last = t.low[f.end - 1]!;
    const list = byLastWord.get(last);
    if (list) list.push(f);
    else byLastWord.set(last, [f]);
  }
  for (const m of names) {
    let key = personKey(t, m.start, m.end);
    let official = m.titles.length > 0 || byHonorific(m) || officialKeys.has(key);
    if (m.end - m.start <= 2 && (m.honorific || m.titles.length > 0) && !officialKeys.has(key)) {
      const full = resolveShort(t, m, byLastWord);
      if (full) {
        key = personKey(t, full.start, full.end);
        official = true;
      }
    }
    if (m.byline && !officialKeys.has(key)) official = false;
    const start = t.start[m.start]!;
    const end = t.end[m.end - 1]!;
    const entity: Entity = {
      type: official ? 'official' : 'person',
      start,
      end,
      text: text.slice(start, end),
      key,
      lang: 'vi',
    };
    if (official) entity.titles = m.titles;
    out.push(entity);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}
