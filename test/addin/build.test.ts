// `npm run build` with a production address: dist has the pages and a manifest pointing only at that address,
// and the task pane bundle stays under its size budget (the build fails otherwise). The build is the run's one
// production build (test/helpers/builds.ts), shared with the end-to-end tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { addinBuild, buildFailure } from '../helpers/builds';

describe('production build', () => {
  it('writes taskpane.html, commands.html and a manifest for ADDIN_URL', async () => {
    const build = await addinBuild();
    if (!build.ok) throw buildFailure(build);
    const out = build.dir;
    for (const f of ['taskpane.html', 'commands.html', 'outcome.html', 'help.html', 'preview.html', 'manifest.xml', 'assets/icon-80.png']) expect(existsSync(join(out, f))).toBe(true);
    const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(manifest).not.toMatch(/localhost|contoso|example\.com/);
    expect(manifest).toContain('<SourceLocation DefaultValue="https://cermat.example.go.id/lkj/taskpane.html"/>');
    expect(manifest).toContain('<AppDomain>https://cermat.example.go.id</AppDomain>');
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    expect(html).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(html).toMatch(/<script[^>]+taskpane\.js/);
    expect(gzipSync(readFileSync(join(out, 'taskpane.js'))).length).toBeLessThan(350 * 1024);
  });
});
