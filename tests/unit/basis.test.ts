/** Reading a basis, matching its quotes against the clause text, and the figures a text states. */
import { describe, expect, it } from 'vitest';
import {
  basisClause,
  basisLabel,
  closestSpan,
  findQuote,
  normaliseQuoteText,
  quoteAnchor,
  type ClauseBasis,
} from '../../src/lib/basis.ts';
import { figuresIn } from '../../src/lib/figures.ts';

const CLAUSE_31 =
  '以采购审批为例,需经部门负责人初审,财务部复审,CEO终审,三级签字后方可执行。项目启动会需在需求确认后X{kickoff-days}日内召开。';
const basis: ClauseBasis = { collection: 'clauses', id: '3.1', quotes: ['部门负责人初审'] };

describe('reading a basis', () => {
  it('names the clause of every form a basis takes, and none for a proposal', () => {
    expect([basisClause(basis), basisClause({ clause: '5.1', quotes: [] }), basisClause('2.1')]).toEqual([
      '3.1',
      '5.1',
      '2.1',
    ]);
    expect(basisClause('proposed')).toBeUndefined();
    expect(basisLabel(basis)).toBe('clause 3.1 «部门负责人初审»');
    expect(basisLabel('proposed', 'proposed by the handbook')).toBe('proposed by the handbook');
  });
});

describe('matching a quote', () => {
  it('ignores white space and the width of punctuation, and maps the match back to the words as written', () => {
    expect(normaliseQuoteText('财务部复审， CEO终审').text).toBe('财务部复审,CEO终审');
    const at = findQuote(CLAUSE_31, '财务部复审，\n  CEO终审')!;
    expect(CLAUSE_31.slice(at.start, at.end)).toBe('财务部复审,CEO终审');
  });

  it('finds a quote holding a parameter marker verbatim, and nothing for words the clause does not say', () => {
    expect(findQuote(CLAUSE_31, '需求确认后X{kickoff-days}日内召开')).toBeDefined();
    expect(findQuote(CLAUSE_31, '需求确认后5日内召开')).toBeUndefined();
    expect(findQuote(CLAUSE_31, '')).toBeUndefined();
  });

  it('proposes the closest span of the clause for a misquote', () => {
    expect(closestSpan(CLAUSE_31, '财务部审核,CEO终审')?.span).toBe('财务部复审,CEO终审');
  });

  it('gives each quote a stable anchor, the same whatever its punctuation width', () => {
    expect(quoteAnchor('财务部复审,CEO终审')).toBe(quoteAnchor('财务部复审， CEO终审'));
    expect(quoteAnchor('财务部复审,CEO终审')).not.toBe(quoteAnchor('部门负责人初审'));
    expect(quoteAnchor('部门负责人初审')).toMatch(/^q-[0-9a-z]+$/);
  });
});

describe('figures', () => {
  const keys = (text: string) => figuresIn(text).map((f) => f.key);

  it('reads amounts and frequencies alike in English and Chinese', () => {
    expect(keys('within 2 working days')).toEqual(['2 workday']);
    expect(keys('2个工作日内')).toEqual(['2 workday']);
    expect(keys('an 80 % pass mark')).toEqual(['80 percent']);
    expect(keys('within 15 minutes, then every 15 minutes')).toEqual(['15 minute', '1/15minute']);
    expect(keys('yearly training, once a quarter, twice a year')).toEqual(['1/year', '1/quarter', '2/year']);
    expect(keys('每季度一次')).toEqual(['1/quarter']);
    expect(keys('每年两次')).toEqual(['2/year']);
    expect(keys('并在24小时内分配责任人')).toEqual(['24 hour']);
    expect(keys('季度考核')).toEqual(['1/quarter']);
    expect(keys('a 24-hour owner rule')).toEqual(['24 hour']);
  });

  it('reads no figure in clause numbers, parameters, the names of meetings or plain words', () => {
    expect(keys('clause 3.1, level 2, step 3')).toEqual([]);
    expect(keys('每X{rotation-years}年轮岗一次')).toEqual([]);
    expect(keys('the weekly meeting and the quarterly strategy meeting, the monthly reports')).toEqual([]);
    expect(keys('季度战略会')).toEqual([]);
    expect(keys('定期组织合规培训')).toEqual([]);
  });
});
