/**
 * A change report as Markdown, for `npm run changes` and for pasting into an audit note. The words
 * come from the dictionary through `t`, so this module holds none.
 */
import type { UiKey } from '../../i18n/index.ts';
import type { ChangeReport, Value } from './diff.ts';

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

const show = (value: Value | undefined, t: Translate): string =>
  value === undefined
    ? t('changes.nothing')
    : Array.isArray(value)
      ? value.map(String).join(', ') || '[]'
      : String(value);
const code = (text: string) => `\`${text}\``;
/** A table cell: no pipes or line breaks. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

export function changeReportMarkdown(report: ChangeReport, labels: { from: string; to: string }, t: Translate): string {
  const out: string[] = [`# ${t('changes.reportTitle', labels)}`, ''];
  const section = (key: UiKey, lines: string[]) => {
    if (lines.length > 0) out.push(`## ${t(key)}`, '', ...lines, '');
  };
  const change = (c: string) => t(`changes.change.${c}` as UiKey);

  section(
    'changes.permissions',
    report.permissions.length === 0
      ? []
      : table(
          [t('changes.role'), t('changes.permission'), t('changes.what'), t('gen.basis')],
          report.permissions.map((p) => [
            code(p.role),
            code(p.permission),
            change(p.change) + (p.via ? ` (${t('changes.via', { role: p.via })})` : ''),
            p.basis,
          ]),
        ),
  );
  section(
    'changes.separation',
    report.separation.map(
      (s) =>
        `- ${code(s.id)} ${change(s.change)}: ${t('changes.pair', { a: s.pair[0], b: s.pair[1] })}${s.before ? ` (${t('changes.before')}: ${t('changes.pair', { a: s.before[0], b: s.before[1] })})` : ''}`,
    ),
  );
  section(
    'changes.reporting',
    report.reporting.map(
      (r) =>
        `- ${code(r.role)}: ${r.before.join(', ') || t('changes.nothing')} → ${r.after.join(', ') || t('changes.nothing')}`,
    ),
  );
  section(
    'changes.parameters',
    report.parameters.map((p) => {
      const state = (s?: { value: string | number; status: string }) =>
        s ? `${s.value} (${s.status})` : t('changes.nothing');
      return `- ${code(p.id)} ${change(p.change)}: ${state(p.before)} → ${state(p.after)}`;
    }),
  );
  section(
    'changes.clauses',
    report.clauses.flatMap((c) => c.languages.map((l) => `- ${code(c.id)} (${l}): ${c.before[l]} → ${c.after[l]}`)),
  );
  section(
    'changes.steps',
    report.steps.map(
      (s) =>
        `- ${code(`${s.collection}/${s.id}`)} ${t('changes.step', { number: s.number })} ${change(s.change)}: ${s.title}${s.titleBefore ? ` (${t('changes.titleBefore', { title: s.titleBefore })})` : ''}`,
    ),
  );
  section(
    'changes.basis',
    report.basis.map(
      (b) => `- ${code(`${b.collection}/${b.id}`)} ${code(b.path)}: ${show(b.before, t)} → ${show(b.after, t)}`,
    ),
  );
  section(
    'changes.entries',
    report.entries.flatMap((e) => {
      const notes = [
        e.from ? t('changes.renamedFrom', { id: e.from }) : '',
        e.version?.before && e.version.after
          ? t('changes.version', { before: e.version.before, after: e.version.after })
          : '',
        e.version?.backwards ? `**${t('changes.versionBackwards')}**` : '',
      ].filter(Boolean);
      const head = `- ${code(`${e.collection}/${e.id}`)} ${change(e.change)}${notes.length ? ` (${notes.join('; ')})` : ''}`;
      return [
        head,
        ...e.fields.map((f) =>
          f.path === 'body'
            ? `  - ${t('changes.body')}`
            : `  - ${code(f.path)}: ${show(f.before, t)} → ${show(f.after, t)}`,
        ),
      ];
    }),
  );
  if (out.length === 2) out.push(t('changes.none'), '');
  return out.join('\n');
}
