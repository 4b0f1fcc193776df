// The manifest, checked offline (`npm run validate` needs the internet): read with office-addin-manifest,
// its ribbon and resources walked with an XML parser. office-addin-manifest loads ESM dependencies that Node 20
// can require but Jest's module loader cannot, so it runs in a child Node process.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { XMLParser } from 'fast-xml-parser';

const root = join(__dirname, '..', '..');
const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');
const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['Control', 'bt:Image', 'bt:Url', 'bt:String', 'Override', 'bt:Override', 'Set'].includes(name) }).parse(xml);
const app = doc.OfficeApp;
const overrides = app.VersionOverrides;
const group = overrides.Hosts.Host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group;
const res = overrides.Resources;

describe('manifest.xml', () => {
  it('is an add-in-only Excel task pane app with read/write access', async () => {
    const script = "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then((i) => console.log(JSON.stringify(i)))";
    const r = spawnSync(process.execPath, ['-e', script, join(root, 'manifest.xml')], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const info = JSON.parse(r.stdout);
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.defaultLocale).toBe('id-ID');
    expect(info.displayName).toBe('Cermat');
  });

  it('declares its minimum requirement set', () => {
    expect(app.Requirements.Sets.Set).toEqual([{ '@Name': 'ExcelApi', '@MinVersion': '1.13' }]);
  });

  it('puts a Cermat group on the Home tab with Hitung Ulang (ExecuteFunction) and Panel Cermat (ShowTaskpane)', () => {
    expect(overrides.Hosts.Host.DesktopFormFactor.ExtensionPoint.OfficeTab['@id']).toBe('TabHome');
    const [recalc, pane] = group.Control;
    expect(recalc.Action).toMatchObject({ '@xsi:type': 'ExecuteFunction', FunctionName: 'recalculate' });
    expect(pane.Action).toMatchObject({ '@xsi:type': 'ShowTaskpane', TaskpaneId: 'Cermat.Taskpane', SourceLocation: { '@resid': 'Taskpane.Url' } });
    const label = (resid: string) => res['bt:ShortStrings']['bt:String'].find((s: { '@id': string }) => s['@id'] === resid);
    expect(label(recalc.Label['@resid'])['@DefaultValue']).toBe('Hitung Ulang');
    expect(label(pane.Label['@resid'])['@DefaultValue']).toBe('Panel Cermat');
    expect(label(recalc.Label['@resid'])['bt:Override'][0]).toEqual({ '@Locale': 'en-US', '@Value': 'Recalculate' });
  });

  it('defines every resource it references, and every string has an English override', () => {
    const ids = new Set<string>();
    for (const kind of ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']) {
      for (const item of Object.values(res[kind]).flat() as { '@id': string }[]) ids.add(item['@id']);
    }
    const referenced = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(referenced.length).toBeGreaterThan(10);
    for (const r of referenced) expect(ids).toContain(r);
    for (const kind of ['bt:ShortStrings', 'bt:LongStrings']) {
      for (const s of res[kind]['bt:String']) expect(s['bt:Override']?.[0]?.['@Locale']).toBe('en-US');
    }
  });

  it('has 16, 32 and 80 px icons in assets/ for every image it names', () => {
    const images = res['bt:Images']['bt:Image'].map((i: { '@DefaultValue': string }) => i['@DefaultValue']);
    expect(images.map((u: string) => u.match(/icon-(\d+)\.png$/)?.[1])).toEqual(['16', '32', '80']);
    for (const url of [...images, app.IconUrl['@DefaultValue'], app.HighResolutionIconUrl['@DefaultValue']]) {
      const file = join(root, new URL(url).pathname);
      expect(existsSync(file)).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(Number(url.match(/icon-(\d+)/)![1]));
    }
  });

  it('serves pages that exist in the build', () => {
    const urls = res['bt:Urls']['bt:Url'].map((u: { '@DefaultValue': string }) => new URL(u['@DefaultValue']).pathname);
    expect(urls.sort()).toEqual(['/commands.html', '/help.html', '/taskpane.html']);
  });
});
