// docs/report.png, the README's picture of `claims report`: the corpus's report in headless
// chromium, with Joe Biden's cell in article 002 open. Needs the build (npm run build) and
// Debian's chromium. Usage: node scripts/report-picture.mjs [out.png]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'docs', 'report.png'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-picture-'));
const html = path.join(tmp, 'report.html');
execFileSync(process.execPath, [path.join(root, 'bin', 'claims.js'), 'report', 'corpus', '-o', html, '--title', 'Strikes inside Russia: five articles'], { cwd: root, stdio: 'inherit' });

const context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1360, height: 820 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await context.newPage();
  await page.goto(`file://${html}`);
  await page.waitForSelector('body[data-ready="true"]');
  const row = await page.locator('.g-name', { hasText: 'Joe Biden' }).getAttribute('data-row');
  await page.locator(`.g-cell[data-row="${row}"][data-col="2"]`).click();
  await page.screenshot({ path: out });
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
} finally {
  await context.close();
}
