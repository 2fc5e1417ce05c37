import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Runs Margin's page pipeline; everything it installs is disposed through `ctx`. */
export function startContent(_ctx: ContentScriptContext): void {}
