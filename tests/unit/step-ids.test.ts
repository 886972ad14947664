/** The numbered steps of a runbook: ids on the outermost list's items, and their titles from the MDX source. */
import { describe, expect, it } from 'vitest';
import { addStepIds, stepsSection, stepTitles } from '../../src/lib/step-ids.ts';
import { assumptionText, type InlineLookup } from '../../src/lib/inline-text.ts';

describe('step ids', () => {
  it('numbers the items of the outermost ordered list, not the items of a list inside a step', () => {
    const html =
      '<ol><li><p>Stop</p><ul><li>a</li><LI>b</LI></ul><ol><li>c</li></ol></li><li class="x">Start</li></ol>';
    expect(addStepIds(html)).toBe(
      '<ol><li id="step-1" data-step="1"><p>Stop</p><ul><li>a</li><LI>b</LI></ul><ol><li>c</li></ol></li><li id="step-2" data-step="2" class="x">Start</li></ol>',
    );
  });

  it('continues from the start attribute, and restarts at each new outermost list', () => {
    expect(addStepIds('<OL start="4"><li>d</li><li>e</li></OL><ol><li>a</li></ol>')).toBe(
      '<OL start="4"><li id="step-4" data-step="4">d</li><li id="step-5" data-step="5">e</li></OL><ol><li id="step-1" data-step="1">a</li></ol>',
    );
  });

  it('keeps an id an item already has, and leaves items of an outermost bulleted list alone after an ordered one', () => {
    expect(addStepIds('<ol><li id="own">a</li><li>b</li></ol>')).toBe(
      '<ol><li id="own">a</li><li id="step-1" data-step="1">b</li></ol>',
    );
    expect(addStepIds('<p>no list</p>')).toBe('<p>no list</p>');
  });
});

describe('step titles', () => {
  it('reads the bold title of each numbered step inside <Steps>, as plain text', () => {
    const body = [
      '1. **Not a step**: before the block',
      '<Steps>',
      '1. **Stop the `booking-api`** service.',
      '   - **a sub-point**',
      '2. **Tell  <Role id="department-head" />**',
      '10. **Check _the_ logs**',
      '</Steps>',
      '3. **After the block**',
    ].join('\n');
    expect(stepTitles(body)).toEqual([
      { number: 1, title: 'Stop the booking-api' },
      { number: 2, title: 'Tell department-head' },
      { number: 10, title: 'Check the logs' },
    ]);
  });

  it('shows an assumption by its assumed value, not its id, when given the lookup', () => {
    const body = ['<Steps>', '1. **Restart <Assumption id="cache" /> only with the DBA**', '</Steps>'].join('\n');
    const lookup = {
      get: (collection: string, id: string) =>
        collection === 'assumptions' && id === 'cache' ? { data: { value: 'Redis in `booking`' } } : undefined,
    } as unknown as InlineLookup;
    expect(stepTitles(body, assumptionText(lookup))).toEqual([
      { number: 1, title: 'Restart Redis in booking only with the DBA' },
    ]);
    expect(stepTitles(body)).toEqual([{ number: 1, title: 'Restart cache only with the DBA' }]);
  });

  it('has no titles without a <Steps> block', () => {
    expect(stepTitles('1. **Only** a list')).toEqual([]);
  });
});

describe('the section that holds the steps', () => {
  const body = [
    '## 适用情形',
    '',
    '```markdown',
    '## a heading inside a code block',
    '```',
    '',
    '## 开始之前',
    '',
    '### a sub-heading',
    '',
    '## 操作步骤',
    '',
    '<Steps>',
    '',
    '1. **第一步**',
    '',
    '</Steps>',
    '',
    '## 验证',
  ].join('\n');

  it('is found by position among the level-2 headings, whatever its words, code blocks skipped', () => {
    expect(stepsSection(body)).toBe(2);
  });

  it('is undefined without a <Steps> block or without a heading before it', () => {
    expect(stepsSection('## Only\n\ntext')).toBeUndefined();
    expect(stepsSection('<Steps>\n\n1. **x**\n\n</Steps>')).toBeUndefined();
  });
});
