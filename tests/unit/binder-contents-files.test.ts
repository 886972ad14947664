/** The printed binders: the file each prints to, whether a build publishes them, and a runbook shared by two plans. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildModel } from '../../src/lib/model.ts';
import type { AnyEntry } from '../../src/lib/content/load.ts';
import { loadModel } from '../fixtures/generated/model.ts';

type Binders = typeof import('../../src/lib/binder-contents.ts');
let binderContents: Binders['binderContents'];
let binderFile: Binders['binderFile'];
let binderPdfsPublished: Binders['binderPdfsPublished'];
let binderPdfPath: Binders['binderPdfPath'];
// The binders' file names are a table built when the module loads: each test loads it afresh, so
// that the table it checks is built inside the test (see "Compute inside the test" in the README).
beforeEach(async () => {
  vi.resetModules();
  ({ binderContents, binderFile, binderPdfsPublished, binderPdfPath } =
    await import('../../src/lib/binder-contents.ts'));
});

const label = (key: string) => `label:${key}`;

describe('the file a binder prints to', () => {
  it('is the binder name in English, and the name with the language tag in Chinese', () => {
    expect(binderFile('audit', 'en')).toBe('audit-pack.pdf');
    expect(binderFile('emergency', 'en')).toBe('emergency-binder.pdf');
    expect(binderFile('audit', 'zh-cn')).toBe('audit-pack.zh-CN.pdf');
    expect(binderFile('emergency', 'zh-cn')).toBe('emergency-binder.zh-CN.pdf');
  });

  it('is published under /downloads/', () => {
    expect(binderPdfPath('audit', 'en')).toBe('/downloads/audit-pack.pdf');
    expect(binderPdfPath('emergency', 'zh-cn')).toBe('/downloads/emergency-binder.zh-CN.pdf');
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
