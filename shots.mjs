import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [path, w, h, name] of [['/embed/timeline/?present=1', 1280, 720, 'tl-slide'], ['/timeline/', 1280, 720, 'tl-page'], ['/timeline/', 390, 844, 'tl-phone']]) {
  const p = await b.newPage({ viewport: { width: w, height: h } });
  await p.goto('http://127.0.0.1:4399' + path);
  await p.waitForTimeout(1200);
  await p.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: name !== 'tl-slide' && false });
  await p.close();
}
await b.close();
