// Tests use the browsers installed from Debian packages (see scripts/ensure-browsers.mjs);
// puppeteer must never download a browser of its own.
module.exports = { skipDownload: true };
