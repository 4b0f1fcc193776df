// Bytes on the wire between an add-in and Excel on the web, from the shape of Office.js's RichApi request:
// a JSON object of `Actions` and `ObjectPaths`. Every proxy object a batch reaches adds an object path
// (its parent, the method or property that makes it, the arguments) and an Instantiate action; a load adds a
// Query action naming the properties, and its answer carries them as JSON; a property set carries the value;
// a method call its arguments. Ids are written as 5-digit numbers, as they are in a batch of thousands of
// objects. The shapes follow the requests Office.js sends (visible in the browser's network panel in
// Excel on the web); the 5 MB limit they are held to is from "Resource limits and performance optimization
// for Office Add-ins" (learn.microsoft.com).

const ID = 12345;

/** UTF-8 length of a string. */
export function utf8Length(s: string): number {
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

/** One entry of `ObjectPaths`, plus the Instantiate action that makes the object. */
export function pathBytes(kind: PathKind, name: string, args: unknown[] = []): number {
  const path = { Id: ID, ObjectPathType: kind === 'method' ? 3 : 4, Name: name, ParentObjectPathId: ID, ArgumentInfo: args.length ? { Arguments: args } : {} };
  return jsonBytes({ [ID]: path }) + 1 + actionBytes(1, '', { ArgumentInfo: {} });
}

/** One entry of `Actions` (1 Instantiate, 2 Query, 3 Method, 4 SetProperty). */
export function actionBytes(type: 1 | 2 | 3 | 4, name: string, extra: Record<string, unknown>): number {
  return jsonBytes({ Id: ID, ActionType: type, Name: name, ObjectPathId: ID, ...extra }) + 1;
}

export const queryBytes = (props: string[]): number => actionBytes(2, '', { QueryInfo: { Select: props, Expand: [] } });
export const setBytes = (prop: string, value: unknown): number => actionBytes(4, prop, { ArgumentInfo: { Arguments: [value] } });
export const methodBytes = (name: string, args: unknown[]): number => actionBytes(3, name, { ArgumentInfo: { Arguments: args } });

/** One result in the response: `{"ActionId":…,"Value":…}`. */
export const resultBytes = (valueBytes: number): number => jsonBytes({ ActionId: ID, Value: null }) - 4 + valueBytes + 1;

/** `{"Actions":[],"ObjectPaths":{}}` and the response's `{"Results":[]}`. */
export const REQUEST_ENVELOPE = 32;
export const RESPONSE_ENVELOPE = 14;
