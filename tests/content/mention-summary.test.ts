// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { summariseMentions } from '@/src/content/pipeline/mention-summary';
import type { Entity } from '@/src/core/entities/types';

const text = 'Ông Lê Hải Bình, Tổng Biên tập Tạp chí Cộng sản, phát biểu. Ngày 24/4, ông Bình nói.';
const e = (type: Entity['type'], start: number, end: number, key: string, titles: string[] = []): Entity => ({
  type,
  start,
  end,
  text: text.slice(start, end),
  key,
  lang: 'vi',
  titles: titles.map((t) => ({ start: 0, end: t.length, text: t })),
});

describe('summariseMentions', () => {
  const bình = text.indexOf('Lê Hải Bình');
  const short = text.indexOf('Bình', bình + 5);
  const org = text.indexOf('Tạp chí Cộng sản');
  const entities = [
    e('official', bình, bình + 11, 'official:lê hải bình', ['Tổng Biên tập Tạp chí Cộng sản']),
    e('org', org, org + 16, 'org:tạp chí cộng sản'),
    e('date', text.indexOf('Ngày 24/4'), text.indexOf('Ngày 24/4') + 9, '2024-04-24'),
    e('official', short, short + 4, 'official:lê hải bình'),
  ];

  it('sums mentions per key, keeps the longest name and the titles, and leaves dates out', () => {
    const summary = summariseMentions(text, entities);
    expect(summary.map((m) => m.key)).toEqual(['official:lê hải bình', 'org:tạp chí cộng sản']);
    const official = summary[0]!;
    expect(official).toMatchObject({ kind: 'official', name: 'Lê Hải Bình', count: 2, firstPosition: bình });
    expect(official.titles).toEqual(['Tổng Biên tập Tạp chí Cộng sản']);
    expect(official.context).toContain('Lê Hải Bình');
  });

  it('upgrades an entity to official when any mention is one', () => {
    const person = { ...entities[3]!, type: 'person' as const };
    const summary = summariseMentions(text, [person, entities[0]!]);
    expect(summary[0]!.kind).toBe('official');
  });
});
