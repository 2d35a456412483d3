import type { BatchResult } from '../moderate-many.js';

const ACTION_SV: Readonly<Record<string, string>> = {
  keep: 'behåll',
  'delete-after-screenshot': 'radera efter skärmdump',
  weed: 'gallra vid inaktualitet',
};

function cell(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

/**
 * A readable Swedish table of a batch's decisions, one row per comment, then totals per action.
 *
 * @example
 * console.log(summaryTable(moderateMany(comments)))
 */
export function summaryTable(results: readonly BatchResult[]): string {
  const cols = [
    ['id', 10],
    ['åtgärd', 24],
    ['kategorier', 22],
    ['personuppgifter', 16],
    ['svar', 6],
    ['skäl', 60],
  ] as const;
  const header = cols.map(([name, w]) => cell(name, w)).join(' │ ');
  const rows = [header, cols.map(([, w]) => '─'.repeat(w)).join('─┼─')];
  const totals = new Map<string, number>();
  for (const r of results) {
    if (!r.ok) {
      totals.set('fel', (totals.get('fel') ?? 0) + 1);
      rows.push([cell(r.commentId ?? `rad ${r.line ?? r.index + 1}`, 10), cell('FEL', 24), cell('', 22), cell('', 16), cell('', 6), cell(r.error.message, 60)].join(' │ '));
      continue;
    }
    const action = ACTION_SV[r.action] ?? r.action;
    totals.set(action, (totals.get(action) ?? 0) + 1);
    rows.push(
      [
        cell(r.commentId, 10),
        cell(action, 24),
        cell(r.categories.join(', '), 22),
        cell([...new Set(r.personalData.map((p) => p.kind))].join(', '), 16),
        cell(r.reply.expected ? 'ja' : 'nej', 6),
        cell(r.reasons.map((x) => x.message.sv).join(' '), 60),
      ].join(' │ '),
    );
  }
  rows.push('', `Totalt ${results.length} kommentarer: ${[...totals].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  return rows.join('\n');
}
