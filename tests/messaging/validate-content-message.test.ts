// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LIMITS } from '@/src/messaging/limits';
import { validateContentMessage } from '@/src/messaging/validate-content-message';
import { validateUiMessage } from '@/src/messaging/validate-ui-message';

const article = { url: 'https://vnexpress.net/a.html', title: 'Tiêu đề', text: 'Nội dung' };
const mention = {
  kind: 'official',
  key: 'k',
  name: 'Nguyễn Văn Định',
  titles: ['Phó Cục trưởng'],
  count: 2,
  firstPosition: 3,
  context: 'c',
};
const quote = { type: 'TextQuoteSelector', exact: 'Nội', prefix: '', suffix: ' dung' };
const create = { page: { url: article.url, title: 't' }, selectors: [quote], quote: 'Nội' };

describe('validateContentMessage', () => {
  it('accepts good payloads and NFC-normalises strings', () => {
    const r = validateContentMessage('pageAnalysed', {
      article: { ...article, title: 'Định'.normalize('NFD') },
      mentions: [mention],
    });
    expect(r.ok && r.value.article.title).toBe('Định'.normalize('NFC'));
    expect(validateContentMessage('createAnnotation', create).ok).toBe(true);
    expect(validateContentMessage('getTagNames', undefined).ok).toBe(true);
  });

  it('drops unknown fields', () => {
    const r = validateContentMessage('deleteAnnotation', { id: 'a', __proto__x: 1, extra: { evil: true } });
    expect(r).toEqual({ ok: true, value: { id: 'a' } });
  });

  it.each<[string, Parameters<typeof validateContentMessage>[0], unknown, RegExp]>([
    ['not an object', 'pageAnalysed', 'x', /payload must be an object/],
    [
      'javascript: URL',
      'pageAnalysed',
      { article: { ...article, url: 'javascript:alert(1)' }, mentions: [] },
      /url/,
    ],
    [
      'a number as title',
      'pageAnalysed',
      { article: { ...article, title: 42 }, mentions: [] },
      /title must be a string/,
    ],
    [
      'a text too long',
      'pageAnalysed',
      { article: { ...article, text: 'a'.repeat(LIMITS.text + 1) }, mentions: [] },
      /longer/,
    ],
    [
      'NaN count',
      'pageAnalysed',
      { article, mentions: [{ ...mention, count: Number.NaN }] },
      /count must be a number/,
    ],
    [
      'Infinity position',
      'pageAnalysed',
      { article, mentions: [{ ...mention, firstPosition: Infinity }] },
      /firstPosition/,
    ],
    ['unknown kind', 'pageAnalysed', { article, mentions: [{ ...mention, kind: 'script' }] }, /kind/],
    [
      'too many mentions',
      'pageAnalysed',
      { article, mentions: Array(LIMITS.mentions + 1).fill(mention) },
      /more than/,
    ],
    [
      'a huge quote',
      'createAnnotation',
      { ...create, quote: 'x'.repeat(LIMITS.quote + 1) },
      /quote is longer/,
    ],
    ['no selectors', 'createAnnotation', { ...create, selectors: [] }, /selectors must not be empty/],
    [
      'unknown selector',
      'createAnnotation',
      { ...create, selectors: [{ type: 'CssSelector', value: 'x' }] },
      /selector/,
    ],
    [
      'end before start',
      'createAnnotation',
      { ...create, selectors: [{ type: 'TextPositionSelector', start: 5, end: 1 }] },
      /before start/,
    ],
    ['bad colour', 'createAnnotation', { ...create, colour: 'red;background:url(x)' }, /colour/],
    ['tags not strings', 'createAnnotation', { ...create, tags: [{}] }, /tags\[0\]/],
    ['bad anchor state', 'setAnchorStates', { states: [{ id: 'a', state: 'lost' }] }, /state/],
    ['tracked not boolean', 'trackEntity', { key: 'k', tracked: 'yes' }, /tracked/],
  ])('refuses %s', (_, type, data, message) => {
    const r = validateContentMessage(type, data);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid');
      expect(r.error.message).toMatch(message);
    }
  });

  it('keeps a note with markup as plain text', () => {
    const r = validateContentMessage('updateAnnotation', { id: 'a', note: '<img src=x onerror=alert(1)>' });
    expect(r.ok && r.value.note).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('validateUiMessage', () => {
  it('checks tag operations and drops unknown settings', () => {
    expect(validateUiMessage('renameTag', { from: 'a', to: ' ' }).ok).toBe(false);
    expect(validateUiMessage('updateSettings', { theme: 'dark', evil: 1 })).toEqual({
      ok: true,
      value: { theme: 'dark' },
    });
    expect(validateUiMessage('forgetSite', { site: 'VnExpress.net', includeAnnotations: false })).toEqual({
      ok: true,
      value: { site: 'vnexpress.net', includeAnnotations: false },
    });
  });
});
