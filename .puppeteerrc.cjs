// Browsers come from Debian's packages; never let puppeteer download one.
module.exports = { skipDownload: true };
