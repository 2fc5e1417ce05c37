import { useState } from 'preact/hooks';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/i18n-context';

/** Normalises a typed tag: NFC, trimmed, inner whitespace collapsed. */
export function normaliseTag(raw: string): string {
  return raw.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/**
 * Tags as removable chips plus an input that adds one on Enter (or comma). Offers existing tag
 * names through a datalist. `onChange` receives the whole new list.
 */
export function TagEditor(props: {
  tags: readonly string[];
  suggestions?: readonly string[];
  onChange: (tags: string[]) => Promise<void>;
  idPrefix: string;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  const commit = async (next: string[]) => {
    try {
      setError(null);
      await props.onChange(next);
    } catch (err) {
      setError(errorText(t, err));
    }
  };

  const add = async () => {
    const tag = normaliseTag(draft);
    if (!tag) return;
    setDraft('');
    if (props.tags.includes(tag)) return;
    await commit([...props.tags, tag]);
  };

  const listId = `${props.idPrefix}-tag-suggestions`;
  return (
    <div class="tag-editor">
      <ul class="chips" aria-label={t('tags')}>
        {props.tags.map((tag) => (
          <li key={tag} class="chip">
            <span>{tag}</span>
            <button
              type="button"
              class="btn-icon"
              aria-label={t('tagRemove', { tag })}
              title={t('tagRemove', { tag })}
              onClick={() => void commit(props.tags.filter((x) => x !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        type="text"
        class="tag-input"
        aria-label={t('tagAdd')}
        placeholder={t('tagAddPlaceholder')}
        list={props.suggestions ? listId : undefined}
        value={draft}
        onInput={(event) => setDraft((event.currentTarget as HTMLInputElement).value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ',') {
            event.preventDefault();
            void add();
          }
        }}
      />
      {props.suggestions && (
        <datalist id={listId}>
          {props.suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
      {error && (
        <p class="status status-error" role="alert">
          {t('actionFailed', { message: error })}
        </p>
      )}
    </div>
  );
}
