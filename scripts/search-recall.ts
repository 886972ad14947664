/**
 * `npm run search:recall [-- <site-dir>]`: how well search finds the policy's own terms. Runs the
 * built site's Pagefind bundle (default dist/) in Node, the way the search dialog runs it
 * (src/client/search/engine.ts: the page's language index, the other language's merged in,
 * synonyms, one hit per page), once as a reader on a Chinese page and once on an English page, and
 * prints for each term where its entry comes, then the totals. Exits 1 when a term's entry is not
 * in the first three from a Chinese page.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RESULT_TABLE_FILE, searchHits, setUp, type Pagefind, type ResultTable } from '../src/client/search/engine.ts';
import { pageKey, type Reader } from '../src/client/search/results.ts';
import { searchSynonyms } from '../src/lib/search-synonyms.ts';
import { getModel } from '../src/lib/site-model.ts';
import { LOCALES, localePath, type Locale } from '../src/lib/routes.ts';

/**
 * The policy's terms, clause by clause (2.1 to 7.2), then words readers type for what the handbook
 * writes otherwise (`synonyms` of the glossary terms: 500 for 5xx, DB, 值班), each with the page a
 * reader typing it wants (the English path; more when any answers the question equally well).
 */
export const RECALL_TERMS: readonly { term: string; clause: string; expect: readonly string[] }[] = [
  { term: '一级架构师', clause: '2.1', expect: ['/roles/l1-architect/'] },
  { term: '部门负责人', clause: '2.1', expect: ['/roles/department-head/'] },
  { term: '系统运维岗', clause: '2.1', expect: ['/roles/ops-engineer/'] },
  { term: '安全审计岗', clause: '2.1', expect: ['/roles/security-auditor/'] },
  { term: '岗前培训', clause: '2.2', expect: ['/parameters/training-months/', '/controls/trn-01/'] },
  { term: '轮岗', clause: '2.2', expect: ['/obligations/rotation/', '/controls/trn-03/'] },
  // the glossary defines the term and leads to the approval
  {
    term: '采购审批',
    clause: '3.1',
    expect: ['/approvals/procurement/', '/policy/3-1/', '/glossary/procurement-approval/'],
  },
  { term: '三级签字', clause: '3.1', expect: ['/controls/prc-01/', '/approvals/procurement/'] },
  { term: '财务部复审', clause: '3.1', expect: ['/permissions/procurement-finance-review/'] },
  { term: '项目启动会', clause: '3.1', expect: ['/controls/mtg-04/', '/parameters/kickoff-days/'] },
  { term: '结项验收', clause: '3.1', expect: ['/controls/chg-03/', '/parameters/acceptance-days/'] },
  { term: '会议纪要', clause: '3.2', expect: ['/controls/doc-02/', '/obligations/monthly-minutes-archive/'] },
  { term: '合同存档', clause: '3.2', expect: ['/controls/doc-01/', '/permissions/read-contract-archive/'] },
  { term: '运营报告', clause: '3.2', expect: ['/obligations/monthly-operations-report/'] },
  { term: '紧急决策', clause: '4.1', expect: ['/approvals/escalation/', '/permissions/emergency-decision-level-1/'] },
  { term: '临时小组', clause: '4.1', expect: ['/roles/crisis-team/'] },
  { term: '分管领导', clause: '4.1', expect: ['/roles/executive-in-charge/'] },
  { term: '部门周会', clause: '4.2', expect: ['/obligations/weekly-department-meeting/', '/controls/mtg-01/'] },
  { term: '季度战略会', clause: '4.2', expect: ['/obligations/quarterly-strategy-meeting/', '/controls/mtg-03/'] },
  { term: '月度自评', clause: '5.1', expect: ['/obligations/monthly-self-assessment/'] },
  { term: '数据泄露', clause: '5.2', expect: ['/plans/data-leak/'] },
  { term: '合规培训', clause: '6.1', expect: ['/obligations/compliance-training/', '/controls/trn-02/'] },
  { term: '网络安全法', clause: '6.1', expect: ['/checklists/law-csl/', '/checklists/laws/'] },
  {
    term: '应急预案',
    clause: '6.2',
    expect: ['/plans/data-leak/', '/plans/system-failure/', '/plans/security-incident/'],
  },
  {
    term: '内部审计',
    clause: '6.2',
    expect: ['/obligations/quarterly-internal-audit/', '/checklists/quarterly-internal-audit/'],
  },
  { term: '企业微信', clause: '7.1', expect: ['/policy/7-1/'] },
  { term: '接口人', clause: '7.1', expect: ['/roles/interface-person/'] },
  { term: '仲裁', clause: '7.2', expect: ['/policy/7-2/', '/roles/hr/'] },
  { term: '回滚', clause: '—', expect: ['/runbooks/rollback/'] },
  // what readers type for what the handbook writes otherwise (the glossary terms' synonyms)
  { term: '500', clause: '—', expect: ['/plans/system-failure/', '/runbooks/booking-outage-triage/'] },
  { term: '5xx', clause: '—', expect: ['/plans/system-failure/', '/runbooks/booking-outage-triage/'] },
  { term: 'outage', clause: '—', expect: ['/plans/system-failure/'] },
  { term: '值班', clause: '—', expect: ['/roles/secondary-on-call/', '/roles/on-call-dba/', '/glossary/on-call/'] },
  { term: 'on call', clause: '—', expect: ['/roles/secondary-on-call/', '/roles/on-call-dba/', '/glossary/on-call/'] },
  // any page about the database answers it: its roles, its runbooks, its assumed hosts
  {
    term: 'DB',
    clause: '—',
    expect: [
      '/roles/l2-architect-database/',
      '/glossary/database/',
      '/runbooks/database-restore/',
      '/runbooks/mysql-failover-replication-lag/',
      '/assumptions/database-primary/',
      '/assumptions/database-replica/',
      '/roles/on-call-dba/',
    ],
  },
  { term: 'breach', clause: '—', expect: ['/plans/data-leak/'] },
];

const ORIGIN = 'http://handbook.invalid';

/**
 * Pagefind's browser bundle, in Node: its files read from the site folder, the page's language
 * given as the `<html lang>` it reads. A module URL of its own per reader, so each is a separate
 * Pagefind with its own primary index.
 */
async function loadPagefind(site: string, locale: Locale): Promise<Pagefind> {
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input), ORIGIN);
    const file = url.protocol === 'file:' ? fileURLToPath(url) : join(site, decodeURIComponent(url.pathname));
    return new Response(await readFile(file));
  };
  const lang = LOCALES[locale].htmlLang;
  Object.assign(globalThis, { document: { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) } });
  const module = (await import(
    `${pathToFileURL(join(site, 'pagefind/pagefind.js')).href}?reader=${locale}`
  )) as Pagefind;
  const others = (Object.keys(LOCALES) as Locale[])
    .filter((l) => l !== locale)
    .map((l) => LOCALES[l].htmlLang.toLowerCase());
  return setUp(module, { bundle: `${ORIGIN}/pagefind/`, baseUrl: '/', otherLanguages: others });
}

export interface Recall {
  term: string;
  /** 1-based rank of the first expected page, 0 when it is not among the hits. */
  rank: number;
  top: string[];
}

export async function measure(site: string, locale: Locale): Promise<Recall[]> {
  const pagefind = await loadPagefind(site, locale);
  // ranked from the build's result table, as the dialog ranks them (none in a site built before it)
  const tablePath = join(site, 'pagefind', RESULT_TABLE_FILE);
  const table = existsSync(tablePath) ? (JSON.parse(await readFile(tablePath, 'utf8')) as ResultTable) : {};
  const reader: Reader = { zhPrefix: localePath('', 'zh-cn'), zh: locale === 'zh-cn' };
  const recalls: Recall[] = [];
  const synonyms = searchSynonyms(getModel(locale));
  for (const { term, expect } of RECALL_TERMS) {
    const hits = (await searchHits(pagefind, term, { synonyms, reader, table })) ?? [];
    const keys = hits.map((hit) => pageKey(hit.url, reader));
    recalls.push({ term, rank: keys.findIndex((key) => expect.includes(key)) + 1, top: keys.slice(0, 3) });
  }
  return recalls;
}

const summary = (recalls: Recall[]) => ({
  top1: recalls.filter((r) => r.rank === 1).length,
  top3: recalls.filter((r) => r.rank >= 1 && r.rank <= 3).length,
});

if (import.meta.url === `file://${process.argv[1] && resolve(process.argv[1])}`) {
  const site = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(join(site, 'pagefind', 'pagefind.js'))) {
    console.error(`✖ no Pagefind bundle in ${site}/pagefind/: build the site first (npm run build)`);
    process.exit(2);
  }
  const zh = await measure(site, 'zh-cn');
  const en = await measure(site, 'en');
  const rank = (r: Recall) => (r.rank ? `#${r.rank}` : '-').padStart(3);
  const width = Math.max(...RECALL_TERMS.map((t) => t.term.length));
  console.log(`search recall of the policy's terms (${site}): rank from a Chinese page, from an English page\n`);
  RECALL_TERMS.forEach((t, i) => {
    const mark = zh[i]!.rank >= 1 && zh[i]!.rank <= 3 ? ' ' : '✖';
    console.log(
      `${mark} ${t.clause.padEnd(4)}${t.term.padEnd(width * 2 - t.term.length + 1, ' ')} zh ${rank(zh[i]!)}  en ${rank(en[i]!)}   ${t.expect[0]}   top: ${zh[i]!.top.join('  ')}`,
    );
  });
  const [z, e] = [summary(zh), summary(en)];
  const n = RECALL_TERMS.length;
  console.log(`\nfrom a Chinese page: top-1 ${z.top1}/${n}, top-3 ${z.top3}/${n}`);
  console.log(`from an English page: top-1 ${e.top1}/${n}, top-3 ${e.top3}/${n}`);
  if (z.top3 < n) process.exit(1);
}
