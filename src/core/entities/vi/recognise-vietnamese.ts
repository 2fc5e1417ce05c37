import type { Entity } from '../types.ts';
import { foreignOrgs } from './foreign-orgs.ts';
import { type NameMention, scanVi } from './scan-vi.ts';
import { tokeniseVi, type ViTokens } from './tokenise-vi.ts';
import { aliasOrgs, datelineOrgs } from './vi-aliases.ts';
import { orgKey, personKey } from './vi-keys.ts';

const words = (t: ViTokens, start: number, end: number) => t.low.slice(start, end).join(' ');

/**
 * Indexes officials' full names by their last one and two words, in text order, so that a short mention
 * ("ông Bình", "đồng chí Hải Bình") finds its full name in logarithmic time.
 */
function indexSuffixes(t: ViTokens, full: NameMention[]): Map<string, NameMention[]> {
  const index = new Map<string, NameMention[]>();
  for (const f of full) {
    for (let len = 1; len <= 2 && len < f.end - f.start; len++) {
      const key = words(t, f.end - len, f.end);
      const list = index.get(key);
      if (list) list.push(f);
      else index.set(key, [f]);
    }
  }
  return index;
}

/** The nearest earlier full name ending with the words of `m`, else the first later one. */
function resolveShort(
  t: ViTokens,
  m: NameMention,
  index: Map<string, NameMention[]>,
): NameMention | undefined {
  const list = index.get(words(t, m.start, m.end));
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < m.start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : list[0];
}

/**
 * Vietnamese officials (with their titles), persons and organisations in `text`, which should be NFC.
 * Offsets index `text`. Dates are not found here (see dates/find-dates.ts).
 */
export function recogniseVietnamese(text: string): Entity[] {
  const t = tokeniseVi(text);
  const { orgs, names } = scanVi(t);
  orgs.push(...aliasOrgs(t, orgs));
  orgs.push(...datelineOrgs(t, orgs));
  const taken = new Uint8Array(t.n);
  for (const [s, e] of orgs) taken.fill(1, s, e);
  for (const m of names) taken.fill(1, m.start, m.end);
  orgs.push(...foreignOrgs(t, taken));
  const out: Entity[] = [];
  for (const [s, e] of orgs) {
    const start = t.start[s]!;
    const end = t.end[e - 1]!;
    out.push({ type: 'org', start, end, text: text.slice(start, end), key: orgKey(t, s, e), lang: 'vi' });
  }
  // Full names of two words or more anchor the keys of the short mentions. An honorific marks an office holder only in news of public life, i.e. where someone is named with an
  // office; in a story about shopkeepers "ông Minh" is just a person. Citizens are never officials by it.
  const publicLife = names.some((m) => m.titles.length > 0);
  const byHonorific = (m: NameMention) => m.honorific && publicLife && !m.citizen;
  const officialFull = names.filter((m) => m.end - m.start >= 2 && (m.titles.length > 0 || byHonorific(m)));
  const officialKeys = new Set(officialFull.map((m) => personKey(t, m.start, m.end)));
  const suffixes = indexSuffixes(t, officialFull);
  for (const m of names) {
    let key = personKey(t, m.start, m.end);
    let official = m.titles.length > 0 || byHonorific(m) || officialKeys.has(key);
    if (m.end - m.start <= 2 && (m.honorific || m.titles.length > 0) && !officialKeys.has(key)) {
      const full = resolveShort(t, m, suffixes);
      if (full) {
        key = personKey(t, full.start, full.end);
        official = true;
      }
    }
    if (m.byline && !officialKeys.has(key)) official = false;
    // "Thủ tướng Phúc" is kept when the article names an official "… Phúc" in full.
    if (m.weak && key === personKey(t, m.start, m.end)) continue;
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
