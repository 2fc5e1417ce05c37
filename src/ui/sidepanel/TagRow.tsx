import { useState } from 'preact/hooks';
import type { TagRecord } from '@/src/storage/records';
import { ColourPicker } from '../components/ColourPicker';
import { normaliseTag } from '../components/TagEditor';
import { useClient } from '../data/client-context';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/i18n-context';
import type { ToastMessage } from '../shared/Toast';

type Mode = 'view' | 'rename' | 'merge';

/** One tag: colour, name and count, with rename, merge into another tag, and delete (undoable). */
export function TagRow(props: {
  tag: TagRecord;
  others: readonly string[];
  onToast: (toast: ToastMessage) => void;
}) {
  const { t, number } = useI18n();
  const client = useClient();
  const { tag } = props;
  const [mode, setMode] = useState<Mode>('view');
  const [draft, setDraft] = useState(tag.name);
  const [into, setInto] = useState('');
  const [error, setError] = useState<string | null>(null);

  /** Runs an action, showing why it failed; whether it worked. */
  const attempt = async (work: () => Promise<void>): Promise<boolean> => {
    try {
      setError(null);
      await work();
      setMode('view');
      return true;
    } catch (err) {
      setError(t('actionFailed', { message: errorText(t, err) }));
      return false;
    }
  };

  const rename = () =>
    attempt(async () => {
      const name = normaliseTag(draft);
      if (!name) throw new Error(t('tagEmptyName'));
      if (name === tag.name) return;
      if (props.others.includes(name)) throw new Error(t('tagExists'));
      await client.renameTag(tag.name, name);
    });

  const remove = () =>
    attempt(async () => {
      const undo = await client.deleteTag(tag.name);
      props.onToast({ text: t('tagDeleted', { tag: tag.name }), undo: () => client.restoreTag(undo) });
    });

  return (
    <li class="tag-row">
      <div class="row">
        <span class="tag-name">{tag.name}</span>
        <span class="muted small">{t('annotationsCount', { count: tag.count })}</span>
        <span class="sr-only">{number(tag.count)}</span>
        <span class="push-end row tag-colour">
          {/* Seen, not read: the picker's own legend names it for screen readers. */}
          <span class="muted small" aria-hidden="true">
            {t('colour')}
          </span>
          <ColourPicker
            name={`tag-colour-${tag.name}`}
            label={t('tagColour', { tag: tag.name })}
            value={tag.colour}
            onChange={(colour) => attempt(() => client.setTagColour(tag.name, colour))}
          />
        </span>
      </div>
      {mode === 'view' && (
        <div class="row tag-actions">
          <button
            type="button"
            class="btn small"
            onClick={() => {
              setDraft(tag.name);
              setMode('rename');
            }}
          >
            {t('tagRename')}
          </button>
          {props.others.length > 0 && (
            <button
              type="button"
              class="btn small"
              onClick={() => {
                setInto(props.others[0] ?? '');
                setMode('merge');
              }}
            >
              {t('tagMerge')}
            </button>
          )}
          <button
            type="button"
            class="btn small btn-danger"
            aria-label={t('tagDelete', { tag: tag.name })}
            onClick={() => void remove()}
          >
            {t('delete')}
          </button>
        </div>
      )}
      {mode === 'rename' && (
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            void rename();
          }}
        >
          <input
            type="text"
            aria-label={t('tagRenameLabel', { tag: tag.name })}
            value={draft}
            ref={(el) => el?.focus()}
            onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
            onKeyDown={(e) => e.key === 'Escape' && setMode('view')}
          />
          <button type="submit" class="btn btn-primary small">
            {t('save')}
          </button>
          <button type="button" class="btn small" onClick={() => setMode('view')}>
            {t('cancel')}
          </button>
        </form>
      )}
      {mode === 'merge' && (
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            void attempt(() => client.mergeTags(tag.name, into));
          }}
        >
          <select
            aria-label={t('tagMergeLabel', { tag: tag.name })}
            value={into}
            onChange={(e) => setInto((e.currentTarget as HTMLSelectElement).value)}
          >
            {props.others.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
          <button type="submit" class="btn btn-primary small">
            {t('tagMerge').replace('…', '')}
          </button>
          <button type="button" class="btn small" onClick={() => setMode('view')}>
            {t('cancel')}
          </button>
        </form>
      )}
      {error && (
        <p class="status status-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
