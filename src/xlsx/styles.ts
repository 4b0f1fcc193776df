// The styles part, patched by appending: new number formats, fills and cell formats (cellXfs) go after the
// existing ones, whose indexes never change, so every untouched cell keeps its look.
import { BUILTIN_FORMATS } from './read';
import { END, EOF, START, TRANSITIONAL, XmlScanner, escapeAttr, prefixAt } from './xml';

const MINIMAL_STYLES = (main: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<styleSheet xmlns="${main}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

interface Section {
  /** Offset of the section's start tag and of its end tag (or the self-closing tag's end). */
  start: number;
  startEnd: number;
  close: number;
  selfClosing: boolean;
  count: number;
}

export class StylesPatch {
  readonly created: boolean;
  private readonly xml: string;
  private readonly xfs: string[] = [];
  private readonly sections = new Map<string, Section>();
  private readonly customFormats = new Map<string, number>();
  private nextFormatId = 164;
  private readonly newFormats: string[] = [];
  private readonly newFills: string[] = [];
  /** The part's own fills, as written: a fill Cermat would append that is already there (a second run) is reused. */
  private readonly fills: string[] = [];
  private readonly fillIds = new Map<string, number>();
  private readonly newXfs: string[] = [];
  private readonly xfIds = new Map<string, number>();
  private readonly fonts: string[] = [];
  private readonly newFonts: string[] = [];
  private readonly fontIds = new Map<string, number>();

  /** @param main the namespace of a styles part made anew (the package has none): Transitional or Strict. */
  constructor(xml: string | undefined, main = TRANSITIONAL.main) {
    this.created = xml === undefined;
    this.xml = xml ?? MINIMAL_STYLES(main);
    const sc = new XmlScanner(this.xml);
    const open: string[] = [];
    for (let k = sc.next(); k !== EOF; k = sc.next()) {
      if (k === START) {
        const name = sc.name;
        if (open.length === 1 && (name === 'numFmts' || name === 'fonts' || name === 'fills' || name === 'cellXfs')) {
          const sec: Section = { start: sc.start, startEnd: sc.end, close: sc.end, selfClosing: sc.selfClosing, count: 0 };
          this.sections.set(name, sec);
        }
        const parent = open[open.length - 1];
        if (name === 'numFmt' && parent === 'numFmts') {
          const id = Number(sc.attr('numFmtId'));
          const code = sc.attr('formatCode');
          if (Number.isFinite(id)) {
            if (code !== undefined && !this.customFormats.has(code)) this.customFormats.set(code, id);
            if (id >= this.nextFormatId) this.nextFormatId = id + 1;
          }
          this.counted('numFmts');
        } else if (name === 'font' && parent === 'fonts') {
          const from = sc.start;
          sc.skipElement();
          this.fonts.push(this.xml.slice(from, sc.end));
          this.counted('fonts');
          continue;
        } else if (name === 'fill' && parent === 'fills') {
          const from = sc.start;
          sc.skipElement();
          this.fills.push(this.xml.slice(from, sc.end));
          this.counted('fills');
          continue;
        } else if (name === 'xf' && parent === 'cellXfs') {
          const from = sc.start;
          sc.skipElement();
          this.xfs.push(this.xml.slice(from, sc.end));
          this.counted('cellXfs');
          continue;
        }
        if (!sc.selfClosing) open.push(name);
      } else if (k === END) {
        open.pop();
        const sec = this.sections.get(sc.name);
        if (sec && open.length === 1 && !sec.selfClosing) sec.close = sc.start;
      }
    }
    if (!this.sections.has('cellXfs') || !this.sections.has('fills')) throw new Error('styles part without cellXfs or fills');
    if (this.xfs.length === 0) this.xfs.push('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  }

  /** One more entry in a section; an entry whose section's start tag is unreadable makes the part damaged. */
  private counted(section: string): void {
    const sec = this.sections.get(section);
    if (!sec) throw new Error(`styles part: <${section}> unreadable`);
    sec.count++;
  }

  /** The namespace prefix of a section's elements (`x:` in an OpenXML SDK part), the root's where it is absent. */
  private prefixOf(name: string): string {
    const sec = this.sections.get(name);
    if (sec) return prefixAt(this.xml, sec.start);
    const root = /<(?:\w+:)?styleSheet\b/.exec(this.xml);
    return root ? prefixAt(this.xml, root.index) : '';
  }

  private formatId(code: string): number {
    for (const [id, builtin] of Object.entries(BUILTIN_FORMATS)) if (builtin === code && Number(id) < 50 && builtin !== 'yyyy-mm-dd') return Number(id);
    let id = this.customFormats.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.customFormats.set(code, id);
      this.newFormats.push(`<${this.prefixOf('numFmts')}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    }
    return id;
  }

  private fillId(argb: string): number {
    let id = this.fillIds.get(argb);
    if (id === undefined) {
      // In the part's own prefix: an unprefixed `<fill>` in an `x:`-prefixed part is in no namespace (Excel repairs
      // the file, LibreOffice drops the fill).
      const p = this.prefixOf('fills');
      const fill = `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
      id = this.fills.indexOf(fill);
      if (id < 0) {
        id = this.fills.length + this.newFills.length;
        this.newFills.push(fill);
      }
      this.fillIds.set(argb, id);
    }
    return id;
  }

  /** The cellXfs index of `base` with the number format and/or solid fill changed (appended once per combination). */
  styleFor(base: number, format?: string, fill?: string): number {
    if (format === undefined && fill === undefined) return base;
    const b = base >= 0 && base < this.xfs.length ? base : 0;
    const key = `${b}|${format ?? ''}|${fill ?? ''}`;
    let id = this.xfIds.get(key);
    if (id !== undefined) return id;
    let xf = this.xfs[b];
    if (format !== undefined) xf = setAttrs(xf, { numFmtId: String(this.formatId(format)), applyNumberFormat: '1' });
    if (fill !== undefined) xf = setAttrs(xf, { fillId: String(this.fillId(fill)), applyFill: '1' });
    if (xf === this.xfs[b] && base === b) id = b;
    else {
      // The same format already in the part (appended by an earlier recalculation of this copy): reused, not added.
      const existing = this.xfs.indexOf(xf);
      if (existing >= 0) id = existing;
      else {
        id = this.xfs.length + this.newXfs.length;
        this.newXfs.push(xf);
      }
    }
    this.xfIds.set(key, id);
    return id;
  }

  /**
   * A font like the workbook's default one (fonts[0]) but bold, or underlined in hyperlink blue: appended once, its
   * index returned; 0 when the part has no fonts to copy (the text then keeps the default look).
   */
  fontLike(kind: 'bold' | 'link'): number {
    let id = this.fontIds.get(kind);
    if (id !== undefined) return id;
    const base = this.fonts[0];
    if (base === undefined || !this.sections.has('fonts')) return 0;
    const prefix = prefixAt(base);
    const open = base.endsWith('/>') ? base.replace(/\s*\/>$/, '>') : base.slice(0, base.indexOf('>') + 1);
    let inner = base.endsWith('/>') ? '' : base.slice(open.length, base.lastIndexOf('</'));
    const drop = (el: string) => (inner = inner.replace(new RegExp(`<${prefix}${el}(\\s[^>]*)?(/>|>[\\s\\S]*?</${prefix}${el}>)`, 'g'), ''));
    let added: string;
    if (kind === 'bold') {
      drop('b');
      added = `<${prefix}b/>`;
    } else {
      drop('u');
      drop('color');
      added = `<${prefix}u/><${prefix}color rgb="FF0563C1"/>`;
    }
    const font = `${open}${added}${inner}</${prefix}font>`;
    // The same font already in the part (appended by an earlier run on this copy, for its findings sheet): reused.
    const existing = this.fonts.indexOf(font);
    if (existing >= 0) id = existing;
    else {
      id = this.sections.get('fonts')!.count + this.newFonts.length;
      this.newFonts.push(font);
    }
    this.fontIds.set(kind, id);
    return id;
  }

  /**
   * A new cell format on the default one's number format, fill and border (0), with the given font and alignment,
   * appended once: its cellXfs index. Existing formats keep their indexes.
   */
  addXf(fontId: number, alignment: { vertical?: 'top' | 'center'; wrap?: boolean } = {}): number {
    const p = this.prefixOf('cellXfs');
    const align = [alignment.vertical ? ` vertical="${alignment.vertical}"` : '', alignment.wrap ? ' wrapText="1"' : ''].join('');
    const xf = `<${p}xf numFmtId="0" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${fontId !== 0 ? ' applyFont="1"' : ''}` +
      (align ? ` applyAlignment="1"><${p}alignment${align}/></${p}xf>` : '/>');
    let id = this.xfIds.get(xf);
    if (id === undefined) {
      // Already in the part (an earlier run's findings sheet on this copy): reused, not appended again.
      const existing = this.xfs.indexOf(xf);
      id = existing >= 0 ? existing : this.xfs.length + this.newXfs.length;
      if (existing < 0) this.newXfs.push(xf);
      this.xfIds.set(xf, id);
    }
    return id;
  }

  get changed(): boolean {
    return this.created || this.newXfs.length > 0;
  }

  /** The patched part: new entries appended before each section's end tag, counts updated. */
  toXml(): string {
    type Op = { at: number; to: number; text: string };
    const ops: Op[] = [];
    const append = (name: string, items: string[]) => {
      if (items.length === 0) return;
      const sec = this.sections.get(name);
      const prefix = this.prefixOf(name);
      if (!sec) {
        // No numFmts: it is the first child of styleSheet.
        const root = /<(\w+:)?styleSheet\b[^>]*>/.exec(this.xml)!;
        ops.push({ at: root.index + root[0].length, to: root.index + root[0].length, text: `<${prefix}${name} count="${items.length}">${items.join('')}</${prefix}${name}>` });
        return;
      }
      const tag = this.xml.slice(sec.start, sec.startEnd);
      const count = sec.count + items.length;
      if (sec.selfClosing) {
        ops.push({ at: sec.start, to: sec.startEnd, text: setAttrs(tag.replace(/\s*\/>$/, '>'), { count: String(count) }) + items.join('') + `</${prefix}${name}>` });
      } else {
        ops.push({ at: sec.start, to: sec.startEnd, text: setAttrs(tag, { count: String(count) }) });
        ops.push({ at: sec.close, to: sec.close, text: items.join('') });
      }
    };
    append('numFmts', this.newFormats);
    append('fonts', this.newFonts);
    append('fills', this.newFills);
    append('cellXfs', this.newXfs);
    ops.sort((a, b) => a.at - b.at);
    let out = '';
    let last = 0;
    for (const op of ops) {
      out += this.xml.slice(last, op.at) + op.text;
      last = op.to;
    }
    return out + this.xml.slice(last);
  }
}

/** Sets attributes on an element's start tag (the first tag in `element`), replacing existing values. */
export function setAttrs(element: string, attrs: Record<string, string>): string {
  const end = tagEnd(element);
  let tag = element.slice(0, end);
  const rest = element.slice(end);
  for (const [name, value] of Object.entries(attrs)) {
    const re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
    if (re.test(tag)) tag = tag.replace(re, `$1"${escapeAttr(value)}"`);
    else {
      const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
      tag = `${tag.slice(0, close).replace(/\s+$/, '')} ${name}="${escapeAttr(value)}"${tag.slice(close)}`;
    }
  }
  return tag + rest;
}

/** Index just past the first tag's closing '>' (quoted values may hold '>'). */
function tagEnd(s: string): number {
  let q = 1;
  while (q < s.length) {
    const c = s[q];
    if (c === '>') return q + 1;
    if (c === '"' || c === "'") q = s.indexOf(c, q + 1);
    q++;
  }
  return s.length;
}
