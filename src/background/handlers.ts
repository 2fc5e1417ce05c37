import type { ContentToBackground, Reply, UiToBackground } from '@/src/messaging/protocol';
import { fail, ok } from '@/src/messaging/reply';
import { validateContentMessage } from '@/src/messaging/validate-content-message';
import { validateUiMessage } from '@/src/messaging/validate-ui-message';
import type { MarginDatabase } from '@/src/storage/create-database';
import { createEntityRepository } from '@/src/storage/entity-repository';
import { NotFoundError } from '@/src/storage/errors';
import { createSettingsRepository } from '@/src/storage/settings-repository';
import { createTagRepository } from '@/src/storage/tag-repository';
import { errorMessages, type ReplyLang } from './error-messages';
import { classifySender, type Sender } from './sender';
import { createAnnotationService } from './services/annotation-service';
import { createImportService } from './services/import-service';
import { createImportTransfer, type KeptResultStore } from './services/import-transfer';
import { createPageService } from './services/page-service';
import { createSiteService } from './services/site-service';
import { errorToReply } from './to-reply';

/** Every message the background answers. */
export type BackgroundMessages = ContentToBackground & UiToBackground;
type Data<K extends keyof BackgroundMessages> = Parameters<BackgroundMessages[K]>[0];
type Value<K extends keyof BackgroundMessages> =
  ReturnType<BackgroundMessages[K]> extends Reply<infer T> ? T : never;

/** A handler: untrusted data and the browser's sender in, a reply out; never throws. */
export type Handler<K extends keyof BackgroundMessages> = (
  data: unknown,
  sender: Sender | undefined,
) => Promise<ReturnType<BackgroundMessages[K]>>;

/** What the handlers need besides the database. */
export type HandlerEnv = {
  /** `runtime.getURL('/')`: senders under it are extension pages. */
  extensionOrigin: string;
  now?: () => number;
  /** Called after settings changed (to tell open tabs). */
  onSettingsChanged?: () => void;
  /** The reader's UI language, for error messages (English when not given). */
  language?: () => ReplyLang;
  /** Called now and then while an import runs: an extension API call keeps Chrome from stopping the worker. */
  keepAlive?: () => void;
  /** The largest import part accepted (tests lower it; default `IMPORT_PART_CHARS`). */
  importPartChars?: number;
  /** Where the last import's end is kept across worker restarts. */
  keptImport?: KeptResultStore;
};

/**
 * The background's message handlers, one per message, over services that take the database.
 * Content-script payloads are validated and the page URL taken from the browser's `sender.url`;
 * UI messages are refused unless the sender is an extension page.
 */
export function createHandlers(
  db: MarginDatabase,
  env: HandlerEnv,
): { [K in keyof BackgroundMessages]: Handler<K> } {
  const now = env.now ?? Date.now;
  const pages = createPageService(db, now);
  const annotations = createAnnotationService(db, now);
  const sites = createSiteService(db, now);
  const imports = createImportTransfer(createImportService(db), {
    now,
    keepAlive: env.keepAlive,
    language: env.language,
    maxPartChars: env.importPartChars,
    kept: env.keptImport,
  });
  const entities = createEntityRepository(db);
  const tags = createTagRepository(db);
  const settings = createSettingsRepository(db);

  /** Open to content scripts (limited to their page) and extension pages. */
  function content<K extends keyof ContentToBackground>(
    type: K,
    run: (data: Data<K>, pageUrl: string | null) => Promise<Value<K>>,
  ): Handler<K> {
    return (async (raw: unknown, sender: Sender | undefined) => {
      try {
        const who = classifySender(sender, env.extensionOrigin);
        if (who.kind === 'unknown') return fail('forbidden', 'Unknown sender.');
        const checked = validateContentMessage(type, raw);
        if (!checked.ok) return checked;
        return ok(await run(checked.value, who.kind === 'content' ? who.url : null));
      } catch (e) {
        return errorToReply(e, env.language?.());
      }
    }) as Handler<K>;
  }

  /** Extension pages only. */
  function ui<K extends keyof UiToBackground>(
    type: K,
    run: (data: Data<K>) => Promise<Value<K>>,
  ): Handler<K> {
    return (async (raw: unknown, sender: Sender | undefined) => {
      try {
        if (classifySender(sender, env.extensionOrigin).kind !== 'extension-page') {
          return fail('forbidden', errorMessages(env.language?.() ?? 'en').forbiddenSender);
        }
        const checked = validateUiMessage(type, raw);
        if (!checked.ok) return checked;
        return ok(await run(checked.value));
      } catch (e) {
        return errorToReply(e, env.language?.());
      }
    }) as Handler<K>;
  }

  const changed = <T>(value: T): T => {
    env.onSettingsChanged?.();
    return value;
  };

  return {
    pageAnalysed: content('pageAnalysed', (d, url) => pages.pageAnalysed(d, url ?? d.article.url)),
    getPageState: content('getPageState', (d, url) => pages.getPageState(d, url ?? d.url)),
    createAnnotation: content('createAnnotation', (d, url) => annotations.create(d, url)),
    updateAnnotation: content('updateAnnotation', (d, url) => annotations.update(d, url)),
    deleteAnnotation: content('deleteAnnotation', (d, url) => annotations.delete(d.id, url)),
    restoreAnnotation: content('restoreAnnotation', (d, url) => annotations.restore(d.annotation, url)),
    setAnchorStates: content('setAnchorStates', (d, url) => annotations.setAnchorStates(d.states, url)),
    trackEntity: content(
      'trackEntity',
      async (d) => (await entities.setTracked(d.key, d.tracked, now())) ?? null,
    ),
    getTagNames: content('getTagNames', () => tags.names()),

    updateSettings: ui('updateSettings', async (d) => changed(await settings.update(d))),
    setSiteEnabled: ui('setSiteEnabled', async (d) => changed(await settings.setSite(d.site, d.enabled))),
    renameTag: ui('renameTag', (d) => tags.rename(d.from, d.to, now())),
    mergeTags: ui('mergeTags', (d) => tags.merge(d.from, d.into, now())),
    deleteTag: ui('deleteTag', async (d) => {
      const undo = await tags.delete(d.name, now());
      if (!undo) throw new NotFoundError('No such tag.');
      return undo;
    }),
    restoreTag: ui('restoreTag', (d) => tags.restore(d, now())),
    setTagColour: ui('setTagColour', (d) => tags.setColour(d.name, d.colour)),
    importBegin: ui('importBegin', async (d) => imports.begin(d)),
    importPart: ui('importPart', async (d) => imports.part(d)),
    importCommit: ui('importCommit', async (d) => imports.commit(d)),
    importStatus: ui('importStatus', async (d) => imports.status(d)),
    importLatest: ui('importLatest', async () => imports.latest()),
    importCancel: ui('importCancel', async (d) => imports.cancel(d)),
    forgetSite: ui('forgetSite', (d) => sites.forgetSite(d.site, d.includeAnnotations)),
  };
}
