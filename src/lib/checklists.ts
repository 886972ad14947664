/**
 * Generated checklists: the quarterly internal audit (clause 6.2) from every control; one per law
 * from the controls that serve it; the release gate of each lifecycle stage; new-hire onboarding;
 * one per emergency drill; and the month's reports and duties. Every item carries the statement,
 * owner, evidence, test and basis, and names the entry it comes from.
 */
import { CONTROL_AREAS, LAWS, type Bilingual, type LawId } from '../schemas/index.ts';
import type { Entry } from './content/load.ts';
import { lifecycleStages, LIFECYCLE_BASIS, deadlineText, gateApprovers, type LifecycleStage } from './lifecycle.ts';
import { basisId, orderedRoles, type BasisId } from './matrix.ts';
import type { Model } from './model.ts';
import { roleName } from './titles.ts';

export type ChecklistKind = 'audit' | 'law' | 'gate' | 'onboarding' | 'drill' | 'monthly';
export const CHECKLIST_KINDS: readonly ChecklistKind[] = ['audit', 'law', 'gate', 'onboarding', 'drill', 'monthly'];

export type ItemSource =
  | { collection: 'controls' | 'obligations' | 'plans' | 'roles' | 'parameters' | 'runbooks'; id: string }
  | { lifecycle: string };

export interface ChecklistItem {
  /** Stable within its checklist: `<source id>` or `<source id>-<n>`. */
  id: string;
  /** A heading the item sits under (control area, post, …). */
  group?: string;
  statement: string;
  /** Role that makes sure it is true; absent when the source names none. */
  owner?: string;
  evidence: string[];
  test: string;
  basis: BasisId;
  source: ItemSource;
  /** A short extra: the law article, the due day. */
  note?: string;
}

export interface Checklist {
  id: string;
  kind: ChecklistKind;
  title: Bilingual;
  summary: string;
  /** What requires the checklist. */
  basis: BasisId[];
  /** Role that runs it and signs it. */
  owner?: string;
  items: ChecklistItem[];
}

const areaIndex = (c: Entry<'controls'>) => CONTROL_AREAS.indexOf(c.data.area);
const byArea = (a: Entry<'controls'>, b: Entry<'controls'>) =>
  areaIndex(a) - areaIndex(b) || a.id.localeCompare(b.id, 'en', { numeric: true });

function controlItem(c: Entry<'controls'>, note?: string): ChecklistItem {
  return {
    id: c.id,
    group: c.data.area,
    statement: c.data.statement,
    ...(c.data.owner ? { owner: c.data.owner.id } : {}),
    evidence: c.data.evidence,
    test: c.data.test,
    basis: basisId(c.data.basis),
    source: { collection: 'controls', id: c.id },
    ...(note ? { note } : {}),
  };
}

export function auditChecklist(model: Model): Checklist {
  const audit = model.get('obligations', 'quarterly-internal-audit');
  return {
    id: 'quarterly-internal-audit',
    kind: 'audit',
    title: { en: 'Quarterly internal audit', zh: '季度内部审计' },
    summary:
      'Every control of the handbook, by area: sample each, record the result, and fix every finding (clause 6.2).',
    basis: ['6.2'],
    ...(audit ? { owner: audit.data.owner.id } : {}),
    items: [...model.all('controls')].sort(byArea).map((c) => controlItem(c)),
  };
}

/** How a control cites a law: its article when confirmed, otherwise "article to confirm". */
export function lawReference(law: { law: LawId; article?: string | undefined; articleConfirmed: boolean }): string {
  return law.article && law.articleConfirmed
    ? `Article ${law.article}`
    : `article to confirm${law.article ? ` (${law.article}?)` : ''}`;
}

export function lawChecklist(model: Model, law: LawId): Checklist {
  const controls = [...model.all('controls')].filter((c) => c.data.laws.some((l) => l.law === law)).sort(byArea);
  return {
    id: `law-${law.toLowerCase()}`,
    kind: 'law',
    title: { en: LAWS[law].en, zh: LAWS[law].zh },
    summary: `The controls that serve the ${LAWS[law].en}, with the article each rests on where it is confirmed (clause 6.1).`,
    basis: ['6.1'],
    items: controls.map((c) =>
      controlItem(
        c,
        c.data.laws
          .filter((l) => l.law === law)
          .map(lawReference)
          .join('; '),
      ),
    ),
  };
}

export function gateChecklist(model: Model, stage: LifecycleStage): Checklist {
  const approvers = gateApprovers(model, stage);
  const deadline = deadlineText(model, stage);
  const source = { lifecycle: stage.id };
  const items: ChecklistItem[] = stage.checks.map((c, i) => ({
    id: `${stage.id}-${i + 1}`,
    statement: c.statement,
    owner: c.owner,
    evidence: c.evidence,
    test: c.test,
    basis: c.basis,
    source,
  }));
  items.push({
    id: `${stage.id}-gate`,
    statement: `${stage.gate.name.en}: approved by ${approvers.map((r) => model.get('roles', r)!.data.name.en).join(' or ') || 'the approver to be decided'} before the next stage starts.`,
    ...(approvers[0] ? { owner: approvers[0] } : {}),
    evidence: ['Approval record with approver, date and decision'],
    test: 'Check the approval exists, is by a holder of the gate, and precedes the first record of the next stage.',
    basis: stage.gate.basis,
    source,
    ...(deadline ? { note: deadline } : {}),
  });
  return {
    id: `gate-${stage.id}`,
    kind: 'gate',
    title: { en: `Release gate ${stage.step}: ${stage.title.en}`, zh: `${stage.title.zh}阶段审批` },
    summary: `What must be true before “${stage.title.en}” is approved and the next stage starts. Clause 3.1 requires the approval; who approves and most checks are the handbook's proposal.`,
    basis: [LIFECYCLE_BASIS],
    ...(approvers[0] ? { owner: approvers[0] } : {}),
    items,
  };
}

export function onboardingChecklist(model: Model): Checklist {
  const items: ChecklistItem[] = [];
  const months = model.get('parameters', 'training-months');
  const everyone = 'Every new hire';
  const newHire = model.get('roles', 'new-hire');
  if (months) {
    items.push({
      id: 'training-months',
      group: everyone,
      statement: `Complete ${months.data.value} ${months.data.unit} of pre-job training and pass the assessment before working alone.`,
      ...(newHire ? { owner: newHire.id } : {}),
      evidence: ['Training plan and attendance record', 'Signed assessment result'],
      test: 'Check the assessment date is at least the training period after the start date and is signed as passed.',
      basis: '2.2',
      source: { collection: 'parameters', id: months.id },
    });
  }
  for (const c of model
    .all('controls')
    .filter((c) => c.data.area === 'training')
    .sort(byArea))
    items.push({ ...controlItem(c), group: everyone });
  const training = model.get('obligations', 'compliance-training');
  if (training) {
    items.push({
      id: training.id,
      group: everyone,
      statement: `${training.data.title.en}: ${training.data.description}`,
      owner: training.data.owner.id,
      evidence: training.data.evidence,
      test: 'Check the new hire is on the attendance sheet with a passing score.',
      basis: basisId(training.data.basis),
      source: { collection: 'obligations', id: training.id },
    });
  }
  const topics = (role: Entry<'roles'>, group: string) =>
    role.data.training.map((t, i) => ({
      id: `${role.id}-${i + 1}`,
      group,
      statement: t.topic,
      owner: role.id,
      evidence: ['Training record signed by the trainer and the new hire'],
      test: 'Check the training record exists and predates the first solo assignment.',
      basis: basisId(t.basis),
      source: { collection: 'roles' as const, id: role.id },
    }));
  if (newHire) items.push(...topics(newHire, everyone));
  for (const role of orderedRoles(model).filter((r) => r.data.scope === 'internal' && r.id !== 'new-hire')) {
    items.push(...topics(role, `Post: ${role.data.name.en}`));
  }
  return {
    id: 'onboarding',
    kind: 'onboarding',
    title: { en: 'New-hire onboarding', zh: '新员工入职' },
    summary:
      'What a new hire completes before working alone: the pre-job training and assessment of clause 2.2, compliance training, and the training of their post.',
    basis: ['2.2'],
    ...(model.has('roles', 'department-head') ? { owner: 'department-head' } : {}),
    items,
  };
}

export function drillChecklist(model: Model, drill: Entry<'obligations'>): Checklist {
  const plan = drill.data.plan ? model.get('plans', drill.data.plan.id) : undefined;
  const name = (id: string) => roleName(model, id);
  const items: ChecklistItem[] = [
    {
      id: drill.id,
      group: 'The drill',
      statement: `${drill.data.title.en}: ${drill.data.description}`,
      owner: drill.data.owner.id,
      evidence: drill.data.evidence,
      test: 'Check a drill record exists for every period of the cadence, with its evidence complete.',
      basis: basisId(drill.data.basis),
      source: { collection: 'obligations', id: drill.id },
    },
  ];
  if (plan) {
    const planBasis = plan.data.basis.map(basisId);
    const basis = planBasis.includes('6.2') ? '6.2' : (planBasis[0] ?? 'proposed');
    const source = { collection: 'plans' as const, id: plan.id };
    plan.data.firstFifteen.forEach((step, i) =>
      items.push({
        id: `${plan.id}-first-${i + 1}`,
        group: 'First 15 minutes',
        statement: step,
        owner: plan.data.lead.id,
        evidence: ['Drill timeline with the time of this step'],
        test: 'Check the step appears in the timeline within the first 15 minutes.',
        basis,
        source,
      }),
    );
    plan.data.notifications.forEach((n, i) =>
      items.push({
        id: `${plan.id}-notify-${i + 1}`,
        group: 'Notifications',
        statement: `${name(n.from.id)} tells ${n.to.map((t) => name(t.id)).join(', ')} by ${n.channel.replace(/-/g, ' ')}, within ${n.within}.`,
        owner: n.from.id,
        evidence: ['Drill timeline with the time of the call or message'],
        test: 'Compare the logged time with the deadline.',
        basis: basisId(n.basis),
        source,
      }),
    );
    plan.data.runbooks.forEach((r) =>
      items.push({
        id: `${plan.id}-runbook-${r.id}`,
        group: 'Runbooks',
        statement: `The runbook “${model.get('runbooks', r.id)?.data.title.en ?? r.id}” is exercised or walked through.`,
        owner: plan.data.lead.id,
        evidence: ['Drill record naming the runbook and its outcome'],
        test: 'Check the drill record names the runbook and its result.',
        basis: 'proposed',
        source: { collection: 'runbooks', id: r.id },
      }),
    );
    items.push({
      id: `${plan.id}-retroactive`,
      group: 'Afterwards',
      statement: `Retroactive approval is filed for every decision taken first: ${plan.data.retroactiveApproval}`,
      ...(model.get('permissions', 'crisis-act-first')?.data.grantees[0]
        ? { owner: model.get('permissions', 'crisis-act-first')!.data.grantees[0]!.id }
        : {}),
      evidence: ['Approval requests filed after the drill, one per decision taken first'],
      test: 'Match each act-first decision in the timeline to a filed approval.',
      basis: '4.1',
      source,
    });
  }
  for (const c of model
    .all('controls')
    .filter((c) => c.data.obligation?.id === drill.id)
    .sort(byArea))
    items.push({ ...controlItem(c), group: 'Controls' });
  return {
    id: drill.id,
    kind: 'drill',
    title: drill.data.title,
    summary: plan ? `Run and record a drill of the plan “${plan.data.title.en}”.` : drill.data.description,
    basis: [basisId(drill.data.basis)],
    owner: drill.data.owner.id,
    items,
  };
}

/** A duty's due day in words, from its day parameter. */
export function dueText(model: Model, o: Entry<'obligations'>): string | undefined {
  const p = o.data.cadence.dayParameter ? model.get('parameters', o.data.cadence.dayParameter.id) : undefined;
  if (!p) return undefined;
  return p.data.unit === 'weekday' ? `every ${p.data.value}` : `due on day ${p.data.value}`;
}

export function monthlyChecklist(model: Model): Checklist {
  const monthly = model
    .all('obligations')
    .filter(
      (o) => o.data.cadence.freq === 'monthly' && o.data.cadence.interval === 1 && !o.data.cadence.intervalParameter,
    )
    .sort((a, b) => Number(b.data.kind === 'report') - Number(a.data.kind === 'report') || a.id.localeCompare(b.id));
  return {
    id: 'monthly-reports',
    kind: 'monthly',
    title: { en: 'Monthly reports and duties due', zh: '月度报告与事项' },
    summary: 'The three monthly reports of clause 3.2 with their due days, and the other duties due each month.',
    basis: ['3.2'],
    ...(model.has('roles', 'department-head') ? { owner: 'department-head' } : {}),
    items: monthly.map((o) => {
      const due = dueText(model, o);
      return {
        id: o.id,
        group: o.data.kind === 'report' ? 'Reports' : 'Other monthly duties',
        statement: `${o.data.title.en}: ${o.data.description}`,
        owner: o.data.owner.id,
        evidence: o.data.evidence,
        test: due ? `Check it was filed by the due day (${due}).` : 'Check it was done within the month.',
        basis: basisId(o.data.basis),
        source: { collection: 'obligations' as const, id: o.id },
        ...(due ? { note: due } : {}),
      };
    }),
  };
}

/** Every checklist, in the order the index lists them. */
export function buildChecklists(model: Model, stages: readonly LifecycleStage[] = lifecycleStages(model)): Checklist[] {
  return [
    auditChecklist(model),
    ...(Object.keys(LAWS) as LawId[]).map((law) => lawChecklist(model, law)),
    ...stages.map((s) => gateChecklist(model, s)),
    onboardingChecklist(model),
    ...model
      .all('obligations')
      .filter((o) => o.data.kind === 'drill')
      .map((o) => drillChecklist(model, o)),
    monthlyChecklist(model),
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
] as const;

/** `controls:acc-01`, `lifecycle:deployment`. */
export const sourceKey = (s: ItemSource): string =>
  'lifecycle' in s ? `lifecycle:${s.lifecycle}` : `${s.collection}:${s.id}`;

/** A checklist as rows for CSV: an empty `done` column to tick, one evidence item per line of its cell. */
export function checklistTable(checklist: Checklist, toPlain: (text: string) => string = (text) => text): string[][] {
  return [
    [...CHECKLIST_CSV_HEADER],
    ...checklist.items.map((i) => [
      '',
      i.group ?? '',
      i.id,
      toPlain(i.statement),
      i.owner ?? '',
      i.evidence.map(toPlain).join('\n'),
      toPlain(i.test),
      i.basis,
      toPlain(i.note ?? ''),
      sourceKey(i.source),
    ]),
  ];
}
