/**
 * Writes a YAML scalar as a double-quoted string, which YAML parses back verbatim whatever the content
 * (colons, `#`, leading dashes, "yes"/"no", numbers): only `\`, `"` and control characters need escaping.
 * https://yaml.org/spec/1.2.2/#731-double-quoted-style
 */
export function yamlString(value: string): string {
  const escaped = value.replace(/[\\"\u0000-\u001f\u007f\u2028\u2029]/g, (ch) => {
    switch (ch) {
      case '\\':
        return '\\\\';
      case '"':
        return '\\"';
      case '\n':
        return '\\n';
      case '\t':
        return '\\t';
      case '\r':
        return '\\r';
      default:
        return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `"${escaped}"`;
}

/** A front-matter value: a string, a list of strings, or a bare token written as is (dates, numbers). */
export type FrontMatterValue = string | string[] | { raw: string };

/**
 * Renders YAML front matter (`---` … `---`) from ordered fields; undefined and empty values are left out.
 */
export function frontMatter(fields: [key: string, value: FrontMatterValue | undefined][]): string {
  const lines = ['---'];
  for (const [key, value] of fields) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      lines.push(`${key}:`, ...value.map((v) => `  - ${yamlString(v)}`));
    } else if (typeof value === 'string') {
      if (value !== '') lines.push(`${key}: ${yamlString(value)}`);
    } else {
      lines.push(`${key}: ${value.raw}`);
    }
  }
  lines.push('---');
  return lines.join('\n');
}
