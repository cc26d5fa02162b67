#!/usr/bin/env node
// The npm registry reachable here lacks the other platforms' native binaries (e.g. @swc/core-darwin-arm64),
// so npm leaves them out of package-lock.json and `npm ci` then refuses the lock as out of sync. This adds
// an os/cpu-only entry for every missing optional platform package; npm ci skips them on other platforms.
// Run after regenerating the lock: node scripts/completeLockfile.js
'use strict';
const fs = require('fs');
const path = require('path');

const file = path.resolve(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const packages = lock.packages;

function platformOf(name) {
  const parts = name.split('/').pop().replace(/^(core|resolver-binding)-/, '').split('-');
  const entry = { os: [parts[0]], cpu: [parts[1]] };
  if (parts[0] === 'linux' && parts.some((p) => p.startsWith('musl'))) entry.libc = ['musl'];
  else if (parts[0] === 'linux' && parts.some((p) => p.startsWith('gnu'))) entry.libc = ['glibc'];
  return entry;
}

let added = 0;
for (const [where, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies || {})) {
    const key = `node_modules/${name}`;
    if (packages[key] || packages[`${where}/node_modules/${name}`]) continue;
    const { os, cpu, libc } = platformOf(name);
    packages[key] = { version, cpu, optional: true, os, ...(libc ? { libc } : {}) };
    added += 1;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`added ${added} optional platform entries\n`);
