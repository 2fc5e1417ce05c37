import { useState } from 'preact/hooks';
import { type CitationStyle, quoteWithCitation } from '@/src/core/export/citation';
import type { AnnotationRecord, DocumentRecord } from '@/src/storage/records';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/i18n-context';
import type { ToastMessage } from './Toast';

const STYLES: { id: CitationStyle; label: string }[] = [
  { id: 'apa', label: 'APA' },
  { id: 'mla', label: 'MLA' },
  { id: 'chicago', label: 'Chicago' },
];

/** "Copy with citation": the quote with its in-text citation and full reference, in a chosen style. */
export function CopyCitation(props: {
  annotation: AnnotationRecord;
  document: DocumentRecord;
  onToast: (toast: ToastMessage) => void;
}) {
  const { t } = useI18n();
  const [style, setStyle] = useState<CitationStyle>('apa');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(
        quoteWithCitation(props.annotation, props.document, style, new Date()),
      );
      props.onToast({ text: t('copied') });
    } catch (err) {
      props.onToast({ text: t('actionFailed', { message: errorText(t, err) }), error: true });
    }
  };
  return (
    <span class="copy-citation row">
      <button type="button" class="btn-link small" onClick={() => void copy()}>
        {t('copyCitation')}
      </button>
      <select
        class="small"
        aria-label={t('citationStyle')}
        value={style}
        onChange={(e) => setStyle((e.currentTarget as HTMLSelectElement).value as CitationStyle)}
      >
        {STYLES.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
    </span>
  );
}
