/**
 * Generated checklists, from the checklist definitions in `src/content/checklists/`: the quarterly
 * internal audit from every control; one per law from the controls that serve it; the release gate
 * of each lifecycle stage; new-hire onboarding; one per emergency drill; and the month's reports and
 * duties. Every item carries the statement, owner, evidence, test and basis, and names the entry it
 * comes from. The words are the content's or the dictionary's (`Words`), worded by the page.
 */
import { CONTROL_AREAS, LAWS, type Bilingual, type LawId } from '../schemas/index.ts';
import type { Entry } from './content/load.ts';
import { lifecycleStages, deadlineWords, gateApprovers, type LifecycleStage } from './lifecycle.ts';
import { basisCellWords, basisId, basisQuotes, type Basis, type BasisId } from './basis.ts';
import { firstFifteenSteps, planRunbooks } from './queries/plans.ts';
import { orderedRoles } from './queries/roles.ts';
import type { Model } from './model.ts';
import { asWritten, fillTemplate, named, say, type Words } from './words.ts';
import { parameterWords } from './parameter-words.ts';
import { plainMarkdown } from './plain-markdown.ts';
import type { UiKey } from '../i18n/en.ts';

export { CHECKLIST_KINDS } from '../schemas/checklist.ts';

/** The quoted words of an item's basis, as an optional field (absent for a proposal). */
const quotesOf = (b: Basis) => (basisQuotes(b).length ? { quotes: basisQuotes(b) } : {});
export type ChecklistKind = 'audit' | 'law' | 'gate' | 'onboarding' | 'drill' | 'monthly';

export type ItemSource =
  | {
      collection: 'controls' | 'obligations' | 'plans' | 'roles' | 'parameters' | 'runbooks' | 'checklists';
      id: string;
    }
  | { lifecycle: string };

export interface ChecklistItem {
  /** Stable within its checklist: `<source id>` or `<source id>-<n>`. */
  id: string;
  /** A heading the item sits under (control area, post, …). */
  group?: Words;
  /** A control's area: the CSV's group column names it by id. */
  area?: (typeof CONTROL_AREAS)[number];
  /**
   * A short name, where the item has one (a control's or a duty's title): the page shows it as the
   * item's line and the statement below it, so a long statement is not the line to tick.
   */
  title?: Words;
  statement: Words;
  /** Role that makes sure it is true; absent when the source names none. */
  owner?: string;
  evidence: Words[];
  test: Words;
  basis: BasisId;
  /** The words of the clause the basis quotes, when it rests on one. */
  quotes?: string[];
  source: ItemSource;
  /** A short extra: the law article, the due day. */
  note?: Words;
}

export interface Checklist {
  id: string;
  kind: ChecklistKind;
  /** The definition (`src/content/checklists/`) it is generated from. */
  definition: string;
  title: Bilingual;
  summary: Words;
  /** What requires the checklist. */
  basis: BasisId[];
  /** Role that runs it and signs it. */
  owner?: string;
  items: ChecklistItem[];
}

type Definition<K extends ChecklistKind> = Entry<'checklists'> & {
  data: Extract<Entry<'checklists'>['data'], { kind: K }>;
};

/** The definitions of one kind, by id. */
const definitionsOf = <K extends ChecklistKind>(model: Model, kind: K): Definition<K>[] =>
  model.all('checklists').filter((d): d is Definition<K> => d.data.kind === kind);

const written = (texts: string[]): Words[] => texts.map((t) => asWritten(t));
const areaGroup = (area: (typeof CONTROL_AREAS)[number]): Words => say(`checklists.area.${area}` as UiKey);

const areaIndex = (c: Entry<'controls'>) => CONTROL_AREAS.indexOf(c.data.area);
const byArea = (a: Entry<'controls'>, b: Entry<'controls'>) =>
  areaIndex(a) - areaIndex(b) || a.id.localeCompare(b.id, 'en', { numeric: true });

function controlItem(c: Entry<'controls'>, note?: Words): ChecklistItem {
  return {
    id: c.id,
    group: areaGroup(c.data.area),
    area: c.data.area,
    title: named(c.data.title),
    statement: asWritten(c.data.statement),
    ...(c.data.owner ? { owner: c.data.owner.id } : {}),
    evidence: written(c.data.evidence),
    test: asWritten(c.data.test),
    basis: basisId(c.data.basis),
    ...quotesOf(c.data.basis),
    source: { collection: 'controls', id: c.id },
    ...(note ? { note } : {}),
  };
}

/** What every checklist of a definition shares. */
function header(d: Definition<ChecklistKind>): Pick<Checklist, 'kind' | 'definition' | 'basis'> {
  return { kind: d.data.kind, definition: d.id, basis: d.data.basis.map(basisId) };
}
const ownerOf = (d: Definition<ChecklistKind>) => (d.data.owner ? { owner: d.data.owner.id } : {});
/** A family's title for one member: the definition's words with the member's values. */
const eachTitle = (d: Definition<'law' | 'gate' | 'drill'>, values: Record<string, string | number>): Bilingual => ({
  en: fillTemplate(d.data.each.title.en, values),
  zh: fillTemplate(d.data.each.title.zh, values),
});

function auditChecklist(model: Model, d: Definition<'audit'>): Checklist {
  const duty = model.get('obligations', d.data.obligation.id);
  const owner = d.data.owner?.id ?? duty?.data.owner.id;
  return {
    id: d.id,
    ...header(d),
    title: d.data.title,
    summary: asWritten(d.data.summary),
    ...(owner ? { owner } : {}),
    items: [...model.all('controls')].sort(byArea).map((c) => controlItem(c)),
  };
}

/** How a control cites a law: its article when confirmed, otherwise "article to confirm". */
export function lawReference(law: { law: LawId; article?: string | undefined; articleConfirmed: boolean }): Words {
  if (law.article && law.articleConfirmed) return say('checklists.article', { article: law.article });
  return law.article
    ? say('checklists.articleToConfirmGuess', { article: law.article })
    : say('checklists.articleToConfirm');
}

function lawChecklist(model: Model, d: Definition<'law'>, law: LawId): Checklist {
  const controls = [...model.all('controls')].filter((c) => c.data.laws.some((l) => l.law === law)).sort(byArea);
  const values = {
    law: `${LAWS[law].en} (${LAWS[law].version.en})`,
    lawZh: `${LAWS[law].zh}(${LAWS[law].version.zh})`,
  };
  return {
    id: `law-${law.toLowerCase()}`,
    ...header(d),
    title: eachTitle(d, values),
    summary: asWritten(d.data.each.summary, values),
    ...ownerOf(d),
    items: controls.map((c) => {
      const refs = c.data.laws.filter((l) => l.law === law).map(lawReference);
      return controlItem(c, joined(refs));
    }),
  };
}

/** Several words as one list, separated by semicolons. */
function joined(list: Words[]): Words {
  return list.slice(1).reduce<Words>((acc, w) => say('checklists.noteList', { first: acc, next: w }), list[0]!);
}

function gateChecklist(model: Model, d: Definition<'gate'>, stage: LifecycleStage): Checklist {
  const approvers = gateApprovers(model, stage);
  const deadline = deadlineWords(model, stage);
  const source = { lifecycle: stage.id };
  const items: ChecklistItem[] = stage.checks.map((c, i) => ({
    id: `${stage.id}-${i + 1}`,
    statement: asWritten(c.statement),
    owner: c.owner,
    evidence: written(c.evidence),
    test: asWritten(c.test),
    basis: c.basis,
    source,
  }));
  items.push({
    id: `${stage.id}-gate`,
    statement: approvers.length
      ? say('checklists.gateApproval', { gate: { name: stage.gate.name }, approvers: { roles: approvers, join: 'or' } })
      : say('checklists.gateApprovalUndecided', { gate: { name: stage.gate.name } }),
    ...(approvers[0] ? { owner: approvers[0] } : {}),
    evidence: written(d.data.approval.evidence),
    test: asWritten(d.data.approval.test),
    basis: stage.gate.basis,
    source,
    ...(deadline ? { note: deadline } : {}),
  });
  const values = { step: stage.step, stage: stage.title.en, stageZh: stage.title.zh };
  return {
    id: `gate-${stage.id}`,
    ...header(d),
    title: eachTitle(d, values),
    summary: asWritten(d.data.each.summary, values),
    ...(d.data.owner ? { owner: d.data.owner.id } : approvers[0] ? { owner: approvers[0] } : {}),
    items,
  };
}

function onboardingChecklist(model: Model, d: Definition<'onboarding'>): Checklist {
  const everyone = say('checklists.group.everyone');
  const items: ChecklistItem[] = d.data.items.map((item) => {
    const parameter = item.parameter ? model.get('parameters', item.parameter.id) : undefined;
    return {
      id: item.id,
      group: everyone,
      statement: asWritten(item.statement, parameter ? parameterWords(parameter.data) : undefined),
      ...(item.owner ? { owner: item.owner.id } : {}),
      evidence: written(item.evidence),
      test: asWritten(item.test),
      basis: basisId(item.basis),
      ...quotesOf(item.basis),
      source: parameter ? { collection: 'parameters', id: parameter.id } : { collection: 'checklists', id: d.id },
    };
  });
  for (const c of model
    .all('controls')
    .filter((c) => d.data.controlAreas.includes(c.data.area))
    .sort(byArea))
    items.push({ ...controlItem(c), group: everyone, area: undefined });
  for (const { obligation, test } of d.data.obligations) {
    const duty = model.get('obligations', obligation.id);
    if (!duty) continue;
    items.push({
      id: duty.id,
      group: everyone,
      title: named(duty.data.title),
      statement: asWritten(duty.data.description),
      owner: duty.data.owner.id,
      evidence: written(duty.data.evidence),
      test: asWritten(test),
      basis: basisId(duty.data.basis),
      ...quotesOf(duty.data.basis),
      source: { collection: 'obligations', id: duty.id },
    });
  }
  const { training } = d.data;
  const topics = (role: Entry<'roles'>, group: Words): ChecklistItem[] =>
    role.data.training.map((t, i) => ({
      id: `${role.id}-${i + 1}`,
      group,
      statement: asWritten(t.topic),
      owner: role.id,
      evidence: written(training.evidence),
      test: asWritten(training.test),
      basis: basisId(t.basis),
      ...quotesOf(t.basis),
      source: { collection: 'roles', id: role.id },
    }));
  const newHire = training.everyone ? model.get('roles', training.everyone.id) : undefined;
  if (newHire) items.push(...topics(newHire, everyone));
  for (const role of orderedRoles(model).filter((r) => r.data.scope === 'internal' && r.id !== training.everyone?.id)) {
    items.push(...topics(role, say('checklists.group.post', { role: { roles: [role.id], join: 'and' } })));
  }
  return { id: d.id, ...header(d), title: d.data.title, summary: asWritten(d.data.summary), ...ownerOf(d), items };
}

function drillChecklist(model: Model, d: Definition<'drill'>, drill: Entry<'obligations'>): Checklist {
  const plan = drill.data.plan ? model.get('plans', drill.data.plan.id) : undefined;
  const items: ChecklistItem[] = [
    {
      id: drill.id,
      group: say('checklists.group.drill'),
      title: named(drill.data.title),
      statement: asWritten(drill.data.description),
      owner: drill.data.owner.id,
      evidence: written(drill.data.evidence),
      test: asWritten(d.data.drill.test),
      basis: basisId(drill.data.basis),
      ...quotesOf(drill.data.basis),
      source: { collection: 'obligations', id: drill.id },
    },
  ];
  if (plan) {
    const source = { collection: 'plans' as const, id: plan.id };
    firstFifteenSteps(plan, model).forEach((step) =>
      items.push({
        id: `${plan.id}-first-${step.number}`,
        group: say('checklists.group.firstFifteen'),
        statement: asWritten(step.title),
        owner: plan.data.lead.id,
        evidence: written(d.data.firstFifteen.evidence),
        test: asWritten(d.data.firstFifteen.test),
        basis: basisId(d.data.firstFifteen.basis),
        ...quotesOf(d.data.firstFifteen.basis),
        source,
      }),
    );
    plan.data.notifications.forEach((n, i) =>
      items.push({
        id: `${plan.id}-notify-${i + 1}`,
        group: say('checklists.group.notifications'),
        statement: say('checklists.notification', {
          from: { roles: [n.from.id], join: 'and' },
          to: { roles: n.to.map((t) => t.id), join: 'comma' },
          channel: say(`checklists.channel.${n.channel}` as UiKey),
          within: n.within,
        }),
        owner: n.from.id,
        evidence: written(d.data.notifications.evidence),
        test: asWritten(d.data.notifications.test),
        basis: basisId(n.basis),
        ...quotesOf(n.basis),
        source,
      }),
    );
    planRunbooks(plan).forEach((id) =>
      items.push({
        id: `${plan.id}-runbook-${id}`,
        group: say('checklists.group.runbooks'),
        statement: say('checklists.runbook', {
          title: { name: model.get('runbooks', id)?.data.title ?? { en: id } },
        }),
        owner: plan.data.lead.id,
        evidence: written(d.data.runbooks.evidence),
        test: asWritten(d.data.runbooks.test),
        basis: basisId(d.data.runbooks.basis),
        ...quotesOf(d.data.runbooks.basis),
        source: { collection: 'runbooks', id },
      }),
    );
    const actFirst = model.get('permissions', d.data.retroactive.permission.id)?.data.grantees[0];
    items.push({
      id: `${plan.id}-retroactive`,
      group: say('checklists.group.afterwards'),
      statement: say('checklists.retroactive', { approval: plan.data.retroactiveApproval }),
      ...(actFirst ? { owner: actFirst.id } : {}),
      evidence: written(d.data.retroactive.evidence),
      test: asWritten(d.data.retroactive.test),
      basis: basisId(d.data.retroactive.basis),
      ...quotesOf(d.data.retroactive.basis),
      source,
    });
  }
  for (const c of model
    .all('controls')
    .filter((c) => c.data.obligation?.id === drill.id)
    .sort(byArea))
    items.push({ ...controlItem(c), group: say('checklists.group.controls'), area: undefined });
  return {
    id: drill.id,
    kind: 'drill',
    definition: d.id,
    title: eachTitle(d, { title: drill.data.title.en, titleZh: drill.data.title.zh }),
    summary: plan
      ? asWritten(d.data.each.summary, { plan: { name: plan.data.title } })
      : asWritten(drill.data.description),
    basis: [basisId(drill.data.basis)],
    owner: drill.data.owner.id,
    items,
  };
}

/** A duty's due day, from its day parameter: a weekday, or a day of the month. */
function dueWords(model: Model, o: Entry<'obligations'>): Words | undefined {
  const p = o.data.cadence.dayParameter ? model.get('parameters', o.data.cadence.dayParameter.id) : undefined;
  if (!p) return undefined;
  const { value } = parameterWords(p.data);
  return p.data.unit === 'weekday'
    ? say('checklists.dueWeekday', { weekday: value })
    : say('checklists.dueDay', { day: value });
}

function monthlyChecklist(model: Model, d: Definition<'monthly'>): Checklist {
  const monthly = model
    .all('obligations')
    .filter(
      (o) => o.data.cadence.freq === 'monthly' && o.data.cadence.interval === 1 && !o.data.cadence.intervalParameter,
    )
    .sort((a, b) => Number(b.data.kind === 'report') - Number(a.data.kind === 'report') || a.id.localeCompare(b.id));
  return {
    id: d.id,
    ...header(d),
    title: d.data.title,
    summary: asWritten(d.data.summary),
    ...ownerOf(d),
    items: monthly.map((o) => {
      const due = dueWords(model, o);
      return {
        id: o.id,
        group: say(o.data.kind === 'report' ? 'checklists.group.reports' : 'checklists.group.otherMonthly'),
        title: named(o.data.title),
        statement: asWritten(o.data.description),
        owner: o.data.owner.id,
        evidence: written(o.data.evidence),
        test: due ? asWritten(d.data.test.due, { due }) : asWritten(d.data.test.undated),
        basis: basisId(o.data.basis),
        ...quotesOf(o.data.basis),
        source: { collection: 'obligations' as const, id: o.id },
        ...(due ? { note: due } : {}),
      };
    }),
  };
}

/** Every checklist, in the order of the kinds, each kind's definitions by id. */
export function buildChecklists(model: Model, stages: readonly LifecycleStage[] = lifecycleStages(model)): Checklist[] {
  return [
    ...definitionsOf(model, 'audit').map((d) => auditChecklist(model, d)),
    ...definitionsOf(model, 'law').flatMap((d) =>
      (Object.keys(LAWS) as LawId[]).map((law) => lawChecklist(model, d, law)),
    ),
    ...definitionsOf(model, 'gate').flatMap((d) => stages.map((s) => gateChecklist(model, d, s))),
    ...definitionsOf(model, 'onboarding').map((d) => onboardingChecklist(model, d)),
    ...definitionsOf(model, 'drill').flatMap((d) =>
      model
        .all('obligations')
        .filter((o) => o.data.kind === 'drill')
        .map((o) => drillChecklist(model, d, o)),
    ),
    ...definitionsOf(model, 'monthly').map((d) => monthlyChecklist(model, d)),
  ];
}

/** The checklists a role owns, or owns items in, with how many items. */
export function checklistsOwnedBy(
  checklists: Checklist[],
  roleIds: string[],
): { checklist: Checklist; items: number; ownsList: boolean }[] {
  return checklists
    .map((checklist) => ({
      checklist,
      items: checklist.items.filter((i) => i.owner !== undefined && roleIds.includes(i.owner)).length,
      ownsList: checklist.owner !== undefined && roleIds.includes(checklist.owner),
    }))
    .filter((c) => c.items > 0 || c.ownsList);
}

/** A run of consecutive items under one heading, each with its number in the whole checklist (from 1). */
export interface ItemRun<L> {
  label?: L;
  items: { n: number; item: ChecklistItem }[];
}

/**
 * The items in runs that share a heading, as the screen and the paper views show them: `label`
 * gives an item's heading (its group in the reader's words), and a new run starts where it changes.
 */
export function itemRuns<L>(
  items: readonly ChecklistItem[],
  label: (item: ChecklistItem) => L | undefined,
): ItemRun<L>[] {
  const runs: ItemRun<L>[] = [];
  items.forEach((item, i) => {
    const heading = label(item);
    const last = runs.at(-1);
    if (last && last.label === heading) last.items.push({ n: i + 1, item });
    else runs.push({ ...(heading !== undefined ? { label: heading } : {}), items: [{ n: i + 1, item }] });
  });
  return runs;
}

/**
 * The columns of a checklist's CSV, each worded by its `csv.checklist.<column>` key: what to check,
 * then the empty columns the auditor fills in (result, sample, finding, tested by, date).
 */
export const CHECKLIST_CSV_HEADER = [
  'done',
  'group',
  'item',
  'statement',
  'owner',
  'evidence',
  'test',
  'basis',
  'note',
  'source',
  'result',
  'sample',
  'finding',
  'tested_by',
  'date',
] as const;
/** The columns left empty for the person working through the checklist. */
const WRITE_IN_COLUMNS = 5;

/** `controls:acc-01`, `lifecycle:deployment`. */
export const sourceKey = (s: ItemSource): string =>
  'lifecycle' in s ? `lifecycle:${s.lifecycle}` : `${s.collection}:${s.id}`;

/** An item's title and statement as one text (`Title: statement`), for the CSV's one statement cell. */
export const itemStatement = (item: ChecklistItem): Words =>
  item.title ? say('checklists.duty', { title: item.title, description: item.statement }) : item.statement;

/**
 * A checklist as rows for CSV, worded by `sayWords` in the file's language: a header, an empty
 * `done` column to tick, one evidence item per line of its cell, and the empty columns to write the
 * result in. A spreadsheet shows text as typed, so every cell is plain text (no Markdown code quotes
 * or link syntax) and owners are role names; the item id and its source stay ids in every language.
 */
export function checklistTable(checklist: Checklist, sayWords: (words: Words) => string): string[][] {
  const plain = (words: Words) => plainMarkdown(sayWords(words));
  return [
    CHECKLIST_CSV_HEADER.map((column) => sayWords(say(`csv.checklist.${column}`))),
    ...checklist.items.map((i) => [
      '',
      i.area
        ? plain(say('csv.code', { code: i.area, name: say(`checklists.area.${i.area}`) }))
        : i.group
          ? plain(i.group)
          : '',
      i.id,
      plain(itemStatement(i)),
      i.owner ? plain(say('csv.role', { id: i.owner, role: { roles: [i.owner], join: 'and' } })) : '',
      i.evidence.map(plain).join('\n'),
      plain(i.test),
      sayWords(basisCellWords(i.basis, i.quotes)),
      i.note ? plain(i.note) : '',
      sourceKey(i.source),
      ...Array.from({ length: WRITE_IN_COLUMNS }, () => ''),
    ]),
  ];
}
