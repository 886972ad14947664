/**
 * Incident mode (runbook and plan pages only). Adds to every numbered step a checkbox that records
 * the time, the reader's name and a note; runs the elapsed clock from activation; keeps everything
 * per incident in localStorage; exports the timeline; and puts a copy button on every command.
 */
import {
  duration,
  localTime,
  newIncidentId,
  pageLog,
  toJson,
  toMarkdown,
  type Incident,
  type LogWords,
  type StepRecord,
} from './log.ts';
import { fillTemplate } from '../../lib/words.ts';
import { CURRENT, currentId, deleteAll, KEY, purge, readIncident, RETENTION_DAYS, WHO } from './store.ts';

/** A placeholder without a value is left empty: a record a person reads never shows `{name}`. */
const fill = (text: string, values: Record<string, string | number>) =>
  fillTemplate(text, values, { unknown: 'empty' });

interface Words extends LogWords {
  done: string;
  note: string;
  noteFor: string;
  copy: string;
  copied: string;
  copyFailed: string;
  resetConfirm: string;
  noName: string;
  deleteAllConfirm: string;
  deletedAll: string;
  skipped: string;
  purged: string;
}

const panel = document.querySelector<HTMLElement>('[data-incident]')!;
const words = JSON.parse(panel.dataset.strings!) as Words;
const docTitle = panel.dataset.title!;
const doc = location.pathname;
const $ = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document) =>
  root.querySelector<T>(selector)!;
const live = $('[data-incident-live]');
const whoInput = $<HTMLInputElement>('[data-incident-who]', panel);
const bar = $('[data-incident-bar]');

function read<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}
const write = (key: string, value: unknown) => localStorage.setItem(key, JSON.stringify(value));
/** Says once per page that stored records were skipped or removed (they are never a reason to fail). */
function notice(text: string) {
  const box = $('[data-incident-notice]', panel);
  box.textContent = box.hidden || !box.textContent ? text : `${box.textContent} ${text}`;
  box.hidden = false;
}
let warnedSkipped = false;
const current = (): Incident | undefined => {
  const id = currentId(localStorage);
  if (!id) return undefined;
  const { incident, skipped } = readIncident(localStorage, id);
  if (skipped > 0 && !warnedSkipped) {
    warnedSkipped = true;
    notice(fill(words.skipped, { count: skipped }));
  }
  return incident;
};
const save = (incident: Incident) => write(KEY + incident.id, incident);

function activate(): Incident {
  const now = new Date();
  const incident: Incident = {
    id: newIncidentId(now, (id) => localStorage.getItem(KEY + id) !== null),
    activatedAt: now.toISOString(),
    activatedOn: { url: doc, title: docTitle },
    steps: {},
  };
  save(incident);
  write(CURRENT, incident.id);
  return incident;
}

/** The numbered steps of the page: the top-level items of each `<Steps>` list. */
const steps = [
  ...document.querySelectorAll<HTMLLIElement>('[data-steps] li[data-step], [data-steps] > ol > li'),
].filter((li, i, all) => all.indexOf(li) === i);

function stepTitle(li: HTMLLIElement): string {
  const strong = li.querySelector('strong');
  return (strong?.textContent ?? li.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 140);
}

const stepKey = (n: number) => `${doc}#${n}`;

function record(n: number, change: (r: StepRecord) => void) {
  const incident = current() ?? activate();
  const li = steps[n - 1]!;
  const r = incident.steps[stepKey(n)] ?? {
    doc,
    docTitle,
    step: Number(li.dataset.step ?? n),
    title: stepTitle(li),
    done: false,
    note: '',
  };
  change(r);
  incident.steps[stepKey(n)] = r;
  save(incident);
  render();
}

steps.forEach((li, index) => {
  const n = index + 1;
  const shown = Number(li.dataset.step ?? n);
  const box = document.createElement('div');
  box.className = 'step-record';
  box.innerHTML = `<label class="step-done"><input type="checkbox" data-step-check> <span>${words.done}</span></label> <time class="step-time" data-step-time></time> <label class="step-note"><span class="visually-hidden"></span><input type="text" data-step-note placeholder=""></label>`;
  $('.step-note span', box).textContent = fill(words.noteFor, { step: shown });
  $<HTMLInputElement>('[data-step-note]', box).placeholder = words.note;
  li.classList.add('step');
  li.append(box);
  $<HTMLInputElement>('[data-step-check]', box).addEventListener('change', (event) => {
    const checked = (event.target as HTMLInputElement).checked;
    const who = whoInput.value.trim();
    if (checked && !who) $('[data-incident-who-hint]', panel).textContent = words.noName;
    record(n, (r) => {
      r.done = checked;
      r.at = checked ? new Date().toISOString() : undefined;
      r.who = checked ? who : undefined;
    });
  });
  $<HTMLInputElement>('[data-step-note]', box).addEventListener('change', (event) => {
    const note = (event.target as HTMLInputElement).value;
    record(n, (r) => {
      r.note = note;
      r.noteAt = new Date().toISOString();
    });
  });
});

function render() {
  const incident = current();
  $('[data-incident-idle]', panel).hidden = Boolean(incident);
  $('[data-incident-active]', panel).hidden = !incident;
  bar.hidden = !incident;
  document.body.classList.toggle('incident-on', Boolean(incident));
  steps.forEach((li, index) => {
    const r = incident?.steps[stepKey(index + 1)];
    const check = $<HTMLInputElement>('[data-step-check]', li);
    const time = $<HTMLTimeElement>('[data-step-time]', li);
    const note = $<HTMLInputElement>('[data-step-note]', li);
    check.checked = Boolean(r?.done);
    li.classList.toggle('step-is-done', Boolean(r?.done));
    time.textContent = r?.done && r.at ? `${localTime(r.at).slice(11, 19)}${r.who ? ` · ${r.who}` : ''}` : '';
    if (r?.at) time.dateTime = r.at;
    if (document.activeElement !== note) note.value = r?.note ?? '';
  });
  if (!incident) return;
  $('[data-incident-id]', panel).textContent = incident.id;
  $('[data-incident-bar-id]').textContent = incident.id;
  const started = $<HTMLTimeElement>('[data-incident-started]', panel);
  started.dateTime = incident.activatedAt;
  started.textContent = localTime(incident.activatedAt);
  $('[data-incident-count]', panel).textContent = String(Object.values(incident.steps).filter((r) => r.done).length);
  renderLog(incident);
  tick();
}

/** The log as it grows, on the page: time, step, who and note, built as text (a note is never markup). */
function renderLog(incident: Incident) {
  const entries = pageLog(incident);
  const list = $('[data-incident-log]', panel);
  $('[data-incident-log-empty]', panel).hidden = entries.length > 0;
  list.replaceChildren(
    ...entries.map((entry) => {
      const li = document.createElement('li');
      const time = Object.assign(document.createElement('time'), { dateTime: entry.time, textContent: entry.clock });
      time.className = 'incident-log-time';
      const step = document.createElement(entry.url === doc ? 'span' : 'a');
      if (step instanceof HTMLAnchorElement) step.href = entry.url;
      step.className = 'incident-log-step';
      step.textContent = entry.url === doc ? entry.step : `${entry.document}: ${entry.step}`;
      li.append(time, ' ', step);
      if (!entry.done) li.append(` (${words.notDone})`);
      if (entry.who) li.append(` · ${entry.who}`);
      if (entry.note) {
        const note = document.createElement('span');
        note.className = 'incident-log-note';
        note.textContent = entry.note;
        li.append(note);
      }
      return li;
    }),
  );
}

/** Starting an incident takes the reader to step 1: scrolled to and focused, so a screen reader reads it next. */
function goToFirstStep() {
  const first = steps[0];
  if (!first) return;
  first.tabIndex = -1;
  first.scrollIntoView({ block: 'start' });
  first.focus({ preventScroll: true });
}

function tick() {
  const incident = current();
  if (!incident) return;
  const elapsed = duration(Date.now() - Date.parse(incident.activatedAt));
  $('[data-incident-clock]', panel).textContent = elapsed;
  $('[data-incident-bar-clock]').textContent = elapsed;
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

for (const button of panel.querySelectorAll<HTMLButtonElement>('[data-incident-start]')) {
  button.addEventListener('click', () => {
    activate();
    render();
    live.textContent = `${current()!.id}`;
    goToFirstStep();
  });
}
for (const button of panel.querySelectorAll<HTMLButtonElement>('[data-incident-export]')) {
  button.addEventListener('click', () => {
    const incident = current();
    if (!incident) return;
    const now = new Date().toISOString();
    const json = button.dataset.incidentExport === 'json';
    const text = json ? toJson(incident, now, location.origin) : toMarkdown(incident, words, now, location.origin);
    const output = $<HTMLTextAreaElement>('[data-incident-output]', panel);
    output.value = text;
    $('[data-incident-output-box]', panel).hidden = false;
    download(`${incident.id}.${json ? 'json' : 'md'}`, json ? 'application/json' : 'text/markdown', text);
  });
}
$('[data-incident-reset]', panel).addEventListener('click', () => {
  const incident = current();
  if (!incident || !confirm(fill(words.resetConfirm, { id: incident.id }))) return;
  localStorage.removeItem(KEY + incident.id);
  localStorage.removeItem(CURRENT);
  $('[data-incident-output-box]', panel).hidden = true;
  render();
});

$('[data-incident-delete-all]', panel).addEventListener('click', () => {
  if (!confirm(words.deleteAllConfirm)) return;
  const count = deleteAll(localStorage);
  whoInput.value = '';
  $('[data-incident-output-box]', panel).hidden = true;
  live.textContent = fill(words.deletedAll, { count });
  $('[data-incident-notice]', panel).hidden = true;
  notice(fill(words.deletedAll, { count }));
  render();
});

// Old logs (names and notes) do not stay on the device for ever; unreadable records go too.
const purged = purge(localStorage, new Date(), RETENTION_DAYS);
if (purged.expired + purged.unreadable > 0)
  notice(fill(words.purged, { count: purged.expired + purged.unreadable, days: RETENTION_DAYS }));

const storedWho = read<unknown>(WHO);
whoInput.value = typeof storedWho === 'string' ? storedWho.slice(0, 200) : '';
whoInput.addEventListener('change', () => {
  write(WHO, whoInput.value.trim());
  $('[data-incident-who-hint]', panel).textContent = '';
});

// A command is the text of a code block; every one gets a copy button.
for (const pre of document.querySelectorAll<HTMLPreElement>('.prose pre')) {
  const wrap = document.createElement('div');
  wrap.className = 'code-block';
  pre.replaceWith(wrap);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = words.copy;
  wrap.append(button, pre);
  button.addEventListener('click', async () => {
    const text = (pre.textContent ?? '').replace(/\n$/, '');
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = live.textContent = words.copied;
    } catch {
      getSelection()?.selectAllChildren(pre);
      button.textContent = live.textContent = words.copyFailed;
    }
    setTimeout(() => (button.textContent = words.copy), 2000);
  });
}

window.addEventListener('storage', (event: StorageEvent) => event.key?.startsWith(KEY) && render());
panel.hidden = false;
render();
setInterval(tick, 1000);
