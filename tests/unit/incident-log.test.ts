/**
 * The incident record kept by incident mode, and the log exported for the post-incident review
 * (clause 3.1: every step is recorded). Times are read in Asia/Shanghai, where the readers work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  duration,
  localTime,
  newIncidentId,
  pageLog,
  timeline,
  toJson,
  toMarkdown,
  type Incident,
  type LogWords,
} from '../../src/client/incident/log.ts';

const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Shanghai';
});
afterAll(() => {
  process.env.TZ = zone;
});

const WORDS: LogWords = {
  logTitle: 'Incident log',
  activated: 'Activated {time} on [{title}]({url})',
  exported: 'Exported {time}',
  basis: 'Clause 3.1: every step is recorded.',
  columns: ['Time', 'Elapsed', 'Document', 'Step', 'Who', 'Note'],
  notDone: 'not done',
  empty: 'Nothing recorded yet.',
};

/**
 * An incident activated at 02:00 Beijing time on the rollback runbook: two steps done, one step
 * not done but with a note (the engineer wrote why it is waiting), one step untouched.
 */
const incident = (): Incident => ({
  id: 'INC-20261110-0200',
  activatedAt: '2026-11-09T18:00:00.000Z',
  activatedOn: { url: '/runbooks/rollback/', title: 'Roll back a release' },
  steps: {
    '/runbooks/rollback/#2': {
      doc: '/runbooks/rollback/',
      docTitle: 'Roll back a release',
      step: 2,
      title: 'Verify',
      done: true,
      at: '2026-11-09T18:20:00.000Z',
      who: 'Li Wei',
      note: '',
    },
    '/runbooks/rollback/#1': {
      doc: '/runbooks/rollback/',
      docTitle: 'Roll back a release',
      step: 1,
      title: 'Roll back',
      done: true,
      at: '2026-11-09T18:05:30.000Z',
      who: 'Li Wei',
      note: 'job #4411',
    },
    '/runbooks/rollback/#3': {
      doc: '/runbooks/rollback/',
      docTitle: 'Roll back a release',
      step: 3,
      title: 'Tell the hotels',
      done: false,
      note: '  waiting for | the duty manager\n  to answer  ',
      noteAt: '2026-11-09T18:10:00.000Z',
    },
    '/runbooks/rollback/#4': {
      doc: '/runbooks/rollback/',
      docTitle: 'Roll back a release',
      step: 4,
      title: 'Close',
      done: false,
      note: '   ',
    },
  },
});

describe('the timeline', () => {
  it('holds the done steps and the notes on steps not done, in time order, and leaves out untouched steps', () => {
    expect(timeline(incident()).map((r) => [r.step, r.done, r.elapsed, r.note])).toEqual([
      [1, true, '00:05:30', 'job #4411'],
      [3, false, '00:10:00', 'waiting for | the duty manager\n  to answer'],
      [2, true, '00:20:00', ''],
    ]);
  });

  it('dates a note on a step not done by when the note was written, and a record without a time by the activation', () => {
    const i = incident();
    const rows = timeline(i);
    expect(rows.find((r) => r.step === 3)!.time).toBe('2026-11-09T18:10:00.000Z');
    delete i.steps['/runbooks/rollback/#3']!.noteAt;
    expect(timeline(i).find((r) => r.step === 3)).toMatchObject({ time: i.activatedAt, elapsed: '00:00:00', who: '' });
  });

  it('orders records of the same moment by document, then by step number', () => {
    const i = incident();
    const at = '2026-11-09T18:30:00.000Z';
    i.steps = {
      b10: { doc: '/runbooks/b/', docTitle: 'B', step: 10, title: 't', done: true, at, note: '' },
      b9: { doc: '/runbooks/b/', docTitle: 'B', step: 9, title: 't', done: true, at, note: '' },
      a2: { doc: '/runbooks/a/', docTitle: 'A', step: 2, title: 't', done: true, at, note: '' },
    };
    expect(timeline(i).map((r) => `${r.url}${r.step}`)).toEqual(['/runbooks/a/2', '/runbooks/b/9', '/runbooks/b/10']);
  });
});

describe('the log on the page', () => {
  it('shows each recorded step with its local time of day, number and title, who and note, in the timeline order', () => {
    expect(pageLog(incident())).toEqual([
      {
        time: '2026-11-09T18:05:30.000Z',
        clock: '02:05:30',
        elapsed: '00:05:30',
        step: '1. Roll back',
        done: true,
        who: 'Li Wei',
        note: 'job #4411',
        document: 'Roll back a release',
        url: '/runbooks/rollback/',
      },
      expect.objectContaining({ clock: '02:10:00', step: '3. Tell the hotels', done: false, who: '' }),
      expect.objectContaining({ clock: '02:20:00', step: '2. Verify', done: true, note: '' }),
    ]);
  });

  it('is empty for an incident with nothing recorded, and follows a step ticked later', () => {
    const i = incident();
    i.steps = {};
    expect(pageLog(i)).toEqual([]);
    i.steps['/plans/system-failure/#1'] = {
      doc: '/plans/system-failure/',
      docTitle: 'System failure',
      step: 1,
      title: 'Acknowledge',
      done: true,
      at: '2026-11-09T18:01:00.000Z',
      who: 'Wang Fang',
      note: 'paged 02:00',
    };
    expect(pageLog(i).map((e) => [e.clock, e.step, e.note, e.url])).toEqual([
      ['02:01:00', '1. Acknowledge', 'paged 02:00', '/plans/system-failure/'],
    ]);
  });
});

describe('the exported log', () => {
  const exportedAt = '2026-11-09T19:00:00.000Z';

  it('Markdown: a note on a step not done is a row, marked as not done, with the note on one line and its pipe escaped', () => {
    const md = toMarkdown(incident(), WORDS, exportedAt, 'https://handbook.example');
    expect(md).toContain(
      '| 2026-11-10 02:10:00 +08:00 | 00:10:00 | [Roll back a release](https://handbook.example/runbooks/rollback/) | 3. Tell the hotels \\(not done\\) |  | waiting for \\| the duty manager to answer |',
    );
    expect(md).toContain(
      '| 2026-11-10 02:05:30 +08:00 | 00:05:30 | [Roll back a release](https://handbook.example/runbooks/rollback/) | 1. Roll back | Li Wei | job #4411 |',
    );
    expect(md).not.toContain('Close');
  });

  it('Markdown: the heading, when and where the incident was activated, when exported, the basis, and the table head', () => {
    const md = toMarkdown(incident(), WORDS, exportedAt, 'https://handbook.example');
    expect(md.split('\n').slice(0, 8)).toEqual([
      '# Incident log INC-20261110-0200',
      '',
      '- Activated 2026-11-10 02:00:00 +08:00 on [Roll back a release](https://handbook.example/runbooks/rollback/)',
      '- Exported 2026-11-10 03:00:00 +08:00',
      '- Clause 3.1: every step is recorded.',
      '',
      '| Time | Elapsed | Document | Step | Who | Note |',
      '|---|---|---|---|---|---|',
    ]);
    expect(md.endsWith('|\n')).toBe(true);
  });

  it('Markdown: an incident with nothing recorded says so under the table; an unknown placeholder is left empty', () => {
    const empty = { ...incident(), steps: {} };
    const md = toMarkdown(empty, { ...WORDS, exported: 'Exported {time}{nothing}' }, exportedAt);
    expect(md.endsWith('|---|---|---|---|---|---|\n\nNothing recorded yet.\n')).toBe(true);
    expect(md).toContain('- Exported 2026-11-10 03:00:00 +08:00\n');
    expect(toMarkdown(incident(), WORDS, exportedAt)).not.toContain('Nothing recorded yet.');
  });

  it('without an origin every address stays relative to the site', () => {
    expect(toMarkdown(incident(), WORDS, exportedAt)).toContain('on [Roll back a release](/runbooks/rollback/)');
    expect(toMarkdown(incident(), WORDS, exportedAt)).toContain(
      '| [Roll back a release](/runbooks/rollback/) | 1. Roll back |',
    );
    const json = JSON.parse(toJson(incident(), exportedAt));
    expect(json.activatedOn.url).toBe('/runbooks/rollback/');
    expect(json.timeline.map((r: { url: string }) => r.url)).toEqual([
      '/runbooks/rollback/',
      '/runbooks/rollback/',
      '/runbooks/rollback/',
    ]);
  });

  it('JSON: the timeline holds the note on the step not done, and every address carries the origin', () => {
    const json = JSON.parse(toJson(incident(), exportedAt, 'https://handbook.example'));
    expect(json).toMatchObject({
      incident: 'INC-20261110-0200',
      activatedAt: '2026-11-09T18:00:00.000Z',
      activatedOn: { url: 'https://handbook.example/runbooks/rollback/', title: 'Roll back a release' },
      exportedAt,
    });
    expect(json.timeline).toHaveLength(3);
    expect(json.timeline[1]).toEqual({
      time: '2026-11-09T18:10:00.000Z',
      elapsed: '00:10:00',
      document: 'Roll back a release',
      url: 'https://handbook.example/runbooks/rollback/',
      step: 3,
      title: 'Tell the hotels',
      done: false,
      who: '',
      note: 'waiting for | the duty manager\n  to answer',
    });
    expect(toJson(incident(), exportedAt).endsWith('}\n')).toBe(true);
  });
});

describe('times and ids', () => {
  it('a duration is hours:minutes:seconds, hours beyond a day, never negative', () => {
    expect(duration(0)).toBe('00:00:00');
    expect(duration(59_999)).toBe('00:00:59');
    expect(duration((26 * 3600 + 3 * 60 + 4) * 1000)).toBe('26:03:04');
    expect(duration(-5000)).toBe('00:00:00');
  });

  it('a local time carries its offset, also one west of Greenwich and one of half an hour', () => {
    expect(localTime('2026-01-02T03:04:05Z')).toBe('2026-01-02 11:04:05 +08:00');
    process.env.TZ = 'America/St_Johns';
    try {
      expect(localTime('2026-01-02T03:04:05Z')).toBe('2026-01-01 23:34:05 -03:30');
    } finally {
      process.env.TZ = 'Asia/Shanghai';
    }
  });

  it('at Greenwich the offset is +00:00, not -00:00', () => {
    process.env.TZ = 'UTC';
    try {
      expect(localTime('2026-01-02T03:04:05Z')).toBe('2026-01-02 03:04:05 +00:00');
    } finally {
      process.env.TZ = 'Asia/Shanghai';
    }
  });

  it('a new incident id is INC-date-time, numbered from 2 when that id is already used', () => {
    const now = new Date('2026-03-04T22:07:00+08:00');
    expect(newIncidentId(now, () => false)).toBe('INC-20260304-2207');
    const taken = new Set(['INC-20260304-2207', 'INC-20260304-2207-2']);
    expect(newIncidentId(now, (id) => taken.has(id))).toBe('INC-20260304-2207-3');
  });
});
