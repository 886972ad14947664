/**
 * The five stages of clause 3.1 (需求收集 → 方案设计 → 开发测试 → 部署上线 → 运维监控), as data.
 *
 * Clause 3.1 says that every stage "must pass strict approval" but never says who approves which
 * stage, nor what the approval checks. So the existence of each gate rests on 3.1, while the
 * approver and most checks are proposals of the handbook, marked `proposed`. Only the deadlines
 * (kickoff, acceptance) and "acceptance only when tests pass" are the clause's own.
 *
 * Roles and permissions are named by id; `lifecycleProblems()` lists every id that does not
 * exist in a model, and the tests run it against the real content.
 */
import type { Bilingual } from '../schemas/index.ts';
import type { BasisId } from './matrix.ts';
import type { Model } from './model.ts';

export interface GateCheck {
  /** A testable statement, written like a control. */
  statement: string;
  /** The role that makes sure it is true. */
  owner: string;
  /** What to keep. */
  evidence: string[];
  /** How an auditor or the approver tests it. */
  test: string;
  basis: BasisId;
}

export interface LifecycleStage {
  id: string;
  /** Position, from 1. */
  step: number;
  title: Bilingual;
  /** Who does the stage's work: holders of these permissions, plus these roles. Basis: the handbook's reading. */
  work: { permissions: string[]; roles: string[]; basis: BasisId };
  /** The approval that closes the stage. */
  gate: {
    name: Bilingual;
    /** Holders of this permission approve; or these roles where no permission exists. */
    permission?: string;
    roles: string[];
    /** Who approves: `proposed` unless a clause names the approver. */
    basis: BasisId;
    /** Why this approver. */
    note: string;
  };
  /** A deadline the policy sets, by parameter. */
  deadline?: { parameter: string; text: string; basis: BasisId };
  /** Recurring duties that carry the stage's work (their participants are consulted). */
  obligations: string[];
  /** What the gate checks, as checklist items. */
  checks: GateCheck[];
}

/** The stages exist, and each is approved, by clause 3.1. */
export const LIFECYCLE_BASIS: BasisId = '3.1';

export const LIFECYCLE: readonly LifecycleStage[] = [
  {
    id: 'requirements',
    step: 1,
    title: { en: 'Requirements gathering', zh: '需求收集' },
    work: { permissions: [], roles: ['business-analyst'], basis: 'proposed' },
    gate: {
      name: { en: 'Requirements confirmed and project approved', zh: '需求确认与项目审批' },
      permission: 'approve-project',
      roles: [],
      basis: 'proposed',
      note: 'Clause 4.1 gives the department head full approval of projects (staffing, budget, schedule); the handbook places that approval at the end of requirements gathering, before the kickoff.',
    },
    deadline: { parameter: 'kickoff-days', text: 'Kickoff meeting within {value} {unit} of the requirements being confirmed', basis: '3.1' },
    obligations: ['weekly-joint-project-sync'],
    checks: [
      {
        statement: 'The requirements are written down and confirmed by the requesting department before any design starts.',
        owner: 'business-analyst',
        evidence: ['Requirements document with version and the requesting department’s confirmation'],
        test: 'Check that the confirmation date precedes the first design document.',
        basis: 'proposed',
      },
      {
        statement: 'The department head approves the project in full: staffing, budget and schedule.',
        owner: 'department-head',
        evidence: ['Project approval record signed by the department head'],
        test: 'Check the approval names staffing, budget and schedule and is signed by the department head.',
        basis: '4.1',
      },
      {
        statement: 'The kickoff meeting is held within the kickoff deadline, sets goals, milestones and responsibilities, and its minutes are archived.',
        owner: 'department-head',
        evidence: ['Kickoff minutes with time, attendees, goals, milestones and owners', 'Date of confirmation and date of kickoff'],
        test: 'Compare the kickoff date with the confirmation date against the kickoff-days parameter; check the minutes are on the document server.',
        basis: '3.1',
      },
      {
        statement: 'Any purchase the project needs has the three procurement signatures (department head, Finance, CEO) before it is bought.',
        owner: 'department-head',
        evidence: ['Purchase request with the three signatures in order'],
        test: 'For each purchase order of the project, check that three signatures in the right order precede the order date.',
        basis: '3.1',
      },
    ],
  },
  {
    id: 'design',
    step: 2,
    title: { en: 'Solution design', zh: '方案设计' },
    work: { permissions: [], roles: ['l2-architect-frontend', 'l2-architect-backend', 'l2-architect-database'], basis: 'proposed' },
    gate: {
      name: { en: 'Design approved', zh: '方案评审通过' },
      roles: ['l1-architect'],
      basis: 'proposed',
      note: 'The policy names no design approver; the L1 architect leads the L2 architects of each module (2.1), so the handbook proposes the L1 architect.',
    },
    obligations: ['quarterly-mid-term-review'],
    checks: [
      {
        statement: 'The design names every module it changes, the database schema changes it needs and how it will be rolled back.',
        owner: 'l2-architect-backend',
        evidence: ['Design document with modules, schema changes and rollback approach'],
        test: 'Inspect the design document for the three items.',
        basis: 'proposed',
      },
      {
        statement: 'A test plan is drafted by a test engineer before development starts.',
        owner: 'test-engineer',
        evidence: ['Test plan with version and author'],
        test: 'Check that the test plan exists and its author is a test engineer.',
        basis: 'proposed',
      },
      {
        statement: 'The L1 architect approves the design before development starts.',
        owner: 'l1-architect',
        evidence: ['Design approval record with approver and date'],
        test: 'Check the approval date precedes the first commit of the project.',
        basis: 'proposed',
      },
    ],
  },
  {
    id: 'development-test',
    step: 3,
    title: { en: 'Development and testing', zh: '开发测试' },
    work: { permissions: ['change-page-code', 'change-business-logic', 'change-database-schema'], roles: [], basis: '4.1' },
    gate: {
      name: { en: 'Tests signed off', zh: '测试签核' },
      permission: 'sign-off-tests',
      roles: [],
      basis: 'proposed',
      note: 'Clause 3.1 lets a system be delivered only once the tests pass; who signs that they passed is the handbook’s proposal (a test engineer, kept apart from operations and audit by 2.1).',
    },
    obligations: ['monthly-release'],
    checks: [
      {
        statement: 'Every change is reviewed by a second engineer before it is merged.',
        owner: 'l2-architect-backend',
        evidence: ['Merge request with reviewer and approval'],
        test: 'Sample 10 merged changes; check each has a reviewer other than its author.',
        basis: 'proposed',
      },
      {
        statement: 'A test engineer who did not write the change signs off the tests, attaching the report with pass and fail counts and open defects.',
        owner: 'test-engineer',
        evidence: ['Test report', 'Sign-off on the release ticket'],
        test: 'Check the sign-off author is a test engineer and is not among the change’s authors.',
        basis: 'proposed',
      },
      {
        statement: 'Nothing is delivered while its tests fail.',
        owner: 'test-engineer',
        evidence: ['Test report showing every blocking test passed'],
        test: 'Check that no release carries a failing blocking test.',
        basis: '3.1',
      },
    ],
  },
  {
    id: 'deployment',
    step: 4,
    title: { en: 'Deployment and go-live', zh: '部署上线' },
    work: { permissions: ['perform-release'], roles: [], basis: 'proposed' },
    gate: {
      name: { en: 'Go/no-go approved', zh: '上线审批' },
      permission: 'approve-release',
      roles: [],
      basis: 'proposed',
      note: 'The policy names no release approver; the handbook gives the go/no-go to the L1 architect or the department head, never to whoever built or deploys the release.',
    },
    obligations: ['monthly-release'],
    checks: [
      {
        statement: 'No release is deployed without a recorded go/no-go by someone who neither built nor deploys it.',
        owner: 'l1-architect',
        evidence: ['Release ticket with go/no-go, approver and time', 'Deployment log entry naming the ticket'],
        test: 'Sample 10 deployments; check the approval precedes the deployment and names a different person.',
        basis: 'proposed',
      },
      {
        statement: 'The release ticket carries a rollback plan, and the post-release checks are run and recorded.',
        owner: 'ops-engineer',
        evidence: ['Rollback section of the release ticket', 'Post-release check results'],
        test: 'Inspect the ticket and the check results for each sampled release.',
        basis: 'proposed',
      },
      {
        statement: 'Every step of the release is recorded so it can be traced and reviewed.',
        owner: 'ops-engineer',
        evidence: ['Release ticket history', 'Deployment log'],
        test: 'Follow one release from ticket to deployment log without gaps.',
        basis: '3.1',
      },
    ],
  },
  {
    id: 'operations',
    step: 5,
    title: { en: 'Operations and monitoring', zh: '运维监控' },
    work: { permissions: ['rollback-release', 'restore-backup'], roles: ['ops-engineer'], basis: 'proposed' },
    gate: {
      name: { en: 'Final acceptance', zh: '结项验收' },
      permission: 'approve-project',
      roles: [],
      basis: 'proposed',
      note: 'Clause 3.1 fixes when acceptance happens and that tests must pass, not who accepts; the handbook proposes the department head, who approved the project.',
    },
    deadline: { parameter: 'acceptance-days', text: 'Final acceptance within {value} {unit} after go-live', basis: '3.1' },
    obligations: ['monthly-operations-report', 'drill-system-failure'],
    checks: [
      {
        statement: 'Final acceptance is completed within the acceptance deadline after go-live, and only once the test results meet the standard.',
        owner: 'department-head',
        evidence: ['Acceptance record with go-live date, acceptance date and test results'],
        test: 'Compare the dates against the acceptance-days parameter; check the test results attached.',
        basis: '3.1',
      },
      {
        statement: 'Availability is monitored against the 99.9 % target and reported monthly.',
        owner: 'ops-engineer',
        evidence: ['Monthly operations report with availability and error-budget minutes'],
        test: 'Check three monthly reports for the availability figure and the error budget.',
        basis: '1.2',
      },
    ],
  },
];

/** Every id the lifecycle names that the model lacks, as `kind id (where)`: empty when all resolve. */
export function lifecycleProblems(model: Model, stages: readonly LifecycleStage[] = LIFECYCLE): string[] {
  const problems: string[] = [];
  const need = (collection: 'roles' | 'permissions' | 'obligations' | 'parameters' | 'clauses', id: string, where: string) => {
    if (!model.has(collection, id)) problems.push(`${collection} \`${id}\` (${where})`);
  };
  for (const s of stages) {
    s.work.permissions.forEach((p) => need('permissions', p, `${s.id}.work`));
    s.work.roles.forEach((r) => need('roles', r, `${s.id}.work`));
    if (s.gate.permission) need('permissions', s.gate.permission, `${s.id}.gate`);
    s.gate.roles.forEach((r) => need('roles', r, `${s.id}.gate`));
    if (s.deadline) need('parameters', s.deadline.parameter, `${s.id}.deadline`);
    s.obligations.forEach((o) => need('obligations', o, `${s.id}.obligations`));
    s.checks.forEach((c, i) => {
      need('roles', c.owner, `${s.id}.checks.${i}`);
      if (c.basis !== 'proposed') need('clauses', c.basis, `${s.id}.checks.${i}`);
    });
  }
  return problems;
}

const grantees = (model: Model, permission: string | undefined): string[] =>
  permission ? (model.get('permissions', permission)?.data.grantees.map((g) => g.id) ?? []) : [];
const unique = (ids: string[]) => [...new Set(ids)];

/** The roles that approve a stage's gate, as the model grants them today. */
export const gateApprovers = (model: Model, stage: LifecycleStage): string[] =>
  unique([...grantees(model, stage.gate.permission), ...stage.gate.roles]).filter((r) => model.has('roles', r));

/** The roles that do a stage's work, as the model grants them today. */
export const stageWorkers = (model: Model, stage: LifecycleStage): string[] =>
  unique([...stage.work.permissions.flatMap((p) => grantees(model, p)), ...stage.work.roles]).filter((r) => model.has('roles', r));

/** A deadline's text with the parameter's current value filled in. */
export function deadlineText(model: Model, stage: LifecycleStage): string | undefined {
  if (!stage.deadline) return undefined;
  const parameter = model.get('parameters', stage.deadline.parameter);
  return stage.deadline.text.replace('{value}', String(parameter?.data.value ?? 'X')).replace('{unit}', parameter?.data.unit ?? '');
}
