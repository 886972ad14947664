/** The printed binders: the file each prints to, whether a build publishes them, and a runbook shared by two plans. */
import { describe, expect, it } from 'vitest';
import { binderContents, binderFile, binderPdfsPublished } from '../../src/lib/binder-contents.ts';
import { buildModel } from '../../src/lib/model.ts';
import type { AnyEntry } from '../../src/lib/content/load.ts';
import { loadModel } from '../fixtures/generated/model.ts';

const label = (key: string) => `label:${key}`;

describe('the file a binder prints to', () => {
  it('is the binder name in English, and the name with the language tag in Chinese', () => {
    expect(binderFile('audit', 'en')).toBe('audit-pack.pdf');
    expect(binderFile('emergency', 'en')).toBe('emergency-binder.pdf');
    expect(binderFile('audit', 'zh-cn')).toBe('audit-pack.zh-CN.pdf');
    expect(binderFile('emergency', 'zh-cn')).toBe('emergency-binder.zh-CN.pdf');
  });
});

describe('whether a build publishes the binders as PDFs', () => {
  it('is so only when HANDBOOK_PDF is exactly 1', () => {
    expect(binderPdfsPublished({ HANDBOOK_PDF: '1' })).toBe(true);
    expect(binderPdfsPublished({ HANDBOOK_PDF: '0' })).toBe(false);
    expect(binderPdfsPublished({ HANDBOOK_PDF: '' })).toBe(false);
    expect(binderPdfsPublished({ HANDBOOK_PDF: 'true' })).toBe(false);
    expect(binderPdfsPublished({})).toBe(false);
  });
});

describe('the emergency binder of two plans that use the same runbook', () => {
  it('prints the runbook under the first plan only', () => {
    const model = loadModel('tests/fixtures/clean/content');
    const plan = model.get('plans', 'system-failure')!;
    const second: AnyEntry = { ...plan, id: 'z-second-failure', file: 'plans/z-second-failure.mdx' };
    const docs = binderContents('emergency', buildModel([...model.entries, second]), 'en', label);
    expect(docs.map((d) => `${d.level} ${d.url}`)).toEqual([
      '1 /guides/incident-triage/',
      '1 /plans/system-failure/',
      '2 /runbooks/rollback/',
      '1 /plans/z-second-failure/',
    ]);
  });
});
