import type { AnnotationRecord, DocumentRecord, HighlightColour } from '@/src/storage/records';
import { ColourPicker } from '../components/ColourPicker';
import { NoteEditor } from '../components/NoteEditor';
import { TagEditor } from '../components/TagEditor';
import { useClient } from '../data/client-context';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/i18n-context';
import { CopyCitation } from './CopyCitation';
import type { ToastMessage } from './Toast';

/**
 * One annotation with everything editable in place: the quote (a button that shows it in the
 * page when `onGoTo` is given, else plain), note, tags, colour, and delete with undo.
 */
export function AnnotationItem(props: {
  annotation: AnnotationRecord;
  onGoTo?: (annotation: AnnotationRecord) => void;
  tagSuggestions?: readonly string[];
  onToast: (toast: ToastMessage) => void;
  /** The annotation's article, for "Copy with citation". */
  document?: DocumentRecord;
  /** Extra line under the quote (the article title in the library). */
  context?: preact.ComponentChildren;
}) {
  const { t, date } = useI18n();
  const client = useClient();
  const a = props.annotation;

  const remove = async () => {
    try {
      const deleted = await client.deleteAnnotation(a.id);
      props.onToast({ text: t('annotationDeleted'), undo: () => client.restoreAnnotation(deleted) });
    } catch (err) {
      props.onToast({ text: t('actionFailed', { message: errorText(t, err) }), error: true });
    }
  };

  const setColour = (colour: HighlightColour) =>
    client.updateAnnotation(a.id, { colour }).then(
      () => true,
      (err: Error) => {
        props.onToast({ text: t('actionFailed', { message: errorText(t, err) }), error: true });
        return false;
      },
    );

  return (
    <article class={`annotation colour-${a.colour}`} aria-label={a.quote.slice(0, 80)}>
      {props.onGoTo ? (
        <button
          type="button"
          class="quote quote-button"
          title={t('pageGoTo')}
          onClick={() => props.onGoTo?.(a)}
        >
          {a.quote}
        </button>
      ) : (
        <blockquote class="quote">{a.quote}</blockquote>
      )}
      {props.context}
      <NoteEditor note={a.note} onSave={(note) => client.updateAnnotation(a.id, { note })} />
      <TagEditor
        idPrefix={`a-${a.id}`}
        tags={a.tags}
        suggestions={props.tagSuggestions}
        onChange={(tags) => client.updateAnnotation(a.id, { tags })}
      />
      {props.document && <CopyCitation annotation={a} document={props.document} onToast={props.onToast} />}
      <div class="annotation-foot row">
        <ColourPicker name={`colour-${a.id}`} label={t('colour')} value={a.colour} onChange={setColour} />
        {(a.anchorState === 'fuzzy' || textChanged(a, props.document)) && (
          <span class="badge" title={t('textChangedHint')}>
            {t('fuzzyAnchor')}
          </span>
        )}
        <time class="muted small" dateTime={new Date(a.createdAt).toISOString()}>
          {date(a.createdAt, 'datetime')}
        </time>
        <button type="button" class="btn-icon btn-danger push-end" onClick={() => void remove()}>
          {t('annotationDelete')}
        </button>
      </div>
    </article>
  );
}

/** Whether the article's text changed since the annotation was made (its hashes differ). */
function textChanged(a: AnnotationRecord, doc: DocumentRecord | undefined): boolean {
  return !!(doc?.textHash && a.textHash && doc.textHash !== a.textHash);
}
