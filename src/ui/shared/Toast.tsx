import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n-context';

/** A message shown after an action, with an optional Undo. */
export type ToastMessage = { text: string; undo?: () => Promise<void>; error?: boolean };

/**
 * Keeps one toast at a time; it disappears after `ms` (an undoable one waits longer, since
 * people need time to notice and reach the button).
 */
export function useToast(ms = 6000) {
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const show = (message: ToastMessage) => {
    clearTimeout(timer.current);
    setToast(message);
    timer.current = setTimeout(() => setToast(null), message.undo ? ms * 2 : ms);
  };
  return { toast, show, dismiss: () => setToast(null) };
}

/** Renders a toast in a live region so screen readers announce it. */
export function Toast(props: { toast: ToastMessage | null; onDismiss: () => void }) {
  const { t } = useI18n();
  const { toast } = props;
  return (
    <div class="toast-region" aria-live="polite">
      {toast && (
        <div class={`toast ${toast.error ? 'toast-error' : ''}`} role={toast.error ? 'alert' : 'status'}>
          <span>{toast.text}</span>
          {toast.undo && (
            <button
              type="button"
              class="btn"
              onClick={() => {
                const undo = toast.undo;
                props.onDismiss();
                void undo?.();
              }}
            >
              {t('undo')}
            </button>
          )}
          <button type="button" class="btn-icon" aria-label={t('close')} onClick={props.onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
