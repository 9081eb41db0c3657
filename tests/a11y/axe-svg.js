// SPDX-License-Identifier: GPL-3.0-or-later
// Loads a web page with diagrams pasted into it (`pathway export --inline`)
// in Debian's chromium (headless, no network) and checks what a screen
// reader gets: each diagram a node named by its title, each step of each
// diagram a node of its own named by that step's <title>; and that axe-core
// finds no violation at all.
// Usage: CHROMIUM=/usr/bin/chromium node axe-svg.js PAGE.html
'use strict';

const path = require('path');
const browser = require('./browser');

async function check (chromium, file) {
  const { page, requests } = await browser.open(chromium, file, 1200);
  const problems = [];

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

  browser.walk(tree, (node) => {
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

  return await browser.finish(page, problems, requests,
                              `${path.basename(file)}: ${diagrams.length} diagrams, ${steps} steps`);
}

browser.run(() => browser.eachFile(process.argv.slice(2), check));
