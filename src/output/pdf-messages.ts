// Every user-facing message of the browser and PDF output, as small functions, so the wording stays
// consistent and tests can match it by pattern.

const INSTALL_FIX =
  'Install one with `apt-get install chromium` (Debian/Ubuntu) or `npx puppeteer browsers install chrome`, ' +
  'or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium executable';

export const messages = {
  executableEnvMissing: (path: string) =>
    `PUPPETEER_EXECUTABLE_PATH is set to "${path}", but there is no executable file there. ` +
    'Point it at a Chrome or Chromium executable, or unset it to use the system browser',

  noBrowser: (looked: string[]) =>
    `No Chrome or Chromium found to print the PDF (looked for PUPPETEER_EXECUTABLE_PATH, ${looked.join(', ')}, ` +
    `and puppeteer's own download). ${INSTALL_FIX}`,

  launchTimeout: (executable: string, ms: number) =>
    `Chromium (${executable}) did not start within ${seconds(ms)} s. ` +
    'Check that it runs (`' + executable + ' --headless --no-sandbox --version`), or raise the launch timeout',

  launchFailed: (executable: string, reason: string) =>
    `Chromium (${executable}) could not be started: ${firstLine(reason)}. ${INSTALL_FIX}`,

  stepTimeout: (step: string, ms: number) =>
    `Chromium did not finish ${step} within ${seconds(ms)} s. ` +
    'A very large document or a hung browser can cause this; try again, or raise the print timeout (timeoutMs)',

  pageCrashed: (step: string, reason: string) =>
    `Chromium crashed while ${step} (${firstLine(reason)}). Try again; if it repeats, the document may be too large ` +
    'for the available memory',

  stepFailed: (step: string, reason: string) => `Chromium failed while ${step}: ${firstLine(reason)}`,

  browserGone: (step: string) =>
    `The browser closed or crashed while ${step}. Try again; if it repeats, check memory and /dev/shm`,

  missingTargets: (ids: string[]) =>
    `Page references point at ${plural(ids.length, 'id')} that ${ids.length === 1 ? 'is' : 'are'} not in the document: ` +
    `${ids.map((id) => `"${id}"`).join(', ')}. Every toc-page/pageref span's data-target must be the id of an element ` +
    'in the note (check the heading or figure id in the template)',

  duplicateTargets: (ids: string[]) =>
    `Page references point at ${plural(ids.length, 'id')} used by more than one element: ` +
    `${ids.map((id) => `"${id}"`).join(', ')}. Ids must be unique so the page number is unambiguous`,

  spanWithoutTarget: (kind: string, count: number) =>
    `${plural(count, `<span class="${kind}">`)} without a data-target attribute. Give each the id of the element it refers to`,

  unresolvedTargets: (ids: string[]) =>
    `Chromium placed no destination for ${ids.map((id) => `"${id}"`).join(', ')} in the PDF, so their page is unknown. ` +
    'The element may be hidden (display: none) or empty',

  unstable: (passes: number, changed: string[]) =>
    `Contents page numbers did not settle after ${passes} passes: filling them in keeps moving ` +
    `${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ', …' : ''}. ` +
    'Give the page-number spans a fixed width (e.g. `min-width: 2em`) so a longer number cannot reflow the text',

  spanScanMismatch: (dom: number, text: number) =>
    `The browser found ${dom} page-number spans but the HTML text scan found ${text}; ` +
    'write them exactly as <span class="toc-page|pageref|page-count" data-target="ID"></span>',
};

function seconds(ms: number): string {
  return ms < 1_000 ? `${ms / 1000}` : (ms / 1000).toFixed(ms < 10_000 ? 1 : 0);
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? text;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
