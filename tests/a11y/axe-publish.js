// SPDX-License-Identifier: GPL-3.0-or-later
// Opens every page of a published site (`pathway publish`) from its file in
// Debian's chromium (headless, no network): every request must be for a
// file of the site that exists, every local link and picture must lead to
// one, and axe-core must find no serious or critical violation. With a
// second folder, screenshots of the index and a pathway's page go there.
// Usage: CHROMIUM=/usr/bin/chromium node axe-publish.js SITE [SCREENSHOTS]
'use strict';

const fs = require('fs');
const path = require('path');
const url = require('url');
const browser = require('./browser');

function pages (folder) {
  const found = [];

  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      found.push(...pages(full));
    } else if (entry.name.endsWith('.html')) {
      found.push(full);
    }
  }
  return found.sort();
}

// The file a file: address names, when it is one of the site's; else null.
function siteFile (site, address) {
  if (!address.startsWith('file:')) {
    return null;
  }
  const file = url.fileURLToPath(address.split('#')[0]);
  return file.startsWith(site + path.sep) ? file : null;
}

// The page of @file with every request recorded: those for files of the
// site that exist are served, the rest refused.
async function open (chromium, site, file) {
  const page = await browser.newPage(chromium);
  const requests = [];

  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const address = request.url();
    const local = siteFile(site, address);
    if (address.startsWith('data:') || (local && fs.existsSync(local))) {
      request.continue();
    } else {
      requests.push(address);
      request.abort();
    }
  });
  await page.setViewport({ width: 1280, height: 1000 });
  await page.goto(url.pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, requests };
}

async function check (chromium, site, file, shots) {
  const { page, requests } = await open(chromium, site, file);
  const problems = [];
  const name = path.relative(site, file);

  const links = await page.evaluate(() => {
    return Array.from(document.querySelectorAll('a[href], link[href], img[src]'))
      .map((e) => ({ raw: e.getAttribute('href') || e.getAttribute('src'),
                     resolved: e.href || e.src }));
  });
  const ids = new Set(await page.evaluate(() => {
    return Array.from(document.querySelectorAll('[id]')).map((e) => e.id);
  }));
  for (const link of links) {
    if (/^https?:/.test(link.raw) || link.raw.startsWith('data:')) {
      continue;
    }
    if (link.raw.startsWith('#')) {
      if (!ids.has(decodeURIComponent(link.raw.slice(1)))) {
        problems.push(`${name}: ${link.raw}: no such id`);
      }
      continue;
    }
    const local = siteFile(site, link.resolved);
    if (!local || !fs.existsSync(local)) {
      problems.push(`${name}: ${link.raw}: leads out of the site or nowhere`);
    }
  }
  const styled = await page.evaluate(() => document.styleSheets.length);
  if (styled < 1) {
    problems.push(`${name}: no stylesheet applied`);
  }
  const results = await browser.axe(page);
  const serious = results.violations.filter((v) => v.impact === 'serious' ||
                                                   v.impact === 'critical');
  for (const line of browser.describe(results.violations)) {
    console.log(`${name}: ${line}`);
  }
  problems.push(...browser.describe(serious).map((line) => `${name}: ${line}`));
  for (const request of requests) {
    problems.push(`${name}: request: ${request}`);
  }
  if (shots) {
    const base = name.replace(/[/\\]/g, '-').replace(/\.html$/, '');
    await page.screenshot({ path: path.join(shots, `publish-${base}.png`) });
  }
  await page.close();
  for (const problem of problems) {
    console.log(problem);
  }
  console.log(`${name}: ${links.length} links, ${results.violations.length} axe violations ` +
              `(${serious.length} serious or critical), ${problems.length} problems`);
  return problems.length > 0 ? 1 : 0;
}

async function main () {
  const site = fs.realpathSync(process.argv[2]);
  const shots = process.argv[3];
  const files = pages(site);

  if (files.length < 3) {
    console.log(`only ${files.length} pages in ${site}`);
    return 1;
  }
  return await browser.eachFile(files, (chromium, file) => check(chromium, site, file, shots));
}

browser.run(main);
