// The subset of the Excel JavaScript API the adapter uses, declared once. Both the real Office.js context
// (Excel.RequestContext, checked in host.ts) and the in-memory host (memory/context.ts, `implements`) satisfy it,
// so the compiler holds the stand-in to the API it imitates, without casts.

/** Anything whose properties are loaded before they are read. */
export interface Loadable {
  load(propertyNames: string): unknown;
}

export interface ExcelContext {
  readonly workbook: ExcelWorkbook;
  sync(): Promise<unknown>;
}

export interface ExcelWorkbook {
  readonly worksheets: ExcelWorksheets;
  /** Classic notes (ExcelApi 1.18). */
  readonly notes: ExcelNotes;
  /** Threaded comments (ExcelApi 1.10). */
  readonly comments: ExcelComments;
  /** Whether the workbook's structure is protected (ExcelApi 1.7): no sheet can be added or deleted then. */
  readonly protection: ExcelProtection;
  /** Excel's calculation settings (ExcelApi 1.1). */
  readonly application: ExcelApplication;
}

/** Excel.Application: `calculationMode` is `Automatic`, `AutomaticExceptTables` or `Manual` (ExcelApi 1.1). */
export interface ExcelApplication extends Loadable {
  readonly calculationMode: string;
}

export interface ExcelWorksheets extends Loadable {
  readonly items: ExcelWorksheet[];
  getItem(name: string): ExcelWorksheet;
  getActiveWorksheet(): ExcelWorksheet;
  getFirst(): ExcelWorksheet;
  /** A new sheet at the end, not activated (ExcelApi 1.1); Excel refuses a name in use or not allowed. */
  add(name?: string): ExcelWorksheet;
  /** By name or id (ExcelApi 1.4). */
  getItemOrNullObject(key: string): ExcelWorksheet;
}

export interface ExcelWorksheet extends Loadable {
  readonly isNullObject: boolean;
  readonly name: string;
  /** Stable across renames (ExcelApi 1.1); getItem takes it as well as the name. */
  readonly id: string;
  /** `Visible`, `Hidden` or `VeryHidden` (ExcelApi 1.1). */
  readonly visibility: string;
  readonly protection: ExcelProtection;
  getNextOrNullObject(): ExcelWorksheet;
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
  /** The range at `address`; the whole sheet without one (ExcelApi 1.1). */
  getRange(address?: string): ExcelRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): ExcelRange;
  activate(): void;
  /** Removes the sheet (ExcelApi 1.1): refused for the last visible sheet or a protected workbook structure. */
  delete(): void;
}

export interface ExcelProtection extends Loadable {
  readonly protected: boolean;
}

export interface ExcelRange extends Loadable {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly rowIndex: number;
  readonly columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly valueTypes: string[][];
  /** True when every cell has a spill border, false when none has, null when mixed (ExcelApi 1.12). */
  readonly hasSpill: boolean | null;
  readonly format: ExcelRangeFormat;
  /** A link in the range's top-left cell (ExcelApi 1.7); `textToDisplay` becomes the cell's text. */
  hyperlink: ExcelHyperlink;
  getMergedAreasOrNullObject(): ExcelRangeAreas;
  /** The conditional formats that intersect the range (ExcelApi 1.6). */
  readonly conditionalFormats: ExcelConditionalFormats;
  /** Each cell's look (ExcelApi 1.9): what a new capaian column copies from its left neighbour, and its own to undo. */
  getCellProperties(options: CellPropertiesLoad): ExcelClientResult<CellLook[][]>;
  setCellProperties(data: CellLook[][]): void;
  merge(across?: boolean): void;
  unmerge(): void;
  /** The formula cell a single spilled cell belongs to (ExcelApi 1.12). */
  getSpillParentOrNullObject(): ExcelRange;
  select(): void;
}

export interface ExcelRangeFormat extends Loadable {
  readonly fill: ExcelFill;
  /** Points; the width of the range's column(s). */
  columnWidth: number;
  /** Whether text wraps in the cells (ExcelApi 1.1). */
  wrapText: boolean;
  readonly font: ExcelFont;
}

/** Range.format.font, the part Cermat sets (ExcelApi 1.1). */
export interface ExcelFont extends Loadable {
  bold: boolean;
}

/** Excel.RangeHyperlink (ExcelApi 1.7): a URL (`address`) or a place in the workbook (`documentReference`). */
export interface ExcelHyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

/** A value an action returns (OfficeExtension.ClientResult), set when its sync succeeds. */
export interface ExcelClientResult<T> {
  readonly value: T;
}

/** One border of a cell (Excel.CellBorder). */
export interface CellBorderLook {
  style?: string;
  color?: string;
  weight?: string;
}

/** The part of a cell's look (Excel.CellProperties) a new column copies: borders, font, alignment, the header's fill. */
export interface CellLook {
  format?: {
    borders?: { top?: CellBorderLook; bottom?: CellBorderLook; left?: CellBorderLook; right?: CellBorderLook };
    font?: { name?: string; size?: number; color?: string; bold?: boolean; italic?: boolean; underline?: string };
    fill?: { color?: string; pattern?: string };
    horizontalAlignment?: string;
    verticalAlignment?: string;
    wrapText?: boolean;
  };
}

/** Which properties getCellProperties loads (Excel.CellPropertiesLoadOptions). */
export interface CellPropertiesLoad {
  format?: {
    borders?: { style?: boolean; color?: boolean; weight?: boolean };
    font?: { name?: boolean; size?: boolean; color?: boolean; bold?: boolean; italic?: boolean; underline?: boolean };
    fill?: { color?: boolean; pattern?: boolean };
    horizontalAlignment?: boolean;
    verticalAlignment?: boolean;
    wrapText?: boolean;
  };
}

export interface ExcelRangeAreas extends Loadable {
  readonly isNullObject: boolean;
  readonly areas: { readonly items: { readonly address: string }[] };
}

/** Range.conditionalFormats (Excel.ConditionalFormatCollection, ExcelApi 1.6). */
export interface ExcelConditionalFormats extends Loadable {
  readonly items: ExcelConditionalFormat[];
}

export interface ExcelConditionalFormat {
  /** The areas the format applies to, one or more (ExcelApi 1.9). */
  getRanges(): ExcelAreas;
}

/** A RangeAreas whose address is loaded: `Sheet1!E2:E9, Sheet1!G2` (ExcelApi 1.9). */
export interface ExcelAreas extends Loadable {
  readonly address: string;
}

export interface ExcelFill extends Loadable {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number | null;
  patternTintAndShade: number | null;
  clear(): void;
}

export interface ExcelNotes extends Loadable {
  readonly items: ExcelNote[];
  add(cellAddress: string, content: string): unknown;
  getItemOrNullObject(key: string): ExcelNote;
}

export interface ExcelNote {
  readonly isNullObject: boolean;
  delete(): void;
  getLocation(): ExcelRange;
}

export interface ExcelComments extends Loadable {
  readonly items: { getLocation(): ExcelRange }[];
}
