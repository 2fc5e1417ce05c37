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
import { LIMITS as L } from './limits';
import type { Reply, UiToBackground } from './protocol';
import { fail, ok } from './reply';

type Data<K extends keyof UiToBackground> = Parameters<UiToBackground[K]>[0];

const tag = (v: unknown, f: string) => nonEmpty(v, f, L.tagName);
const site = (v: unknown) => nonEmpty(v, 'site', 253).toLowerCase();

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
  importLibrary: (v) => {
    const o = object(v, 'payload');
    return {
      // Chrome caps a message at 64 MiB; the text must fit in one.
      text: string(o.text, 'text', 64 * 1024 * 1024),
      format: oneOf(o.format, 'format', ['margin-backup', 'hypothesis'] as const),
    };
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
