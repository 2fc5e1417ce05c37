import { useLayoutEffect, useRef } from 'preact/hooks';
import { useDatabase } from '../data/database-context';
import { safeHttpUrl } from '../data/safe-url';
import { useLiveQuery } from '../data/use-live-query';
import { useI18n } from '../i18n/i18n-context';
import { AnnotationItem } from '../shared/AnnotationItem';
import type { ToastMessage } from '../shared/Toast';
import { passageLink } from './LibraryRow';

/**
 * The selected Library annotation, fully editable, live; closes itself when the annotation is deleted.
 * It takes the focus when it opens (it sits above the list, so a keyboard reader would otherwise have
 * to go back up to it), and Escape closes it (the Library then puts the focus back on the row).
 */
export function LibraryEditor(props: {
  id: string;
  onClose: () => void;
  onToast: (toast: ToastMessage) => void;
  tagNames: readonly string[];
}) {
  const { t } = useI18n();
  const db = useDatabase();
  const section = useRef<HTMLElement>(null);
  const result = useLiveQuery(async () => {
    const annotation = await db.annotations.get(props.id);
    if (!annotation) return null;
    return { annotation, document: await db.documents.get(annotation.documentId) };
  }, [db, props.id]);
  const shown = result.status === 'ok' && !!result.value;
  // Before the frame that shows it is painted: no frame, and no key press, lands with the focus elsewhere.
  useLayoutEffect(() => {
    if (shown) section.current?.focus();
  }, [shown, props.id]);
  if (result.status !== 'ok' || !result.value) return null;
  const item = result.value;
  const link = passageLink(item);
  return (
    <section
      class="library-editor card"
      aria-label={t('edit')}
      tabIndex={-1}
      ref={section}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          props.onClose();
        }
      }}
    >
      <div class="row editor-head">
        <span class="small muted clamp-2">{item.document?.title}</span>
        <button type="button" class="btn-icon push-end" aria-label={t('close')} onClick={props.onClose}>
          ×
        </button>
      </div>
      <AnnotationItem
        annotation={item.annotation}
        document={item.document}
        onToast={(toast) => {
          props.onToast(toast);
          if (toast.undo) props.onClose();
        }}
        tagSuggestions={props.tagNames}
        context={
          link && safeHttpUrl(item.document?.url) ? (
            <p class="small">
              <a href={link} target="_blank" rel="noreferrer">
                {t('openAtPassage')}
              </a>
            </p>
          ) : null
        }
      />
    </section>
  );
}
