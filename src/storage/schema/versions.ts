import type { SchemaVersion } from './schema-version';
import { v1 } from './v1';

/** Every released schema version, oldest first. Append; never edit or remove. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v1];

/** The newest schema version number (written into JSON backups). */
export const CURRENT_SCHEMA_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
