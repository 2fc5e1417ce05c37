import type { ImportResult, TabArticleState, TagUndo, UpdateAnnotationInput } from '@/src/messaging/protocol';
import type { AnnotationRecord } from '@/src/storage/records';
import type { SettingsPatch } from '@/src/storage/settings';
import type { ImportStage } from './import-upload';

/** A change to an annotation made from the UI (only the fields given change). */
export type AnnotationPatch = Omit<UpdateAnnotationInput, 'id'>;

/**
 * Every action the UI asks of the rest of the extension. The real one ({@link createUiClient})
 * sends typed messages to the background (the only database writer) or to a tab's content
 * script; tests pass a fake. Every method rejects with an Error whose message can be shown.
 */
export type UiClient = {
  /** The id of the tab the popup or side panel is looking at, or null. */
  currentTabId(): Promise<number | null>;
  /** Calls `onChange` when the watched tab (active or `?tab=`) changes or navigates; returns a stop function. */
  watchTab(onChange: () => void): () => void;
  /** The URL of a tab, or null when the extension may not see it. */
  tabUrl(tabId: number): Promise<string | null>;
  /** Asks a tab's content script about its article; rejects when the tab cannot be reached. */
  getTabArticle(tabId: number): Promise<TabArticleState>;
  /** Analyses a tab now, even when it was not detected as an article. */
  analyseTab(tabId: number): Promise<TabArticleState>;
  /** Scrolls the tab to an annotation's highlight and flashes it; resolves false when not found. */
  scrollToAnnotation(tabId: number, annotationId: string): Promise<boolean>;
  /** Opens the side panel (Chrome) or sidebar (Firefox). Must run in a user gesture. */
  openSidePanel(tabId: number | null): Promise<void>;
  /** Opens a URL in a new tab (library rows). */
  openUrl(url: string): Promise<void>;
  /** Opens the options page. */
  openOptions(): Promise<void>;

  updateAnnotation(id: string, patch: AnnotationPatch): Promise<void>;
  deleteAnnotation(id: string): Promise<AnnotationRecord>;
  restoreAnnotation(record: AnnotationRecord): Promise<void>;

  renameTag(from: string, to: string): Promise<void>;
  mergeTags(from: string, into: string): Promise<void>;
  deleteTag(name: string): Promise<TagUndo>;
  restoreTag(undo: TagUndo): Promise<void>;
  setTagColour(name: string, colour: string | null): Promise<void>;

  updateSettings(patch: SettingsPatch): Promise<void>;
  setSiteEnabled(site: string, enabled: boolean): Promise<void>;
  forgetSite(site: string): Promise<void>;

  /**
   * Imports a Margin backup or a Hypothesis export through the background, in parts, reporting each
   * stage; aborting `signal` cancels until writing begins.
   *
   * @throws ImportFailure saying why nothing was imported
   */
  importFile(
    file: Blob,
    options: { onProgress?: (stage: ImportStage) => void; signal?: AbortSignal },
  ): Promise<ImportResult>;
  /** Whether an import is running, or ended unseen, that this panel should show (its first panel closed). */
  hasImportToShow(): Promise<boolean>;
  /**
   * Follows that import to its end, as {@link importFile} follows its own; `null` when there is none.
   *
   * @throws ImportFailure saying why nothing was imported
   */
  resumeImport(options: {
    onProgress?: (stage: ImportStage) => void;
    signal?: AbortSignal;
  }): Promise<ImportResult | null>;
};
