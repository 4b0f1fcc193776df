// The CLI's text: wrapped to a terminal at word boundaries with a hanging indent, as is into a pipe or a file;
// a blank line between files; a clear line when no table is recognised; `--explain CODE`.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { explainText, printable, textReport, wrap } from '../../src/cli/text';
import { run } from '../../src/cli/run';
import { FileReport, FindingReport } from '../../src/core/report';
import { FINDING_CODES } from '../../src/core/findings';

const EXAMPLE = join(__dirname, '..', 'fixtures', 'lkj-dki-jakarta-2025.xlsx');

async function cermat(argv: string[], columns?: number) {
  let out = '';
  let err = '';
  const code = await run(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), columns } as Parameters<typeof run>[1]);
  return { code, out, err };
}

const LONG = 'Rata-rata capaian kelompok "Peningkatan Fasilitas Pelayanan Penempatan dan Pelindungan Pekerja Migran Indonesia" tertulis 184,47 %, hasil hitung 188,52 %.';

function report(findings: Partial<FindingReport>[], tables = 1): FileReport {
  return {
    file: 'lkj.xlsx',
    tables: Array.from({ length: tables }, () => ({ sheet: 'Tabel II.15', kind: 'capaian' as const, range: 'A5:J23', columns: {}, reportingYear: null, capaian: 188.52, indicators: [], groups: [] })),
    findings: findings.map((f) => ({ code: 'average-mismatch', severity: 'error', sheet: 'Tabel II.15', cell: 'J13', data: {}, message: LONG, ...f }) as FindingReport),
    summary: { tables, indicators: 0, errors: findings.length, warnings: 0, infos: 0 },
  };
}

const findingLines = (text: string) => text.split('\n').slice(text.split('\n').findIndex((l) => /^\S.*\(\d+\):$/.test(l)) + 1);

describe('wrap', () => {
  it('breaks at spaces with a hanging indent, never inside a word', () => {
    expect(wrap('satu dua tiga empat lima', 12, 2)).toEqual(['satu dua', '  tiga empat', '  lima']);
    expect(wrap('pendek', 10, 4)).toEqual(['pendek']);
  });

  it('keeps a long word whole on its own line rather than cutting it', () => {
    expect(wrap('a Pengaduan-yang-diproses-dan-dilayani b', 12, 0)).toEqual(['a', 'Pengaduan-yang-diproses-dan-dilayani', 'b']);
  });

  it('keeps the padded columns of the first line and a lone % with its number', () => {
    expect(wrap('  H7      value-multiple   hasil 51,43 % ditulis', 40, 27)).toEqual(['  H7      value-multiple   hasil 51,43 %', '                           ditulis']);
    expect(wrap('capaian tertulis 36 %', 19, 2)).toEqual(['capaian tertulis', '  36 %']);
  });

  it('for any words and width: lines fit unless one word is longer, words and their order are kept, continuations hang', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9,.%()"-]{1,14}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 12, max: 120 }), fc.integer({ min: 0, max: 30 }), (words, width, indent) => {
        const text = words.join(' ');
        const lines = wrap(text, width, indent);
        expect(lines.join(' ').split(/ +/).filter(Boolean)).toEqual(words);
        for (const [i, l] of lines.entries()) {
          if (i > 0) expect(l.startsWith(' '.repeat(Math.min(indent, width - 10)))).toBe(true);
          // Over the width only when the line is one word (or one word and its glued %).
          if (l.length > width) expect(l.trim()).toMatch(/^\S+( [%)\]”»]+[.,;:]?)*$/);
        }
      }),
    );
  });
});

describe('textReport', () => {
  it('into a pipe or a file (no width): a finding stays on one line, as before', () => {
    const text = textReport(report([{}]), 'id', { width: null, afterAnotherFile: false });
    expect(text).toContain(`  Tabel II.15!J13    average-mismatch       ${LONG}\n`);
  });

  it.each([120, 100, 80, 74])('on a %d-column terminal: every finding line fits, hangs under the message, and no word is cut', (width) => {
    const text = textReport(report([{}, { cell: 'I7', code: 'capaian-mismatch', message: 'Capaian tertulis 36 %, hasil hitung 51,43 %.' }]), 'id', { width, afterAnotherFile: false });
    const lines = findingLines(text).filter(Boolean);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(width);
    const hang = '  Tabel II.15!J13    average-mismatch       '.length;
    const first = lines.findIndex((l) => l.includes('J13'));
    const continuation = lines[first + 1];
    expect(continuation.startsWith(' '.repeat(hang))).toBe(true);
    expect(continuation[hang]).not.toBe(' ');
    // The message's words, in order, whole.
    const message = lines.slice(first, lines.findIndex((l) => l.includes('I7'))).join(' ').split(/\s+/).slice(4).join(' ');
    expect(message).toBe(LONG);
  });

  it('on a narrow terminal (under 74 columns) the message starts on its own line, indented', () => {
    const lines = findingLines(textReport(report([{}]), 'en', { width: 50, afterAnotherFile: false })).filter(Boolean);
    expect(lines[0].trim()).toBe('Tabel II.15!J13    average-mismatch');
    expect(lines[1].startsWith('      Rata-rata')).toBe(true);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(50);
  });

  it('begins with a blank line when another file came before it', () => {
    expect(textReport(report([]), 'id', { width: null, afterAnotherFile: true }).startsWith('\nlkj.xlsx: 1 tabel')).toBe(true);
    expect(textReport(report([]), 'id', { width: null, afterAnotherFile: false }).startsWith('lkj.xlsx: 1 tabel')).toBe(true);
  });

  it.each([
    ['id', 'Tidak ada tabel yang dikenali di buku kerja ini'],
    ['en', 'No table recognised in this workbook'],
  ] as const)('%s: a workbook with no recognised table says so', (lang, line) => {
    const none = { ...report([{ code: 'table-not-found', severity: 'warning', message: '…' }], 0) };
    expect(textReport(none, lang, { width: null, afterAnotherFile: false }).split('\n')[1]).toContain(line);
    expect(textReport(report([]), lang, { width: null, afterAnotherFile: false })).not.toContain(line);
  });

  it.each([
    ['id', 'Rekap A1:E3 — rekap anggaran', '  Kelompok "Kegiatan A": serapan 90,00 %'],
    ['en', 'Rekap A1:E3 — budget recap', '  Group "Kegiatan A": absorption 90.00 %'],
  ] as const)('%s: a budget recap (no indicator) says its absorption only, no capaian or average', (lang, title, group) => {
    const g = { name: 'Kegiatan A', rows: [2], pagu: 1000, spent: 900, absorption: 90, statedAbsorption: 90, average: null, statedAverage: null };
    const recap: FileReport = { ...report([]), tables: [{ sheet: 'Rekap', kind: 'budget', range: 'A1:E3', columns: {}, reportingYear: null, capaian: null, indicators: [], groups: [g] }] };
    const lines = textReport(recap, lang, { width: null, afterAnotherFile: false }).split('\n');
    expect(lines).toContain(title);
    expect(lines).toContain(group);
  });
});

describe('explainText', () => {
  it.each(FINDING_CODES.map((c) => [c]))('%s is explained in both languages', (code) => {
    const id = explainText(code, 'id')!;
    const en = explainText(code, 'en')!;
    for (const word of ['Artinya:', 'Mengapa penting:', 'Cara memperbaiki:', 'Contoh:']) expect(id).toContain(word);
    for (const word of ['What it means:', 'Why it matters:', 'How to fix it:', 'Example:']) expect(en).toContain(word);
    expect(id.startsWith(`${code} — `)).toBe(true);
  });

  it('knows no made-up code', () => {
    expect(explainText('capaian-mismatc', 'id')).toBeNull();
  });
});

describe('cermat (run)', () => {

  it('--explain CODE prints the help and exits 0; in English with --lang en', async () => {
    const id = await cermat(['--explain', 'capaian-mismatch']);
    expect(id.code).toBe(0);
    expect(id.out).toContain('capaian-mismatch — Capaian tertulis salah');
    expect(id.out).toContain('51,43 %');
    const en = await cermat(['--explain', 'capaian-mismatch', '--lang', 'en']);
    expect(en.out).toContain('capaian-mismatch — Stated capaian is wrong');
    expect(en.err).toBe('');
  });

  it('--explain list names every code; an unknown code exits 2 with a suggestion in both languages', async () => {
    const list = await cermat(['--explain', 'list']);
    for (const code of FINDING_CODES) expect(list.out).toMatch(new RegExp(`^${code} `, 'm'));
    const bad = await cermat(['--explain', 'capaian-mismatc']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('kode temuan tidak dikenal / unknown finding code: capaian-mismatc');
    expect(bad.err).toContain('capaian-mismatch?');
    expect(bad.out).toBe('');
  });

  it('--explain wraps to a terminal, keeps paragraphs whole into a pipe', async () => {
    const tty = await cermat(['--explain', 'value-multiple'], 60);
    for (const l of tty.out.split('\n')) expect(l.length).toBeLessThanOrEqual(60);
    const pipe = await cermat(['--explain', 'value-multiple']);
    expect(pipe.out.split('\n').some((l) => l.length > 60)).toBe(true);
  });

  it('puts a blank line between files, and wraps findings to the terminal only when there is one', async () => {
    const two = await cermat([EXAMPLE, EXAMPLE]);
    const second = two.out.indexOf(`${EXAMPLE}: `, 1);
    expect(second).toBeGreaterThan(0);
    expect(two.out.slice(second - 2, second)).toBe('\n\n');
    expect(two.out.split('\n').some((l) => l.length > 100)).toBe(true);
    const tty = await cermat([EXAMPLE], 100);
    for (const l of tty.out.split('\n')) if (!l.includes(EXAMPLE)) expect(l.length).toBeLessThanOrEqual(100);
    expect(tty.out).toMatch(/Tabel II\.15!J13 +average-mismatch +Rata-rata capaian kelompok/);
  });

  it('a workbook with no recognised table prints a clear line and exits 0 (table-not-found is a warning)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Catatan');
    ws.getCell('A1').value = 'Laporan Kinerja 2025';
    ws.getCell('A2').value = 'Narasi tanpa tabel.';
    const file = join(mkdtempSync(join(tmpdir(), 'cermat-text-')), 'tanpa-tabel.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await cermat([file]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Tidak ada tabel yang dikenali di buku kerja ini');
    expect(r.out).toContain('table-not-found');
  });

  it('a workbook\'s control characters never reach the terminal: an indicator named with ESC sequences, BEL, a line break, a tab and a bidi override', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tabel II.1');
    ws.addRow(['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)']);
    // ExcelJS writes no control character itself: the cell's text reaches the file as OOXML's `_x001B_` escapes.
    ws.addRow([1, 'Jumlah layanan_x001B_]0;judul_x0007__x001B_[2J\nbaris dua\ttab\u202Eterbalik', 'orang', 100, '90 orang', '90%']);
    const file = join(mkdtempSync(join(tmpdir(), 'cermat-text-')), 'kendali.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await cermat([file]);
    expect(r.code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(r.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(r.out).toContain('Jumlah layanan\ufffd]0;judul\ufffd\ufffd[2J baris dua tab\ufffdterb…');
    // The name's line break no longer splits the indicator's line: one line holds its row, name and capaian.
    expect(r.out).toMatch(/ {5}2 {2}Jumlah layanan.* T 100 orang {2}R 90 orang {2}→ 90,00 %/);
  });

  it('printable: controls and bidi overrides as U+FFFD one for one, line breaks and tabs as spaces, or line breaks kept', () => {
    expect(printable('a\u001b[31mb\u0007c\u009bd\u202ee\u2066f')).toBe('a\ufffd[31mb\ufffdc\ufffdd\ufffde\ufffdf');
    expect(printable('a\nb\tc\rd')).toBe('a b c d');
    expect(printable('a\nb\u001b', true)).toBe('a\nb\ufffd');
    expect(printable('Capaian 51,43 % — “Baik” ≥ 80 %')).toBe('Capaian 51,43 % — “Baik” ≥ 80 %');
  });
});
