// Prints, after every run, how long each test file took (slowest first) and the builds of the global setup, so a
// slow file is seen where it appears: in the terminal and in the CI log.
const { existsSync, readFileSync } = require('node:fs');
const { join, relative } = require('node:path');

class TimingReporter {
  constructor(globalConfig) {
    this.root = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const rows = results.testResults
      .map((r) => ({
        file: relative(this.root, r.testFilePath),
        seconds: r.perfStats && r.perfStats.end && r.perfStats.start ? (r.perfStats.end - r.perfStats.start) / 1000 : NaN,
        status: r.testExecError || r.numFailingTests > 0 ? 'FAIL' : 'ok',
      }))
      .sort((a, b) => (b.seconds || 0) - (a.seconds || 0));
    const lines = ['', 'Time per test file (s), slowest first:'];
    const run = process.env.CERMAT_TEST_RUN;
    for (const kind of ['addin', 'cli']) {
      const f = run && join(run, `${kind}.json`);
      if (!f || !existsSync(f)) continue;
      const b = JSON.parse(readFileSync(f, 'utf8'));
      lines.push(`${b.seconds.toFixed(1).padStart(7)}  ${b.ok ? 'ok  ' : 'FAIL'}  (global setup) ${kind === 'addin' ? 'production add-in build (webpack)' : 'CLI build (esbuild)'}`);
    }
    for (const r of rows) lines.push(`${Number.isNaN(r.seconds) ? '      ?' : r.seconds.toFixed(1).padStart(7)}  ${r.status.padEnd(4)}  ${r.file}`);
    lines.push(`${process.uptime().toFixed(1).padStart(7)}        since Jest started (global setup included)`, '');
    process.stderr.write(lines.join('\n') + '\n');
  }
}

module.exports = TimingReporter;
