/**
 * The incident record and its timeline, as plain data: what incident mode keeps in localStorage
 * and what "export log" produces (Markdown and JSON) for the post-incident review.
 */
import { fillTemplate } from '../../lib/words.ts';

/** A placeholder without a value is left empty: a record a person reads never shows `{name}`. */
const fill = (text: string, values: Record<string, string | number>) =>
  fillTemplate(text, values, { unknown: 'empty' });

export interface StepRecord {
  /** The page of the runbook or plan, e.g. `/runbooks/rollback/`. */
  doc: string;
  docTitle: string;
  /** The step's number as the page shows it. */
  step: number;
  title: string;
  done: boolean;
  /** When the step was ticked (ISO 8601). */
  at?: string;
  who?: string;
  note: string;
  /** When the note was last changed, for a note on a step not (yet) done. */
  noteAt?: string;
}

export interface Incident {
  id: string;
  activatedAt: string;
  activatedOn: { url: string; title: string };
  steps: Record<string, StepRecord>;
}

export interface TimelineRow {
  time: string;
  elapsed: string;
  document: string;
  url: string;
  step: number;
  title: string;
  done: boolean;
  who: string;
  note: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `01:02:03` for a duration in milliseconds (hours may exceed 24). */
export function duration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/** `2026-11-10 10:42:13 +08:00`: the reader's local time with its offset, unambiguous in a review. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())} ${zone}`;
}

/** A new incident id in the form the plans use for the WeCom group: `INC-YYYYMMDD-HHMM`, unique here. */
export function newIncidentId(now: Date, taken: (id: string) => boolean): string {
  const base = `INC-${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  let id = base;
  for (let n = 2; taken(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** Every recorded step in time order (ties by document, then step): done steps, and notes on others. */
export function timeline(incident: Incident): TimelineRow[] {
  const start = Date.parse(incident.activatedAt);
  return Object.values(incident.steps)
    .filter((r) => r.done || r.note.trim())
    .map((r) => ({ r, at: (r.done ? r.at : r.noteAt) ?? incident.activatedAt }))
    .sort((a, b) => a.at.localeCompare(b.at) || a.r.doc.localeCompare(b.r.doc) || a.r.step - b.r.step)
    .map(({ r, at }) => ({
      time: at,
      elapsed: duration(Date.parse(at) - start),
      document: r.docTitle,
      url: r.doc,
      step: r.step,
      title: r.title,
      done: r.done,
      who: r.who ?? '',
      note: r.note.trim(),
    }));
}

/** One line of the log as the page shows it while steps are ticked: the local clock time, the step, the note. */
export interface PageLogEntry {
  /** The instant, ISO 8601, for `<time datetime>`. */
  time: string;
  /** `10:42:13`: the reader's local time of day. */
  clock: string;
  elapsed: string;
  /** `3. Set the severity`. */
  step: string;
  done: boolean;
  who: string;
  note: string;
  /** The runbook or plan the step belongs to, and its page: one incident may run several. */
  document: string;
  url: string;
}

/** The incident's log for the page, in the export's order (time, then document and step). */
export function pageLog(incident: Incident): PageLogEntry[] {
  return timeline(incident).map((r) => ({
    time: r.time,
    clock: localTime(r.time).slice(11, 19),
    elapsed: r.elapsed,
    step: `${r.step}. ${r.title}`,
    done: r.done,
    who: r.who,
    note: r.note,
    document: r.document,
    url: r.url,
  }));
}

export interface LogWords {
  logTitle: string;
  activated: string;
  exported: string;
  basis: string;
  columns: string[];
  notDone: string;
  empty: string;
}

/**
 * Text as Markdown shows it literally: every character that could open HTML, an entity, a link,
 * an image or emphasis is backslash-escaped, and what GFM would turn into a link by itself
 * (`https://…`, `www.…`, `name@host`) is broken, so a note such as `<img onerror=…>` or
 * `[log](javascript:…)` stays text in whatever renders the exported log.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]()<>!|~&@]/g, (c) => `\\${c}`)
    .replace(/([a-z][a-z0-9+.-]*):(?=\/\/)/gi, '$1\\:')
    .replace(/\b(www)\./gi, '$1\\.');
}

/** One table cell: escaped, on one line. */
const cell = (text: string) => escapeMarkdown(text).replace(/\s*\n\s*/g, ' ');

/** A site path as a Markdown link target: encoded, so that spaces, `(` and `)` cannot end the link early. */
function linkTarget(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // keep it as stored: it is encoded below either way
  }
  return encodeURI(decoded).replace(/\(/g, '%28').replace(/\)/g, '%29');
}

export function toMarkdown(incident: Incident, words: LogWords, exportedAt: string, origin = ''): string {
  const rows = timeline(incident);
  const lines = [
    `# ${words.logTitle} ${escapeMarkdown(incident.id)}`,
    '',
    `- ${fill(words.activated, { time: localTime(incident.activatedAt), title: escapeMarkdown(incident.activatedOn.title), url: origin + linkTarget(incident.activatedOn.url) })}`,
    `- ${fill(words.exported, { time: localTime(exportedAt) })}`,
    `- ${words.basis}`,
    '',
    `| ${words.columns.join(' | ')} |`,
    `|${words.columns.map(() => '---').join('|')}|`,
    ...rows.map(
      (r) =>
        `| ${[
          cell(localTime(r.time)),
          cell(r.elapsed),
          `[${cell(r.document)}](${origin}${linkTarget(r.url)})`,
          cell(`${r.step}. ${r.title}${r.done ? '' : ` (${words.notDone})`}`),
          cell(r.who),
          cell(r.note),
        ].join(' | ')} |`,
    ),
  ];
  if (rows.length === 0) lines.push('', words.empty);
  return `${lines.join('\n')}\n`;
}

export function toJson(incident: Incident, exportedAt: string, origin = ''): string {
  return `${JSON.stringify(
    {
      incident: incident.id,
      activatedAt: incident.activatedAt,
      activatedOn: { ...incident.activatedOn, url: origin + incident.activatedOn.url },
      exportedAt,
      timeline: timeline(incident).map((r) => ({ ...r, url: origin + r.url })),
    },
    null,
    2,
  )}\n`;
}
