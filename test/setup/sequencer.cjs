// Jest's own test order, except that the test files using a build (calling addinBuild() or cliBuild() of
// test/helpers/builds.ts) run last, so the global setup's background builds overlap the other tests; and which
// builds those files need, for the global setup (Jest sorts the tests after selecting them, before global setup).
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
    return [...sorted.filter((t) => needs.get(t.path).length === 0), ...sorted.filter((t) => needs.get(t.path).length > 0)];
  }
}

module.exports = CermatSequencer;
