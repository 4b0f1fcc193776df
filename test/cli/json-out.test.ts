// The `--json` document written piece by piece (src/cli/json-out.ts) must be, byte for byte, what JSON.stringify writes:
// JSON.stringify is the oracle, on random values and on the reports of real fixtures.
import fc from 'fast-check';
import { join } from 'node:path';
import { JsonBytes } from '../../src/cli/json-out';
import { run } from '../../src/cli/run';
import { fileReport } from '../../src/core/report';
import { analyseWorkbook } from '../../src/core/workbook';
import { FIXTURES, loadGrid } from '../helpers/xlsx';

const EXAMPLE = join(FIXTURES, 'lkj-dki-jakarta-2025.xlsx');

function written(v: unknown, indent: number | undefined): string {
  const w = new JsonBytes(indent);
  w.value(v);
  return Buffer.concat(w.bytes()).toString('utf8');
}

/** An object that stands for another in JSON (as the report's deferred items do), found at any depth. */
class Stand {
  constructor(readonly inner: unknown) {}
  toJSON(key: string) {
    return { key, inner: this.inner };
  }
}

const leaf = fc.oneof(
  fc.fullUnicodeString({ maxLength: 12 }),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(() => 1),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object'), tie('stand')),
  array: fc.array(tie('node'), { maxLength: 6 }),
  object: fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('0', '12', 'toJSON', '__proto__')), tie('node'), { maxKeys: 6 }),
  stand: tie('node').map((x) => new Stand(x)),
})).node;

describe('JsonBytes', () => {
  it('writes what JSON.stringify writes, compact and indented, for any value', () => {
    fc.assert(
      fc.property(value, fc.constantFrom(undefined, 0, 2, 4, 12), (v, indent) => {
        const expected = JSON.stringify(v, null, indent) ?? 'null';
        expect(written(v, indent)).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the layout of a value nested in text the caller writes', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 4 }), fc.boolean(), (items, indented) => {
        const w = new JsonBytes(indented ? 2 : undefined);
        items.forEach((item, i) => {
          w.raw(i === 0 ? (indented ? '{\n  "files": [\n    ' : '{"files":[') : indented ? ',\n    ' : ',');
          w.value(item, 2, String(i));
        });
        w.raw(indented ? '\n  ]\n}' : ']}');
        const expected = JSON.stringify({ files: items }, null, indented ? 2 : undefined);
        expect(Buffer.concat(w.bytes()).toString('utf8')).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('writes long documents in pieces, non-ASCII text as UTF-8', () => {
    const v = { rows: Array.from({ length: 5000 }, (_, i) => ({ i, name: i % 7 ? `Indikator ${i}` : `Capaian ≥ ${i} — Déjà`, long: 'x'.repeat(i % 50 === 0 ? 70000 : 3) })) };
    const w = new JsonBytes(undefined);
    w.value(v);
    const pieces = w.bytes();
    expect(pieces.length).toBeGreaterThan(3);
    expect(Buffer.concat(pieces).equals(Buffer.from(JSON.stringify(v), 'utf8'))).toBe(true);
    expect(w.bytes()).toEqual([]);
  });
});

describe('the --json document', () => {
  it('is the report JSON.stringify would write, its lists made item by item', async () => {
    const analysis = analyseWorkbook(await loadGrid(EXAMPLE), {});
    for (const lang of ['id', 'en'] as const) {
      const eager = fileReport('x.xlsx', analysis, lang);
      const deferred = fileReport('x.xlsx', analysis, lang, true);
      expect(JSON.stringify(deferred)).toBe(JSON.stringify(eager));
      expect(written(deferred, 2)).toBe(JSON.stringify(eager, null, 2));
    }
  });

  it('for one file and for several (one missing), compact or indented, as JSON.stringify lays it out', async () => {
    for (const files of [[EXAMPLE], [EXAMPLE, join(FIXTURES, 'no-such-file.xlsx'), EXAMPLE]]) {
      for (const columns of [undefined, 100]) {
        let out = '';
        const bytes: Uint8Array[] = [];
        const io = { stdout: (t: string) => void (out += t), stderr: () => undefined, columns };
        await run([...files, '--json'], io);
        await run([...files, '--json'], { ...io, stdout: () => undefined, stdoutBytes: (b: Uint8Array) => void bytes.push(b) });
        expect(out.endsWith('\n')).toBe(true);
        const doc = JSON.parse(out);
        expect(out).toBe(JSON.stringify(doc, null, columns === undefined ? undefined : 2) + '\n');
        expect(Buffer.concat(bytes).toString('utf8')).toBe(out);
        if (files.length > 1) expect(doc.files.map((f: { error?: string }) => 'error' in f)).toEqual([false, true, false]);
      }
    }
  });
});
