// Bytes on the wire between an add-in and Excel on the web, from the shape of Office.js's RichApi request:
// a JSON object of `Actions` and `ObjectPaths`. Every proxy object a batch reaches adds an object path
// (its parent, the method or property that makes it, the arguments) and an Instantiate action; a load adds a
// Query action naming the properties, and its answer carries them as JSON; a property set carries the value;
// a method call its arguments. Ids are written as 5-digit numbers, as they are in a batch of thousands of
// objects. The shapes follow the requests Office.js sends (visible in the browser's network panel in
// Excel on the web); the 5 MB limit they are held to is from "Resource limits and performance optimization
// for Office Add-ins" (learn.microsoft.com).

//
// What the operations of Cermat cost by these shapes (bytes of request unless said; measured by
// test/excel/host.test.ts against the JSON of the shapes):
//   a worksheet looked up (getItem)                       ~207, once per sheet and sync
//   a range (getRange)                                    ~200
//   a computed value written alone, sheet and range each  ~630 (what a per-cell write costs)
//   a run of computed cells written as one range          ~410 + 19 per cell (values and number formats)
//   a run of cells marked (fill colour, pattern, tint)    ~875
//   a note added                                          ~211 + its text
//   a note taken off (getItemOrNullObject + delete)       ~307
//   a cell's fill looked at before marking                ~724, and ~150 of response
//   a run of cells given its own fill back                ~960 at most
//   a band of ≤512 cells asked for its merged areas       ~534
//   a cell read (values, formulas, formats, types)        response ≈ 2 × its text + ~20
//   a text restored in a run                              ~13 + its text
const ID = 12345;

/** UTF-8 length of a string. */
export function utf8Length(s: string): number {
  if (typeof Buffer !== 'undefined') return Buffer.byteLength(s, 'utf8');
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 2; // a surrogate pair: 4 bytes for its 2 units
      i++;
    } else n += 2;
  }
  return n;
}

export const jsonBytes = (v: unknown): number => utf8Length(JSON.stringify(v ?? null));

export type PathKind = 'method' | 'property';

// The shapes, measured once: each size below is the fixed part of a shape plus its variable parts.
const ARGUMENTS = jsonBytes({ Arguments: [] }) - 2; // `{"Arguments":` and `}` around the JSON array
const argInfo = (args: unknown[]) => (args.length ? ARGUMENTS + jsonBytes(args) : 2);
const name = (s: string) => (/^[\w.]*$/.test(s) ? s.length + 2 : jsonBytes(s));
const PATH = jsonBytes({ [ID]: { Id: ID, ObjectPathType: 3, Name: '', ParentObjectPathId: ID, ArgumentInfo: {} } }) + 1 - 2 - 2;
const ACTION = jsonBytes({ Id: ID, ActionType: 1, Name: '', ObjectPathId: ID }) + 1 - 2;
const INSTANTIATE = ACTION + 2 + jsonBytes({ ArgumentInfo: {} }) - 1;

/** One entry of `ObjectPaths`, plus the Instantiate action that makes the object. */
export function pathBytes(_kind: PathKind, pathName: string, args: unknown[] = []): number {
  // A method path (ObjectPathType 3) and a property path (4) differ in one digit only: the same number of bytes.
  return PATH + name(pathName) + argInfo(args) + INSTANTIATE;
}

/** One entry of `Actions` (1 Instantiate, 2 Query, 3 Method, 4 SetProperty) with its extra fields' JSON bytes. */
function actionBytes(actionName: string, extra: number): number {
  return ACTION + name(actionName) + 1 + extra;
}

const QUERY = jsonBytes({ QueryInfo: { Select: [], Expand: [] } }) - 2 - 2;
const ARGUMENT_INFO = jsonBytes({ ArgumentInfo: {} }) - 2 - 2;
export const queryBytes = (props: string[]): number => actionBytes('', QUERY + jsonBytes(props));
export const setBytes = (prop: string, value: unknown): number => actionBytes(prop, ARGUMENT_INFO + ARGUMENTS + 2 + jsonBytes(value));
export const methodBytes = (method: string, args: unknown[]): number => actionBytes(method, ARGUMENT_INFO + argInfo(args));

/** One result in the response: `{"ActionId":…,"Value":…}`. */
export const resultBytes = (valueBytes: number): number => jsonBytes({ ActionId: ID, Value: null }) - 4 + valueBytes + 1;

/** `{"Actions":[],"ObjectPaths":{}}` and the response's `{"Results":[]}`. */
export const REQUEST_ENVELOPE = 32;
export const RESPONSE_ENVELOPE = 14;
