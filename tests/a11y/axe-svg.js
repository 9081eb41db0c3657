// SPDX-License-Identifier: GPL-3.0-or-later
// Loads a web page with diagrams pasted into it (`pathway export --inline`)
// in Debian's chromium (headless, no network) and checks what a screen
// reader gets: each diagram a node named by its title, each step of each
// diagram a node of its own named by that step's <title>; and that axe-core
// finds no violation at all.
// Usage: CHROMIUM=/usr/bin/chromium node axe-svg.js PAGE.html
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const url = require('url');
const puppeteer = require('puppeteer-core');

function walk (node, visit) {
  visit(node);
  for (const child of node.children || []) {
    walk(child, visit);
  }
}

async function check (browser, file) {
  const address = url.pathToFileURL(file).href;
  const page = await browser.newPage();
  const requests = [];
  const problems = [];

  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url() === address || request.url().startsWith('data:')) {
      request.continue();
    } else {
      requests.push(request.url());
      request.abort();
    }
  });
  await page.setViewport({ width: 1200, height: 1000 });
  await page.goto(address, { waitUntil: 'load' });

  // What each diagram in the page says it holds, from its own markup.
  const diagrams = await page.evaluate(() => {
    return Array.from(document.querySelectorAll('svg')).map((svg) => ({
      title: svg.querySelector(':scope > title').textContent,
      steps: Array.from(svg.querySelectorAll('g.step')).map((g) => ({
        id: g.id,
        title: g.querySelector(':scope > title').textContent,
      })),
    }));
  });
  const tree = await page.accessibility.snapshot({ interestingOnly: false });
  const named = new Map();

  walk(tree, (node) => {
    if (node.name) {
      if (!named.has(node.name)) {
        named.set(node.name, []);
      }
      named.get(node.name).push(node.role);
    }
  });
  if (diagrams.length < 2) {
    problems.push(`${diagrams.length} diagrams in the page, not 2`);
  }
  let steps = 0;
  for (const diagram of diagrams) {
    const roles = named.get(diagram.title) || [];
    if (!roles.some((role) => role.startsWith('graphics-document') || role === 'document')) {
      problems.push(`the diagram “${diagram.title}” is no document node (${roles.join(', ')})`);
    }
    if (diagram.steps.length === 0) {
      problems.push(`the diagram “${diagram.title}” has no steps`);
    }
    for (const step of diagram.steps) {
      const stepRoles = named.get(step.title) || [];
      // A graphic of its own that a screen reader stops at and names, not
      // a group of shapes it passes through.
      if (!stepRoles.some((role) => role === 'graphics-symbol' || role === 'image' ||
                                    role === 'img')) {
        problems.push(`step ${step.id} “${step.title}” is no named node (${stepRoles.join(', ')})`);
      }
      steps++;
    }
  }

  await page.setBypassCSP(true);
  await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const results = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    return await axe.run(document, { resultTypes: ['violations'] });
  });
  for (const v of results.violations) {
    problems.push(`${v.impact}: ${v.id}: ${v.help} (${v.nodes.length} element(s))`);
    for (const node of v.nodes.slice(0, 5)) {
      problems.push(`  ${node.target.join(' ')}: ${node.failureSummary.replace(/\n/g, ' ')}`);
    }
  }
  for (const request of requests) {
    problems.push(`request: ${request}`);
  }
  await page.close();
  for (const problem of problems) {
    console.log(problem);
  }
  console.log(`${path.basename(file)}: ${diagrams.length} diagrams, ${steps} steps, ` +
              `${results.violations.length} axe violations, ${problems.length} problems`);
  return problems.length > 0 ? 1 : 0;
}

async function main () {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-a11y-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    userDataDir: profile,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync',
           '--force-renderer-accessibility'],
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

main().then((status) => process.exit(status), (error) => {
  console.error(error);
  process.exit(1);
});
