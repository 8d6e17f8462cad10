// What a user of vscode.dev or github.dev sees of the web build: the squiggle and Problems row, the
// side panel's attention points, a new report from the command, and the overview's heat map drawn
// in its webview. Screenshots go to test-results/web-*.png, to look at.
import { attentionPointsOf09, editCell, newCaseReport, openOverview, overviewFrame, step, updateVocabulary } from '../e2e/ui.mjs';

/** Opens a report from the Explorer, as a reviewer on github.dev would (test-web's file system gives Quick Open no file search). */
async function openFile(page, name) {
  const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label*="${name}"]`).first();
  // The Explorer, as a user brings it back from another view (Ctrl+Shift+E).
  if (!(await row.isVisible())) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+E');
  }
  await row.click();
  await page.locator(`.tab[aria-label*="${name}"]`).first().waitFor({ timeout: 15_000 });
}

export async function webUiChecks({ browser, url, results, folder }) {
  const record = { passed: 0, failed: 0 };
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  await page.locator('.explorer-folders-view .monaco-list-row[aria-label*="06-sundhedsmakkere.md"]').first().waitFor({ timeout: 60_000 });

  await step('web-squiggle-and-problems-row', results, page, async () => {
    await openFile(page, '06-sundhedsmakkere.md');
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row[aria-label*="is not a valid value for `collaboration_type`; did you mean `co-production`"]').first().waitFor({ timeout: 20_000 });
  }, record);

  await step('web-side-panel-attention-points', results, page, () => attentionPointsOf09(page, openFile), record);

  await step('web-new-case-report-command', results, page, () => newCaseReport(page), record);

  await step('web-update-vocabulary', results, page, () => updateVocabulary(page, openFile, folder, results, 'web-'), record);

  await step('web-overview-heat-map', results, page, async () => {
    // From the command palette (the Explorer is in front after the vocabulary update).
    const frame = await openOverview(page);
    await frame.locator('.counts').filter({ hasText: '11 case reports' }).waitFor({ timeout: 20_000 });
    // Co-production × New Public Governance: 01, 09 and 11.
    const cell = (await frame.locator('td.heat[data-table="crossTable"][data-row="co-production"][data-column="new-public-governance"]').innerText()).trim();
    if (cell !== '3') throw new Error(`co-production × NPG shows ${cell}, not 3`);
    const rows = await frame.locator('table.cases tbody tr').count();
    if (rows !== 11) throw new Error(`the cases table has ${rows} rows, not 11`);
  }, record);

  await step('web-overview-edits-a-cell', results, page, async () => editCell(page, await overviewFrame(page), folder, results, 'web-', { onDisk: false }), record);

  await page.close();
  return record;
}
