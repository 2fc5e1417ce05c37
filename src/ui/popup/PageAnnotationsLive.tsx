import { DbError } from '../components/States';
import { useDatabase } from '../data/database-context';
import { findDocument } from '../data/queries/find-document';
import { useLiveQuery } from '../data/use-live-query';
import { RecentAnnotations } from './RecentAnnotations';

/** This page's annotations, read live from the database by document id or URL. */
export function PageAnnotationsLive(props: { documentId: string | null; url: string | null }) {
  const db = useDatabase();
  const result = useLiveQuery(async () => {
    const doc = await findDocument(db, { documentId: props.documentId, url: props.url });
    return doc ? db.annotations.where('documentId').equals(doc.id).toArray() : [];
  }, [db, props.documentId, props.url]);
  if (result.status === 'error') return <DbError error={result.error} onRetry={result.retry} />;
  if (result.status === 'loading') return null;
  return <RecentAnnotations annotations={result.value} />;
}
