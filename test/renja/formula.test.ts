import { toR1C1, fromR1C1 } from '../../src/core/formula/r1c1';
import { aggregationOf, referencesOf, shapeOf, typedConstants } from '../../src/core/formula/analyse';
import { parseA1 } from '../../src/core/grid';

const at = (a: string) => parseA1(a)!;

describe('toR1C1', () => {
  it.each([
    ['P15+R15+T15+V15', 'X15', 'RC[-8]+RC[-6]+RC[-4]+RC[-2]'],
    ['X12/N12*100', 'Z12', 'RC[-2]/RC[-12]*100'],
    ['SUM(K13:K15)', 'K12', 'SUM(R[1]C:R[3]C)'],
    ['$A$1+A1', 'B2', 'R1C1+R[-1]C[-1]'],
    ['$A1+A$1', 'B2', 'R[-1]C1+R1C[-1]'],
    ["'Renja TW I'!K9+Sheet2!B3", 'K9', "'Renja TW I'!RC+Sheet2!R[-6]C[-9]"],
    ['IF(A1="B2",B2,0)', 'C3', 'IF(R[-2]C[-2]="B2",R[-1]C[-1],0)'],
    ['SUM(A:A)', 'B1', 'SUM(C[-1]:C[-1])'],
    ['LOG10(A1)', 'A2', 'LOG10(R[-1]C)'],
  ])('%s from %s → %s', (formula, cell, expected) => {
    const { row, col } = at(cell);
    expect(toR1C1(formula, row, col)).toBe(expected);
  });

  it.each([
    ['P15+R15+T15+V15', 'X15'],
    ['SUM(K13:K15)', 'K12'],
    ['$A$1+A1*ROUND(B7,2)', 'C9'],
    ['IF(A1="RC",COUNT(B2:B4),0)', 'D4'],
  ])('round-trips %s at %s', (formula, cell) => {
    const { row, col } = at(cell);
    expect(fromR1C1(toR1C1(formula, row, col), row, col)).toBe(formula);
  });

  it('gives the same shape to the same formula on another row', () => {
    expect(toR1C1('P15+R15+T15+V15', 14, 23)).toBe(toR1C1('P16+R16+T16+V16', 15, 23));
    expect(toR1C1('P15+R15+T15', 14, 23)).not.toBe(toR1C1('P16+R16+T16+V16', 15, 23));
  });
});

describe('referencesOf', () => {
  it('lists cells and ranges, skipping strings', () => {
    const refs = referencesOf('SUM(K13:K15)+"A1"+Sheet2!B2');
    expect(refs.map((r) => r.text)).toEqual(['K13:K15', 'Sheet2!B2']);
    expect(refs[0].range).toEqual({ top: 12, left: 10, bottom: 14, right: 10 });
    expect(refs[1].sheet).toBe('Sheet2');
  });
});

describe('aggregationOf', () => {
  const rows = (f: string) => aggregationOf(f)?.cells.map((c) => c.row + 1) ?? null;
  it.each([
    ['SUM(K13:K15)', [13, 14, 15]],
    ['SUM(K12,K16)', [12, 16]],
    ['SUM(O21,O25,O28)', [21, 25, 28]],
    ['SUM(K12+K91+K96)', [12, 91, 96]],
    ['K12+K16', [12, 16]],
    ['SUM(U85:U87:U88)', [85, 86, 87, 88]],
    ['SUM(AA85,AA87:AA88)', [85, 87, 88]],
    ['AVERAGE(Q42,Q44)', [42, 44]],
    ['SUM(K10)', [10]],
    ['K109', [109]],
  ])('%s aggregates rows %j', (f, expected) => {
    expect(rows(f)).toEqual(expected);
  });
  it.each(['X12/N12*100', '1053000000-Q24', 'SUM(K1:K3)*2', 'Z13*N13-P13', 'SUM(Sheet2!A1:A3)', 'MAX(A1:A3)', 'SUM(A:A)', '100'])(
    '%s is not an aggregation',
    (f) => {
      expect(aggregationOf(f)).toBeNull();
    },
  );
  it('names the function', () => {
    expect(aggregationOf('AVERAGE(Q42,Q44)')?.fn).toBe('AVERAGE');
    expect(aggregationOf('P1+R1')?.fn).toBe('PLUS');
  });
});

describe('typedConstants', () => {
  it.each([
    ['3251126996-R23', ['3251126996']],
    ['69900*5', ['69900']],
    ['1053000000-Q24', ['1053000000']],
    ['X12/N12*100', []],
    ['SUM(A1:A3)+1000', ['1000']],
    ['SUM(A1,2500)', ['2500']],
    ['IF(A1>0,"12345",0)', []],
    ['DATE(2025,1,1)', []],
    ['ROUND(A1,2)*1000.5', ['1000.5']],
    ['A1*0.12345', []],
  ])('%s → %j', (f, expected) => {
    expect(typedConstants(f).map((c) => c.text)).toEqual(expected);
  });
});

describe('shapeOf', () => {
  const shape = (f: string, cell: string) => shapeOf(f, at(cell).row, at(cell).col);
  it('equal shapes for the same pattern on other rows, and for constants of any value', () => {
    expect(shape('Z15*N15-P15-S15-V15', 'Y15')).toBe(shape('Z17*N17-P17-S17-V17', 'Y17'));
    expect(shape('20906000-R15', 'U15')).toBe(shape('3251126996-R23', 'U23'));
  });
  it('a division instead of a product, or a missing term, is another shape', () => {
    expect(shape('Z47/N47-P47-S47-V47', 'Y47')).not.toBe(shape('Z15*N15-P15-S15-V15', 'Y15'));
    expect(shape('Z16*N16-P16-S16', 'Y16')).not.toBe(shape('Z15*N15-P15-S15-V15', 'Y15'));
    expect(shape('P15+R15+T15', 'X15')).not.toBe(shape('P14+R14+T14+V14', 'X14'));
  });
  it('parentheses that change nothing and an IFERROR wrapper do not change the shape', () => {
    expect(shape('(AD78/J78)*100', 'AF78')).toBe(shape('AD11/J11*100', 'AF11'));
    expect(shape('IFERROR((AE47/K47*100),0)', 'AG47')).toBe(shape('AE11/K11*100', 'AG11'));
    expect(shape('A1/(B1*C1)', 'D1')).not.toBe(shape('A1/B1*C1', 'D1'));
    expect(shape('A1-(B1-C1)', 'D1')).not.toBe(shape('A1-B1-C1', 'D1'));
  });
});
