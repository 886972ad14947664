/** The contact directory the site reads, the content fingerprint behind its cache, and the cache kept while nothing changes. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { contentFingerprint } from '../../src/lib/content/fingerprint.ts';

const CACHE = Symbol.for('handbook.site-model');
const CONTACTS = Symbol.for('handbook.contacts');
const work = mkdtempSync(join(tmpdir(), 'handbook-site-contacts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
  delete (globalThis as { [CACHE]?: unknown })[CACHE];
  delete (globalThis as { [CONTACTS]?: unknown })[CONTACTS];
});

describe('getContacts', () => {
  it('is undefined when HANDBOOK_CONTACTS is unset', async () => {
    const { getContacts } = await import('../../src/lib/site-model.ts');
    vi.stubEnv('HANDBOOK_CONTACTS', '');
    expect(getContacts()).toBeUndefined();
  });

  it('gives the people of each role when the file is valid', async () => {
    const { getContacts } = await import('../../src/lib/site-model.ts');
    vi.stubEnv('HANDBOOK_CONTENT_DIR', 'tests/fixtures/generated/content');
    const file = join(work, 'good.yaml');
    writeFileSync(file, 'roles:\n  ceo:\n    - { name: Test Chief, phone: "010-5555-0100" }\n');
    vi.stubEnv('HANDBOOK_CONTACTS', file);
    const directory = getContacts();
    expect([...(directory ?? new Map()).entries()]).toEqual([
      ['ceo', [{ name: 'Test Chief', phone: '010-5555-0100', tel: 'tel:01055550100' }]],
    ]);
  });

  it('stops the build on a bad file, naming the file, the variable and each finding', async () => {
    const { getContacts } = await import('../../src/lib/site-model.ts');
    vi.stubEnv('HANDBOOK_CONTENT_DIR', 'tests/fixtures/generated/content');
    const file = join(work, 'bad.yaml');
    writeFileSync(
      file,
      'roles:\n  ceo-x:\n    - { name: A, phone: "010-5555-0100" }\n  nobody-at-all:\n    - { name: B, phone: "010-5555-0101" }\n',
    );
    vi.stubEnv('HANDBOOK_CONTACTS', file);
    expect(() => getContacts()).toThrow(
      `the contact file ${file} (HANDBOOK_CONTACTS) has 2 error(s):\n` +
        `  ${file}:2:3  contacts  \`roles.ceo-x\` is not a role of the handbook  (did you mean \`ceo\`, \`finance\`, \`crisis-team\`?)\n` +
        `  ${file}:4:3  contacts  \`roles.nobody-at-all\` is not a role of the handbook  (did you mean \`crisis-team\`, \`ceo\`, \`finance\`?)`,
    );
  });
});

describe('contentFingerprint', () => {
  it('records a file it cannot look at as gone', () => {
    const dir = join(work, 'dangling');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.yaml'), 'x');
    symlinkSync(join(dir, 'missing.yaml'), join(dir, 'b.yaml'));
    const lines = contentFingerprint(dir).split('\n');
    expect(lines[0]).toBe(dir);
    expect(lines[1]).toMatch(new RegExp(`^${join(dir, 'a.yaml')}:1:\\d+(\\.\\d+)?$`));
    expect(lines.slice(2)).toEqual([`${join(dir, 'b.yaml')}:gone`]);
  });
});

describe('getModel in `astro dev` when nothing changed', () => {
  it('keeps the model it has once the content is looked at again and found the same', async () => {
    const dir = join(work, 'unchanged');
    cpSync('tests/fixtures/generated/content', dir, { recursive: true });
    vi.stubEnv('HANDBOOK_CONTENT_DIR', dir);
    vi.stubEnv('NODE_ENV', 'development');
    vi.useFakeTimers({ toFake: ['Date'] });
    const { getModel } = await import('../../src/lib/site-model.ts');
    const before = getModel();
    vi.advanceTimersByTime(1_000);
    expect(getModel()).toBe(before);
  });
});
