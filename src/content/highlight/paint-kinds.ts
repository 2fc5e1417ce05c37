/** Entity kinds painted on the page, lowest priority first. */
export const ENTITY_KINDS = ['person', 'date', 'org', 'official'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Colours a user highlight can take. */
export const USER_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type UserColour = (typeof USER_COLOURS)[number];

/** A paint layer: an entity kind, or a user highlight colour (painted above every entity kind). */
export type PaintKind = EntityKind | `user-${UserColour}` | 'flash';

/** Every layer, in priority order (later paints above earlier). */
export const PAINT_KINDS: readonly PaintKind[] = [
  ...ENTITY_KINDS,
  ...USER_COLOURS.map((c) => `user-${c}` as const),
  'flash',
];

/** The name a layer is registered under in `CSS.highlights` (also the `::highlight()` argument). */
export function highlightName(kind: PaintKind): string {
  return `margin-${kind}`;
}

/** Whether `value` names a user colour (for validating messages and settings). */
export function isUserColour(value: unknown): value is UserColour {
  return typeof value === 'string' && (USER_COLOURS as readonly string[]).includes(value);
}
