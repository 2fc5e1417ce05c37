/** A date found in NFC text, before offsets are mapped back and the entity is built. */
export type DateHit = { start: number; end: number; value: string };
