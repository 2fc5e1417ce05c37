import { DbError, EmptyState, Loading } from '../components/States';
import { useDatabase } from '../data/database-context';
import { useLiveQuery } from '../data/use-live-query';
import { useI18n } from '../i18n/i18n-context';
import type { ToastMessage } from '../shared/Toast';
import { TagRow } from './TagRow';

/** Tags: every tag with its count, most used first; rename, merge, delete with undo, colour. */
export function TagsView(props: { onToast: (toast: ToastMessage) => void }) {
  const { t } = useI18n();
  const db = useDatabase();
  const result = useLiveQuery(async () => {
    const tags = await db.tags.toArray();
    return tags.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }, [db]);
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <DbError error={result.error} onRetry={result.retry} />;
  if (result.value.length === 0) return <EmptyState title={t('tagsEmpty')} hint={t('tagsEmptyHint')} />;
  const names = result.value.map((tag) => tag.name);
  return (
    <div class="view tags-view">
      <ul class="tag-list" aria-label={t('viewTags')}>
        {result.value.map((tag) => (
          <TagRow
            key={tag.name}
            tag={tag}
            others={names.filter((n) => n !== tag.name)}
            onToast={props.onToast}
          />
        ))}
      </ul>
    </div>
  );
}
