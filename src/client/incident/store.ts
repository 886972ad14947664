/**
 * Incident records as localStorage holds them, read defensively: anything stored is untrusted
 * (another script of the origin, a browser extension or a hand edit may have changed it), so a
 * record is checked field by field on every read. A record that fails is skipped and counted,
 * never thrown; a step that fails is dropped from its record. No DOM here: the functions take
 * the storage, so tests run them on a plain Map.
 */
import type { Incident, StepRecord } from './log.ts';

export const KEY = 'handbook.incident.';
export const CURRENT = `${KEY}current`;
export const WHO = `${KEY}who`;

/**
 * Days an incident log stays in a browser after its activation. The policy sets no period for
 * this working copy (the record that counts is the exported log filed with the post-incident
 * review); 90 days is the handbook's proposal: long enough to finish any review, short enough
 * that names and notes do not pile up on shared or lost devices. README: "Incident mode".
 */
export const RETENTION_DAYS = 90;

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const INCIDENT_ID = /^INC-\d{8}-\d{4}(-\d{1,4})?$/;
/** A page of this site: a path, no scheme, no `//host`, no characters that would end a Markdown link. */
const SITE_PATH = /^\/(?!\/)[A-Za-z0-9\-._~/%]*$/;
const MAX_TEXT = 2000;

const isText = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
const isTime = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseStep(value: unknown): StepRecord | undefined {
  if (!isObject(value)) return undefined;
  const { doc, docTitle, step, title, done, at, who, note, noteAt } = value;
  if (!isText(doc, 300) || !SITE_PATH.test(doc) || !isText(docTitle, 300) || !isText(title, 300)) return undefined;
  if (
    typeof step !== 'number' ||
    !Number.isInteger(step) ||
    step < 1 ||
    step > 1000 ||
    typeof done !== 'boolean' ||
    !isText(note)
  )
    return undefined;
  if (
    (at !== undefined && !isTime(at)) ||
    (noteAt !== undefined && !isTime(noteAt)) ||
    (who !== undefined && !isText(who, 200))
  )
    return undefined;
  return {
    doc,
    docTitle,
    step,
    title,
    done,
    note,
    ...(at !== undefined ? { at } : {}),
    ...(who !== undefined ? { who } : {}),
    ...(noteAt !== undefined ? { noteAt } : {}),
  };
}

/** A stored record as an incident, or undefined when it is not one; `dropped` counts steps that were not valid. */
export function parseIncident(value: unknown): { incident: Incident; dropped: number } | undefined {
  if (!isObject(value) || !isObject(value.activatedOn) || !isObject(value.steps)) return undefined;
  const { id, activatedAt, activatedOn } = value;
  if (typeof id !== 'string' || !INCIDENT_ID.test(id) || !isTime(activatedAt)) return undefined;
  if (!isText(activatedOn.url, 300) || !SITE_PATH.test(activatedOn.url) || !isText(activatedOn.title, 300))
    return undefined;
  const steps: Record<string, StepRecord> = {};
  let dropped = 0;
  for (const [key, raw] of Object.entries(value.steps)) {
    const step = parseStep(raw);
    if (step && key === `${step.doc}#${step.step}`) steps[key] = step;
    else dropped += 1;
  }
  return {
    incident: { id, activatedAt, activatedOn: { url: activatedOn.url, title: activatedOn.title }, steps },
    dropped,
  };
}

/** The incident stored under `id`, with a count of what had to be skipped (`bad`: the whole record). */
export function readIncident(storage: StorageLike, id: string): { incident?: Incident; skipped: number } {
  const raw = storage.getItem(KEY + id);
  if (raw === null) return { skipped: 0 };
  let value: unknown;
  try {
    value = JSON.parse(raw);
    // Stryker disable next-line BlockStatement: equivalent, the undefined left behind is refused just below, and skipped as one
  } catch {
    return { skipped: 1 };
  }
  const parsed = parseIncident(value);
  return parsed ? { incident: parsed.incident, skipped: parsed.dropped } : { skipped: 1 };
}

/** Every incident id stored in this browser. */
export function storedIds(storage: StorageLike): string[] {
  const ids: string[] = [];
  // Stryker disable next-line EqualityOperator: equivalent, the key past the last is null, which is skipped
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(KEY) && INCIDENT_ID.test(key.slice(KEY.length))) ids.push(key.slice(KEY.length));
  }
  return ids.sort();
}

/**
 * Removes the logs activated more than `days` ago, and records that cannot be read at all
 * (they can never be exported). Returns how many of each were removed.
 */
export function purge(storage: StorageLike, now: Date, days = RETENTION_DAYS): { expired: number; unreadable: number } {
  const limit = now.getTime() - days * 24 * 60 * 60 * 1000;
  let expired = 0;
  let unreadable = 0;
  for (const id of storedIds(storage)) {
    const { incident } = readIncident(storage, id);
    if (!incident) unreadable += 1;
    else if (Date.parse(incident.activatedAt) < limit) expired += 1;
    else continue;
    storage.removeItem(KEY + id);
  }
  const current = storage.getItem(CURRENT);
  if (current !== null && storage.getItem(KEY + safeId(current)) === null) storage.removeItem(CURRENT);
  return { expired, unreadable };
}

/** The id the `current` pointer holds, or '' when it is not an incident id. */
function safeId(raw: string): string {
  try {
    const id = JSON.parse(raw) as unknown;
    return typeof id === 'string' && INCIDENT_ID.test(id) ? id : '';
  } catch {
    return '';
  }
}

export const currentId = (storage: StorageLike): string | undefined => {
  const raw = storage.getItem(CURRENT);
  const id = raw === null ? '' : safeId(raw);
  return id || undefined;
};

/** "Delete all incident logs on this device": every key of incident mode, the reader's name included. Returns how many logs. */
export function deleteAll(storage: StorageLike): number {
  const keys: string[] = [];
  // Stryker disable next-line EqualityOperator: equivalent, the key past the last is null, which is skipped
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(KEY)) keys.push(key);
  }
  keys.forEach((key) => storage.removeItem(key));
  return keys.filter((k) => INCIDENT_ID.test(k.slice(KEY.length))).length;
}
