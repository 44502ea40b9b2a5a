// Debian's Chromium is used where present; puppeteer's own download stays possible on machines with internet.
const fs = require('node:fs');
const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => fs.existsSync(p));
module.exports = { skipDownload: Boolean(system) || process.env.PUPPETEER_SKIP_DOWNLOAD === '1' };
