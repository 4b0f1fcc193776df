// `npm run build` with a production address: dist has the pages and a manifest pointing only at that address,
// and the task pane bundle stays under its size budget (the build fails otherwise).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(__dirname, '..', '..');

describe('production build', () => {
  it('writes taskpane.html, commands.html and a manifest for ADDIN_URL', () => {
    const out = mkdtempSync(join(tmpdir(), 'cermat-dist-'));
    const r = spawnSync(process.execPath, [join(root, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production', '--output-path', out], {
      cwd: root,
      env: { ...process.env, ADDIN_URL: 'https://cermat.example.go.id/lkj' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    for (const f of ['taskpane.html', 'commands.html', 'outcome.html', 'help.html', 'manifest.xml', 'assets/icon-80.png']) expect(existsSync(join(out, f))).toBe(true);
    const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(manifest).not.toMatch(/localhost|contoso|example\.com/);
    expect(manifest).toContain('<SourceLocation DefaultValue="https://cermat.example.go.id/lkj/taskpane.html"/>');
    expect(manifest).toContain('<AppDomain>https://cermat.example.go.id</AppDomain>');
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    expect(html).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(html).toMatch(/<script[^>]+taskpane\.js/);
    expect(gzipSync(readFileSync(join(out, 'taskpane.js'))).length).toBeLessThan(350 * 1024);
  }, 120000);
});
