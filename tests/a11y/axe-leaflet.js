// SPDX-License-Identifier: GPL-3.0-or-later
// Loads a leaflet's web page in Debian's chromium (headless, no network),
// runs axe-core in it and fails on any violation of serious or critical
// impact, printing them all.
// Usage: CHROMIUM=/usr/bin/chromium node axe-leaflet.js LEAFLET.html...
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const url = require('url');
const puppeteer = require('puppeteer-core');

async function main () {
  const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-a11y-'));
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    userDataDir: profile,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let status = 0;

  try {
    for (const file of process.argv.slice(2)) {
      status |= await check(browser, path.resolve(file));
    }
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return status;
}

async function check (browser, page_file) {
  const axe_source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const page = await browser.newPage();
  let status = 0;

  {
    const requests = [];

    // The page must ask for nothing: every request but its own file is
    // recorded and refused.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const address = request.url();
      if (address === url.pathToFileURL(page_file).href || address.startsWith('data:')) {
        request.continue();
      } else {
        requests.push(address);
        request.abort();
      }
    });
    await page.setViewport({ width: 800, height: 1000 });
    await page.goto(url.pathToFileURL(page_file).href, { waitUntil: 'load' });
    // The page's own policy forbids scripts; axe runs in an isolated world
    // given to it by the browser, which the policy does not reach.
    await page.setBypassCSP(true);
    await page.evaluate(axe_source);
    const results = await page.evaluate(async () => {
      // eslint-disable-next-line no-undef
      return await axe.run(document, { resultTypes: ['violations'] });
    });
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

    for (const v of results.violations) {
      console.log(`${v.impact}: ${v.id}: ${v.help} (${v.nodes.length} element(s))`);
      for (const node of v.nodes.slice(0, 5)) {
        console.log(`  ${node.target.join(' ')}: ${node.failureSummary.replace(/\n/g, ' ')}`);
      }
    }
    for (const address of requests) {
      console.log(`request: ${address}`);
    }
    console.log(`${path.basename(page_file)}: ${results.passes ? results.passes.length : 0} rules passed, ` +
                `${results.violations.length} violated, ${bad.length} serious or critical, ` +
                `${requests.length} requests`);
    if (bad.length > 0 || requests.length > 0) {
      status = 1;
    }
  }
  await page.close();
  return status;
}

main().then((status) => process.exit(status), (error) => {
  console.error(error);
  process.exit(1);
});
