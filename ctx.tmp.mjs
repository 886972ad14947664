import fs from 'node:fs'; import { parse } from 'node-html-parser';
const [f, ...words] = process.argv.slice(2);
const root = parse(fs.readFileSync(f, 'utf8'));
root.querySelectorAll('script,style,pre,code,template,[lang="en"],[hidden]').forEach(n => n.remove());
const text = root.querySelector('body').textContent.replace(/\s+/g, ' ');
for (const w of words) { let i = -1; let n = 0; while ((i = text.indexOf(w, i + 1)) >= 0 && n++ < 3) console.log(w, '→', text.slice(Math.max(0, i - 60), i + 60)); }
