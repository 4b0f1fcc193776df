// A strict stand-in for the Excel JavaScript API subset Cermat uses (src/excel/api.ts): proxy objects whose
// properties must be loaded and synced before they are read, writes queued until sync, and, at sync, Excel's
// limits: the request and the response each under the payload limit (sized from the RichApi shapes in wire.ts),
// typed input coerced as Excel does (typing.ts), protected sheets refusing every write, at most 512 merged areas
// per getMergedAreasOrNullObject call, a cell holding a note or a threaded comment but not both, writes into a
// spill range breaking the spill, hidden sheets that cannot be activated. A failed sync applies the actions
// before the failing one and none after; loaded properties arrive only with a successful response.
import { a1, Range, Scalar } from '../../core/grid';
import {
  CellLook, CellPropertiesLoad, ExcelApplication, ExcelAreas, ExcelClientResult, ExcelConditionalFormat, ExcelConditionalFormats, ExcelContext, ExcelFill, ExcelNote, ExcelNotes, ExcelRange, ExcelRangeAreas, ExcelRangeFormat, ExcelWorkbook,
  ExcelWorksheet, ExcelWorksheets, ExcelComments, ExcelProtection, ExcelFont, ExcelHyperlink,
} from '../api';
import { addressSheet, splitAddress } from '../convert';
import { isSheetNameTaken, sheetNameProblem } from '../../core/sheet-name';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_LOOK, MemoryCell, MemoryFill, MemoryLook, MemorySheet, MemoryWorkbook, NO_FILL, rangeOf, valueTypeOf } from './model';
import { Locale, LOCALES, typeInput } from './typing';
import { jsonBytes, methodBytes, PathKind, pathBytes, queryBytes, REQUEST_ENVELOPE, RESPONSE_ENVELOPE, resultBytes, setBytes, utf8Length } from '../wire';

/** A range's sheet and area for a write: a range not found and a protected sheet are refused, as Excel does. */
function writable<T extends { sheet: MemorySheet }>(t: T | null | undefined): T {
  if (!t) throw new MemoryError('ItemNotFound', 'range not found');
  refuseProtected(t.sheet);
  return t;
}

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

/** Excel on the web: 5 MB per request and per response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Merged areas one getMergedAreasOrNullObject call may return. */
export const MERGE_AREA_LIMIT = 512;

export interface ContextOptions {
  payloadLimit?: number;
  mergeAreaLimit?: number;
  locale?: Locale;
  /** Called at the start of every sync: a fraction of the batch to run before failing, or null to run normally. */
  fault?: () => number | null;
  /** Whether the host has ExcelApi at this version: an API from a later set fails at sync with ApiNotFound. */
  supports?: (version: string) => boolean;
}

export class MemoryContext implements ExcelContext {
  syncs = 0;
  /** Per sync: bytes sent and received (Excel on the web refuses either above 5 MB). */
  readonly payloads: { request: number; response: number }[] = [];
  /** Every range write that ran: the property and the range's address (tests count ranges). */
  readonly writes: { prop: string; sheet: string; address: string }[] = [];
  readonly workbook: WorkbookProxy;
  readonly limit: number;
  readonly mergeAreaLimit: number;
  readonly locale: Locale;
  readonly supports?: (version: string) => boolean;
  private ops: Op[] = [];
  /** Loaded values of the sync in progress: they reach the proxies only with a successful response. */
  private staged: (() => void)[] = [];

  constructor(readonly book: MemoryWorkbook, private readonly options: ContextOptions = {}) {
    this.limit = options.payloadLimit ?? PAYLOAD_LIMIT;
    this.mergeAreaLimit = options.mergeAreaLimit ?? MERGE_AREA_LIMIT;
    this.locale = options.locale ?? LOCALES.id;
    this.supports = options.supports;
    this.workbook = new WorkbookProxy(this);
  }

  queue(op: Op): void {
    this.ops.push(op);
  }

  /** Queues the failure a host without ExcelApi `version` answers for `what`. */
  need(version: string, what: string): void {
    if (this.options.supports && !this.options.supports(version)) {
      this.ops.push({ requestBytes: 0, run: () => { throw new MemoryError('ApiNotFound', `${what} needs ExcelApi ${version}`); } });
    }
  }

  stage(f: () => void): void {
    this.staged.push(f);
  }

  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.ops;
    this.ops = [];
    this.staged = [];
    let request = REQUEST_ENVELOPE;
    for (const o of ops) request += o.requestBytes;
    if (request > this.limit) {
      this.payloads.push({ request, response: 0 });
      throw new MemoryError('RequestPayloadSizeLimitExceeded', `request of ${request} bytes exceeds the limit of ${this.limit}`);
    }
    const fault = this.options.fault?.() ?? null;
    const stop = fault === null ? ops.length : Math.floor(ops.length * fault);
    let response = RESPONSE_ENVELOPE;
    try {
      for (let i = 0; i < stop; i++) response += ops[i].run();
    } catch (e) {
      this.payloads.push({ request, response });
      throw e;
    }
    this.payloads.push({ request, response });
    if (fault !== null) throw new MemoryError('GeneralException', `injected failure after ${stop} of ${ops.length} actions`);
    if (response > this.limit) throw new MemoryError('ResponsePayloadSizeLimitExceeded', `response of ${response} bytes exceeds the limit of ${this.limit}`);
    for (const f of this.staged) f();
    this.staged = [];
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
  /**
   * The object's path and Instantiate action, sent with the batch that first reaches it; none for an item of a
   * loaded collection, which arrives with the collection's answer.
   */
  constructor(protected readonly ctx: MemoryContext, path: [PathKind, string, unknown[]?] | null) {
    if (path) ctx.queue({ requestBytes: pathBytes(path[0], path[1], path[2] ?? []), run: () => this.instantiate() });
  }

  /** Runs when the batch reaches the object: its null-ness, or an error for a missing item. */
  protected instantiate(): number {
    return resultBytes(2);
  }

  protected got<T>(prop: string): T {
    if (!this.data.has(prop)) throw notLoaded(prop);
    return this.data.get(prop) as T;
  }

  load(props?: string | string[] | { select?: string }): this {
    const list = propList(props);
    this.ctx.queue({ requestBytes: queryBytes(list), run: () => resultBytes(2 + this.snapshot(list)) });
    return this;
  }

  /** Stages the listed properties from the model; returns the bytes of their JSON. */
  protected abstract snapshot(props: string[]): number;

  protected put(prop: string, value: unknown): number {
    this.ctx.stage(() => this.data.set(prop, value));
    return utf8Length(prop) + 4 + jsonBytes(value);
  }

  /** Stages a value only this adapter reads back (no bytes of its own). */
  protected putNow(prop: string, value: unknown): void {
    this.ctx.stage(() => this.data.set(prop, value));
  }
}

function refuseProtected(sheet: MemorySheet): void {
  if (sheet.protected) throw new MemoryError('AccessDenied', `${sheet.name} is protected`);
}

function refuseStructure(book: MemoryWorkbook, what: string): void {
  if (book.structureProtected) throw new MemoryError('AccessDenied', `the workbook structure is protected: cannot ${what}`);
}

/** Workbook.protection (ExcelApi 1.7): whether the structure is protected. */
export class WorkbookProtectionProxy extends ClientObject implements ExcelProtection {
  constructor(ctx: MemoryContext) {
    super(ctx, ['property', 'Protection']);
  }
  get protected(): boolean {
    return this.got('protected');
  }
  protected snapshot(): number {
    return this.put('protected', this.ctx.book.structureProtected);
  }
}

/** Workbook.application (ExcelApi 1.1): the calculation mode. */
export class ApplicationProxy extends ClientObject implements ExcelApplication {
  constructor(ctx: MemoryContext) {
    super(ctx, ['property', 'Application']);
  }
  get calculationMode(): string {
    return this.got('calculationMode');
  }
  protected snapshot(): number {
    return this.put('calculationMode', this.ctx.book.calculationMode);
  }
}

export class WorkbookProxy implements ExcelWorkbook {
  private ap?: ApplicationProxy;
  get application(): ApplicationProxy {
    return (this.ap ??= new ApplicationProxy(this.ctx));
  }
  private wp?: WorkbookProtectionProxy;
  get protection(): WorkbookProtectionProxy {
    this.ctx.need('1.7', 'Workbook.protection');
    return (this.wp ??= new WorkbookProtectionProxy(this.ctx));
  }
  private ws?: WorksheetCollectionProxy;
  private n?: NoteCollectionProxy;
  private c?: CommentCollectionProxy;
  constructor(private readonly ctx: MemoryContext) {}
  get worksheets(): WorksheetCollectionProxy { return (this.ws ??= new WorksheetCollectionProxy(this.ctx)); }
  get notes(): NoteCollectionProxy {
    this.ctx.need('1.18', 'Workbook.notes');
    return (this.n ??= new NoteCollectionProxy(this.ctx));
  }
  get comments(): CommentCollectionProxy {
    this.ctx.need('1.10', 'Workbook.comments');
    return (this.c ??= new CommentCollectionProxy(this.ctx));
  }
}

export class WorksheetCollectionProxy extends ClientObject implements ExcelWorksheets {
  constructor(ctx: MemoryContext) {
    super(ctx, ['property', 'Worksheets']);
  }

  get items(): WorksheetProxy[] {
    return this.got('items');
  }

  protected snapshot(props: string[]): number {
    let n = 0;
    const items = this.ctx.book.sheets.map((s) => {
      const w = new WorksheetProxy(this.ctx, () => s, null);
      n += w.fill(props.map((p) => p.replace(/^items\//, ''))) + 4;
      return w;
    });
    this.putNow('items', items);
    return n + 10;
  }

  /** A sheet by name or by id, as Excel's getItem takes either. */
  private find(key: string): MemorySheet | undefined {
    return this.ctx.book.sheet(key) ?? this.ctx.book.sheets.find((s) => s.id === key);
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.find(name);
      if (!s) throw new MemoryError('ItemNotFound', `worksheet ${name} not found`);
      return s;
    }, ['GetItem', [name]]);
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.find(name) ?? null, ['GetItemOrNullObject', [name]]);
  }

  /** Like Excel: the new sheet goes last and is not activated; a name in use (any case) or not allowed is refused. */
  add(name?: string): WorksheetProxy {
    let made: MemorySheet | null = null;
    this.ctx.queue({
      requestBytes: pathBytes('method', 'Add', name === undefined ? [] : [name]),
      run: () => {
        const book = this.ctx.book;
        refuseStructure(book, 'add a sheet');
        let n = name;
        const names = book.sheets.map((s) => s.name);
        if (n === undefined) for (let i = book.sheets.length + 1; !n || isSheetNameTaken(n, names); i++) n = `Sheet${i}`;
        if (isSheetNameTaken(n, names)) throw new MemoryError('ItemAlreadyExists', `a sheet named ${n} already exists`);
        const problem = sheetNameProblem(n);
        if (problem) throw new MemoryError('InvalidArgument', problem);
        made = new MemorySheet(n);
        book.sheets.push(made);
        return resultBytes(2);
      },
    });
    return new WorksheetProxy(this.ctx, () => made, null);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.book.sheets[this.ctx.book.activeSheet] ?? null, ['GetActiveWorksheet', []]);
  }

  getFirst(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.book.sheets[0] ?? null, ['GetFirst', []]);
  }
}

export class WorksheetProxy extends ClientObject implements ExcelWorksheet {
  private p?: ProtectionProxy;
  /** @param made the method that makes this object, or null for an item of a loaded collection (no request). */
  constructor(ctx: MemoryContext, readonly resolve: () => MemorySheet | null, made: [string, unknown[]] | null) {
    super(ctx, made ? ['method', made[0], made[1]] : null);
    this.item = made === null;
  }
  private readonly item: boolean;

  protected override instantiate(): number {
    return resultBytes(this.put('isNullObject', this.resolve() === null));
  }

  get protection(): ProtectionProxy {
    return (this.p ??= new ProtectionProxy(this.ctx, this.resolve, !this.item));
  }

  get isNullObject(): boolean { return this.got('isNullObject'); }
  get name(): string { return this.got('name'); }
  get id(): string { return this.got('id'); }
  get visibility(): string { return this.got('visibility'); }

  /** Stages loaded properties from the model (used when a collection loads its items). */
  fill(props: string[]): number {
    const s = this.resolve();
    let n = this.put('isNullObject', s === null);
    if (!s) return n;
    const all = props.includes('*');
    if (all || props.includes('name')) n += this.put('name', s.name);
    if (all || props.includes('id')) n += this.put('id', s.id);
    if (all || props.includes('visibility')) n += this.put('visibility', s.visibility);
    if (all || props.some((p) => p.startsWith('protection'))) n += this.protection.fillFrom(s);
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
    }, ['GetNextOrNullObject', []]);
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const s = this.resolve();
      const r = s?.usedRange(valuesOnly);
      return s && r ? { sheet: s, range: r } : null;
    }, ['GetUsedRangeOrNullObject', [valuesOnly]]);
  }

  /** Without an address, the whole sheet (Worksheet.getRange, ExcelApi 1.1). */
  getRange(address?: string): RangeProxy {
    return address === undefined ? this.rangeAt(WHOLE_SHEET, ['GetRange', []]) : this.rangeAt(address, ['GetRange', [address]]);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return this.rangeAt(`${a1(row, col)}:${a1(row + rows - 1, col + cols - 1)}`, ['GetRangeByIndexes', [row, col, rows, cols]]);
  }

  private rangeAt(address: string, made: [string, unknown[]]): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const s = this.resolve();
      const r = rangeOf(address);
      if (!s) throw new MemoryError('ItemNotFound', 'worksheet not found');
      if (!r) throw new MemoryError('InvalidArgument', `bad address ${address}`);
      return { sheet: s, range: r };
    }, made);
  }

  activate(): void {
    this.ctx.queue({
      requestBytes: methodBytes('Activate', []),
      run: () => {
        const s = this.resolve();
        if (!s) throw new MemoryError('ItemNotFound', 'worksheet not found');
        if (s.visibility !== 'Visible') throw new MemoryError('InvalidOperation', `${s.name} is hidden and cannot be activated`);
        this.ctx.book.activeSheet = this.ctx.book.sheets.indexOf(s);
        return resultBytes(4);
      },
    });
  }

  /** Like Excel: refused for the last visible sheet and under a protected structure; the sheet's notes go with it. */
  delete(): void {
    this.ctx.queue({
      requestBytes: methodBytes('Delete', []),
      run: () => {
        const book = this.ctx.book;
        const s = this.resolve();
        if (!s) throw new MemoryError('ItemNotFound', 'worksheet not found');
        refuseStructure(book, 'delete a sheet');
        if (!book.sheets.some((x) => x !== s && x.visibility === 'Visible')) throw new MemoryError('InvalidOperation', 'a workbook must keep at least one visible sheet');
        const active = book.sheets[book.activeSheet];
        const i = book.sheets.indexOf(s);
        book.sheets.splice(i, 1);
        if (active === s) {
          // Excel shows the next visible sheet (or the one before the last).
          const next = book.sheets.slice(i).find((x) => x.visibility === 'Visible') ?? [...book.sheets].reverse().find((x) => x.visibility === 'Visible')!;
          book.activeSheet = book.sheets.indexOf(next);
        } else book.activeSheet = book.sheets.indexOf(active);
        for (const map of [book.notes, book.comments]) for (const k of [...map.keys()]) if (k.startsWith(`${s.name}!`)) map.delete(k);
        if (book.selection?.sheet === s.name) book.selection = null;
        return resultBytes(4);
      },
    });
  }
}

export class ProtectionProxy extends ClientObject implements ExcelProtection {
  constructor(ctx: MemoryContext, private readonly resolve: () => MemorySheet | null, requested: boolean) {
    super(ctx, requested ? ['property', 'Protection'] : null);
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

function shown(v: Scalar): unknown {
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  return v;
}

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
const WHOLE_SHEET = 'A1:XFD1048576';
const LAST_ROW = 1048575;

export class RangeProxy extends ClientObject implements ExcelRange {
  private f?: RangeFormatProxy;
  private cf?: ConditionalFormatCollectionProxy;
  constructor(ctx: MemoryContext, readonly resolve: () => Target | null, made: [string, unknown[]]) {
    super(ctx, ['method', made[0], made[1]]);
  }

  protected override instantiate(): number {
    return resultBytes(this.put('isNullObject', this.resolve() === null));
  }

  get format(): RangeFormatProxy {
    return (this.f ??= new RangeFormatProxy(this.ctx, this.resolve));
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return (this.cf ??= new ConditionalFormatCollectionProxy(this.ctx, this.resolve));
  }

  getCellProperties(options: CellPropertiesLoad): ExcelClientResult<CellLook[][]> {
    this.ctx.need('1.9', 'Range.getCellProperties');
    const result: { value?: CellLook[][] } = {};
    this.ctx.queue({
      requestBytes: methodBytes('GetCellProperties', [options]),
      run: () => {
        const t = this.resolve();
        if (!t) throw new MemoryError('ItemNotFound', 'range not found');
        const rows: CellLook[][] = [];
        for (let r = t.range.top; r <= t.range.bottom; r++) {
          const row: CellLook[] = [];
          for (let c = t.range.left; c <= t.range.right; c++) row.push(cellLook(t.sheet.cell(r, c), options));
          rows.push(row);
        }
        this.ctx.stage(() => (result.value = rows));
        return resultBytes(jsonBytes(rows));
      },
    });
    return {
      get value(): CellLook[][] {
        if (!result.value) throw notLoaded('value');
        return result.value;
      },
    };
  }

  setCellProperties(data: CellLook[][]): void {
    this.ctx.need('1.9', 'Range.setCellProperties');
    this.ctx.queue({
      requestBytes: methodBytes('SetCellProperties', [data]),
      run: () => {
        const t = writable(this.resolve());
        const rows = t.range.bottom - t.range.top + 1;
        const cols = t.range.right - t.range.left + 1;
        if (!Array.isArray(data) || data.length !== rows || data.some((r) => !Array.isArray(r) || r.length !== cols)) {
          throw new MemoryError('InvalidArgument', `cell properties must be ${rows}×${cols}`);
        }
        data.forEach((row, i) => row.forEach((p, j) => setLook(t.sheet.edit(t.range.top + i, t.range.left + j), p)));
        return 0;
      },
    });
  }

  /** Like Excel: the merged cell keeps the top-left value only; a merge overlapping another in part is refused. */
  merge(across = false): void {
    this.ctx.need('1.2', 'Range.merge');
    this.ctx.queue({
      requestBytes: methodBytes('Merge', [across]),
      run: () => {
        const t = writable(this.resolve());
        const r = t.range;
        const areas = across ? Array.from({ length: r.bottom - r.top + 1 }, (_, i) => ({ ...r, top: r.top + i, bottom: r.top + i })) : [{ ...r }];
        const inside = (m: Range, a: Range) => m.top >= a.top && m.bottom <= a.bottom && m.left >= a.left && m.right <= a.right;
        const meets = (m: Range, a: Range) => m.top <= a.bottom && m.bottom >= a.top && m.left <= a.right && m.right >= a.left;
        for (const a of areas) {
          if (t.sheet.merges.some((m) => meets(m, a) && !inside(m, a))) throw new MemoryError('InvalidOperation', 'cannot merge over part of a merged area');
          t.sheet.merges = t.sheet.merges.filter((m) => !inside(m, a));
          if (a.top === a.bottom && a.left === a.right) continue;
          for (let row = a.top; row <= a.bottom; row++) {
            for (let col = a.left; col <= a.right; col++) {
              if (row === a.top && col === a.left) continue;
              const c = t.sheet.cell(row, col);
              if (c) {
                c.value = null;
                delete c.formula;
              }
            }
          }
          t.sheet.merges.push(a);
        }
        return 0;
      },
    });
  }

  unmerge(): void {
    this.ctx.need('1.2', 'Range.unmerge');
    this.ctx.queue({
      requestBytes: methodBytes('Unmerge', []),
      run: () => {
        const t = writable(this.resolve());
        const r = t.range;
        t.sheet.merges = t.sheet.merges.filter((m) => !(m.top <= r.bottom && m.bottom >= r.top && m.left <= r.right && m.right >= r.left));
        return 0;
      },
    });
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
  get hasSpill(): boolean | null { return this.got('hasSpill'); }
  get hyperlink(): ExcelHyperlink { return this.got('hyperlink'); }

  /** Like Excel (ExcelApi 1.7): the link goes on the range; `textToDisplay` becomes the top-left cell's text, as is. */
  set hyperlink(v: ExcelHyperlink) {
    this.ctx.need('1.7', 'Range.hyperlink');
    this.ctx.queue({
      requestBytes: setBytes('hyperlink', v),
      run: () => {
        const t = writable(this.resolve());
        if (!v || typeof v !== 'object' || (!v.address && !v.documentReference)) throw new MemoryError('InvalidArgument', 'a hyperlink needs an address or a documentReference');
        for (let r = t.range.top; r <= t.range.bottom; r++) for (let c = t.range.left; c <= t.range.right; c++) t.sheet.edit(r, c).hyperlink = { ...v };
        if (v.textToDisplay !== undefined) {
          const cell = t.sheet.edit(t.range.top, t.range.left);
          breakSpill(t.sheet, t.range.top, t.range.left);
          cell.value = v.textToDisplay;
          delete cell.formula;
        }
        return 0;
      },
    });
  }

  set values(v: unknown[][]) { this.write('values', v); }
  set formulas(v: unknown[][]) { this.write('formulas', v); }
  set numberFormat(v: unknown[][]) { this.write('numberFormat', v); }

  protected snapshot(props: string[]): number {
    const t = this.resolve();
    if (!t) return this.put('isNullObject', true);
    const { sheet, range } = t;
    const all = props.includes('*');
    let n = 0;
    const grid = (f: (c: MemoryCell | undefined, row: number, col: number) => unknown) => {
      const out: unknown[][] = [];
      for (let r = range.top; r <= range.bottom; r++) {
        const row: unknown[] = [];
        for (let c = range.left; c <= range.right; c++) row.push(f(sheet.cell(r, c), r, c));
        out.push(row);
      }
      return out;
    };
    for (const p of all ? RANGE_PROPS : props) {
      switch (p) {
        case 'address': n += this.put(p, `${addressSheet(sheet.name)}!${a1(range.top, range.left)}${range.bottom === range.top && range.right === range.left ? '' : ':' + a1(range.bottom, range.right)}`); break;
        case 'rowCount': n += this.put(p, range.bottom - range.top + 1); break;
        case 'columnCount': n += this.put(p, range.right - range.left + 1); break;
        case 'rowIndex': n += this.put(p, range.top); break;
        case 'columnIndex': n += this.put(p, range.left); break;
        case 'values': n += this.put(p, grid((c) => shown(c?.value ?? null))); break;
        case 'formulas': n += this.put(p, grid((c) => (c?.formula ? '=' + c.formula : shown(c?.value ?? null)))); break;
        case 'numberFormat': n += this.put(p, grid((c) => c?.numberFormat ?? 'General')); break;
        case 'valueTypes': n += this.put(p, grid((c) => valueTypeOf(c?.value ?? null))); break;
        case 'hyperlink': {
          this.ctx.need('1.7', 'Range.hyperlink');
          const h = sheet.cell(range.top, range.left)?.hyperlink;
          n += this.put(p, h ? { ...h } : {});
          break;
        }
        case 'hasSpill': {
          if (this.ctx.supports && !this.ctx.supports('1.12')) throw new MemoryError('ApiNotFound', 'Range.hasSpill needs ExcelApi 1.12');
          let inside = 0;
          let cells = 0;
          grid((_, r, c) => {
            cells++;
            if (sheet.spillAt(r, c)) inside++;
          });
          n += this.put(p, inside === 0 ? false : inside === cells ? true : null);
          break;
        }
        default: throw new MemoryError('InvalidArgument', `unknown range property ${p}`);
      }
    }
    return n;
  }

  private write(prop: 'values' | 'formulas' | 'numberFormat', v: unknown[][]): void {
    this.ctx.queue({
      requestBytes: setBytes(prop, v),
      run: () => {
        const t = writable(this.resolve());
        const rows = t.range.bottom - t.range.top + 1;
        const cols = t.range.right - t.range.left + 1;
        if (!Array.isArray(v) || v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols)) {
          throw new MemoryError('InvalidArgument', `${prop} must be ${rows}×${cols}`);
        }
        this.ctx.writes.push({ prop, sheet: t.sheet.name, address: `${a1(t.range.top, t.range.left)}:${a1(t.range.bottom, t.range.right)}` });
        v.forEach((row, i) => row.forEach((x, j) => {
          const r = t.range.top + i;
          const c = t.range.left + j;
          const cell = t.sheet.edit(r, c);
          if (prop === 'numberFormat') {
            cell.numberFormat = String(x);
            return;
          }
          breakSpill(t.sheet, r, c);
          const typed = typeInput(x, this.ctx.locale, cell.numberFormat);
          cell.value = typed.value;
          if (typed.formula !== undefined) cell.formula = typed.formula;
          else delete cell.formula;
          if (typed.format && cell.numberFormat === 'General') cell.numberFormat = typed.format;
        }));
        return 0;
      },
    });
  }

  /** More than 512 merged areas in the range make this fail (Excel.Range reference, ExcelApi 1.13). */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    this.ctx.need('1.13', 'Range.getMergedAreasOrNullObject');
    return new RangeAreasProxy(this.ctx, this.resolve);
  }

  getSpillParentOrNullObject(): RangeProxy {
    this.ctx.need('1.12', 'Range.getSpillParentOrNullObject');
    return new RangeProxy(this.ctx, () => {
      const t = this.resolve();
      if (!t) return null;
      // Like Excel: a null object for more than one cell, as for a cell that is not spilled.
      if (t.range.top !== t.range.bottom || t.range.left !== t.range.right) return null;
      const s = t.sheet.spillAt(t.range.top, t.range.left);
      return s ? { sheet: t.sheet, range: { top: s.top, left: s.left, bottom: s.top, right: s.left } } : null;
    }, ['GetSpillParentOrNullObject', []]);
  }

  select(): void {
    this.ctx.queue({
      requestBytes: methodBytes('Select', []),
      run: () => {
        const t = this.resolve();
        if (t) {
          if (t.sheet.visibility !== 'Visible') throw new MemoryError('InvalidOperation', `${t.sheet.name} is hidden`);
          this.ctx.book.activeSheet = this.ctx.book.sheets.indexOf(t.sheet);
          this.ctx.book.selection = { sheet: t.sheet.name, address: `${a1(t.range.top, t.range.left)}` };
        }
        return resultBytes(4);
      },
    });
  }
}

/** A value typed into a spilled cell other than the formula's own blocks the spill: the formula shows #SPILL!. */
function breakSpill(sheet: MemorySheet, row: number, col: number): void {
  const s = sheet.spillAt(row, col);
  if (!s) return;
  sheet.spills = sheet.spills.filter((x) => x !== s);
  for (let r = s.top; r <= s.bottom; r++) {
    for (let c = s.left; c <= s.right; c++) {
      if ((r === row && c === col) || (r === s.top && c === s.left)) continue;
      const cell = sheet.cell(r, c);
      if (cell) cell.value = null;
    }
  }
  if (row !== s.top || col !== s.left) sheet.edit(s.top, s.left).value = { error: '#SPILL!' };
}

/** A cell's look as getCellProperties gives it, limited to the properties asked for. */
function cellLook(cell: MemoryCell | undefined, options: CellPropertiesLoad): CellLook {
  const look = cell?.look ?? DEFAULT_LOOK();
  const fill = cell?.fill ?? NO_FILL();
  const f = options.format ?? {};
  const format: NonNullable<CellLook['format']> = {};
  if (f.borders) {
    const pick = (b: MemoryLook['borders']['top']) => ({
      ...(f.borders!.style ? { style: b.style } : {}), ...(f.borders!.color ? { color: b.color } : {}), ...(f.borders!.weight ? { weight: b.weight } : {}),
    });
    format.borders = { top: pick(look.borders.top), bottom: pick(look.borders.bottom), left: pick(look.borders.left), right: pick(look.borders.right) };
  }
  if (f.font) {
    const font: Record<string, unknown> = {};
    for (const k of Object.keys(f.font) as (keyof MemoryLook['font'])[]) if (f.font[k]) font[k] = look.font[k];
    format.font = font;
  }
  if (f.fill) format.fill = { ...(f.fill.color ? { color: fill.pattern === 'None' ? '#FFFFFF' : fill.color } : {}), ...(f.fill.pattern ? { pattern: fill.pattern } : {}) };
  if (f.horizontalAlignment) format.horizontalAlignment = look.horizontalAlignment;
  if (f.verticalAlignment) format.verticalAlignment = look.verticalAlignment;
  if (f.wrapText) format.wrapText = look.wrapText;
  return { format };
}

/** Sets the given parts of a cell's look (setCellProperties leaves the rest as it is). */
function setLook(cell: MemoryCell, p: CellLook): void {
  const f = p.format;
  if (!f) return;
  const look: MemoryLook = JSON.parse(JSON.stringify(cell.look ?? DEFAULT_LOOK()));
  for (const side of ['top', 'bottom', 'left', 'right'] as const) {
    const b = f.borders?.[side];
    if (b) look.borders[side] = { ...look.borders[side], ...b } as MemoryLook['borders']['top'];
  }
  if (f.font) look.font = { ...look.font, ...f.font } as MemoryLook['font'];
  if (f.horizontalAlignment !== undefined) look.horizontalAlignment = f.horizontalAlignment;
  if (f.verticalAlignment !== undefined) look.verticalAlignment = f.verticalAlignment;
  if (f.wrapText !== undefined) look.wrapText = f.wrapText;
  cell.look = look;
  if (f.fill) {
    if (f.fill.pattern === 'None') cell.fill = NO_FILL();
    else {
      if (f.fill.color !== undefined) cell.fill = { ...cell.fill, color: f.fill.color.toUpperCase(), pattern: cell.fill.pattern === 'None' ? 'Solid' : cell.fill.pattern };
      if (f.fill.pattern !== undefined) cell.fill = { ...cell.fill, pattern: f.fill.pattern };
    }
  }
}

/** Range.format: the fill and the column width (points; null when the range's columns differ). */
export class RangeFormatProxy extends ClientObject implements ExcelRangeFormat {
  private fp?: FillProxy;
  constructor(ctx: MemoryContext, private readonly resolve: () => Target | null) {
    super(ctx, ['property', 'Format']);
  }
  get fill(): FillProxy {
    return (this.fp ??= new FillProxy(this.ctx, this.resolve));
  }
  private fo?: FontProxy;
  get font(): FontProxy {
    return (this.fo ??= new FontProxy(this.ctx, this.resolve));
  }
  get wrapText(): boolean { return this.got('wrapText'); }
  set wrapText(v: boolean) {
    this.ctx.queue({ requestBytes: setBytes('wrapText', v), run: () => editLooks(this.resolve(), (l) => (l.wrapText = v)) });
  }
  get columnWidth(): number { return this.got('columnWidth'); }
  set columnWidth(v: number) {
    this.ctx.queue({
      requestBytes: setBytes('columnWidth', v),
      run: () => {
        const t = writable(this.resolve());
        for (let c = t.range.left; c <= t.range.right; c++) t.sheet.columnWidths.set(c, v);
        return 0;
      },
    });
  }
  protected snapshot(props: string[]): number {
    const t = this.resolve();
    if (!t) return 0;
    let n = 0;
    if (props.includes('*') || props.includes('columnWidth')) {
      const widths = new Set<number>();
      for (let c = t.range.left; c <= t.range.right; c++) widths.add(t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
      n += this.put('columnWidth', widths.size === 1 ? [...widths][0] : null);
    }
    if (props.includes('*') || props.includes('wrapText')) {
      const wraps = new Set<boolean>();
      for (let r = t.range.top; r <= t.range.bottom; r++) for (let c = t.range.left; c <= t.range.right; c++) wraps.add((t.sheet.cell(r, c)?.look ?? DEFAULT_LOOK()).wrapText);
      n += this.put('wrapText', wraps.size === 1 ? [...wraps][0] : null);
    }
    return n;
  }
}

/** Changes the look of every cell of a range (a protected sheet refuses). */
function editLooks(t: Target | null, f: (look: MemoryLook) => void): number {
  if (!t) throw new MemoryError('ItemNotFound', 'range not found');
  refuseProtected(t.sheet);
  for (let r = t.range.top; r <= t.range.bottom; r++) {
    for (let c = t.range.left; c <= t.range.right; c++) {
      const cell = t.sheet.edit(r, c);
      const look = cell.look ?? DEFAULT_LOOK();
      f(look);
      cell.look = look;
    }
  }
  return 0;
}

/** Range.format.font: bold (ExcelApi 1.1). */
export class FontProxy extends ClientObject implements ExcelFont {
  constructor(ctx: MemoryContext, private readonly resolve: () => Target | null) {
    super(ctx, ['property', 'Font']);
  }
  get bold(): boolean { return this.got('bold'); }
  set bold(v: boolean) {
    this.ctx.queue({ requestBytes: setBytes('bold', v), run: () => editLooks(this.resolve(), (l) => (l.font.bold = v)) });
  }
  protected snapshot(props: string[]): number {
    const t = this.resolve();
    if (!t || (!props.includes('*') && !props.includes('bold'))) return 0;
    const values = new Set<boolean>();
    for (let r = t.range.top; r <= t.range.bottom; r++) for (let c = t.range.left; c <= t.range.right; c++) values.add((t.sheet.cell(r, c)?.look ?? DEFAULT_LOOK()).font.bold);
    return this.put('bold', values.size === 1 ? [...values][0] : null);
  }
}

type FillProp = keyof MemoryFill;

export class FillProxy extends ClientObject implements ExcelFill {
  constructor(ctx: MemoryContext, private readonly resolve: () => Target | null) {
    super(ctx, ['property', 'Fill']);
  }
  get color(): string { return this.got('color'); }
  get pattern(): string { return this.got('pattern'); }
  get patternColor(): string { return this.got('patternColor'); }
  get tintAndShade(): number | null { return this.got('tintAndShade'); }
  get patternTintAndShade(): number | null { return this.got('patternTintAndShade'); }
  set color(v: string) {
    this.each('color', v, (f) => {
      f.color = v.toUpperCase();
      if (f.pattern === 'None') f.pattern = 'Solid';
    });
  }
  set pattern(v: string) { this.each('pattern', v, (f) => (f.pattern = v)); }
  set patternColor(v: string) { this.each('patternColor', v, (f) => (f.patternColor = v.toUpperCase())); }
  set tintAndShade(v: number | null) { this.each('tintAndShade', v, (f) => (f.tintAndShade = v ?? 0)); }
  set patternTintAndShade(v: number | null) { this.each('patternTintAndShade', v, (f) => (f.patternTintAndShade = v ?? 0)); }
  clear(): void {
    this.ctx.queue({ requestBytes: methodBytes('Clear', []), run: () => this.apply((c) => (c.fill = NO_FILL())) });
  }

  private each(prop: FillProp, v: unknown, f: (fill: MemoryFill) => void): void {
    if (prop !== 'color' && prop !== 'pattern') this.ctx.need('1.9', `RangeFill.${prop}`);
    this.ctx.queue({ requestBytes: setBytes(prop, v), run: () => this.apply((c) => f(c.fill)) });
  }

  private apply(f: (c: MemoryCell) => void): number {
    const t = writable(this.resolve());
    for (let r = t.range.top; r <= t.range.bottom; r++) for (let c = t.range.left; c <= t.range.right; c++) f(t.sheet.edit(r, c));
    return 0;
  }

  override load(props?: string | string[] | { select?: string }): this {
    const list = typeof props === 'string' ? props.split(',').map((p) => p.trim()) : [];
    if (list.some((p) => p !== 'color' && p !== 'pattern')) this.ctx.need('1.9', 'RangeFill.patternColor/tintAndShade');
    return super.load(props);
  }

  protected snapshot(props: string[]): number {
    const t = this.resolve();
    if (!t) return 0;
    let n = 0;
    const keys: FillProp[] = ['color', 'pattern', 'patternColor', 'tintAndShade', 'patternTintAndShade'];
    for (const k of keys) {
      if (!props.includes('*') && !props.includes(k)) continue;
      // Like Excel: the range's value when every cell agrees, null when they differ.
      let value: unknown;
      let first = true;
      for (let r = t.range.top; r <= t.range.bottom && value !== null; r++) {
        for (let c = t.range.left; c <= t.range.right; c++) {
          const v = (t.sheet.cell(r, c)?.fill ?? NO_FILL())[k];
          if (first) {
            value = v;
            first = false;
          } else if (v !== value) {
            value = null;
            break;
          }
        }
      }
      n += this.put(k, value);
    }
    return n;
  }
}

export class RangeAreasProxy extends ClientObject implements ExcelRangeAreas {
  constructor(ctx: MemoryContext, private readonly resolve: () => Target | null) {
    super(ctx, ['method', 'GetMergedAreasOrNullObject']);
  }

  protected override instantiate(): number {
    const found = this.merged();
    if (found.length > this.ctx.mergeAreaLimit) throw new MemoryError('InvalidOperation', `${found.length} merged areas exceed the limit of ${this.ctx.mergeAreaLimit} per call`);
    return resultBytes(this.put('isNullObject', found.length === 0));
  }

  get isNullObject(): boolean { return this.got('isNullObject'); }
  get areas(): { items: { address: string }[] } { return { items: this.got('areas') }; }

  /** Like Excel: the merged areas whose top-left cell lies in the range (OfficeDev/office-js#3611). */
  private merged(): Range[] {
    const t = this.resolve();
    if (!t) return [];
    const r = t.range;
    return t.sheet.merges.filter((m) => m.top >= r.top && m.top <= r.bottom && m.left >= r.left && m.left <= r.right);
  }

  protected snapshot(): number {
    const t = this.resolve();
    const items = this.merged().map((m) => ({ address: `${addressSheet(t!.sheet.name)}!${a1(m.top, m.left)}:${a1(m.bottom, m.right)}` }));
    return this.put('areas', items);
  }
}

const overlaps = (a: Range, b: Range) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** Range.conditionalFormats (ExcelApi 1.6): the formats any of whose areas intersect the range. */
export class ConditionalFormatCollectionProxy extends ClientObject implements ExcelConditionalFormats {
  constructor(ctx: MemoryContext, private readonly resolve: () => Target | null) {
    super(ctx, ['property', 'ConditionalFormats']);
    ctx.need('1.6', 'Range.conditionalFormats');
  }

  get items(): ConditionalFormatProxy[] {
    return this.got('items');
  }

  protected snapshot(props: string[]): number {
    const t = this.resolve();
    if (!t) throw new MemoryError('ItemNotFound', 'range not found');
    const found = t.sheet.conditionalFormats.filter((areas) => areas.some((a) => overlaps(a, t.range)));
    this.putNow('items', found.map((areas) => new ConditionalFormatProxy(this.ctx, t.sheet, areas)));
    // An item's scalar properties (id, priority, stopIfTrue, type) are about 110 bytes; its id alone about 50.
    const all = props.includes('*') || props.includes('items');
    return found.length * (all ? 110 : 50) + 10;
  }
}

export class ConditionalFormatProxy implements ExcelConditionalFormat {
  constructor(private readonly ctx: MemoryContext, private readonly sheet: MemorySheet, private readonly areas: Range[]) {}

  /** ExcelApi 1.9. */
  getRanges(): ConditionalAreasProxy {
    this.ctx.need('1.9', 'ConditionalFormat.getRanges');
    return new ConditionalAreasProxy(this.ctx, this.sheet, this.areas);
  }
}

/** A conditional format's RangeAreas: its address lists every area with the sheet's name, a whole column as `E:E`. */
export class ConditionalAreasProxy extends ClientObject implements ExcelAreas {
  constructor(ctx: MemoryContext, private readonly sheet: MemorySheet, private readonly areas: Range[]) {
    super(ctx, ['method', 'GetRanges']);
  }

  get address(): string { return this.got('address'); }

  protected snapshot(): number {
    const name = addressSheet(this.sheet.name);
    const text = (r: Range) => {
      if (r.top === 0 && r.bottom >= LAST_ROW) return `${name}!${a1(0, r.left).replace(/\d+$/, '')}:${a1(0, r.right).replace(/\d+$/, '')}`;
      return r.top === r.bottom && r.left === r.right ? `${name}!${a1(r.top, r.left)}` : `${name}!${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
    };
    return this.put('address', this.areas.map(text).join(', '));
  }
}

function cellOf(book: MemoryWorkbook, cellAddress: string): { sheet: MemorySheet; key: string } {
  const [name, addr] = splitAddress(cellAddress);
  const sheet = book.sheet(name);
  if (!sheet) throw new MemoryError('ItemNotFound', `worksheet ${name} not found`);
  return { sheet, key: book.noteKey(name, addr) };
}

export class NoteCollectionProxy extends ClientObject implements ExcelNotes {
  constructor(ctx: MemoryContext) {
    super(ctx, ['property', 'Notes']);
  }

  add(cellAddress: string, content: string): void {
    this.ctx.queue({
      requestBytes: pathBytes('method', 'Add', [cellAddress, content]),
      run: () => {
        const { sheet, key } = cellOf(this.ctx.book, cellAddress);
        refuseProtected(sheet);
        if (this.ctx.book.comments.has(key)) throw new MemoryError('InvalidOperation', `${key} has a threaded comment`);
        if (this.ctx.book.notes.has(key)) throw new MemoryError('InvalidArgument', `${key} already has a note`);
        this.ctx.book.notes.set(key, content);
        return resultBytes(2);
      },
    });
  }

  getItemOrNullObject(cellAddress: string): NoteProxy {
    const [sheet, addr] = splitAddress(cellAddress);
    return new NoteProxy(this.ctx, this.ctx.book.noteKey(sheet, addr), ['GetItemOrNullObject', [cellAddress]]);
  }

  get items(): NoteProxy[] {
    return this.got('items');
  }

  protected snapshot(props: string[]): number {
    const keys = [...this.ctx.book.notes.keys()];
    this.putNow('items', keys.map((k) => new NoteProxy(this.ctx, k, null)));
    const all = props.includes('*') || props.includes('items');
    return keys.reduce((n, k) => n + (all ? 80 + jsonBytes(this.ctx.book.notes.get(k)) : 40), 10);
  }
}

export class NoteProxy extends ClientObject implements ExcelNote {
  constructor(ctx: MemoryContext, private readonly key: string, made: [string, unknown[]] | null) {
    super(ctx, made ? ['method', made[0], made[1]] : null);
  }
  protected override instantiate(): number {
    return resultBytes(this.put('isNullObject', !this.ctx.book.notes.has(this.key)));
  }
  get isNullObject(): boolean { return this.got('isNullObject'); }
  get content(): string { return this.got('content'); }
  delete(): void {
    this.ctx.queue({
      requestBytes: methodBytes('Delete', []),
      run: () => {
        if (!this.ctx.book.notes.has(this.key)) return resultBytes(4);
        refuseProtected(cellOf(this.ctx.book, this.key).sheet);
        this.ctx.book.notes.delete(this.key);
        return resultBytes(4);
      },
    });
  }
  getLocation(): RangeProxy {
    return locationOf(this.ctx, this.key);
  }
  protected snapshot(): number {
    return this.put('content', this.ctx.book.notes.get(this.key) ?? null);
  }
}

function locationOf(ctx: MemoryContext, key: string): RangeProxy {
  const [sheet, addr] = splitAddress(key);
  return new RangeProxy(ctx, () => {
    const s = ctx.book.sheet(sheet);
    const r = rangeOf(addr);
    return s && r ? { sheet: s, range: r } : null;
  }, ['GetLocation', []]);
}

export class CommentCollectionProxy extends ClientObject implements ExcelComments {
  constructor(ctx: MemoryContext) {
    super(ctx, ['property', 'Comments']);
  }
  get items(): { getLocation(): ExcelRange }[] {
    return this.got('items');
  }
  protected snapshot(props: string[]): number {
    const keys = [...this.ctx.book.comments.keys()];
    this.putNow('items', keys.map((k) => ({ getLocation: () => locationOf(this.ctx, k) })));
    // An id is ~40 bytes; loading every property brings the content, the author and the dates too.
    const all = props.includes('*') || props.includes('items');
    return keys.reduce((n, k) => n + (all ? 160 + jsonBytes(this.ctx.book.comments.get(k)) : 50), 10);
  }
}
