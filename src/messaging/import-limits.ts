/**
 * Sizes of the chunked import transfer (`importBegin` → `importPart`… → `importCommit`, see protocol.ts).
 *
 * Chrome refuses a runtime message over 64 MiB (serialised as JSON, UTF-8). A part is at most
 * {@link IMPORT_PART_CHARS} UTF-16 units: even if every unit were a control character escaped as `\u00XX`
 * (6 bytes), a part stays under 48 MiB, so no file content can push a message over the limit. A typical
 * backup (ASCII JSON with Vietnamese text) serialises to 8–20 MiB per part.
 */
export const IMPORT_PART_CHARS = 8 * 1024 * 1024;

/** The smallest part size a sender may ask for (tests use small parts to exercise several). */
export const IMPORT_MIN_PART_CHARS = 1024;

/**
 * The largest file Margin imports, in bytes of the file (UTF-8); its text is never longer in UTF-16 units.
 * A 100,000-annotation backup is ~93 MB; the whole text, its parsed form and the plan are held in the
 * background's memory at once, so this is a bound on memory as much as on time.
 */
export const IMPORT_MAX_BYTES = 256_000_000;

/** The most parts one import may have (the largest file in the smallest parts). */
export const IMPORT_MAX_PARTS = Math.ceil(IMPORT_MAX_BYTES / IMPORT_MIN_PART_CHARS);

/** A session that receives no part for this long is abandoned: its text is freed. */
export const IMPORT_SESSION_IDLE_MS = 60_000;

/** A finished job's result is kept this long for the side panel to read, then freed. */
export const IMPORT_RESULT_KEEP_MS = 5 * 60_000;

/** How often a running job pokes the extension API so Chrome does not stop the idle worker. */
export const IMPORT_KEEPALIVE_MS = 20_000;
