// SPDX-License-Identifier: GPL-3.0-or-later
// What the browser checks share: Debian's chromium started headless with a
// profile of its own and no network, a page opened from a file with every
// other request recorded and refused, axe-core run in it, and the exit
// status.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const url = require('url');
const puppeteer = require('puppeteer-core');

// How long starting the browser, or any one step in a page, may take. A
// first start on a busy machine, with nothing of chromium in memory yet,
// can take far longer than puppeteer's 30 s; meson's own timeout still
// bounds the whole check.
const PATIENCE_MS = 150000;

// Debian's chromium, headless, with a profile of its own in @profile; how
// long it took to start is printed, to tell a slow machine from a broken
// check.
async function launch (profile) {
  const started = Date.now();
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    userDataDir: profile,
    timeout: PATIENCE_MS,
    protocolTimeout: PATIENCE_MS,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync',
           '--disable-dev-shm-usage', '--force-renderer-accessibility'],
  });
  console.log(`chromium ${await browser.version()} started in ${Date.now() - started} ms`);
  return browser;
}

// A new page of @browser, as patient as the browser's start.
async function newPage (browser) {
  const page = await browser.newPage();

  page.setDefaultTimeout(PATIENCE_MS);
  page.setDefaultNavigationTimeout(PATIENCE_MS);
  return page;
}

// Runs check(browser, file) on each file; the status is 1 when any check
// returned 1.
async function eachFile (files, check) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-a11y-'));
  let browser;
  let status = 0;

  try {
    browser = await launch(profile);
    for (const file of files) {
      status |= await check(browser, path.resolve(file));
    }
  } finally {
    if (browser) {
      await browser.close();
    }
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return status;
}

// The page of @file, which must ask for nothing: every request but its own
// file and data: addresses is recorded in requests and refused.
async function open (browser, file, width) {
  const address = url.pathToFileURL(file).href;
  const page = await newPage(browser);
  const requests = [];

  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url() === address || request.url().startsWith('data:')) {
      request.continue();
    } else {
      requests.push(request.url());
      request.abort();
    }
  });
  await page.setViewport({ width, height: 1000 });
  await page.goto(address, { waitUntil: 'load' });
  return { page, requests };
}

// axe-core's results for the page. A page's own policy may forbid scripts;
// axe runs in an isolated world given to it by the browser, which the
// policy does not reach.
async function axe (page) {
  await page.setBypassCSP(true);
  await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    return await axe.run(document, { resultTypes: ['violations'] });
  });
}

// Each violation and its first elements, as lines to print.
function describe (violations) {
  const lines = [];

  for (const v of violations) {
    lines.push(`${v.impact}: ${v.id}: ${v.help} (${v.nodes.length} element(s))`);
    for (const node of v.nodes.slice(0, 5)) {
      lines.push(`  ${node.target.join(' ')}: ${node.failureSummary.replace(/\n/g, ' ')}`);
    }
  }
  return lines;
}

// The end of a check of @page: axe-core run in it, its violations and
// @requests added to @problems, the page closed, every problem printed,
// then @summary with the counts; 1 when there was any problem.
async function finish (page, problems, requests, summary) {
  const results = await axe(page);

  problems.push(...describe(results.violations));
  for (const request of requests) {
    problems.push(`request: ${request}`);
  }
  await page.close();
  for (const problem of problems) {
    console.log(problem);
  }
  console.log(`${summary}, ${results.violations.length} axe violations, ` +
              `${problems.length} problems`);
  return problems.length > 0 ? 1 : 0;
}

// Every node of the accessibility tree, depth first.
function walk (node, visit) {
  visit(node);
  for (const child of node.children || []) {
    walk(child, visit);
  }
}

// Exits with main's status, or 1 when it throws.
function run (main) {
  main().then((status) => process.exit(status), (error) => {
    console.error(error);
    process.exit(1);
  });
}

module.exports = { eachFile, newPage, open, axe, describe, finish, walk, run };
