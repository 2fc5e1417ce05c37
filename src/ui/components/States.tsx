import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/i18n-context';

/** A polite "loading" line announced to screen readers. */
export function Loading() {
  const { t } = useI18n();
  return (
    <p class="state" role="status" aria-live="polite">
      {t('loading')}
    </p>
  );
}

/**
 * An empty or no-results state, alike in every view: a short title saying what is (not) here, then a
 * muted hint saying what to do about it.
 */
export function EmptyState(props: { title: string; hint?: string; children?: ComponentChildren }) {
  return (
    <div class="state">
      <strong>{props.title}</strong>
      {props.hint && <p class="state-hint">{props.hint}</p>}
      {props.children}
    </div>
  );
}

/**
 * The database-error state: says nothing was changed, shows the error text (as text, never HTML)
 * and offers a retry.
 */
export function DbError(props: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const message = props.error instanceof Error ? props.error.message : String(props.error);
  return (
    <div class="state state-error" role="alert">
      <strong>{t('dbError')}</strong>
      <p>{t('dbErrorHint')}</p>
      <p class="small">
        <code>{message}</code>
      </p>
      {props.onRetry && (
        <button type="button" class="btn" onClick={props.onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
