// A part's relationships (OPC `_rels/*.rels`), added to: one way to pick a free id and to append, for every part the
// writer adds (notes and their drawing, the findings sheet, a styles part). Ids are read by parsing the part, so an
// `Id='rId1'` in single quotes is seen as taken as well as `Id="rId1"`.
import { relationships } from './read';
import { escapeAttr } from './xml';

const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** The first `rId<n>` neither the part (when there is one) nor `taken` (ids handed out but not yet written) uses. */
export function freeRelId(relsXml: string | undefined, source: string, taken: readonly string[] = []): string {
  const used = new Set([...(relsXml ? relationships(relsXml, source).map((r) => r.id) : []), ...taken]);
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** One relationship element; its target is relative to the source part. */
export function relationshipXml(id: string, type: string, target: string): string {
  return `<Relationship Id="${escapeAttr(id)}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`;
}

/** The part with the elements appended before its end tag; a new part when there was none. */
export function appendRelationships(relsXml: string | undefined, elements: readonly string[]): string {
  return (relsXml ?? EMPTY_RELS).replace(/<\/(\w+:)?Relationships>\s*$/, (end) => elements.join('') + end);
}
