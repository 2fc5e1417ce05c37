// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { answerLine } from '@/src/cli/entities.ts';

describe('entities CLI', () => {
  it.each([
    ['not JSON', '{"id": 1, "text": ', /"line":7,"error":"not JSON/],
    ['not an object', '[1, 2]', /"line":7,"error":"not a JSON object"/],
    ['no text', '{"id": "x"}', /"line":7,"id":"x","error":"no \\"text\\" string"/],
  ])('answers a bad line (%s) with an error line', (_case, line, expected) => {
    expect(answerLine(line, 7)).toMatch(expected);
  });

  it('answers a good line with its id and entities', () => {
    const out = JSON.parse(
      answerLine(
        JSON.stringify({
          id: 'a1',
          text: 'Sáng 5/6, Sở Nội vụ họp.',
          reference_date: '2023-06-05',
          lang: 'vi',
        }),
        1,
      ),
    );
    expect(out.id).toBe('a1');
    expect(out.entities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'date', start: 0, end: 8, value: '2023-06-05' }),
        expect.objectContaining({ type: 'org', text: 'Sở Nội vụ' }),
      ]),
    );
  });

  it('streams one output line per input line and exits 0', () => {
    const input = [
      JSON.stringify({ id: '1', text: 'Bộ Y tế thông báo.' }),
      'oops',
      '',
      JSON.stringify({ id: '2', text: '' }),
    ].join('\n');
    const run = spawnSync('npx', ['tsx', 'src/cli/entities.ts'], {
      input,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: '1' });
    expect(lines[1]).toMatchObject({ line: 2 });
    expect(lines[2]).toMatchObject({ line: 3 });
    expect(lines[3]).toEqual({ id: '2', entities: [] });
  }, 60_000);
});
