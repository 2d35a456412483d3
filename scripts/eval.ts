// `npm run eval`: precision, recall and F1 per category and personal-data kind on the labelled fixtures,
// the false-flag rate on clean comments, and action and reply-expected accuracy.
import { fixtureMetrics, type LabelScore } from '../src/evaluation/fixture-metrics.js';
import { moderate } from '../src/index.js';
import { loadFixtureFiles } from '../test/helpers.js';

const cases = loadFixtureFiles().flatMap((f) => f.file.cases);
const m = fixtureMetrics(
  cases.map((c) => {
    const { expect: _e, note: _n, now, ...comment } = c;
    return [c, moderate(comment, now ? { now } : {})] as const;
  }),
);

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
const table = (title: string, rows: readonly LabelScore[]) => {
  console.log(`\n${title}`);
  console.log(`${'label'.padEnd(22)}${'n'.padStart(5)}${'precision'.padStart(11)}${'recall'.padStart(9)}${'F1'.padStart(9)}`);
  for (const r of rows) {
    if (r.tp + r.fn + r.fp === 0) {
      console.log(`${r.label.padEnd(22)}${'0'.padStart(5)}   (no labelled cases yet)`);
      continue;
    }
    console.log(`${r.label.padEnd(22)}${String(r.tp + r.fn).padStart(5)}${pct(r.precision).padStart(11)}${pct(r.recall).padStart(9)}${pct(r.f1).padStart(9)}`);
  }
};

console.log(`moderera eval: ${cases.length} labelled fixture comments`);
table('Categories (TILLÅT INTE)', m.categories);
if (m.personalData.length > 0) table('Personal data (by kind and exact text)', m.personalData);
console.log(`\nFalse flags on clean comments: ${m.falseFlagRate.flagged}/${m.falseFlagRate.clean} = ${pct(m.falseFlagRate.rate).trim()}`);
console.log(`Archival action accuracy:      ${m.action.correct}/${m.action.total} = ${pct(m.action.accuracy).trim()}`);
console.log(`Reply-expected accuracy:       ${m.replyExpected.correct}/${m.replyExpected.total} = ${pct(m.replyExpected.accuracy).trim()}`);
