import { describe, expect, it } from 'vitest';
import { sliceTextIndex } from '@/src/content/pipeline/slice-text-index';
import { buildTextIndex } from '@/src/core/anchoring/text-index';

describe('sliceTextIndex', () => {
  it.each([
    [
      '<nav>Trang chủ</nav><article id="r"><p>Ngày 24/4,  Đoàn</p>\n<p>kiểm <b>tra</b></p></article><footer>© Báo</footer>',
    ],
    ['<div id="r">only</div>'],
    ['<p>before</p><div id="r"></div><p>after</p>'],
    ['<div id="r"><script>var x = 1;</script><p> a </p></div><p>tail</p>'],
    ['<p>x</p><div id="r"><div><p>deep  <i>er</i></p></div></div>'],
  ])('equals a fresh index of the subtree: %s', (html) => {
    document.body.innerHTML = html;
    const root = document.getElementById('r')!;
    const sliced = sliceTextIndex(buildTextIndex(document.body), root);
    const fresh = buildTextIndex(root);
    expect(sliced.text).toBe(fresh.text);
    expect(sliced.nodes).toEqual(fresh.nodes);
    expect([...sliced.starts]).toEqual([...fresh.starts]);
    expect(sliced.normalized.text).toBe(fresh.normalized.text);
    expect(sliced.normalized).toEqual(fresh.normalized);
  });
});
