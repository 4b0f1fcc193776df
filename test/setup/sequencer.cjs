// Jest's own test order, except for the test files that use a build (calling addinBuild() or cliBuild() of
// test/helpers/builds.ts), which the global setup makes in the background: the end-to-end tests run first, so that one
// worker waits for the add-in build (its CPU taken by webpack meanwhile) and then drives Chromium while the other
// worker goes through the rest — run last, they kept a worker busy alone for their whole ≈45 s, the other one idle;
// the other files using a build run last, so the builds overlap the tests before them. Also tells the global setup
// which builds the selected files need (Jest sorts the tests after selecting them, before global setup).
const { readFileSync } = require('node:fs');
const Sequencer = require('@jest/test-sequencer').default;

const CALLS = { addin: /\baddinBuild\(/, cli: /\bcliBuild\(/ };

class CermatSequencer extends Sequencer {
  sort(tests) {
    const needs = new Map();
    for (const t of tests) {
      if (needs.has(t.path)) continue;
      const source = readFileSync(t.path, 'utf8');
      needs.set(t.path, Object.keys(CALLS).filter((kind) => CALLS[kind].test(source)));
    }
    process.env.CERMAT_BUILDS_NEEDED = [...new Set([...needs.values()].flat())].join(',');
    const sorted = super.sort(tests);
    const endToEnd = (t) => /[\\/]e2e[\\/]/.test(t.path);
    return [
      ...sorted.filter(endToEnd),
      ...sorted.filter((t) => !endToEnd(t) && needs.get(t.path).length === 0),
      ...sorted.filter((t) => !endToEnd(t) && needs.get(t.path).length > 0),
    ];
  }
}

module.exports = CermatSequencer;
