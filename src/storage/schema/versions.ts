import type { SchemaVersion } from './schema-version';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';

/** Every released schema version, oldest first. Append; never edit or remove. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v1, v2, v3];

/** The newest schema version number (written into JSON backups). */
export const CURRENT_SCHEMA_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
