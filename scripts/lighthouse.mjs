// Lighthouse's accessibility and best-practices audits of the demo pages, in headless
// Chromium (Debian's), with the files served as a static host serves them. Used by
// `npm run bench`, which prints the scores; run alone with `node scripts/lighthouse.mjs`.
import lighthouse from 'lighthouse';

export const lighthousePages = ['demo/index.html', 'demo/discharge.html', 'demo/builder.html'];

/** Scores (0–100) and failing audits of each page, using `browser` from puppeteer. */
export async function lighthouseScores(browser, origin) {
  const rows = [];
  for (const path of lighthousePages) {
    const page = await browser.newPage();
    const { lhr } = await lighthouse(
      `${origin}/${path}`,
      {
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['accessibility', 'best-practices'],
        formFactor: 'desktop',
        screenEmulation: { disabled: true },
        throttlingMethod: 'provided',
      },
      undefined,
      page,
    );
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) =>
        a.id === 'errors-in-console'
          ? `${a.id}: ${JSON.stringify(a.details?.items?.map((i) => `${i.description ?? i.source} ${i.sourceLocation?.url ?? i.url ?? ''}`) ?? [])}`
          : a.id,
      );
    rows.push({
      path,
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
      failing,
    });
    await page.close();
  }
  return rows;
}
