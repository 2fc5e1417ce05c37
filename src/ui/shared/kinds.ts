import type { EntityType } from '@/src/core/entities/types';
import type { MessageKey } from '../i18n/types';

/** Entity kinds in the order the UI lists them. */
export const KINDS: readonly EntityType[] = ['official', 'org', 'person', 'date'];

/** Plural label of a kind ("Officials"). */
export const kindLabel: Record<EntityType, MessageKey> = {
  official: 'kindOfficial',
  person: 'kindPerson',
  org: 'kindOrg',
  date: 'kindDate',
};

/** Singular label of a kind ("Official"). */
export const kindLabelOne: Record<EntityType, MessageKey> = {
  official: 'kindOfficialOne',
  person: 'kindPersonOne',
  org: 'kindOrgOne',
  date: 'kindDateOne',
};
