// Chromium's launch as a build step of its own: started at once, its time to be ready logged as
// `[study] browser` (it runs beside the other steps). The CLI calls it before it loads the pipeline.

import { startBrowser, type BrowserHandle } from '../output/browser.ts';
import type { Effects } from './effects.ts';

/** `outRoot`: where the browser's profile folder goes (see startBrowser), so a killed build leaves nothing in /tmp. */
export function launchLogged(effects: Effects, outRoot?: string): BrowserHandle {
  const start = effects.now();
  const handle = startBrowser({ outRoot });
  handle.browser.then(() => effects.logger.step('study', 'browser', effects.now() - start), () => undefined);
  return handle;
}
