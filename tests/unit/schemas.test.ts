/** Every schema accepts a valid entry and rejects a broken one with an error that names the field. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schemas, type CollectionName } from '../../src/schemas/index.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';

const document = {
  owner: 'department-head',
  version: '1.0',
  effective: '2026-11-01',
  reviewed: '2026-11-01',
  reviewEveryMonths: 12,
};
const bi = (en: string, zh: string) => ({ en, zh });

const valid: Record<CollectionName, Record<string, unknown>> = {
  clauses: {
    chapter: bi('2. Organisation', '二、组织架构与岗位设置'),
    title: bi('(1) Structure', '(一)内部结构'),
    order: 3,
    summary: 'Reporting lines.',
    text: { zh: '部门内部', en: 'Inside the department' },
    document: { ...document, version: 'not stated', effective: 'not stated' },
  },
  roles: {
    name: bi('Ops engineer', '系统运维岗'),
    scope: 'internal',
    reportsTo: ['l1-architect'],
    reportsToBasis: 'proposed',
    summary: 'Runs production.',
    keyPost: 'operations',
    document,
  },
  permissions: {
    title: bi('Approve a project', '项目审批'),
    area: 'project',
    description: 'Approve projects.',
    basis: '4.1',
    grantees: ['department-head'],
    document,
  },
  separation: {
    title: 'Ops vs audit',
    roles: ['ops-engineer', 'security-auditor'],
    basis: '2.1',
    rationale: 'No self-audit.',
    document,
  },
  parameters: {
    name: bi('Training months', '培训月数'),
    value: 3,
    unit: 'months',
    status: 'proposed',
    rationale: 'One quarter.',
    document,
  },
  obligations: {
    title: bi('Weekly meeting', '部门周会'),
    kind: 'meeting',
    description: 'Progress.',
    cadence: { freq: 'weekly', dayParameter: 'weekly-meeting-day', basis: '4.2' },
    owner: 'department-head',
    evidence: ['Minutes'],
    basis: '4.2',
    document,
  },
  controls: {
    title: bi('Release approval', '发布审批'),
    area: 'change',
    statement: 'Every release is approved.',
    basis: '3.1',
    owner: 'l1-architect',
    frequency: 'per-change',
    evidence: ['Ticket'],
    test: 'Sample 10.',
    document,
  },
  runbooks: {
    title: bi('Rollback', '回滚'),
    summary: 'Undo a release.',
    whenToUse: ['Errors after a release'],
    escalation: { plan: 'system-failure', level: 1, when: 'Still failing' },
    record: 'Ticket.',
    basis: ['3.1'],
    document,
  },
  plans: {
    title: bi('System failure', '系统故障'),
    summary: 'Outage.',
    scope: 'Booking.',
    activation: ['Down'],
    lead: 'ops-engineer',
    severities: [
      { level: 'minor', criteria: ['Slow'], decisionLevel: 1, decider: 'department-head', commander: 'ops-engineer' },
    ],
    roles: [{ role: 'ops-engineer', part: 'Leads' }],
    notifications: [
      {
        from: 'ops-engineer',
        to: ['department-head'],
        channel: 'phone',
        within: '15 min',
        basis: '7.1',
        severities: ['minor'],
      },
    ],
    retroactiveApproval: 'Within 2 days.',
    retroactiveApprovers: [
      { decisionLevel: 1, filedBy: 'ops-engineer', approvedBy: 'department-head', basis: 'proposed' },
    ],
    basis: ['6.2'],
    document,
  },
  guides: {
    title: bi('Onboarding', '入职'),
    summary: 'Start here.',
    reading: [{ clause: '2.1' }],
    basis: ['2.2'],
    document,
  },
  stages: {
    step: 3,
    title: bi('Development and testing', '开发测试'),
    basis: '3.1',
    work: { permissions: ['change-page-code'], basis: '4.1' },
    gate: {
      name: bi('Tests signed off', '测试签核'),
      permission: 'sign-off-tests',
      basis: 'proposed',
      note: 'No approver named.',
    },
    checks: [
      { statement: 'Tests pass.', owner: 'test-engineer', evidence: ['Report'], test: 'Read it.', basis: '3.1' },
    ],
    document,
  },
  checklists: {
    kind: 'monthly',
    title: bi('Monthly reports', '月度报告'),
    summary: 'The reports due each month.',
    basis: ['3.2'],
    owner: 'department-head',
    test: { due: 'Check it was filed by {due}.', undated: 'Check it was done.' },
    document,
  },
  approvals: {
    kind: 'single',
    title: bi('Project approval', '项目审批'),
    summary: 'One signature approves a project.',
    permission: 'approve-project',
    document,
  },
  assumptions: {
    name: bi('Database', '数据库'),
    value: 'MySQL',
    literals: ['MySQL'],
    status: 'assumed',
    owner: 'l2-architect-database',
    note: 'MySQL 8, one primary and one replica.',
    document,
  },
  terms: {
    name: bi('Three signatures', '三级签字'),
    definition: 'The three signatures a procurement needs.',
    basis: { clause: '3.1', quote: '三级签字后方可执行' },
    see: [{ approval: 'procurement' }],
    document,
  },
};

/** One break per schema, and the field its error must name. */
const broken: Record<CollectionName, { patch: Record<string, unknown>; field: string }> = {
  clauses: { patch: { source: 'lost' }, field: 'source' },
  roles: { patch: { scope: 'contractor' }, field: 'scope' },
  permissions: { patch: { grantees: [] }, field: 'grantees' },
  separation: { patch: { rationale: '' }, field: 'rationale' },
  parameters: { patch: { status: 'maybe' }, field: 'status' },
  obligations: { patch: { cadence: { freq: 'daily', basis: '4.2' } }, field: 'cadence.freq' },
  controls: { patch: { frequency: 'sometimes' }, field: 'frequency' },
  runbooks: { patch: { escalation: { plan: 'system-failure', level: 4, when: 'x' } }, field: 'escalation.level' },
  plans: {
    patch: { severities: [{ level: 'sev1', criteria: ['x'], decisionLevel: 1, decider: 'ceo' }] },
    field: 'severities.0.level',
  },
  guides: { patch: { basis: [] }, field: 'basis' },
  stages: { patch: { checks: [] }, field: 'checks' },
  checklists: { patch: { basis: [] }, field: 'basis' },
  approvals: { patch: { permission: 7 }, field: 'permission' },
  assumptions: { patch: { status: 'maybe' }, field: 'status' },
  terms: { patch: { see: [{ runbook: 'rollback' }] }, field: 'see.0' },
};

describe.each(Object.keys(valid) as CollectionName[])('%s schema', (collection) => {
  it('accepts a valid entry and resolves references to { collection, id }', () => {
    const result = schemas[collection].safeParse(valid[collection]);
    expect(result.success, JSON.stringify(!result.success && result.error.issues)).toBe(true);
    expect((result.data as { document: { owner: unknown } }).document.owner).toEqual({
      collection: 'roles',
      id: 'department-head',
    });
  });

  it('rejects a bad value and names the field', () => {
    const { patch, field } = broken[collection];
    const result = schemas[collection].safeParse({ ...valid[collection], ...patch });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(field);
  });

  it('rejects a missing document block and a mistyped field name', () => {
    const { document: _omit, ...withoutDocument } = valid[collection];
    const missing = schemas[collection].safeParse(withoutDocument);
    expect(missing.error?.issues.map((i) => i.path.join('.'))).toContain('document');
    const typo = schemas[collection].safeParse({ ...valid[collection], documnet: document });
    expect(typo.error?.issues.some((i) => i.code === 'unrecognized_keys' && i.keys.includes('documnet'))).toBe(true);
  });
});

describe('loader messages', () => {
  it('name the file, the line of the field, the field and the bad value, with a fix', () => {
    const root = mkdtempSync(join(tmpdir(), 'schema-'));
    mkdirSync(join(root, 'roles'));
    writeFileSync(
      join(root, 'roles', 'ops-engineer.yaml'),
      [
        'name: { en: Ops, zh: 运维 }',
        'scope: internall',
        'reportsToBasis: proposed',
        'summary: Runs production.',
        'documnet: {}',
        '',
      ].join('\n'),
    );
    const { findings } = loadContent({ contentDir: root, cwd: root });
    const lines = findings.map(formatFinding);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^roles\/ops-engineer\.yaml:2:\d+  schema  field `scope`: .*"internall".*did you mean `internal`/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^roles\/ops-engineer\.yaml:5:1  schema  field `documnet` is not part of the schema.*did you mean `document`/,
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/field `document` is required but missing/));
  });
});

describe('clause document control', () => {
  it('rejects a version or effective date the policy does not state, and says what to write', () => {
    const clause = valid.clauses as { document: Record<string, unknown> };
    for (const [field, value] of [
      ['version', '1.0'],
      ['effective', '2026-11-01'],
    ] as const) {
      const result = schemas.clauses.safeParse({ ...clause, document: { ...clause.document, [field]: value } });
      expect(result.success).toBe(false);
      const issue = !result.success ? result.error.issues[0] : undefined;
      expect(issue?.path).toEqual(['document', field]);
      expect(issue?.message).toContain(`${field}: not stated`);
    }
  });
});
