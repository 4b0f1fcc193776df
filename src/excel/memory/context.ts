// A faithful stand-in for the Excel JavaScript API subset Cermat uses: proxy objects whose properties
// must be loaded and synced before they are read, writes queued until sync, sync calls and payloads counted.
import { a1, columnName, Range, Scalar } from '../../core/grid';
import { quoteSheet, splitAddress } from '../convert';
import { MemoryCell, MemorySheet, MemoryWorkbook, rangeOf, valueTypeOf } from './model';

export class MemoryError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

interface Op {
  requestBytes: number;
  /** Runs at sync; returns the response bytes it produced. */
  run(): number;
}

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export class MemoryContext {
  syncs = 0;
  /** Per sync: bytes sent and received (Excel on the web refuses either above 5 MB). */
  readonly payloads: { request: number; response: number }[] = [];
  readonly workbook: WorkbookProxy;
  private ops: Op[] = [];

  constructor(readonly book: MemoryWorkbook, readonly limit = PAYLOAD_LIMIT) {
    this.workbook = new WorkbookProxy(this);
  }

  queue(op: Op): void {
    this.ops.push(op);
  }

  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.ops;
    this.ops = [];
    const request = ops.reduce((n, o) => n + o.requestBytes, 0);
    if (request > this.limit) {
      this.payloads.push({ request, response: 0 });
      throw new MemoryError('RequestPayloadSizeLimitExceeded', `request of ${request} bytes exceeds the limit`);
    }
    let response = 0;
    for (const op of ops) response += op.run();
    this.payloads.push({ request, response });
    if (response > this.limit) throw new MemoryError('ResponsePayloadSizeLimitExceeded', `response of ${response} bytes exceeds the limit`);
  }
}

function notLoaded(prop: string): MemoryError {
  return new MemoryError('PropertyNotLoaded', `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
}

function propList(props?: string | string[] | { select?: string }): string[] {
  if (!props) return ['*'];
  if (typeof props === 'string') return props.split(',').map((p) => p.trim());
  if (Array.isArray(props)) return props;
  return (props.select ?? '*').split(',').map((p) => p.trim());
}

abstract class ClientObject {
  protected readonly data = new Map<string, unknown>();
  constructor(protected readonly ctx: MemoryContext) {}

  protected got<T>(prop: string): T {
    if (!this.data.has(prop)) throw notLoaded(prop);
    return this.data.get(prop) as T;
  }

  load(props?: string | string[] | { select?: string }): this {
    const list = propList(props);
    this.ctx.queue({ requestBytes: 40 + JSON.stringify(list).length, run: () => this.snapshot(list) });
    return this;
  }

  /** Copies the listed properties from the model; returns the bytes of the answer. */
  protected abstract snapshot(props: string[]): number;

  protected put(prop: string, value: unknown): number {
    this.data.set(prop, value);
    return prop.length + JSON.stringify(value ?? null).length;
  }
}

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly notes: NoteCollectionProxy;
  constructor(ctx: MemoryContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.notes = new NoteCollectionProxy(ctx);
  }
}

export class WorksheetCollectionProxy extends ClientObject {
  private sheets: WorksheetProxy[] | null = null;

  get items(): WorksheetProxy[] {
    if (!this.sheets) throw notLoaded('items');
    return this.sheets;
  }

  protected snapshot(props: string[]): number {
    this.sheets = this.ctx.book.sheets.map((s) => {
      const w = new WorksheetProxy(this.ctx, () => s);
      w.fill(props.map((p) => p.replace(/^items\//, '')));
      return w;
    });
    return this.sheets.length * 30;
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.book.sheet(name);
      if (!s) throw new MemoryError('ItemNotFound', `worksheet ${name} not found`);
      return s;
    });
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.book.sheet(name) ?? null);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.book.sheets[this.ctx.book.activeSheet] ?? null);
  }

  getFirst(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.book.sheets[0] ?? null);
  }
}

export class WorksheetProxy extends ClientObject {
  readonly protection: ProtectionProxy;
  constructor(ctx: MemoryContext, readonly resolve: () => MemorySheet | null) {
    super(ctx);
    this.protection = new ProtectionProxy(ctx, resolve);
    ctx.queue({ requestBytes: 20, run: () => this.put('isNullObject', this.resolve() === null) });
  }

  get isNullObject(): boolean {
    return this.got('isNullObject');
  }

  get name(): string {
    return this.got('name');
  }

  /** Fills loaded properties from the model now (used when a collection snapshots its items). */
  fill(props: string[]): number {
    const s = this.resolve();
    let n = this.put('isNullObject', s === null);
    if (!s) return n;
    if (props.includes('*') || props.includes('name')) n += this.put('name', s.name);
    if (props.includes('*') || props.some((p) => p.startsWith('protection'))) this.protection.fillFrom(s);
    return n;
  }

  protected snapshot(props: string[]): number {
    return this.fill(props);
  }

  getNextOrNullObject(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.resolve();
      if (!s) return null;
      const i = this.ctx.book.sheets.indexOf(s);
      return this.ctx.book.sheets[i + 1] ?? null;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const s = this.resolve();
      const r = s?.usedRange(valuesOnly);
      return s && r ? { sheet: s, range: r } : null;
    });
  }

  getRange(address: string): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const s = this.resolve();
      const r = rangeOf(address);
      if (!s) throw new MemoryError('ItemNotFound', 'worksheet not found');
      if (!r) throw new MemoryError('InvalidArgument', `bad address ${address}`);
      return { sheet: s, range: r };
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return this.getRange(`${a1(row, col)}:${a1(row + rows - 1, col + cols - 1)}`);
  }

  activate(): void {
    this.ctx.queue({ requestBytes: 20, run: () => ((this.ctx.book.activeSheet = this.ctx.book.sheets.indexOf(this.resolve()!)), 0) });
  }
}

export class ProtectionProxy extends ClientObject {
  constructor(ctx: MemoryContext, private readonly resolve: () => MemorySheet | null) {
    super(ctx);
  }
  get protected(): boolean {
    return this.got('protected');
  }
  fillFrom(s: MemorySheet): number {
    return this.put('protected', s.protected);
  }
  protected snapshot(): number {
    const s = this.resolve();
    return s ? this.fillFrom(s) : 0;
  }
}

interface Target {
  sheet: MemorySheet;
  range: Range;
}

const RANGE_PROPS = ['address', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'values', 'formulas', 'numberFormat', 'valueTypes'];

export class RangeProxy extends ClientObject {
  readonly format: { fill: FillProxy };
  constructor(ctx: MemoryContext, readonly resolve: () => Target | null) {
    super(ctx);
    this.format = { fill: new FillProxy(ctx, resolve) };
    ctx.queue({ requestBytes: 20, run: () => this.put('isNullObject', this.resolve() === null) });
  }

  get isNullObject(): boolean { return this.got('isNullObject'); }
  get address(): string { return this.got('address'); }
  get rowCount(): number { return this.got('rowCount'); }
  get columnCount(): number { return this.got('columnCount'); }
  get rowIndex(): number { return this.got('rowIndex'); }
  get columnIndex(): number { return this.got('columnIndex'); }
  get values(): unknown[][] { return this.got('values'); }
  get formulas(): unknown[][] { return this.got('formulas'); }
  get numberFormat(): unknown[][] { return this.got('numberFormat'); }
  get valueTypes(): string[][] { return this.got('valueTypes'); }

  set values(v: unknown[][]) { this.write('values', v); }
  set formulas(v: unknown[][]) { this.write('formulas', v); }
  set numberFormat(v: unknown[][]) { this.write('numberFormat', v); }

  protected snapshot(props: string[]): number {
    const t = this.resolve();
    if (!t) return this.put('isNullObject', true);
    const { sheet, range } = t;
    const all = props.includes('*');
    let n = 0;
    const grid = (f: (c: MemoryCell | undefined) => unknown) => {
      const out: unknown[][] = [];
      for (let r = range.top; r <= range.bottom; r++) {
        const row: unknown[] = [];
        for (let c = range.left; c <= range.right; c++) row.push(f(sheet.cell(r, c)));
        out.push(row);
      }
      return out;
    };
    for (const p of all ? RANGE_PROPS : props) {
      switch (p) {
        case 'address': n += this.put(p, `${quoteSheet(sheet.name)}!${a1(range.top, range.left)}${range.bottom === range.top && range.right === range.left ? '' : ':' + a1(range.bottom, range.right)}`); break;
        case 'rowCount': n += this.put(p, range.bottom - range.top + 1); break;
        case 'columnCount': n += this.put(p, range.right - range.left + 1); break;
        case 'rowIndex': n += this.put(p, range.top); break;
        case 'columnIndex': n += this.put(p, range.left); break;
        case 'values': n += this.put(p, grid((c) => shown(c?.value ?? null))); break;
        case 'formulas': n += this.put(p, grid((c) => (c?.formula ? '=' + c.formula : shown(c?.value ?? null)))); break;
        case 'numberFormat': n += this.put(p, grid((c) => c?.numberFormat ?? 'General')); break;
        case 'valueTypes': n += this.put(p, grid((c) => valueTypeOf(c?.value ?? null))); break;
        default: throw new MemoryError('InvalidArgument', `unknown range property ${p}`);
      }
    }
    return n;
  }

  private write(prop: 'values' | 'formulas' | 'numberFormat', v: unknown[][]): void {
    this.ctx.queue({
      requestBytes: 40 + JSON.stringify(v).length,
      run: () => {
        const t = this.resolve();
        if (!t) throw new MemoryError('ItemNotFound', 'range not found');
        if (t.sheet.protected) throw new MemoryError('AccessDenied', `${t.sheet.name} is protected`);
        const rows = t.range.bottom - t.range.top + 1;
        const cols = t.range.right - t.range.left + 1;
        if (!Array.isArray(v) || v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols)) {
          throw new MemoryError('InvalidArgument', `${prop} must be ${rows}×${cols}`);
        }
        v.forEach((row, i) => row.forEach((x, j) => {
          const cell = t.sheet.edit(t.range.top + i, t.range.left + j);
          if (prop === 'numberFormat') cell.numberFormat = String(x);
          else if (prop === 'formulas' && typeof x === 'string' && x.startsWith('=')) cell.formula = x.slice(1);
          else {
            delete cell.formula;
            const typed = asTyped(x);
            cell.value = typed.value;
            if (typed.percent && cell.numberFormat === 'General') cell.numberFormat = '0%';
          }
        }));
        return 0;
      },
    });
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, this.resolve);
  }

  getCell(row: number, col: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolve();
      if (!t) return null;
      const r = t.range.top + row;
      const c = t.range.left + col;
      return { sheet: t.sheet, range: { top: r, left: c, bottom: r, right: c } };
    });
  }

  select(): void {
    this.ctx.queue({
      requestBytes: 20,
      run: () => {
        const t = this.resolve();
        if (t) {
          this.ctx.book.activeSheet = this.ctx.book.sheets.indexOf(t.sheet);
          this.ctx.book.selection = { sheet: t.sheet.name, address: `${a1(t.range.top, t.range.left)}` };
        }
        return 0;
      },
    });
  }
}

/** What Excel (en-US) stores when a value is written: numeric text becomes a number, `'` keeps text. */
function asTyped(x: unknown): { value: Scalar; percent?: boolean } {
  if (typeof x !== 'string') return { value: x === undefined ? null : (x as Scalar) };
  if (x === '') return { value: null };
  if (x.startsWith("'")) return { value: x.slice(1) };
  const m = /^\s*([-+]?)(\d{1,3}(?:,\d{3})+|\d*)(\.\d+)?\s*(%)?\s*$/.exec(x);
  if (m && (m[2] || m[3])) {
    const n = Number(m[1] + m[2].replace(/,/g, '') + (m[3] ?? ''));
    return m[4] ? { value: n / 100, percent: true } : { value: n };
  }
  if (/^(true|false)$/i.test(x.trim())) return { value: /^true$/i.test(x.trim()) };
  return { value: x };
}

function shown(v: Scalar): unknown {
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  return v;
}

export class FillProxy extends ClientObject {
  constructor(ctx: MemoryContext, private readonly resolve: () => Target | null) {
    super(ctx);
  }
  get color(): string { return this.got('color'); }
  get pattern(): string { return this.got('pattern'); }
  set color(v: string) { this.each((c) => ((c.fill.color = v.toUpperCase()), (c.fill.pattern = 'Solid'))); }
  set pattern(v: string) { this.each((c) => (c.fill.pattern = v)); }
  clear(): void { this.each((c) => (c.fill = { color: '#FFFFFF', pattern: 'None' })); }

  private each(f: (c: MemoryCell) => void): void {
    this.ctx.queue({
      requestBytes: 60,
      run: () => {
        const t = this.resolve();
        if (!t) throw new MemoryError('ItemNotFound', 'range not found');
        if (t.sheet.protected) throw new MemoryError('AccessDenied', `${t.sheet.name} is protected`);
        for (let r = t.range.top; r <= t.range.bottom; r++) for (let c = t.range.left; c <= t.range.right; c++) f(t.sheet.edit(r, c));
        return 0;
      },
    });
  }

  protected snapshot(props: string[]): number {
    const t = this.resolve();
    const c = t?.sheet.cell(t.range.top, t.range.left);
    const fill = c?.fill ?? { color: '#FFFFFF', pattern: 'None' };
    let n = 0;
    if (props.includes('*') || props.includes('color')) n += this.put('color', fill.color);
    if (props.includes('*') || props.includes('pattern')) n += this.put('pattern', fill.pattern);
    return n;
  }
}

export class RangeAreasProxy extends ClientObject {
  constructor(ctx: MemoryContext, private readonly resolve: () => Target | null) {
    super(ctx);
    ctx.queue({ requestBytes: 20, run: () => this.put('isNullObject', this.merged().length === 0) });
  }
  get isNullObject(): boolean { return this.got('isNullObject'); }
  get areas(): { items: { address: string }[] } { return { items: this.got('areas') }; }

  private merged(): Range[] {
    const t = this.resolve();
    if (!t) return [];
    const r = t.range;
    return t.sheet.merges.filter((m) => m.top <= r.bottom && m.bottom >= r.top && m.left <= r.right && m.right >= r.left);
  }

  protected snapshot(): number {
    const t = this.resolve();
    const items = this.merged().map((m) => ({ address: `${quoteSheet(t!.sheet.name)}!${columnName(m.left)}${m.top + 1}:${columnName(m.right)}${m.bottom + 1}` }));
    return this.put('areas', items);
  }
}

export class NoteCollectionProxy extends ClientObject {
  add(cellAddress: string, content: string): void {
    this.ctx.queue({
      requestBytes: 40 + content.length,
      run: () => {
        const [sheet, addr] = splitAddress(cellAddress);
        const key = this.ctx.book.noteKey(sheet, addr);
        if (this.ctx.book.notes.has(key)) throw new MemoryError('InvalidArgument', `${key} already has a note`);
        this.ctx.book.notes.set(key, content);
        return 0;
      },
    });
  }

  getItemOrNullObject(cellAddress: string): NoteProxy {
    const [sheet, addr] = splitAddress(cellAddress);
    return new NoteProxy(this.ctx, this.ctx.book.noteKey(sheet, addr));
  }

  get items(): NoteProxy[] {
    return this.got('items');
  }

  protected snapshot(): number {
    const items = [...this.ctx.book.notes.keys()].map((k) => new NoteProxy(this.ctx, k));
    this.data.set('items', items);
    return items.length * 40;
  }
}

export class NoteProxy extends ClientObject {
  constructor(ctx: MemoryContext, private readonly key: string) {
    super(ctx);
    ctx.queue({ requestBytes: 20, run: () => this.put('isNullObject', !this.ctx.book.notes.has(this.key)) });
  }
  get isNullObject(): boolean { return this.got('isNullObject'); }
  get content(): string { return this.got('content'); }
  delete(): void {
    this.ctx.queue({ requestBytes: 20, run: () => (this.ctx.book.notes.delete(this.key), 0) });
  }
  getLocation(): RangeProxy {
    const [sheet, addr] = splitAddress(this.key);
    return new RangeProxy(this.ctx, () => {
      const s = this.ctx.book.sheet(sheet);
      const r = rangeOf(addr);
      return s && r ? { sheet: s, range: r } : null;
    });
  }
  protected snapshot(): number {
    return this.put('content', this.ctx.book.notes.get(this.key) ?? null);
  }
}
