import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/i18n-context';

/**
 * A note shown as text and edited in place: "Edit note" (or "Add note") turns it into a textarea;
 * Ctrl/Cmd+Enter or Save stores it, Escape or Cancel restores the text. While saving the
 * textarea is kept so nothing typed is lost if the save fails.
 */
export function NoteEditor(props: { note: string; onSave: (note: string) => Promise<void> }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(props.note);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  // Set when editing ends, so the button it came from takes the focus back once it is rendered again.
  const refocus = useRef(false);
  useEffect(() => {
    if (editing) area.current?.focus();
    else if (refocus.current) {
      refocus.current = false;
      toggle.current?.focus();
    }
  }, [editing]);

  const close = () => {
    // Back where it came from, so keyboard users are not dropped at the top of the page (the button
    // exists only after the render, hence the effect rather than focusing here).
    refocus.current = true;
    setEditing(false);
    setError(null);
  };

  const save = async () => {
    setBusy(true);
    try {
      await props.onSave(draft.trim());
      close();
    } catch (err) {
      setError(errorText(t, err));
    } finally {
      setBusy(false);
    }
  };

  if (!editing) {
    return (
      <div class="note">
        {props.note && <p class="note-text">{props.note}</p>}
        <button
          ref={toggle}
          type="button"
          class="btn-link small"
          onClick={() => {
            setDraft(props.note);
            setEditing(true);
          }}
        >
          {props.note ? t('noteEdit') : t('noteAdd')}
        </button>
      </div>
    );
  }

  return (
    <div class="note note-editing">
      <textarea
        ref={area}
        rows={3}
        aria-label={t('note')}
        placeholder={t('notePlaceholder')}
        value={draft}
        disabled={busy}
        onInput={(event) => setDraft((event.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            close();
          } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void save();
          }
        }}
      />
      <div class="row">
        <button type="button" class="btn btn-primary" disabled={busy} onClick={() => void save()}>
          {t('save')}
        </button>
        <button type="button" class="btn" disabled={busy} onClick={close}>
          {t('cancel')}
        </button>
        <span class="muted small">{t('noteSaveHint')}</span>
      </div>
      {error && (
        <p class="status status-error" role="alert">
          {t('actionFailed', { message: error })}
        </p>
      )}
    </div>
  );
}
