// SPDX-License-Identifier: GPL-3.0-or-later
// ELK's layered algorithm (elkjs) on a graph that bench-layout json wrote,
// left to right with our gaps (30 between steps, 90 between ranks);
// writes the layout as Graphviz's -Tplain does (inches), so that
// bench-layout dot-crossings counts it as it counts dot's.
//   node elk-layout.js IN.json OUT.plain
'use strict';
const fs = require('fs');
const path = require('path');
const ELK = require(path.join(__dirname, 'node_modules', 'elkjs', 'lib', 'elk.bundled.js'));

const PER_INCH = 72;
const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const graph = {
  id: 'root',
  layoutOptions: {
    'elk.algorithm': 'layered',
    'elk.direction': 'RIGHT',
    'elk.spacing.nodeNode': '30',
    'elk.layered.spacing.nodeNodeBetweenLayers': '90',
  },
  children: input.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
  edges: input.edges.map((e, i) => ({ id: 'e' + i, sources: [e[0]], targets: [e[1]] })),
};

new ELK().layout(graph).then((laid) => {
  const lines = [`graph 1 ${laid.width / PER_INCH} ${laid.height / PER_INCH}`];
  for (const n of laid.children) {
    lines.push(`node ${n.id} ${(n.x + n.width / 2) / PER_INCH} ${(n.y + n.height / 2) / PER_INCH} ` +
               `${n.width / PER_INCH} ${n.height / PER_INCH}`);
  }
  for (const e of input.edges)
    lines.push(`edge ${e[0]} ${e[1]}`);
  fs.writeFileSync(process.argv[3], lines.join('\n') + '\n');
}).catch((error) => {
  console.error(error);
  process.exit(1);
});
