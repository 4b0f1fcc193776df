// Jest's own test order, and the list of the run's test files for the global setup (which builds only what those
// files use): Jest sorts the tests after selecting them and before the global setup.
const Sequencer = require('@jest/test-sequencer').default;

class CermatSequencer extends Sequencer {
  sort(tests) {
    process.env.CERMAT_TEST_FILES = JSON.stringify([...new Set(tests.map((t) => t.path))]);
    return super.sort(tests);
  }
}

module.exports = CermatSequencer;
