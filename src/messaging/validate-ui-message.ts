/**
 * Validators for UI → background messages. Extension pages are trusted not to be hostile, but their
 * payloads still cross a serialisation boundary, so shapes and sizes are checked like any other input.
 */
import { sanitiseSettingsPatch } from '@/src/storage/settings';
import {
  array,
  boolean,
  InvalidInput,
  nonEmpty,
  number,
  object,
  oneOf,
  optionalString,
  string,
} from './check';
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_PARTS,
  IMPORT_MIN_PART_CHARS,
  IMPORT_PART_CHARS,
} from './import-limits';
import { LIMITS as L } from './limits';
import type { Reply, UiToBackground } from './protocol';
import { fail, ok } from './reply';

type Data<K extends keyof UiToBackground> = Parameters<UiToBackground[K]>[0];

const tag = (v: unknown, f: string) => nonEmpty(v, f, L.tagName);
const site = (v: unknown) => nonEmpty(v, 'site', 253).toLowerCase();
/** An import session or job id, as the background made it (letters, digits, dashes). */
const transferId = (v: unknown, f: string) => {
  const s = string(v, f, L.id);
  if (!/^[A-Za-z0-9-]+$/.test(s)) throw new InvalidInput(`${f} must be an import id`);
  return s;
};

/** One validator per UI → background message: returns the cleaned payload or throws InvalidInput. */
export const uiValidators: { [K in keyof UiToBackground]: (data: unknown) => Data<K> } = {
  updateSettings: (v) => sanitiseSettingsPatch(object(v, 'settings')),
  setSiteEnabled: (v) => {
    const o = object(v, 'payload');
    return { site: site(o.site), enabled: boolean(o.enabled, 'enabled') };
  },
  renameTag: (v) => {
    const o = object(v, 'payload');
    return { from: tag(o.from, 'from'), to: tag(o.to, 'to') };
  },
  mergeTags: (v) => {
    const o = object(v, 'payload');
    return { from: array(o.from, 'from', 1000, tag), into: tag(o.into, 'into') };
  },
  deleteTag: (v) => ({ name: tag(object(v, 'payload').name, 'name') }),
  restoreTag: (v) => {
    const o = object(v, 'payload');
    const t = object(o.tag, 'tag');
    const colour = optionalString(t.colour, 'tag.colour', 64);
    return {
      tag: {
        name: tag(t.name, 'tag.name'),
        count: number(t.count ?? 0, 'tag.count'),
        createdAt: number(t.createdAt ?? 0, 'tag.createdAt'),
        ...(colour !== undefined && { colour }),
      },
      annotationIds: array(o.annotationIds, 'annotationIds', 1_000_000, (x, f) => nonEmpty(x, f, L.id)),
    };
  },
  setTagColour: (v) => {
    const o = object(v, 'payload');
    return {
      name: tag(o.name, 'name'),
      colour: o.colour === null ? null : string(o.colour, 'colour', 64, { trim: true }),
    };
  },
  importBegin: (v) => {
    const o = object(v, 'payload');
    const out: Data<'importBegin'> = { bytes: number(o.bytes, 'bytes', { max: IMPORT_MAX_BYTES }) };
    if (o.partChars !== undefined) {
      out.partChars = number(o.partChars, 'partChars', {
        min: IMPORT_MIN_PART_CHARS,
        max: IMPORT_PART_CHARS,
      });
    }
    return out;
  },
  importPart: (v) => {
    const o = object(v, 'payload');
    // Not NFC-normalised here: a part may end inside a combining sequence; the whole text is, once joined.
    if (typeof o.text !== 'string') throw new InvalidInput('text must be a string');
    if (o.text.length > IMPORT_PART_CHARS) {
      throw new InvalidInput(`text is longer than ${IMPORT_PART_CHARS} characters (one part)`);
    }
    return {
      session: transferId(o.session, 'session'),
      index: number(o.index, 'index', { max: IMPORT_MAX_PARTS }),
      text: o.text,
    };
  },
  importCommit: (v) => {
    const o = object(v, 'payload');
    return {
      session: transferId(o.session, 'session'),
      parts: number(o.parts, 'parts', { max: IMPORT_MAX_PARTS }),
      chars: number(o.chars, 'chars', { max: IMPORT_MAX_BYTES }),
      format: oneOf(o.format, 'format', ['margin-backup', 'hypothesis'] as const),
    };
  },
  importStatus: (v) => ({ job: transferId(object(v, 'payload').job, 'job') }),
  importLatest: () => undefined as Data<'importLatest'>,
  importCancel: (v) => {
    const o = object(v, 'payload');
    const out: Data<'importCancel'> = {};
    if (o.session !== undefined) out.session = transferId(o.session, 'session');
    if (o.job !== undefined) out.job = transferId(o.job, 'job');
    if (out.session === undefined && out.job === undefined) {
      throw new InvalidInput('session or job must be given');
    }
    return out;
  },
  forgetSite: (v) => {
    const o = object(v, 'payload');
    return { site: site(o.site), includeAnnotations: boolean(o.includeAnnotations, 'includeAnnotations') };
  },
};

/** Validates a UI → background payload; an `invalid` reply names the bad field. */
export function validateUiMessage<K extends keyof UiToBackground>(type: K, data: unknown): Reply<Data<K>> {
  try {
    return ok(uiValidators[type](data) as Data<K>);
  } catch (e) {
    if (e instanceof InvalidInput) return fail('invalid', e.message);
    throw e;
  }
}
