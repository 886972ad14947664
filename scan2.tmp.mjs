import fs from 'node:fs'; import path from 'node:path';
import { parse } from 'node-html-parser';
const { en } = await import('./src/i18n/en.ts');
const { zhCn } = await import('./src/i18n/zh-cn.ts');
const phrases = Object.entries(en).filter(([k, v]) => v !== zhCn[k]).flatMap(([k, v]) => v.split(/\{[^}]+\}/).map(s => s.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g,'')).filter(s => /[a-z]{3}/.test(s) && s.length >= 4).map(p => [k, p, new RegExp(`(?<![A-Za-z])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`)]));
const walk = (d) => fs.readdirSync(d).flatMap(n => { const p = path.join(d, n); return fs.statSync(p).isDirectory() ? walk(p) : p.endsWith('.html') ? [p] : []; });
const byPage = new Map();
for (const f of walk('dist/zh-cn')) {
  const root = parse(fs.readFileSync(f, 'utf8'));
  root.querySelectorAll('script,style,noscript,pre,code,template,[lang="en"],[hidden]').forEach(n => n.remove());
  const text = ' ' + root.querySelector('body').textContent.replace(/\s+/g, ' ') + ' ';
  for (const [k, v, re] of phrases) { const m = re.exec(text); if (m) { const kind = f.split('/')[2]; const key = kind; const a = byPage.get(key) ?? new Set(); a.add(text.slice(Math.max(0, m.index - 25), m.index + v.length + 25)); byPage.set(key, a); } }
}
for (const [k, s] of byPage) { console.log('==', k, s.size); console.log([...s].slice(0, 4).map(x => '   ' + x).join('\n')); }
