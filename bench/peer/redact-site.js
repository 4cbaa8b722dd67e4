// Runs the npm package redact-pii (the peer of bench/run-e2e.py) over every .md/.html file below a folder, the way
// ContentLint scans them: read each file, redact its text. Prints files, bytes and redactions made.
'use strict';
const fs = require('fs');
const path = require('path');
const { SyncRedactor } = require('redact-pii');

const redactor = new SyncRedactor();
let files = 0;
let bytes = 0;
let changed = 0;
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '.git') walk(full);
    } else if (/\.(md|html)$/.test(entry.name)) {
      const text = fs.readFileSync(full, 'utf8');
      const redacted = redactor.redact(text);
      files++;
      bytes += Buffer.byteLength(text);
      if (redacted !== text) changed++;
    }
  }
};
walk(process.argv[2]);
console.log(JSON.stringify({ files, bytes, changed }));
