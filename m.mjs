import { chromium } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
const dir = '/tmp/shots';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 1200, height: 400 } });
for (const pre of process.argv.slice(2)) {
  const fs = readdirSync(dir).filter((f) => f.startsWith(pre + '-') && f.endsWith('.png')).sort();
  const html = fs.map((f) => `<img src="data:image/png;base64,${readFileSync(dir + '/' + f).toString('base64')}" style="width:390px;border:1px solid #999;margin:2px">`).join('');
  await p.setContent(`<body style="margin:0">${html}</body>`);
  await p.screenshot({ path: `${dir}/${pre}-all.png`, fullPage: true });
}
await b.close();
