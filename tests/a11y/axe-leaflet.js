// SPDX-License-Identifier: GPL-3.0-or-later
// Loads a leaflet's web page in Debian's chromium (headless, no network),
// runs axe-core in it and fails on any violation of serious or critical
// impact, printing them all.
// Usage: CHROMIUM=/usr/bin/chromium node axe-leaflet.js LEAFLET.html...
'use strict';

const path = require('path');
const browser = require('./browser');

async function check (chromium, file) {
  const { page, requests } = await browser.open(chromium, file, 800);
  const results = await browser.axe(page);
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

  await page.close();
  for (const line of browser.describe(results.violations)) {
    console.log(line);
  }
  for (const address of requests) {
    console.log(`request: ${address}`);
  }
  console.log(`${path.basename(file)}: ${results.passes ? results.passes.length : 0} rules passed, ` +
              `${results.violations.length} violated, ${bad.length} serious or critical, ` +
              `${requests.length} requests`);
  return bad.length > 0 || requests.length > 0 ? 1 : 0;
}

browser.run(() => browser.eachFile(process.argv.slice(2), check));
