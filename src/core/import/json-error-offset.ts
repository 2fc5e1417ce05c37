/** Thrown inside the scanner at the first offending character. */
class At {
  constructor(readonly offset: number) {}
}

const LITERALS = ['true', 'false', 'null'] as const;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/**
 * Where a text stops being JSON: the offset (UTF-16 units) of the first character that cannot continue
 * it, `text.length` when it ends too early, or -1 when it is valid JSON (or nested too deeply to scan).
 * For error messages only: V8's `JSON.parse` no longer says where for some errors
 * (`Unexpected token '}', ..."x": [}" is not valid JSON`), and a person fixing a 90 MB file needs the line.
 */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  let i = 0;
  const fail = (at: number): never => {
    throw new At(Math.min(at, n));
  };
  const ws = () => {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
    }
  };
  const string = () => {
    i++; // the opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail(i);
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(text)) fail(i + 2);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail(i + 1);
      } else i++;
    }
    fail(n);
  };
  const value = (): void => {
    ws();
    if (i >= n) fail(n);
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      const close = c === 0x7b ? 0x7d : 0x5d;
      i++;
      ws();
      if (text.charCodeAt(i) === close) {
        i++;
        return;
      }
      for (;;) {
        if (close === 0x7d) {
          ws();
          if (text.charCodeAt(i) !== 0x22) fail(i);
          string();
          ws();
          if (text.charCodeAt(i) !== 0x3a) fail(i);
          i++;
        }
        value();
        ws();
        const d = text.charCodeAt(i);
        if (d === 0x2c) i++;
        else if (d === close) {
          i++;
          return;
        } else fail(i);
      }
    }
    if (c === 0x22) {
      string();
      return;
    }
    for (const word of LITERALS) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) fail(i);
    i += (m as RegExpExecArray)[0].length;
  };
  try {
    value();
    ws();
    if (i < n) fail(i);
    return -1;
  } catch (e) {
    if (e instanceof At) return e.offset;
    return -1; // nested past the stack: say nothing rather than something wrong
  }
}

/** "line L, column C" (both from 1) of an offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    start = at + 1;
  }
  return { line, column: offset - start + 1 };
}
