import type { EntityType } from '@/src/core/entities/types';
import { Switch } from '../components/Switch';
import { useI18n } from '../i18n/i18n-context';
import { KINDS, kindLabel } from '../shared/kinds';

/**
 * Counts of what the page's article holds, per kind, each with a switch that shows or hides that
 * kind's highlights (a global setting). Counts are hidden when the page was not analysed.
 */
export function KindToggles(props: {
  counts: Record<EntityType, number> | null;
  shown: Record<EntityType, boolean>;
  onToggle: (kind: EntityType, on: boolean) => void;
  disabled?: boolean;
}) {
  const { t, number } = useI18n();
  return (
    <section class="kinds" aria-labelledby="kinds-heading">
      <h2 id="kinds-heading" class="section-title">
        {t('popupHighlights')}
      </h2>
      <ul class="kind-list">
        {KINDS.map((kind) => (
          <li key={kind} class={`kind-row kind-${kind}`}>
            <span class="kind-mark" aria-hidden="true" />
            <Switch
              checked={props.shown[kind]}
              disabled={props.disabled}
              label={t(kindLabel[kind])}
              onChange={(on) => props.onToggle(kind, on)}
            />
            {props.counts && (
              <span class="kind-count">
                <span aria-hidden="true">{number(props.counts[kind])}</span>
                <span class="sr-only">{t('popupCount', { count: props.counts[kind] })}</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
