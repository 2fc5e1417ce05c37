import { useMemo, useState } from 'preact/hooks';
import type { EntityRecord, TrackedEntityType } from '@/src/storage/records';
import { fold } from '@/src/storage/terms';
import { DbError, EmptyState, Loading } from '../components/States';
import { VirtualList } from '../components/VirtualList';
import { useDatabase } from '../data/database-context';
import { useLiveQuery } from '../data/use-live-query';
import { useI18n } from '../i18n/i18n-context';
import { kindLabel, kindLabelOne } from '../shared/kinds';
import { EntityDetail } from './EntityDetail';

const ROW_HEIGHT = 58;

/** Whether an entity's name or an alias contains the (diacritic-folded) query. */
function matches(entity: EntityRecord, query: string): boolean {
  if (!query) return true;
  return [entity.name, ...entity.aliases].some((n) => fold(n.toLowerCase()).includes(query));
}

/**
 * People & organisations: officials and bodies seen across articles and sites, most widely
 * mentioned first; choosing one shows its titles over time, articles and the user's quotes.
 */
export function EntitiesView() {
  const { t } = useI18n();
  const db = useDatabase();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<'' | TrackedEntityType>('');
  const [open, setOpen] = useState<string | null>(null);
  const result = useLiveQuery(() => db.entities.toArray(), [db]);

  const folded = fold(query.trim().toLowerCase());
  const list = useMemo(() => {
    if (result.status !== 'ok') return [];
    return result.value
      .filter((e) => (!kind || e.type === kind) && matches(e, folded))
      .sort((a, b) => b.documentCount - a.documentCount || b.lastSeenAt - a.lastSeenAt);
  }, [result, kind, folded]);

  if (open) return <EntityDetail entityKey={open} onBack={() => setOpen(null)} />;
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <DbError error={result.error} onRetry={result.retry} />;
  if (result.value.length === 0)
    return <EmptyState title={t('entitiesEmpty')} hint={t('entitiesEmptyHint')} />;

  return (
    <div class="view entities-view">
      <div class="filters row">
        <input
          type="search"
          class="search"
          aria-label={t('entitiesSearch')}
          placeholder={t('entitiesSearch')}
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
        <select
          aria-label={t('filterEntity')}
          value={kind}
          onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as '' | TrackedEntityType)}
        >
          <option value="">{t('filterAny')}</option>
          <option value="official">{t(kindLabel.official)}</option>
          <option value="org">{t(kindLabel.org)}</option>
          <option value="person">{t(kindLabel.person)}</option>
        </select>
      </div>
      {list.length === 0 ? (
        <EmptyState title={t('entitiesNoResults')} hint={t('entitiesNoResultsHint')} />
      ) : (
        <VirtualList
          class="entity-vlist"
          label={t('viewEntities')}
          items={list}
          rowHeight={ROW_HEIGHT}
          resetKey={`${kind}|${folded}`}
          getKey={(e) => e.key}
          renderRow={(e) => (
            <button
              type="button"
              class={`erow kind-${e.type}`}
              aria-label={t('entityDetails', { name: e.name })}
              onClick={() => setOpen(e.key)}
            >
              <span class="erow-name">
                <span class="kind-mark" aria-hidden="true" />
                {e.name}
              </span>
              <span class="muted small">
                {t(kindLabelOne[e.type])} · {t('entityArticles', { count: e.documentCount })}
                {e.titles[0] ? ` · ${e.titles[0].text}` : ''}
              </span>
            </button>
          )}
        />
      )}
    </div>
  );
}
