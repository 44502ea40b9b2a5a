// Where Debian's Chromium (or PUPPETEER_EXECUTABLE_PATH) is present, puppeteer's own browser
// download is skipped; on a machine with internet and no browser, puppeteer downloads its own.
const fs = require('node:fs');

const system = [process.env.PUPPETEER_EXECUTABLE_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  .filter(Boolean)
  .find((path) => fs.existsSync(path));
const skip = Boolean(system) || process.env.PUPPETEER_SKIP_DOWNLOAD === '1';

module.exports = {
  skipDownload: skip,
  chrome: { skipDownload: skip },
  'chrome-headless-shell': { skipDownload: skip },
};
