import { describe, expect, it } from 'vitest';
import {
  isIgnorableCode,
  normalizeText,
  stripIgnorable,
  toNormalized,
  toRawOffset,
} from '@/src/core/anchoring/normalize-text.ts';
import { offsetsFromRange, rangeFromOffsets } from '@/src/core/anchoring/range-offsets.ts';
import { buildTextIndex } from '@/src/core/anchoring/text-index.ts';

/** A fresh element in the test document (happy-dom's Range.toString is empty for DOMParser documents). */
function root(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html; // test-authored markup only
  document.body.replaceChildren(el);
  return el;
}

describe('buildTextIndex', () => {
  it.each([
    ['<p>One <b>two</b> three</p>', 'One two three'],
    ['<p>a</p><script>var x = "no";</script><p>b</p>', 'ab'],
    ['<style>p{}</style><noscript>enable js</noscript><p>kept</p>', 'kept'],
    ['<template><p>hidden</p></template><p>shown</p>', 'shown'],
    ['<p>Phó Cục trưởng <i>Nguyễn Văn Định</i></p>', 'Phó Cục trưởng Nguyễn Văn Định'],
  ])('indexes %s as %j', (html, text) => {
    expect(buildTextIndex(root(html)).text).toBe(text);
  });

  it('maps whitespace-free text back to raw offsets', () => {
    const index = buildTextIndex(root('<p>a  b</p>\n\t<p>c\u00a0d</p>'));
    expect(index.normalized.text).toBe('abcd');
    expect([0, 1, 2, 3, 4].map((i) => toRawOffset(index.normalized, i))).toEqual([0, 3, 6, 8, 9]);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((raw) => toNormalized(index.normalized, raw))).toEqual([
      0, 1, 1, 1, 2, 2, 2, 3, 3, 4,
    ]);
  });
});

describe('rangeFromOffsets / offsetsFromRange', () => {
  const body = root('<p id="a">Hello <b>bold</b> world</p><p id="b">Second para</p>');
  const index = buildTextIndex(body);

  it.each([
    [0, 5, 'Hello'],
    [6, 10, 'bold'],
    [6, 16, 'bold world'],
    [11, 22, 'worldSecond'],
  ])('round-trips %i–%i (%s)', (start, end, text) => {
    const bounds = rangeFromOffsets(index, start, end);
    const range = body.ownerDocument.createRange();
    range.setStart(bounds.startContainer, bounds.startOffset);
    range.setEnd(bounds.endContainer, bounds.endOffset);
    expect(range.toString()).toBe(text);
    expect(offsetsFromRange(index, bounds)).toEqual({ start, end });
  });

  it('starts in the later node and ends in the earlier one at node boundaries', () => {
    const bounds = rangeFromOffsets(index, 6, 10);
    expect(bounds.startContainer.textContent).toBe('bold');
    expect(bounds.startOffset).toBe(0);
    expect(bounds.endContainer.textContent).toBe('bold');
    expect(bounds.endOffset).toBe(4);
  });

  it('resolves element boundary points to the next indexed character', () => {
    const a = body.querySelector('#a')!;
    const b = body.querySelector('#b')!;
    expect(
      offsetsFromRange(index, { startContainer: a, startOffset: 1, endContainer: b, endOffset: 0 }),
    ).toEqual({
      start: 6,
      end: 16,
    });
    expect(
      offsetsFromRange(index, { startContainer: body, startOffset: 1, endContainer: b, endOffset: 1 }),
    ).toEqual({
      start: 16,
      end: 27,
    });
  });
});

describe('ignorable characters', () => {
  it('agree between the code test and the regexes, over the whole BMP', () => {
    const disagreements: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const byCode = isIgnorableCode(c);
      if (byCode !== (stripIgnorable(`a${ch}b`) === 'ab') || byCode !== (normalizeText(ch).text === '')) {
        disagreements.push(`U+${c.toString(16)}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});
