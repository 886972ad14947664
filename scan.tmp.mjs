import fs from 'node:fs'; import path from 'node:path';
import { parse } from 'node-html-parser';
const { en } = await import('./src/i18n/en.ts');
const { zhCn } = await import('./src/i18n/zh-cn.ts');
const phrases = Object.entries(en).filter(([k, v]) => v !== zhCn[k]).flatMap(([k, v]) => v.split(/\{[^}]+\}/).map(s => s.trim().replace(/^[^A-Za-z]+|[^A-Za-z]+$/g,'')).filter(s => /[A-Za-z]{3}/.test(s) && s.split(' ').length >= 1 && s.length >= 4).map(p => [k, p]));
const walk = (d) => fs.readdirSync(d).flatMap(n => { const p = path.join(d, n); return fs.statSync(p).isDirectory() ? walk(p) : p.endsWith('.html') ? [p] : []; });
const hits = new Map();
for (const f of walk('dist/zh-cn')) {
  const root = parse(fs.readFileSync(f, 'utf8'));
  root.querySelectorAll('script,style,pre,code,template,[lang="en"],[hidden]').forEach(n => n.remove());
  const text = ' ' + root.querySelector('body').textContent.replace(/\s+/g, ' ') + ' ';
  for (const [k, v] of phrases) { const re = new RegExp(`(?<![A-Za-z])${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`); if (re.test(text)) { const a = hits.get(k + ' :: ' + v) ?? []; a.push(f); hits.set(k + ' :: ' + v, a); } }
}
for (const [k, fs2] of [...hits].sort((a, b) => b[1].length - a[1].length)) console.log(fs2.length, k, fs2[0]);
