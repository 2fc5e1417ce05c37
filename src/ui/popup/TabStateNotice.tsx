import { useI18n } from '../i18n/i18n-context';

/** Why the popup shows no article: no tab, unreachable tab, not an article, switched off, pending, error. */
export type NoticeKind =
  | 'no-tab'
  | 'unreachable'
  | 'not-article'
  | 'disabled'
  | 'pending'
  | 'error'
  | 'article';

/** The "no article here" states of the popup, with "Analyse this page" where it helps. */
export function TabStateNotice(props: {
  kind: NoticeKind;
  site?: string;
  message?: string;
  busy?: boolean;
  onAnalyse?: () => void;
}) {
  const { t } = useI18n();
  switch (props.kind) {
    case 'no-tab':
      return <p class="state">{t('popupNoTab')}</p>;
    case 'unreachable':
      return (
        <div class="state" role="status">
          <strong>{t('popupUnreachable')}</strong>
          {t('popupUnreachableHint')}
        </div>
      );
    case 'disabled':
      return (
        <div class="state" role="status">
          <strong>{t('popupSiteOff', { site: props.site ?? '' })}</strong>
        </div>
      );
    case 'pending':
      return (
        <p class="state" role="status">
          {t('popupAnalysing')}
        </p>
      );
    default:
      return (
        <div class="state not-article" role="status">
          <strong>{t('popupNotArticle')}</strong>
          <p>{props.kind === 'error' && props.message ? props.message : t('popupNotArticleHint')}</p>
          {props.onAnalyse && (
            <button type="button" class="btn btn-primary" disabled={props.busy} onClick={props.onAnalyse}>
              {props.busy ? t('popupAnalysing') : t('popupAnalyse')}
            </button>
          )}
        </div>
      );
  }
}
