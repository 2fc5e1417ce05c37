import type { TrackedEntityType } from '@/src/storage/records';
import type { PageEntities } from '../data/queries/page-entities';
import { useI18n } from '../i18n/i18n-context';
import { kindLabel } from '../shared/kinds';

const ORDER: TrackedEntityType[] = ['official', 'org', 'person'];

/**
 * The entities found in one article, grouped by kind with counts; officials list the titles
 * this article gives them. `dateCount` comes from the live page when it is open.
 */
export function PageEntitiesList(props: { entities: PageEntities; dateCount: number | null }) {
  const { t, number } = useI18n();
  const empty = ORDER.every((k) => props.entities[k].length === 0) && !props.dateCount;
  if (empty) return <p class="muted">{t('pageNoEntities')}</p>;
  return (
    <div class="entity-groups">
      {ORDER.filter((kind) => props.entities[kind].length > 0).map((kind) => (
        <section key={kind} class={`entity-group kind-${kind}`} aria-labelledby={`group-${kind}`}>
          <h3 id={`group-${kind}`}>
            <span class="kind-mark" aria-hidden="true" />
            {t(kindLabel[kind])} <span class="count">({number(props.entities[kind].length)})</span>
          </h3>
          <ul class="entity-list">
            {props.entities[kind].map((m) => (
              <li key={m.entityKey}>
                <span class="entity-name">{m.name}</span>{' '}
                <span class="muted small nowrap">{t('mentionsCount', { count: m.count })}</span>
                {kind === 'official' && m.titles.length > 0 && (
                  <ul class="titles" aria-label={t('titlesHere')}>
                    {m.titles.map((title) => (
                      <li key={title}>{title}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {props.dateCount !== null && props.dateCount > 0 && (
        <p class="entity-group kind-date">
          <span class="kind-mark" aria-hidden="true" />
          {t('kindDate')} <span class="count">({number(props.dateCount)})</span>
        </p>
      )}
    </div>
  );
}
