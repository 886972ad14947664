/** How a run prints its findings: one line each and a closing count, JSON, or GitHub annotations. */
import { describe, expect, it } from 'vitest';
import { countErrors, githubAnnotation, renderFindings, type Finding } from '../../src/lib/finding-report.ts';

const error = (rule: string, file: string, message = 'bad'): Finding => ({ rule, severity: 'error', file, message });
const warning = (rule: string, file: string, message = 'odd'): Finding => ({
  rule,
  severity: 'warning',
  file,
  message,
});

const text = (findings: Finding[]) => renderFindings(findings, { format: 'text', github: false });
const summaryOf = (findings: Finding[]) => text(findings).split('\n').at(-1);

describe('countErrors', () => {
  it('counts the errors and not the warnings', () => {
    expect(countErrors([error('a', 'x'), warning('b', 'x'), error('c', 'y')])).toBe(2);
    expect(countErrors([warning('b', 'x')])).toBe(0);
    expect(countErrors([])).toBe(0);
  });
});

describe('the closing line', () => {
  it('says there is nothing, without files or rules, when there are no findings', () => {
    expect(text([])).toBe('0 errors, 0 warnings');
  });

  it('uses the singular for exactly one error, one warning and one file', () => {
    expect(summaryOf([error('r', 'a.yaml'), warning('r', 'a.yaml')])).toBe('1 error, 1 warning in 1 file (r 2)');
  });

  it('uses the plural for several, and counts each file once', () => {
    expect(
      summaryOf([error('r', 'a.yaml'), error('s', 'b.yaml'), warning('r', 'a.yaml'), warning('r', 'b.yaml')]),
    ).toBe('2 errors, 2 warnings in 2 files (r 3, s 1)');
  });

  it('lists the rules in alphabetical order with how many findings each gave', () => {
    expect(summaryOf([warning('zebra', 'a'), error('apple', 'b'), warning('mango', 'c'), error('zebra', 'd')])).toBe(
      '2 errors, 2 warnings in 4 files (apple 1, mango 1, zebra 2)',
    );
  });

  it('counts warnings only as warnings', () => {
    expect(summaryOf([warning('r', 'a'), warning('r', 'b'), warning('r', 'c')])).toBe(
      '0 errors, 3 warnings in 3 files (r 3)',
    );
  });
});

describe('the text format', () => {
  it('prints one line per finding, then the closing line, and no annotations off GitHub', () => {
    const findings: Finding[] = [
      {
        rule: 'unknown-reference',
        severity: 'error',
        file: 'roles/a.yaml',
        line: 3,
        column: 5,
        message: 'no such role',
        hint: 'ceo',
      },
      { rule: 'stale', severity: 'warning', file: 'roles/b.yaml', message: 'old' },
    ];
    expect(renderFindings(findings, { format: 'text', github: false })).toBe(
      [
        'roles/a.yaml:3:5  unknown-reference  no such role  (ceo)',
        'roles/b.yaml  stale  old',
        '1 error, 1 warning in 2 files (stale 1, unknown-reference 1)',
      ].join('\n'),
    );
  });

  it('adds the annotations after the closing line on GitHub, errors first', () => {
    const findings: Finding[] = [
      { rule: 'stale', severity: 'warning', file: 'roles/b.yaml', message: 'old' },
      { rule: 'unknown-reference', severity: 'error', file: 'roles/a.yaml', line: 3, message: 'no such role' },
    ];
    expect(renderFindings(findings, { format: 'text', github: true })).toBe(
      [
        'roles/b.yaml  stale  old',
        'roles/a.yaml:3:1  unknown-reference  no such role',
        '1 error, 1 warning in 2 files (stale 1, unknown-reference 1)',
        '::error file=roles/a.yaml,line=3,col=1,title=unknown-reference::no such role',
        '::warning file=roles/b.yaml,title=stale::old',
      ].join('\n'),
    );
  });

  it('prints only the closing line on GitHub when there is nothing to annotate', () => {
    expect(renderFindings([], { format: 'text', github: true })).toBe('0 errors, 0 warnings');
  });
});

describe('the JSON format', () => {
  it('gives the findings and the counts of errors and warnings, indented, and no annotations even on GitHub', () => {
    const findings: Finding[] = [
      error('a', 'x.yaml'),
      warning('b', 'y.yaml'),
      { rule: 'c', severity: 'warning', file: 'z.yaml', line: 2, message: 'm', hint: 'h' },
    ];
    const out = renderFindings(findings, { format: 'json', github: true });
    expect(out).toBe(JSON.stringify({ findings, summary: { errors: 1, warnings: 2 } }, null, 2));
    expect(JSON.parse(out)).toEqual({
      findings: [
        { rule: 'a', severity: 'error', file: 'x.yaml', message: 'bad' },
        { rule: 'b', severity: 'warning', file: 'y.yaml', message: 'odd' },
        { rule: 'c', severity: 'warning', file: 'z.yaml', line: 2, message: 'm', hint: 'h' },
      ],
      summary: { errors: 1, warnings: 2 },
    });
  });

  it('gives zero counts and no findings for a clean run', () => {
    expect(JSON.parse(renderFindings([], { format: 'json', github: false }))).toEqual({
      findings: [],
      summary: { errors: 0, warnings: 0 },
    });
  });
});

describe('a GitHub annotation', () => {
  it('names the file only, with neither line nor column, when the line is not known', () => {
    expect(githubAnnotation({ rule: 'r', severity: 'error', file: 'a.yaml', message: 'm' })).toBe(
      '::error file=a.yaml,title=r::m',
    );
  });

  it('gives the line and the column where both are known', () => {
    expect(
      githubAnnotation({ rule: 'r', severity: 'warning', file: 'a.yaml', line: 7, column: 12, message: 'm' }),
    ).toBe('::warning file=a.yaml,line=7,col=12,title=r::m');
  });

  it('puts column 1 when only the line is known', () => {
    expect(githubAnnotation({ rule: 'r', severity: 'error', file: 'a.yaml', line: 7, message: 'm' })).toBe(
      '::error file=a.yaml,line=7,col=1,title=r::m',
    );
  });

  it('appends the hint to the message in parentheses', () => {
    expect(githubAnnotation({ rule: 'r', severity: 'error', file: 'a.yaml', message: 'm', hint: 'try b' })).toBe(
      '::error file=a.yaml,title=r::m (try b)',
    );
  });

  it('escapes percent signs and both kinds of line break in the message, and colons and commas in the file and rule', () => {
    expect(
      githubAnnotation({
        rule: 'a:b,c',
        severity: 'error',
        file: 'x:y,z%.yaml',
        message: '100%\r\ndone: yes, really',
        hint: 'h\nh',
      }),
    ).toBe('::error file=x%3Ay%2Cz%25.yaml,title=a%3Ab%2Cc::100%25%0D%0Adone: yes, really (h%0Ah)');
  });
});

describe('the annotations of a run', () => {
  const annotations = (findings: Finding[]) =>
    renderFindings(findings, { format: 'text', github: true })
      .split('\n')
      .slice(findings.length + 1);

  it('list errors before warnings and keep the order of the findings within each', () => {
    const findings = [warning('w1', 'a'), error('e1', 'b'), error('e2', 'c'), warning('w2', 'd'), error('e3', 'e')];
    expect(annotations(findings)).toEqual([
      '::error file=b,title=e1::bad',
      '::error file=c,title=e2::bad',
      '::error file=e,title=e3::bad',
      '::warning file=a,title=w1::odd',
      '::warning file=d,title=w2::odd',
    ]);
  });

  it('keep an error first when it already is', () => {
    expect(annotations([error('e', 'a'), warning('w', 'b')])).toEqual([
      '::error file=a,title=e::bad',
      '::warning file=b,title=w::odd',
    ]);
    expect(annotations([warning('w', 'b'), error('e', 'a')])).toEqual([
      '::error file=a,title=e::bad',
      '::warning file=b,title=w::odd',
    ]);
  });

  it('annotate all 50 findings when there are exactly 50, with no line about more', () => {
    const findings = Array.from({ length: 50 }, (_, i) => error('r', `f${i}`));
    const lines = annotations(findings);
    expect(lines).toHaveLength(50);
    expect(lines.at(-1)).toBe('::error file=f49,title=r::bad');
  });

  it('annotate the first 50 of 53, errors first, and say how many were left out', () => {
    const findings = [
      ...Array.from({ length: 3 }, (_, i) => warning('w', `w${i}`)),
      ...Array.from({ length: 50 }, (_, i) => error('e', `e${i}`)),
    ];
    const lines = annotations(findings);
    expect(lines).toHaveLength(51);
    expect(lines[0]).toBe('::error file=e0,title=e::bad');
    expect(lines[49]).toBe('::error file=e49,title=e::bad');
    expect(lines.filter((l) => l.startsWith('::warning'))).toEqual([]);
    expect(lines[50]).toBe('3 more finding(s) not annotated (at most 50); see the list above');
  });
});
