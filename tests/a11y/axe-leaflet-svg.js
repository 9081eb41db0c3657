// SPDX-License-Identifier: GPL-3.0-or-later
// Loads a web page with leaflets' SVG pages pasted into it (`pathway
// leaflet --inline -o OUT.svg`) in Debian's chromium (headless, no network)
// and checks what a screen reader gets: each page a document named by the
// title in that page, not another's; each heading of each page a heading
// named by its words; and that axe-core finds no violation at all.
// Usage: CHROMIUM=/usr/bin/chromium node axe-leaflet-svg.js PAGE.html
'use strict';

const path = require('path');
const browser = require('./browser');

async function check (chromium, file) {
  const { page, requests } = await browser.open(chromium, file, 1200);
  const problems = [];

  // What each page says it holds, from its own markup.
  const pages = await page.evaluate(() => {
    const words = (node) => node.textContent.replace(/\s+/g, ' ').trim();

    return Array.from(document.querySelectorAll('svg')).map((svg) => {
      const named = document.getElementById(svg.getAttribute('aria-labelledby'));
      return {
        title: words(svg.querySelector(':scope > title')),
        // The name's element is the page's own.
        ownName: named !== null && named.closest('svg') === svg,
        headings: Array.from(svg.querySelectorAll('text[role="heading"]')).map(words),
      };
    });
  });
  const tree = await page.accessibility.snapshot({ interestingOnly: false });
  const headings = new Map();
  const documents = new Map();

  browser.walk(tree, (node) => {
    const name = (node.name || '').replace(/\s+/g, ' ').trim();
    const seen = node.role === 'heading' ? headings
      : node.role.startsWith('graphics-document') || node.role === 'document' ? documents
      : null;
    if (seen && name) {
      seen.set(name, (seen.get(name) || 0) + 1);
    }
  });
  if (pages.length < 4) {
    problems.push(`${pages.length} leaflet pages in the page, not two leaflets' worth`);
  }
  // A page that goes on with a step has none of its own.
  if (pages.every((p) => p.headings.length === 0)) {
    problems.push('no page has a heading');
  }
  let count = 0;
  pages.forEach((p, index) => {
    if (!p.ownName) {
      problems.push(`page ${index + 1} “${p.title}” is named by another page's title`);
    }
    if (!documents.get(p.title)) {
      problems.push(`page ${index + 1} “${p.title}” is no named document node`);
    } else {
      documents.set(p.title, documents.get(p.title) - 1);
    }
    for (const heading of p.headings) {
      if (!headings.get(heading)) {
        problems.push(`page ${index + 1}: “${heading}” is no named heading`);
      } else {
        headings.set(heading, headings.get(heading) - 1);
      }
      count++;
    }
  });

  return await browser.finish(page, problems, requests,
                              `${path.basename(file)}: ${pages.length} pages, ${count} headings`);
}

browser.run(() => browser.eachFile(process.argv.slice(2), check));
