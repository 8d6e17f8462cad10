// media/icon.png, the Marketplace's 128×128 icon: the activity-bar glyph (media/casedoc.svg) drawn
// white on Casedoc's blue, rendered by Chromium. Run again after changing the glyph.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const glyph = readFileSync(new URL('../media/casedoc.svg', import.meta.url), 'utf8').replace('stroke="currentColor"', 'stroke="#ffffff"').replace('fill="currentColor"', 'fill="#ffffff"');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<body style="margin:0"><div style="width:128px;height:128px;border-radius:24px;background:#1f5f8b;display:grid;place-items:center">${glyph.replace('width="24" height="24"', 'width="96" height="96"')}</div></body>`);
  await page.screenshot({ path: new URL('../media/icon.png', import.meta.url).pathname, omitBackground: true });
} finally {
  await browser.close();
}
