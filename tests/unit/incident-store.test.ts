/**
 * Incident mode's stored data and its Markdown export: what localStorage holds is untrusted, so a
 * bad record is skipped (never thrown), old logs are purged, "delete all" leaves nothing, and
 * the export shows notes as text, never as HTML or links.
 */
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toMarkdown, type Incident, type LogWords } from '../../src/client/incident/log.ts';
import {
  CURRENT,
  currentId,
  deleteAll,
  KEY,
  parseIncident,
  purge,
  readIncident,
  storedIds,
  WHO,
  type StorageLike,
} from '../../src/client/incident/store.ts';

function storage(entries: Record<string, string> = {}): StorageLike & { keys(): string[] } {
  const map = new Map(Object.entries(entries));
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
    keys: () => [...map.keys()].sort(),
  };
}

const step = {
  doc: '/runbooks/rollback/',
  docTitle: 'Roll back',
  step: 1,
  title: 'Announce',
  done: true,
  at: '2026-11-10T02:00:00.000Z',
  who: 'Li Wei',
  note: '',
};
const incident = (
  id: string,
  activatedAt: string,
  steps: Record<string, unknown> = { '/runbooks/rollback/#1': step },
) => ({
  id,
  activatedAt,
  activatedOn: { url: '/runbooks/rollback/', title: 'Roll back' },
  steps,
});

describe('reading stored incidents', () => {
  it('accepts a well-formed record', () => {
    expect(parseIncident(incident('INC-20261110-1000', '2026-11-10T02:00:00.000Z'))?.dropped).toBe(0);
  });
  it.each([
    ['not JSON', '{'],
    ['not an object', '42'],
    ['a bad id', JSON.stringify(incident('<img src=x>', '2026-11-10T02:00:00.000Z'))],
    ['a bad date', JSON.stringify(incident('INC-20261110-1000', 'yesterday'))],
    [
      'a link target outside the site',
      JSON.stringify({
        ...incident('INC-20261110-1000', '2026-11-10T02:00:00.000Z'),
        activatedOn: { url: 'javascript:alert(1)', title: 'x' },
      }),
    ],
    [
      'a protocol-relative target',
      JSON.stringify({
        ...incident('INC-20261110-1000', '2026-11-10T02:00:00.000Z'),
        activatedOn: { url: '//evil.example/', title: 'x' },
      }),
    ],
    [
      'steps that are not an object',
      JSON.stringify({ ...incident('INC-20261110-1000', '2026-11-10T02:00:00.000Z'), steps: null }),
    ],
  ])('skips a record with %s, with a count and no exception', (_, raw) => {
    const store = storage({ [`${KEY}INC-20261110-1000`]: raw, [CURRENT]: JSON.stringify('INC-20261110-1000') });
    expect(readIncident(store, 'INC-20261110-1000')).toEqual({ skipped: 1 });
  });
  it('drops a bad step and keeps the good ones', () => {
    const raw = incident('INC-20261110-1000', '2026-11-10T02:00:00.000Z', {
      '/runbooks/rollback/#1': step,
      '/runbooks/rollback/#2': { ...step, step: 2, done: 'yes' },
      '/runbooks/rollback/#9': { ...step, step: 3 },
      '/runbooks/rollback/#4': { ...step, step: 4, doc: 'https://evil.example/' },
    });
    const result = readIncident(storage({ [`${KEY}INC-20261110-1000`]: JSON.stringify(raw) }), 'INC-20261110-1000');
    expect(Object.keys(result.incident!.steps)).toEqual(['/runbooks/rollback/#1']);
    expect(result.skipped).toBe(3);
  });
  /** The one step, changed by `change`, read back: kept (as read) or dropped. */
  const readStep = (change: Record<string, unknown>) => {
    const changed = { ...step, ...change };
    const key = `${String(changed.doc)}#${String(changed.step)}`;
    const parsed = parseIncident(incident('INC-20261110-1000', '2026-11-10T02:00:00.000Z', { [key]: changed }));
    return parsed!.dropped === 1 ? 'dropped' : parsed!.incident.steps[key];
  };
  it.each([
    ['a page that is not a path of this site', { doc: 'runbooks/rollback/' }],
    ['a page address over 300 characters', { doc: `/${'a'.repeat(300)}` }],
    ['a page title over 300 characters', { docTitle: 'x'.repeat(301) }],
    ['a step title over 300 characters', { title: 'x'.repeat(301) }],
    ['a step title that is not text', { title: 7 }],
    ['a page title that is not text', { docTitle: null }],
    ['a step number that is text', { step: '1' }],
    ['a step number that is not whole', { step: 1.5 }],
    ['step 0', { step: 0 }],
    ['step 1001', { step: 1001 }],
    ['a note over 2000 characters', { note: 'x'.repeat(2001) }],
    ['a note that is not text', { note: undefined }],
    ['a time that is not a date', { at: 'soon' }],
    [
      'a time over 40 characters, even one that reads as a date',
      { at: 'Tue Nov 10 2026 02:00:00 GMT+0000 (Coordinated Universal Time)' },
    ],
    ['a note time that is not a date', { noteAt: 'later' }],
    ['a name over 200 characters', { who: 'x'.repeat(201) }],
    ['a name that is not text', { who: 42 }],
  ])('drops a step with %s', (_, change) => {
    expect(readStep(change)).toBe('dropped');
  });
  it('keeps a step at every limit, and only the fields a step has', () => {
    const atLimits = {
      doc: `/${'a'.repeat(299)}`,
      docTitle: 'd'.repeat(300),
      title: 't'.repeat(300),
      step: 1000,
      note: 'n'.repeat(2000),
      who: 'w'.repeat(200),
      noteAt: '2026-11-10T03:00:00.000Z',
    };
    expect(readStep(atLimits)).toEqual({ ...step, ...atLimits });
    expect(readStep({ step: 1 })).toEqual(step);
    const { at: _at, who: _who, ...bare } = step;
    expect(readStep({ at: undefined, who: undefined, done: false })).toEqual({ ...bare, done: false });
    expect(Object.keys(readStep({ at: undefined, who: undefined }) as object).sort()).toEqual(
      ['doc', 'docTitle', 'done', 'note', 'step', 'title'].sort(),
    );
  });
  it('reads only the fields it knows, and a record whose page title is too long is skipped', () => {
    const raw = { ...incident('INC-20261110-1000', '2026-11-10T02:00:00.000Z'), extra: '<script>' };
    const parsed = parseIncident({ ...raw, activatedOn: { ...raw.activatedOn, extra: 1 } })!;
    expect(parsed.incident).toEqual(incident('INC-20261110-1000', '2026-11-10T02:00:00.000Z'));
    expect(
      parseIncident({ ...raw, activatedOn: { url: '/runbooks/rollback/', title: 'x'.repeat(301) } }),
    ).toBeUndefined();
    expect(parseIncident({ ...raw, activatedOn: { url: `/${'a'.repeat(300)}`, title: 'x' } })).toBeUndefined();
    expect(parseIncident({ ...raw, activatedOn: null })).toBeUndefined();
    expect(parseIncident({ ...raw, id: 42 })).toBeUndefined();
    expect(parseIncident([raw])).toBeUndefined();
  });
  it('takes a time of up to 40 characters, no longer', () => {
    const at40 = 'Mon Nov 09 2026 18:00:00 GMT+0800 (ABCD)';
    expect(readStep({ at: at40 })).toEqual({ ...step, at: at40 });
    expect(readStep({ at: at40.replace('ABCD', 'ABCDE') })).toBe('dropped');
  });
  it('no pointer to a current incident is none', () => {
    expect(currentId(storage())).toBeUndefined();
  });
  it('a tampered pointer to the current incident is ignored', () => {
    expect(currentId(storage({ [CURRENT]: '"../../x"' }))).toBeUndefined();
    expect(currentId(storage({ [CURRENT]: '{' }))).toBeUndefined();
    expect(currentId(storage({ [CURRENT]: '"INC-20261110-1000"' }))).toBe('INC-20261110-1000');
  });
});

describe('purge and delete all', () => {
  const now = new Date('2027-03-01T00:00:00.000Z');
  it('removes logs older than the retention period and unreadable ones, keeps the rest and the name', () => {
    const store = storage({
      [`${KEY}INC-20261110-1000`]: JSON.stringify(incident('INC-20261110-1000', '2026-11-10T02:00:00.000Z')),
      [`${KEY}INC-20270220-0900`]: JSON.stringify(incident('INC-20270220-0900', '2027-02-20T01:00:00.000Z')),
      [`${KEY}INC-20270221-0900`]: 'not json',
      [CURRENT]: JSON.stringify('INC-20261110-1000'),
      [WHO]: JSON.stringify('Li Wei'),
      'other.app': 'kept',
    });
    expect(purge(store, now, 90)).toEqual({ expired: 1, unreadable: 1 });
    expect(storedIds(store)).toEqual(['INC-20270220-0900']);
    expect(store.getItem(CURRENT)).toBeNull();
    expect(store.getItem(WHO)).toBe('"Li Wei"');
    expect(store.getItem('other.app')).toBe('kept');
  });
  it('keeps a log activated exactly at the retention limit, and the pointer to a current log that is kept', () => {
    const store = storage({
      [`${KEY}INC-20261201-0000`]: JSON.stringify(incident('INC-20261201-0000', '2026-12-01T00:00:00.000Z')),
      [CURRENT]: JSON.stringify('INC-20261201-0000'),
    });
    expect(purge(store, now, 90)).toEqual({ expired: 0, unreadable: 0 });
    expect(storedIds(store)).toEqual(['INC-20261201-0000']);
    expect(currentId(store)).toBe('INC-20261201-0000');
  });
  it('lists the stored incident ids sorted, whatever order the storage gives them in', () => {
    const store = storage({
      [`${KEY}INC-20270221-0900`]: '{}',
      'other.app': 'x',
      [`${KEY}INC-20270220-0900`]: '{}',
      [`${KEY}not-an-id`]: '{}',
    });
    expect(storedIds(store)).toEqual(['INC-20270220-0900', 'INC-20270221-0900']);
  });
  it('"delete all incident logs on this device" removes every incident key, the name too, and nothing else', () => {
    const store = storage({
      [`${KEY}INC-20270220-0900`]: JSON.stringify(incident('INC-20270220-0900', '2027-02-20T01:00:00.000Z')),
      [`${KEY}INC-20270221-0900`]: 'garbage',
      [CURRENT]: JSON.stringify('INC-20270220-0900'),
      [WHO]: JSON.stringify('Li Wei'),
      'other.app': 'kept',
    });
    const removed: string[] = [];
    const remove = store.removeItem;
    store.removeItem = (key) => (removed.push(key), remove(key));
    expect(deleteAll(store)).toBe(2);
    expect(store.keys()).toEqual(['other.app']);
    // only the keys it holds are removed
    expect(removed.sort()).toEqual([CURRENT, WHO, `${KEY}INC-20270220-0900`, `${KEY}INC-20270221-0900`].sort());
  });
});

describe('the Markdown export', () => {
  const words: LogWords = {
    logTitle: 'Incident log',
    activated: 'Activated {time} on [{title}]({url})',
    exported: 'Exported {time}',
    basis: 'b',
    columns: ['Time', 'Elapsed', 'Doc', 'Step', 'Who', 'Note'],
    notDone: 'not done',
    empty: 'none',
  };
  it('escapes what could become HTML, a link, an image or emphasis, and breaks bare links', () => {
    expect(
      escapeMarkdown(
        '<img src=x onerror=alert(1)> [a](javascript:alert(1)) ![i](x) *b* _c_ `d` https://evil.example www.evil.example me@evil.example &lt;',
      ),
    ).toBe(
      '\\<img src=x onerror=alert\\(1\\)\\> \\[a\\]\\(javascript:alert\\(1\\)\\) \\!\\[i\\]\\(x\\) \\*b\\* \\_c\\_ \\`d\\` https\\://evil.example www\\.evil.example me\\@evil.example \\&lt;',
    );
  });
  it('breaks a link at the very start of the text, and after any URI scheme, one letter or many', () => {
    expect(escapeMarkdown('https://evil.example')).toBe('https\\://evil.example');
    expect(escapeMarkdown('c://evil ftp+ssh.v2://evil www.x WWW.y')).toBe(
      'c\\://evil ftp+ssh.v2\\://evil www\\.x WWW\\.y',
    );
  });
  it('a note, a name and a title from storage stay text in the exported table', () => {
    const stored: Incident = {
      ...incident('INC-20261110-1000', '2026-11-10T02:00:00.000Z', {}),
      steps: {
        '/runbooks/rollback/#1': {
          ...step,
          who: '<b>Li</b>',
          note: 'see [log](javascript:alert(1))\n<script>x</script>',
          title: 'Announce | now',
        },
      },
    } as Incident;
    const markdown = toMarkdown(stored, words, '2026-11-10T03:00:00.000Z', 'https://handbook.example');
    const row = markdown.split('\n').find((l) => l.includes('Announce'))!;
    expect(row).toContain('\\<b\\>Li\\</b\\>');
    expect(row).toContain('see \\[log\\]\\(javascript:alert\\(1\\)\\) \\<script\\>x\\</script\\>');
    expect(row).toContain('Announce \\| now');
    expect(row).toContain('[Roll back](https://handbook.example/runbooks/rollback/)');
    expect(markdown).not.toMatch(/(?<!\\)<(script|b)>/);
  });
  it('links a page whose address holds encoded spaces and brackets as it is encoded, once, and a malformed one as stored', () => {
    const at = (url: string) =>
      toMarkdown(
        {
          ...incident('INC-20261110-1000', '2026-11-10T02:00:00.000Z', {}),
          activatedOn: { url, title: 'T' },
        } as Incident,
        words,
        '2026-11-10T03:00:00.000Z',
      )
        .split('\n')
        .find((l) => l.startsWith('- Activated'));
    expect(at('/runbooks/a%20b%28c%29/')).toMatch(/\[T\]\(\/runbooks\/a%20b%28c%29\/\)$/);
    expect(at('/runbooks/%E0%A4%A/')).toMatch(/\[T\]\(\/runbooks\/%25E0%25A4%25A\/\)$/);
  });
});
